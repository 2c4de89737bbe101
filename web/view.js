// Presign Doctor view: what the page (app.js) and the <presign-doctor>
// element (embed.js) both show, written once: elements built from text (never
// markup), the pause before typing is analysed, the status lines, reading the
// engine's answer, the findings list, and the message when the analyser cannot
// start. The Makefile puts this file in front of the page's script and of the
// element's (after client.js); the bundle inlines the page's.
"use strict";

(function (g) {
  // el builds an element; strings become text nodes, never markup.
  // attrs: class, text, on<event> (a listener), anything else an attribute
  // (true: present and empty; null, undefined, false: absent).
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v == null || v === false) continue;
        if (k === "class") e.className = v;
        else if (k === "text") e.textContent = v;
        else if (k.startsWith("on") && typeof v === "function") e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? "" : String(v));
      }
    }
    for (const k of kids) if (k != null) e.append(k);
    return e;
  }

  // Typing is analysed after this pause; a paste or a drop at once.
  const PAUSE_MS = 250;

  // debouncer returns schedule() (run fn after the pause, restarting it) and
  // cancel().
  function debouncer(fn, ms = PAUSE_MS) {
    let timer = 0;
    return {
      schedule() { clearTimeout(timer); timer = setTimeout(fn, ms); },
      cancel() { clearTimeout(timer); timer = 0; },
    };
  }

  // typedNow tells whether an input event is a paste or a drop (analysed at
  // once) rather than typing (analysed after the pause).
  function typedNow(e) {
    return !!e && (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop");
  }

  const STATUS = {
    loading: "Loading the analyser…",
    ready: "Ready: paste above.",
    idle: "Nothing analysed yet.",
    working: "Analysing…",
    waiting: "The analyser is still loading; your paste is analysed as soon as it is ready…",
    restarting: "Analysing again after a restart…",
  };

  // readAnswer turns the engine's message into {r} or {error: text}: an
  // unreadable answer or one whose error is set is a message, never a throw.
  function readAnswer(msg) {
    let r;
    try {
      r = JSON.parse(msg && msg.json);
    } catch (err) {
      return { error: "The analyser answered something unreadable." };
    }
    if (!r || typeof r !== "object") return { error: "The analyser answered something unreadable." };
    if (r.error) return { error: "The analyser could not read this paste: " + r.error };
    for (const k of ["inputs", "findings", "redactions"]) if (!Array.isArray(r[k])) r[k] = [];
    if (typeof r.redacted !== "string") r.redacted = "";
    if (!r.code || typeof r.code !== "object") r.code = {};
    return { r };
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  // size says a length (of a paste, in characters) in KB or MB.
  function size(n) {
    return n >= 1e6 ? (n / (1 << 20)).toFixed(1) + " MB" : Math.max(1, Math.round(n / 1024)) + " KB";
  }

  // recognised tells whether anything in the paste was read as more than text.
  function recognised(r) {
    return (r.inputs || []).some((p) => p.kind !== "text");
  }

  // summary is the status line of a shown analysis. opts: {ms, detail:
  // true for the page's longer line (secrets replaced, time, limits)}.
  function summary(r, opts = {}) {
    const n = (r.findings || []).length;
    let text = n ? plural(n, "finding") : recognised(r) ? "No problem found in what was pasted." :
      r.nothingRecognised ? r.nothingRecognised.charAt(0).toUpperCase() + r.nothingRecognised.slice(1) + "." :
      "Nothing recognised yet" + (opts.detail ? "." : ": paste a presigned URL, S3's XML error, boto3 code, an aws command or a policy.");
    if (!opts.detail) return text;
    const nr = (r.redactions || []).length;
    if (nr) text += " · " + plural(nr, "secret") + " replaced";
    if (opts.ms != null) text += " · " + Math.max(1, Math.round(opts.ms)) + " ms";
    if (r.limits && r.limits.length) text += " · " + r.limits.join("; ");
    return text;
  }

  const SMALLER = "Try a smaller paste: the URL that fails, the S3 error body, or the code that signs the URL.";

  // failure is the status line of an analysis the client rejected.
  function failure(err, watchdogMs) {
    if (err && err.code === "timeout") {
      return "The analysis ran past " + Math.round(watchdogMs / 100) / 10 + " s and was stopped; the analyser was restarted and your paste is kept. " + SMALLER;
    }
    if (err && err.code === "crashed") return "The analyser stopped twice on this paste; it was restarted and your paste is kept. " + SMALLER;
    if (err && err.code === "fatal") return startFailure(err.detail || err.message);
    return "The analysis failed: " + ((err && err.message) || err);
  }

  // startFailure is the lasting message when the analyser cannot start:
  // what happened, then what to check. detail is the client's fatal event:
  // {message, stage, base, crossOrigin} (or a string).
  function startFailure(detail) {
    const d = typeof detail === "object" && detail ? detail : { message: String(detail || "unknown error") };
    const base = d.base || "";
    let origin = "";
    try { origin = new URL(base).origin; } catch (err) { /* no base: the bundle */ }
    const wasm = base + "presign-doctor.wasm";
    const msg = String(d.message || "");
    const hints = [];
    const stage = d.stage || "";
    let general = false; // add the CSP the page needs
    if (/HTTP \d+/.test(msg)) {
      hints.push("the server has no " + wasm + ": copy the whole dist/site folder (embed.js, worker.js, wasm_exec.js, presign-doctor.wasm) into one folder.");
    } else if (stage === "wasm") {
      hints.push("the server answered something other than the WebAssembly file" + (d.type ? " (as " + d.type + ")" : "") +
        ": serve presign-doctor.wasm itself, as application/wasm (a site that answers every path with its index page does this).");
    } else if (stage === "csp" || /unsafe-eval|Wasm code generation/i.test(msg)) {
      hints.push("the page's Content-Security-Policy must allow 'wasm-unsafe-eval' in script-src.");
    } else if (stage === "script") {
      hints.push("worker.js must be next to embed.js (copy the whole dist/site folder), served as text/javascript, and " + (origin || "its origin") +
        " allowed in the page's script-src.");
      general = true;
    } else if (stage.startsWith("csp-")) {
      hints.push("the page's Content-Security-Policy refused the download of " + wasm + ": allow " + (origin || "its origin") + " in " + stage.slice(4) + ".");
      general = true;
    } else if (stage === "fetch") {
      hints.push(d.crossOrigin
        ? "the download of " + wasm + " was refused: the assets must send Access-Control-Allow-Origin with this page's origin (CORS), and the page's connect-src allow " + origin + "."
        : "the download of " + wasm + " was refused: is the server up, and does the page's connect-src allow it?");
      general = true;
    } else general = true;
    if (general && d.crossOrigin) {
      hints.push("Assets on another origin need, in the page's CSP: script-src " + origin + " 'wasm-unsafe-eval'; worker-src blob: " + origin + "; connect-src " + origin +
        "; and Access-Control-Allow-Origin on the assets.");
    } else if (general && origin) {
      hints.push("The page's CSP needs script-src 'self' 'wasm-unsafe-eval', worker-src 'self' blob: and connect-src 'self'.");
    }
    return "The analyser could not start: " + (msg.replace(/[.\s]+$/, "") || "unknown error") + ". Check: " + hints.join(" ") + " Reload the page once it is fixed.";
  }

  // findingItem is one finding: severity, title, rule, message, and each fix
  // as a "Fix:" line (opts.applyable(fix) → true leaves it to opts.actions).
  // opts.actions(f, i) returns the elements of the actions row (or null).
  function findingItem(f, i, opts = {}) {
    const item = el("li", { class: "finding " + f.severity, tabindex: opts.focusable ? "-1" : null });
    item.dataset.rule = f.rule;
    item.dataset.index = String(i);
    item.append(
      el("div", { class: "f-head" },
        el("span", { class: "sev sev-" + f.severity, text: f.severity }),
        el("strong", { class: "f-title", text: f.title || f.rule }),
        el("code", { class: "rule", text: f.rule })),
      el("p", { class: "f-msg", text: f.message }));
    for (const fx of f.fixes || []) {
      if (opts.applyable && opts.applyable(fx)) continue;
      item.append(el("p", { class: "fix" }, el("strong", { text: "Fix:" }), " " + fx.message));
    }
    const actions = opts.actions ? opts.actions(f, i) : null;
    if (actions && actions.length) item.append(el("div", { class: "f-actions" }, ...actions));
    return item;
  }

  // verdictCard is the answer first: the finding that explains what S3
  // answered (the engine's verdict), its one change and how sure it is; null
  // when the engine gives none. It carries data-verdict (not data-rule: it
  // is not a finding).
  function verdictCard(v) {
    if (!v || !v.rule) return null;
    const conf = ["certain", "likely", "possible"].includes(v.confidence) ? v.confidence : "possible";
    const card = el("section", { class: "verdict conf-" + conf, "aria-label": "Verdict" },
      el("p", { class: "v-head" },
        el("strong", { text: "Verdict" }), " ",
        el("span", { class: "v-conf", text: conf }), " ",
        el("code", { class: "rule", text: v.rule })),
      el("p", { class: "v-sum", text: v.summary || "" }),
      v.fix ? el("p", { class: "fix" }, el("strong", { text: "Fix:" }), " " + v.fix) : null,
      v.why ? el("p", { class: "v-why", text: "Why " + conf + ": " + v.why }) : null);
    card.dataset.verdict = v.rule;
    return card;
  }

  // copied shows "Copied" on the button that copied, for a moment.
  function copied(b) {
    if (!b || b.tagName !== "BUTTON") return;
    if (b.dataset.label == null) b.dataset.label = b.textContent;
    b.textContent = "Copied";
    b.classList.add("copied");
    clearTimeout(b._copiedTimer);
    b._copiedTimer = setTimeout(() => {
      b.textContent = b.dataset.label;
      delete b.dataset.label;
      b.classList.remove("copied");
    }, 1500);
  }

  // findingText is a finding as plain text (for copying).
  function findingText(f) {
    return [f.rule + " (" + f.severity + "): " + f.title, f.message, ...(f.fixes || []).map((x) => "Fix: " + x.message)].join("\n");
  }

  // The corrected code's languages, in the order shown; the optional ones
  // only when the engine gives them. The page opens on the language of the
  // user's own code (the response's codePrimary).
  const LANGS = [
    ["python", "Python (boto3)"], ["cli", "AWS CLI"], ["javascript", "JavaScript v3"], ["go", "Go v2"],
    ["java", "Java v2", true], ["csharp", ".NET", true], ["php", "PHP", true], ["ruby", "Ruby", true], ["javascriptV2", "JavaScript v2", true],
    ["pythonFull", "boto3 (whole program)", true], ["javascriptFull", "JavaScript v3 (whole program)", true],
    ["goFull", "Go v2 (whole program)", true], ["curl", "curl", true], ["fetch", "fetch", true],
  ];

  g.PresignDoctorView = {
    el, PAUSE_MS, debouncer, size, typedNow, STATUS, readAnswer, summary, recognised, failure, startFailure, findingItem, findingText, verdictCard, copied, LANGS,
  };
})(globalThis);
