// Presign Doctor page: owns the DOM, talks to the engine through client.js.
// Pasted text only ever reaches the DOM through textContent (never markup);
// every view shows the engine's redacted text, never the raw paste.
/* global PresignDoctorClient */
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const paste = $("paste");
  const gutter = $("paste-gutter");
  const result = $("result");
  const status = $("status");
  const annotated = $("annotated");
  const secret = $("secret");
  const VIEWS = ["findings", "code", "diff", "url", "sigv4", "redactions", "report"];
  const LANGS = ["python", "cli", "javascript", "go", "pythonFull", "curl", "fetch"];
  const OPTIONAL_LANGS = new Set(["pythonFull", "curl", "fetch"]);
  const KNOWN = new Set(["version", "error", "inputs", "redacted", "redactions", "findings", "code", "diff", "sigv4", "report", "limits", "triage", "prompt"]);

  let latest = 0; // sequence of the newest analysis asked for
  let resp = null; // the response shown
  let timer = 0;
  let lang = "python";
  let workerNet = 0;
  let findingEls = []; // finding index -> elements in the annotated view
  let current = -1; // finding selected with j/k
  let view = "findings"; // the view shown
  const stale = new Set(); // views to build again when shown
  const EMPTY = Object.freeze({ inputs: [], findings: [], redactions: [], redacted: "", code: {}, diff: "", sigv4: {}, report: {} });
  const LAZY = { url: () => renderURL(resp || EMPTY), report: () => renderReport(resp || EMPTY) };

  // el builds an element; strings become text nodes, never markup.
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v == null || v === false) continue;
        if (k === "class") e.className = v;
        else if (k === "text") e.textContent = v;
        else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? "" : String(v));
      }
    }
    for (const k of kids) if (k != null) e.append(k);
    return e;
  }

  // ---------- the engine ----------
  // client.js in the <head> started the engine already (data-start).
  const client = PresignDoctorClient.started || PresignDoctorClient.connect({ base: new URL(".", document.baseURI).href });
  client.onEvent = function (type, detail) {
    if (type === "progress") {
      // Two steps: the download (compiled as it arrives), then the start.
      const download = detail.phase === "download";
      $("progress").value = download ? 0 : 1;
      $("loading-step").textContent = download
        ? "Downloading the analyser" + (detail.total ? " (" + (detail.total / 1e6).toFixed(1) + " MB)" : "") + "…"
        : "Starting the analyser…";
    } else if (type === "ready") {
      $("progress").value = 2;
      $("loading").hidden = true;
      $("version").textContent = "v" + detail.version;
      document.documentElement.dataset.ready = "true";
      updateBadge();
    } else if (type === "crashed") {
      engineNote("The analyser stopped (" + detail + "). It has been restarted; your paste is kept.");
      // The page never re-sends a paste on its own after a restart: the
      // client re-sends the requests that did not cause it, once.
      if (result.dataset.state === "working") status.textContent = "Analysing again after a restart…";
    } else if (type === "fatal") {
      engineNote("The analyser could not run: " + detail);
      fail("The analyser could not run: " + detail);
    } else if (type === "mode") {
      document.documentElement.dataset.engine = detail;
    }
  };

  function engineNote(text) {
    const n = $("engine-note");
    n.textContent = text;
    n.hidden = false;
  }

  function fail(text) {
    result.dataset.state = "error";
    status.textContent = text;
  }

  function analyze() {
    clearTimeout(timer);
    const seq = ++latest;
    const input = paste.value;
    if (!input.trim()) {
      show(null);
      return;
    }
    result.dataset.state = "working";
    status.textContent = "Analysing…";
    const request = { input };
    if (secret.value) request.secretAccessKey = secret.value;
    client.analyze(request).then((msg) => {
      workerNet = Math.max(workerNet, msg.net || 0);
      updateBadge();
      if (seq !== latest) return;
      let r;
      try {
        r = JSON.parse(msg.json);
      } catch (err) {
        fail("The analyser answered something unreadable.");
        return;
      }
      if (r.error) {
        fail("The analyser could not read this paste: " + r.error);
        return;
      }
      show(r, msg.ms);
    }, (err) => {
      if (seq !== latest) return;
      if (err.code === "timeout") {
        fail("The analysis ran past " + Math.round(client.watchdogMs / 100) / 10 + " s and was stopped; the analyser was restarted and your paste is kept. " +
          "Try a smaller paste: the URL that fails, the S3 error body, or the code that signs the URL.");
      } else if (err.code === "crashed") {
        fail("The analyser stopped twice on this paste; it was restarted and your paste is kept. " +
          "Try a smaller paste: the URL that fails, the S3 error body, or the code that signs the URL.");
      } else fail("The analysis failed: " + (err.message || err));
    });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(analyze, 250);
  }

  // ---------- rendering ----------
  function show(r, ms) {
    resp = r;
    current = -1;
    const empty = !r;
    r = r || EMPTY;
    renderParts(r);
    renderFindings(r);
    renderTriage(r);
    renderAnnotated(r);
    renderCode(r);
    renderDiff(r);
    renderSigV4(r);
    renderRedactions(r);
    // The URL and report views are built when shown: a paste of a thousand
    // URLs made a table each, and the report frame parsed a copy of the
    // whole paste, on every analysis, in views that were hidden.
    stale.add("url").add("report");
    renderStale(view);
    renderExtra(r);
    const recognised = (r.inputs || []).some((p) => p.kind !== "text");
    $("nothing").hidden = recognised || (r.findings || []).length > 0;
    const n = (r.findings || []).length;
    $("count-findings").textContent = n ? String(n) : "";
    const nr = (r.redactions || []).length;
    $("count-redactions").textContent = nr ? String(nr) : "";
    if (empty) {
      result.dataset.state = "idle";
      status.textContent = "Nothing analysed yet.";
      return;
    }
    let text = n ? n + " finding" + (n === 1 ? "" : "s") : recognised ? "No problem found in what was pasted." : "Nothing recognised yet.";
    if (nr) text += " · " + nr + " secret" + (nr === 1 ? "" : "s") + " replaced";
    if (ms != null) text += " · " + Math.max(1, Math.round(ms)) + " ms";
    if (r.limits && r.limits.length) text += " · " + r.limits.join("; ");
    status.textContent = text;
    result.dataset.state = "done";
  }

  // lineOf is the 1-based line of offset off in text. The newline offsets of
  // the last text are kept: a scan a call cost seconds on a 2 MiB paste with
  // hundreds of findings and parts.
  let nlText = null;
  let nlOffsets = [];
  function lineOf(text, off) {
    if (text !== nlText) {
      nlOffsets = [];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) nlOffsets.push(i);
      nlText = text;
    }
    // The count of newlines before off.
    let lo = 0;
    let hi = nlOffsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nlOffsets[mid] < off) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }

  function renderParts(r) {
    $("parts").replaceChildren(...(r.inputs || []).map((p) => {
      const a = lineOf(r.redacted, p.start);
      const b = lineOf(r.redacted, Math.max(p.start, p.end - 1));
      return el("button", {
        type: "button", class: "chip kind-" + p.kind,
        text: p.kind + (a === b ? " · line " + a : " · lines " + a + "–" + b),
        onclick: () => reveal(p.start, p.end),
      });
    }));
  }

  function renderFindings(r) {
    const list = $("findings");
    list.replaceChildren(...(r.findings || []).map((f, i) => {
      const item = el("li", { class: "finding " + f.severity, tabindex: "-1" });
      item.dataset.rule = f.rule;
      item.dataset.index = String(i);
      const head = el("div", { class: "f-head" },
        el("span", { class: "sev sev-" + f.severity, text: f.severity }),
        el("strong", { class: "f-title", text: f.title || f.rule }),
        el("code", { class: "rule", text: f.rule }));
      item.append(head, el("p", { class: "f-msg", text: f.message }));
      const where = el("button", {
        type: "button", class: "btn small",
        text: "Show in text (line " + lineOf(r.redacted, f.start) + ")",
        onclick: () => selectFinding(i, true),
      });
      const actions = el("div", { class: "f-actions" }, where);
      const advice = [];
      (f.fixes || []).forEach((fx, j) => {
        if (fx.edits && fx.edits.length) {
          actions.append(el("button", { type: "button", class: "btn small fix-btn", text: "Apply fix: " + fx.message, onclick: () => applyFix(i, j) }));
        } else advice.push(el("p", { class: "fix", text: "Fix: " + fx.message }));
      });
      actions.append(el("button", {
        type: "button", class: "btn small", text: "Copy",
        "aria-label": "Copy finding " + f.rule,
        onclick: () => copy([f.rule + " (" + f.severity + "): " + f.title, f.message, ...(f.fixes || []).map((x) => "Fix: " + x.message)].join("\n"), "Finding"),
      }));
      item.append(...advice, actions);
      item.addEventListener("mouseenter", () => mark(i, true));
      item.addEventListener("mouseleave", () => mark(i, false));
      item.addEventListener("focusin", () => mark(i, true));
      item.addEventListener("focusout", () => mark(i, false));
      return item;
    }));
  }

  function renderTriage(r) {
    const steps = (r.triage || []).filter((x) => x && (x.command || x.why));
    $("triage").hidden = !steps.length;
    $("triage-list").replaceChildren(...steps.map((x, i) => {
      const pre = el("pre", { class: "code", id: "triage-" + i, text: x.command || "" });
      return el("li", null,
        el("div", { class: "cmd" }, pre, el("button", { type: "button", class: "btn small copy", "data-copy": pre.id, text: "Copy" })),
        x.why ? el("p", { text: x.why }) : null);
    }));
    $("prompt-box").hidden = !r.prompt;
  }

  function mark(i, on) {
    for (const e of findingEls[i] || []) e.classList.toggle("hl", on);
  }

  function selectFinding(i, focusText) {
    const r = resp;
    if (!r || !r.findings[i]) return;
    current = i;
    const f = r.findings[i];
    const item = $("findings").children[i];
    if (item) {
      showView("findings");
      item.focus({ preventScroll: false });
    }
    reveal(f.start, f.end, i, focusText);
  }

  // reveal scrolls the annotated view to [start, end) and flashes it.
  function reveal(start, end, fi, focusText) {
    let targets = fi != null ? findingEls[fi] || [] : [];
    if (!targets.length) {
      targets = [...annotated.querySelectorAll("[data-s]")].filter((e) => {
        const s = +e.dataset.s;
        const t = +e.dataset.e;
        return start === end ? s === start : s < end && t > start;
      });
    }
    for (const e of annotated.querySelectorAll(".flash")) e.classList.remove("flash");
    if (!targets.length) return;
    for (const e of targets) e.classList.add("flash");
    targets[0].scrollIntoView({ block: "center", inline: "nearest" });
    if (focusText) annotated.focus({ preventScroll: true });
  }

  // renderAnnotated shows the redacted text with line numbers; findings and
  // redactions are marked by element classes, the text goes in as text.
  function renderAnnotated(r) {
    findingEls = [];
    const full = r.redacted || "";
    // A DOM row a line: past SHOWN_LINES lines (a million brackets, one a
    // line) the view would freeze the tab, so it stops there and says so.
    const cut = nthLineEnd(full, SHOWN_LINES);
    const text = full.slice(0, cut);
    if (!text) {
      annotated.replaceChildren(el("p", { class: "empty", text: "The analysed text appears here, with findings and redactions marked." }));
      return;
    }
    const cuts = new Set([0, text.length]);
    const spans = [];
    const span = (start, end, f, sev) => ({ s: clamp(start, text), e: clamp(end, text), f, sev });
    const shown = (x) => x.start <= text.length;
    (r.findings || []).forEach((f, i) => {
      if (shown(f)) spans.push(span(f.start, f.end, i, f.severity));
      for (const rel of f.related || []) if (shown(rel)) spans.push(span(rel.start, rel.end, i, "related"));
    });
    const reds = (r.redactions || []).filter(shown).map((x) => span(x.start, x.end));
    for (const x of spans.concat(reds)) { cuts.add(x.s); cuts.add(x.e); }
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) { cuts.add(i); cuts.add(i + 1); }
    const points = [...cuts].sort((a, b) => a - b);
    // A sweep over the cut points: every span starts and ends on one, so the
    // spans active at a piece's start cover the whole piece.
    const carets = new Map();
    for (const x of spans) if (x.s === x.e) carets.set(x.s, (carets.get(x.s) || []).concat(x));
    const ranged = spans.filter((x) => x.e > x.s).sort((x, y) => x.s - y.s);
    const redRanged = reds.filter((x) => x.e > x.s).sort((x, y) => x.s - y.s);
    let si = 0;
    let ri = 0;
    let active = [];
    let activeRed = [];
    const frag = document.createDocumentFragment();
    let line = 1;
    let row = newLine(line);
    for (let k = 0; k < points.length; k++) {
      const a = points[k];
      for (const z of carets.get(a) || []) {
        const caret = el("span", { class: "caret sev-" + z.sev, "data-s": a, "data-e": a, title: r.findings[z.f].rule });
        (findingEls[z.f] = findingEls[z.f] || []).push(caret);
        caret.addEventListener("click", () => selectFinding(z.f, false));
        row.text.append(caret);
      }
      if (k === points.length - 1) break;
      const b = points[k + 1];
      if (active.length) active = active.filter((x) => x.e > a);
      while (si < ranged.length && ranged[si].s <= a) { if (ranged[si].e > a) active.push(ranged[si]); si++; }
      if (activeRed.length) activeRed = activeRed.filter((x) => x.e > a);
      while (ri < redRanged.length && redRanged[ri].s <= a) { if (redRanged[ri].e > a) activeRed.push(redRanged[ri]); ri++; }
      const piece = text.slice(a, b);
      if (piece === "\n") {
        frag.append(row.line);
        row = newLine(++line);
        continue;
      }
      const cover = active;
      const red = activeRed.length > 0;
      if (!cover.length && !red) {
        row.text.append(piece);
        continue;
      }
      const cls = [];
      if (red) cls.push("red");
      if (cover.length) cls.push("f", "sev-" + worst(cover));
      const node = el(cover.length ? "mark" : "span", { class: cls.join(" "), "data-s": a, "data-e": b, text: piece });
      if (red) node.title = "redacted: a secret was replaced by this placeholder";
      if (cover.length) {
        node.title = cover.map((x) => r.findings[x.f].rule).join(", ");
        for (const x of cover) (findingEls[x.f] = findingEls[x.f] || []).push(node);
        const first = cover[0].f;
        node.addEventListener("click", () => selectFinding(first, false));
      }
      row.text.append(node);
    }
    frag.append(row.line);
    if (cut < full.length) {
      let rest = 0;
      for (let i = full.indexOf("\n", cut); i !== -1; i = full.indexOf("\n", i + 1)) rest++;
      frag.append(el("p", { class: "note", id: "annotated-cut",
        text: "Only the first " + SHOWN_LINES.toLocaleString("en-US") + " lines are shown here; the " + rest.toLocaleString("en-US") +
          " lines after them were analysed, and their findings are listed, but they are not shown or marked." }));
    }
    annotated.replaceChildren(frag);
  }

  // The most lines the annotated view and the paste gutter show.
  const SHOWN_LINES = 10000;

  // nthLineEnd returns the offset of the nth newline of text (or its length).
  function nthLineEnd(text, n) {
    let i = -1;
    for (let k = 0; k < n; k++) {
      i = text.indexOf("\n", i + 1);
      if (i === -1) return text.length;
    }
    return i;
  }

  function clamp(n, text) {
    return Math.max(0, Math.min(text.length, n | 0));
  }

  function worst(cover) {
    const order = ["error", "warning", "info", "related"];
    let best = 3;
    for (const c of cover) best = Math.min(best, Math.max(0, order.indexOf(c.sev)));
    return order[best];
  }

  function newLine(n) {
    const text = el("span", { class: "lt" });
    const line = el("div", { class: "ln" }, el("span", { class: "no", "aria-hidden": "true", text: String(n) }), text);
    return { line, text };
  }

  function renderCode(r) {
    const code = r.code || {};
    for (const l of LANGS) {
      const b = $("lang-" + l);
      b.classList.toggle("has", !!code[l]);
      if (OPTIONAL_LANGS.has(l)) b.hidden = !code[l] && lang !== l;
    }
    const body = code[lang] || "";
    $("code-out").textContent = body;
    $("code-note").textContent = body ? "Reads credentials from the default chain." :
      resp ? "No corrected " + $("lang-" + lang).textContent + " for this paste (corrected code appears when code or a URL was pasted)." : "";
  }

  function renderDiffInto(pre, text) {
    const lines = (text || "").split("\n");
    if (lines.length && lines[lines.length - 1] === "") lines.pop();
    pre.replaceChildren(...lines.map((ln) => {
      let cls = "dl";
      if (ln.startsWith("+++") || ln.startsWith("---")) cls += " file";
      else if (ln.startsWith("+")) cls += " add";
      else if (ln.startsWith("-")) cls += " del";
      else if (ln.startsWith("@@")) cls += " hunk";
      const span = el("span", { class: cls, text: ln });
      if (cls.includes("add")) span.setAttribute("aria-label", "added: " + ln.slice(1));
      if (cls.includes("del")) span.setAttribute("aria-label", "removed: " + ln.slice(1));
      return span;
    }));
  }

  function renderDiff(r) {
    renderDiffInto($("diff-out"), r.diff);
    if (!r.diff && resp) $("diff-out").textContent = "No diff: it appears when pasted code can be corrected.";
    const list = $("fix-list");
    const items = [];
    (r.findings || []).forEach((f, i) => (f.fixes || []).forEach((fx, j) => {
      if (!fx.edits || !fx.edits.length) return;
      items.push(el("li", null,
        el("button", { type: "button", class: "btn small", text: "Apply", onclick: () => applyFix(i, j) }),
        " ", el("code", { text: f.rule }), " ", fx.message));
    }));
    list.replaceChildren(...(items.length ? [el("h3", { text: "Fixes to apply one by one" }), el("ul", null, ...items)] : []));
  }

  // applyFix applies one fix's edits to the redacted text, puts the result
  // in the paste area and analyses it again; the diff follows.
  function applyFix(i, j) {
    const r = resp;
    const fx = r && r.findings[i] && r.findings[i].fixes[j];
    if (!fx) return;
    const edits = [...fx.edits].sort((a, b) => b.start - a.start);
    let text = r.redacted;
    for (const e of edits) text = text.slice(0, e.start) + e.new + text.slice(e.end);
    paste.value = text;
    engineNote("Fix applied: “" + fx.message + "”. The paste area now holds the redacted text with that fix.");
    replaced();
  }

  // ---------- URL ----------
  function renderURL(r) {
    const out = $("url-out");
    const blocks = [];
    for (const key of ["urls", "url", "decoded", "presignedUrls"]) {
      if (r[key] && (!Array.isArray(r[key]) || r[key].length)) blocks.push(el("h3", { text: "Decoded by the analyser" }), generic(r[key]));
    }
    (r.inputs || []).filter((p) => p.kind === "presigned-url").forEach((p, n) => {
      const raw = r.redacted.slice(p.start, p.end);
      const rows = decodeURL(raw);
      blocks.push(el("div", { class: "out-head" },
        el("h3", { text: "URL " + (n + 1) + " (line " + lineOf(r.redacted, p.start) + ")" }),
        el("button", { type: "button", class: "btn small", text: "Copy parts", onclick: () => copy(rows.map(([k, v]) => k + ": " + v).join("\n"), "URL parts") })));
      blocks.push(table(rows));
    });
    if (!blocks.length) blocks.push(el("p", { class: "muted", text: resp ? "No presigned URL in this paste." : "Paste a presigned URL to see every part of it decoded." }));
    out.replaceChildren(...blocks);
  }

  function decodeURL(raw) {
    const rows = [];
    let u;
    const clean = raw.replace(/&amp;/g, "&").replace(/\s+/g, "");
    try {
      u = new URL(clean);
    } catch (err) {
      return [["URL", "cannot be parsed: " + err.message]];
    }
    const q = u.searchParams;
    const host = u.hostname;
    const path = safeDecode(u.pathname);
    rows.push(["scheme", u.protocol.replace(":", "")], ["host", host]);
    let m;
    let bucket = "";
    let key = path.replace(/^\//, "");
    let style = "";
    if ((m = host.match(/^(.+)\.s3[.-](?:([a-z0-9-]+)\.)?amazonaws\.com(\.cn)?$/))) {
      bucket = m[1];
      style = "virtual-hosted";
    } else if (/^s3[.-]([a-z0-9-]+\.)?amazonaws\.com(\.cn)?$/.test(host)) {
      const parts = key.split("/");
      bucket = parts.shift();
      key = parts.join("/");
      style = "path";
    } else style = "custom endpoint";
    const regionHost = (host.match(/s3[.-](?:dualstack\.)?([a-z]{2}(?:-gov)?-[a-z]+-\d)\./) || [])[1] || "";
    rows.push(["endpoint", regionHost ? "regional (" + regionHost + ")" : /(^|\.)s3\.amazonaws\.com$/.test(host) ? "global (s3.amazonaws.com)" : style === "custom endpoint" ? "not AWS" : "?"]);
    rows.push(["addressing style", style], ["bucket", bucket || "?"], ["key", key]);
    if (q.has("X-Amz-Algorithm") || q.has("X-Amz-Credential")) {
      rows.push(["signature version", "SigV4 (" + (q.get("X-Amz-Algorithm") || "?") + ")"]);
      const cred = (q.get("X-Amz-Credential") || "").split("/");
      if (cred.length >= 5) {
        rows.push(["access key", cred[0]], ["credential scope", cred.slice(1).join("/")], ["scope date", cred[1]], ["region", cred[2]], ["service", cred[3]]);
      }
      const d = q.get("X-Amz-Date") || "";
      const t = parseAmzDate(d);
      const exp = Number(q.get("X-Amz-Expires"));
      rows.push(["signed at", t ? t.toISOString() : d || "?"]);
      if (q.has("X-Amz-Expires")) rows.push(["expires in", exp + " s (" + human(exp) + ")"]);
      if (t && Number.isFinite(exp)) {
        const at = new Date(t.getTime() + exp * 1000);
        const left = Math.round((at.getTime() - Date.now()) / 1000);
        rows.push(["expires at", at.toISOString() + (left < 0 ? " — expired " + human(-left) + " ago" : " — in " + human(left))]);
      }
      rows.push(["signed headers", q.get("X-Amz-SignedHeaders") || "?"]);
      rows.push(["session token", q.has("X-Amz-Security-Token") ? "present" : "absent"]);
      rows.push(["signature", q.get("X-Amz-Signature") || "absent"]);
    } else if (q.has("AWSAccessKeyId") || q.has("Signature")) {
      rows.push(["signature version", "SigV2 (legacy)"], ["access key", q.get("AWSAccessKeyId") || "?"]);
      const e = Number(q.get("Expires"));
      if (Number.isFinite(e)) rows.push(["expires at", new Date(e * 1000).toISOString()]);
      rows.push(["signature", q.get("Signature") || "absent"]);
    } else rows.push(["signature version", "none found"]);
    const known = /^(X-Amz-(Algorithm|Credential|Date|Expires|SignedHeaders|Signature|Security-Token)|AWSAccessKeyId|Signature|Expires)$/;
    for (const [k, v] of q) if (!known.test(k)) rows.push(["parameter " + k, v]);
    return rows;
  }

  function safeDecode(s) {
    try { return decodeURIComponent(s); } catch (err) { return s; }
  }

  function parseAmzDate(d) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(d);
    return m ? new Date(Date.UTC(+m[1], m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : null;
  }

  function human(s) {
    if (!Number.isFinite(s)) return "?";
    const units = [[86400, "day"], [3600, "hour"], [60, "minute"], [1, "second"]];
    for (const [n, name] of units) if (s >= n) { const v = Math.floor(s / n); return v + " " + name + (v === 1 ? "" : "s"); }
    return s + " seconds";
  }

  function table(rows) {
    return el("table", { class: "kv" }, el("tbody", null, ...rows.map(([k, v]) =>
      el("tr", null, el("th", { scope: "row", text: k }), el("td", null, el("code", { text: String(v) }))))));
  }

  // generic shows any JSON value as nested lists, as text.
  function generic(v) {
    if (v == null || typeof v !== "object") return el("code", { text: String(v) });
    if (Array.isArray(v)) return el("ol", { class: "generic" }, ...v.map((x) => el("li", null, generic(x))));
    const dl = el("dl", { class: "generic" });
    for (const [k, x] of Object.entries(v)) {
      if (x === "" || x == null || (Array.isArray(x) && !x.length)) continue;
      dl.append(el("dt", { text: k }), el("dd", null, generic(x)));
    }
    return dl;
  }

  // ---------- SigV4 ----------
  function renderSigV4(r) {
    const s = r.sigv4 || {};
    sideBySide($("cr-ours"), $("cr-s3"), s.canonicalRequest || "", s.s3CanonicalRequest || "");
    sideBySide($("sts-ours"), $("sts-s3"), s.stringToSign || "", s.s3StringToSign || "");
    if (s.lines && s.lines.length) renderLines($("cr-diff"), s.lines);
    else renderDiffInto($("cr-diff"), s.canonicalRequestDiff || "");
    $("sts-diff-box").hidden = !(s.stringToSignLines && s.stringToSignLines.length);
    renderLines($("sts-diff"), s.stringToSignLines || []);
    $("sig-first").hidden = !s.firstDifference;
    $("sig-first").textContent = s.firstDifference ? "First difference: " + s.firstDifference : "";
    $("sig-notes").replaceChildren(...(s.notes || []).map((n) => el("li", { text: n })));
    const check = s.signatureCheck || "not-checked";
    const words = {
      "not-checked": secret.value ? "The signature could not be checked with this key (no signed URL or error to check against)." : "Signature not checked: type the secret access key above to check it (optional).",
      match: "The signature matches this secret key: the key is right, look at what changed in the request.",
      mismatch: "The signature does not match this secret key: the URL was signed with another key, or the request changed.",
    };
    const verdicts = {
      "url-signs": "This secret key signs the URL's own canonical request: the key is right; what S3 received differs from what was signed.",
      "s3-signs": "This secret key signs S3's canonical request: the signature math is right for what S3 received.",
      variant: "This secret key signs a variant of the request (see the notes).",
      neither: "This secret key signs neither the URL's nor S3's canonical request: the URL was signed with another key (rotated, mistyped, a trailing newline).",
    };
    const p = $("sig-check");
    p.textContent = (s.verdict && verdicts[s.verdict]) || words[check] || "Signature check: " + check;
    if (s.algorithm) p.textContent += " Signature algorithm: " + s.algorithm + ".";
    p.className = "sig-check " + check;
    if (!s.canonicalRequest && !s.s3CanonicalRequest) {
      $("cr-ours").textContent = resp ? "No canonical request: paste a SigV4 URL, and S3's SignatureDoesNotMatch error to compare." : "";
    }
  }

  // renderLines shows the engine's structured diff lines, marks as <mark>.
  function renderLines(pre, lines) {
    pre.replaceChildren(...lines.map((ln) => {
      const text = ln.text || "";
      const sign = ln.kind === "add" || ln.kind === "+" ? "+" : ln.kind === "del" || ln.kind === "-" ? "-" : " ";
      const row = el("span", { class: "dl" + (sign === "+" ? " add" : sign === "-" ? " del" : "") });
      row.append(sign + " ");
      let at = 0;
      const marks = [...(ln.marks || [])].sort((a, b) => a.start - b.start);
      for (const m of marks) {
        if (m.start < at || m.end > text.length) continue;
        row.append(text.slice(at, m.start), el("mark", { class: "ch", text: text.slice(m.start, m.end) }));
        at = m.end;
      }
      row.append(text.slice(at));
      if (ln.part) row.append(el("span", { class: "part", text: "   ← " + ln.part }));
      row.append("\n");
      return row;
    }));
  }

  function sideBySide(left, right, a, b) {
    const la = a ? a.split("\n") : [];
    const lb = b ? b.split("\n") : [];
    const both = a && b;
    left.replaceChildren(...la.map((x, i) => marked(x, both ? lb[i] : x)));
    right.replaceChildren(...lb.map((x, i) => marked(x, both ? la[i] : x)));
  }

  function marked(line, other) {
    const row = el("span", { class: "dl" });
    if (other == null || other === line) {
      row.textContent = line + "\n";
      return row;
    }
    row.classList.add("differs");
    let p = 0;
    while (p < line.length && p < other.length && line[p] === other[p]) p++;
    let q = 0;
    while (q < line.length - p && q < other.length - p && line[line.length - 1 - q] === other[other.length - 1 - q]) q++;
    row.append(line.slice(0, p), el("mark", { class: "ch", text: line.slice(p, line.length - q) }), line.slice(line.length - q) + "\n");
    return row;
  }

  // ---------- redactions ----------
  function renderRedactions(r) {
    const groups = new Map();
    for (const x of r.redactions || []) {
      const g = groups.get(x.placeholder) || { kind: x.kind, placeholder: x.placeholder, count: 0, note: x.note || "", first: x };
      g.count++;
      groups.set(x.placeholder, g);
    }
    const rows = [...groups.values()].map((g) => el("tr", null,
      el("td", { text: g.kind }),
      el("td", null, el("button", { type: "button", class: "link", text: g.placeholder, onclick: () => reveal(g.first.start, g.first.end) })),
      el("td", { text: String(g.count) }),
      el("td", { text: g.note })));
    if (!rows.length) rows.push(el("tr", null, el("td", { colspan: "4", class: "muted", text: resp ? "No secret found in this paste." : "Nothing analysed yet." })));
    $("redactions").replaceChildren(...rows);
  }

  // ---------- report ----------
  function reportMarkdown(r) {
    if (r.report && r.report.markdown) return r.report.markdown;
    if (!resp) return "";
    const lines = ["# Presign Doctor report", ""];
    if (!r.findings.length) lines.push("No finding.", "");
    for (const f of r.findings) {
      lines.push("## " + f.title + " (`" + f.rule + "`, " + f.severity + ")", "", f.message, "");
      for (const fx of f.fixes || []) lines.push("- Fix: " + fx.message);
      lines.push("");
    }
    const fence = "`".repeat(Math.max(3, ...(r.redacted.match(/`+/g) || [""]).map((x) => x.length + 1)));
    lines.push("## The paste (redacted)", "", fence, r.redacted, fence, "");
    return lines.join("\n");
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }

  const REPORT_CSS = "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24;background:#fff}" +
    "pre{background:#f6f8fa;padding:.75rem;overflow:auto;white-space:pre-wrap;word-break:break-all}code{font-family:ui-monospace,monospace}" +
    "h1,h2{line-height:1.25}@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}pre{background:#161b22}}";

  // reportHTML is a self-contained document: no script, no outside resource.
  function reportHTML(r) {
    let body = r.report && r.report.html;
    if (body && /^\s*(<!doctype|<html)/i.test(body)) return body;
    if (!body) {
      if (!resp) return "";
      body = "<h1>Presign Doctor report</h1>";
      if (!r.findings.length) body += "<p>No finding.</p>";
      for (const f of r.findings) {
        body += "<h2>" + esc(f.title) + " (<code>" + esc(f.rule) + "</code>, " + esc(f.severity) + ")</h2><p>" + esc(f.message) + "</p>";
        if (f.fixes && f.fixes.length) body += "<ul>" + f.fixes.map((x) => "<li>Fix: " + esc(x.message) + "</li>").join("") + "</ul>";
      }
      body += "<h2>The paste (redacted)</h2><pre><code>" + esc(r.redacted) + "</code></pre>";
    }
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" +
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">" +
      "<title>Presign Doctor report</title><style>" + REPORT_CSS + "<\/style></head><body>" + body + "</body></html>";
  }

  function renderReport(r) {
    const md = reportMarkdown(r);
    $("report-md").textContent = md;
    // The HTML preview lives in a sandboxed frame (sandbox="": no scripts,
    // unique origin), never in this document.
    // Its inline <style> would only meet this page's CSP there: preview without.
    // The frame is made on the first analysis: a frame in the page's HTML
    // costs a document's creation while the page loads.
    let frame = $("report-frame");
    if (!frame) {
      frame = el("iframe", { id: "report-frame", title: "Report preview", sandbox: "" });
      $("report-preview").append(frame);
    }
    frame.srcdoc = (reportHTML(r) || "<p>Nothing analysed yet.</p>").replace(/<style>[^<]*<\/style>/, "");
    $("dl-md").disabled = !md;
    $("dl-html").disabled = !md;
  }

  function download(name, type, text) {
    const a = el("a", { download: name });
    a.href = URL.createObjectURL(new Blob([text], { type }));
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  // ---------- anything the engine adds later ----------
  function renderExtra(r) {
    const blocks = [];
    for (const [k, v] of Object.entries(r)) {
      if (KNOWN.has(k) || ["urls", "url", "decoded", "presignedUrls"].includes(k)) continue;
      if (v == null || v === "" || (Array.isArray(v) && !v.length) || (typeof v === "object" && !Object.keys(v).length)) continue;
      blocks.push(el("details", { class: "more", open: k === "triage" }, el("summary", { text: k === "triage" ? "Triage: what to check first" : k }), generic(v)));
    }
    $("extra").replaceChildren(...blocks);
  }

  // ---------- views ----------
  function renderStale(name) {
    if (!stale.has(name)) return;
    stale.delete(name);
    LAZY[name]();
  }

  function showView(name) {
    view = name;
    renderStale(name);
    for (const v of VIEWS) {
      const on = v === name;
      const tab = $("tab-" + v);
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      $("view-" + v).hidden = !on;
    }
  }

  function tablist(container, names, prefix, pick) {
    container.addEventListener("click", (e) => {
      const b = e.target.closest("[role=tab]");
      if (b) pick(b.id.slice(prefix.length));
    });
    container.addEventListener("keydown", (e) => {
      const i = names.indexOf(document.activeElement.id.slice(prefix.length));
      if (i < 0) return;
      let j = -1;
      if (e.key === "ArrowRight") j = (i + 1) % names.length;
      else if (e.key === "ArrowLeft") j = (i + names.length - 1) % names.length;
      else if (e.key === "Home") j = 0;
      else if (e.key === "End") j = names.length - 1;
      if (j < 0) return;
      e.preventDefault();
      pick(names[j]);
      $(prefix + names[j]).focus();
    });
  }

  tablist(document.querySelector(".tabs"), VIEWS, "tab-", showView);
  tablist(document.querySelector(".subtabs"), LANGS, "lang-", (l) => {
    lang = l;
    for (const x of LANGS) {
      const b = $("lang-" + x);
      b.setAttribute("aria-selected", String(x === l));
      b.tabIndex = x === l ? 0 : -1;
    }
    $("code-panel").setAttribute("aria-labelledby", "lang-" + l);
    renderCode(resp || { code: {} });
  });

  // ---------- copy ----------
  const live = $("live");

  async function copy(text, what) {
    try {
      await navigator.clipboard.writeText(text);
    } catch (err) {
      const t = el("textarea", { class: "visually-hidden", "aria-hidden": "true" });
      t.value = text;
      document.body.append(t);
      t.select();
      try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
      t.remove();
    }
    live.textContent = (what || "Text") + " copied.";
  }

  document.addEventListener("click", (e) => {
    const b = e.target.closest("button.copy");
    if (!b) return;
    const src = $(b.dataset.copy);
    copy(src.value != null && src.tagName === "INPUT" ? src.value : src.textContent, b.textContent.replace(/^Copy ?/, "") || "Text");
  });
  $("copy-prompt").addEventListener("click", () => resp && resp.prompt && copy(resp.prompt, "Prompt"));
  $("copy-redacted").addEventListener("click", () => resp && copy(resp.redacted, "Redacted paste"));
  $("use-redacted").addEventListener("click", () => {
    if (!resp) return;
    paste.value = resp.redacted;
    engineNote("The paste area now holds the redacted text.");
    replaced();
  });
  $("dl-md").addEventListener("click", () => download("presign-doctor-report.md", "text/markdown", reportMarkdown(resp)));
  $("dl-html").addEventListener("click", () => download("presign-doctor-report.html", "text/html", reportHTML(resp)));

  // ---------- share link ----------
  $("share").addEventListener("click", () => {
    if (!resp) {
      engineNote("Nothing to share yet: paste something first.");
      return;
    }
    const link = location.href.split("#")[0] + "#paste=" + encodeURIComponent(resp.redacted);
    $("share-link").value = link;
    $("share-box").hidden = false;
    copy(link, "Share link");
  });

  function fromFragment() {
    const h = location.hash;
    if (!h.startsWith("#paste=")) return;
    try {
      paste.value = decodeURIComponent(h.slice(7));
    } catch (err) {
      return;
    }
    replaced();
  }
  window.addEventListener("hashchange", fromFragment);

  // ---------- verify ----------
  $("verify").addEventListener("submit", (e) => {
    e.preventDefault();
    analyze();
  });
  $("forget").addEventListener("click", () => {
    secret.value = "";
    analyze();
  });

  // ---------- input ----------
  let gutterLines = 1; // index.html's gutter shows line 1
  function updateGutter() {
    // One read of the value: each read of a textarea's value copies it.
    const v = paste.value;
    let n = 1;
    for (let i = v.indexOf("\n"); i !== -1; i = v.indexOf("\n", i + 1)) n++;
    if (n === gutterLines) return;
    gutterLines = n;
    // Numbers past SHOWN_LINES would cost seconds of layout and say little.
    const shown = Math.min(n, SHOWN_LINES);
    const nums = new Array(shown);
    for (let i = 0; i < shown; i++) nums[i] = i + 1;
    if (n > shown) nums.push("…");
    gutter.textContent = nums.join("\n");
    gutter.scrollTop = paste.scrollTop;
  }
  // queueGutter updates the gutter in the next frame, after the analysis
  // was asked for: its scroll position makes the browser lay out the paste,
  // which for a 1 MB paste took longer than the analysis, and the worker
  // needs no layout to start.
  let gutterFrame = 0;
  function queueGutter() {
    if (!gutterFrame) gutterFrame = requestAnimationFrame(() => { gutterFrame = 0; updateGutter(); });
  }
  // replaced analyses the paste area's new content (set by the page, not
  // typed) and then updates its gutter.
  function replaced() {
    analyze();
    queueGutter();
  }
  // A paste or a drop is analysed at once; typing waits for a pause.
  paste.addEventListener("input", (e) => {
    if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop") analyze();
    else schedule();
    queueGutter();
  });
  paste.addEventListener("scroll", () => { gutter.scrollTop = paste.scrollTop; });

  $("clear").addEventListener("click", () => {
    paste.value = "";
    secret.value = "";
    $("share-box").hidden = true;
    $("share-link").value = "";
    $("engine-note").hidden = true;
    if (location.hash) history.replaceState(null, "", location.pathname);
    replaced();
    paste.focus();
  });

  const examples = globalThis.presignDoctorExamples || [];
  for (const ex of examples) $("examples").append(el("option", { value: ex.id, text: ex.title }));
  $("examples").addEventListener("change", (e) => {
    const ex = examples.find((x) => x.id === e.target.value);
    if (!ex) return;
    paste.value = ex.text;
    replaced();
  });

  // harToText keeps the S3 requests of a HAR file, as curl lines followed by
  // S3's status and answer.
  function harToText(har) {
    const entries = (har && har.log && har.log.entries) || [];
    const s3 = /amazonaws\.com|X-Amz-|AWSAccessKeyId=/i;
    const out = [];
    for (const e of entries) {
      const req = e.request || {};
      if (!s3.test(req.url || "")) continue;
      const parts = ["curl -X " + (req.method || "GET") + " '" + req.url + "'"];
      for (const h of req.headers || []) {
        if (!h.name || h.name.startsWith(":") || /^(cookie|accept-encoding|user-agent|sec-|accept-language|connection)/i.test(h.name)) continue;
        parts.push("  -H '" + h.name + ": " + h.value + "'");
      }
      const res = e.response || {};
      let block = parts.join(" \\\n");
      block += "\n# HTTP " + (res.status || "?") + " " + (res.statusText || "");
      const body = res.content && res.content.text;
      if (body) block += "\n" + (res.content.encoding === "base64" ? safeAtob(body) : body);
      out.push(block);
    }
    return out.length ? out.join("\n\n") : null;
  }

  function safeAtob(s) {
    try { return atob(s); } catch (err) { return s; }
  }

  async function openFile(file) {
    if (!file) return;
    if (file.size > 20 << 20) {
      engineNote(file.name + " is too large (over 20 MB).");
      return;
    }
    let text = await file.text();
    if (/\.har$/i.test(file.name) || /^\s*\{\s*"log"\s*:/.test(text)) {
      let har = null;
      try { har = JSON.parse(text); } catch (err) { /* not JSON: use as text */ }
      if (har && har.log) {
        const t = harToText(har);
        if (!t) {
          engineNote(file.name + ": no request to S3 in this HAR file.");
          return;
        }
        text = t;
        engineNote(file.name + ": the S3 requests and S3's answers were taken from the HAR file.");
      }
    }
    paste.value = text;
    replaced();
  }
  $("file").addEventListener("change", (e) => { openFile(e.target.files[0]); e.target.value = ""; });
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    if (e.dataTransfer.files.length) openFile(e.dataTransfer.files[0]);
  });

  // ---------- theme (never stored) ----------
  const THEMES = ["system", "light", "dark"];
  let theme = "system";
  function setTheme(t) {
    theme = t;
    if (t === "system") delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = t;
    const b = $("theme");
    b.textContent = "Theme: " + t;
  }
  $("theme").addEventListener("click", () => setTheme(THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]));

  // ---------- help and shortcuts ----------
  const dialog = $("help-dialog");
  function help() { if (!dialog.open) dialog.showModal(); }
  $("help").addEventListener("click", help);
  $("help-link").addEventListener("click", (e) => { e.preventDefault(); help(); });
  $("help-close").addEventListener("click", () => dialog.close());

  document.addEventListener("keydown", (e) => {
    const t = e.target;
    const typing = t && (t.tagName === "TEXTAREA" || t.tagName === "INPUT" || t.tagName === "SELECT" || t.isContentEditable);
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
      e.preventDefault();
      analyze();
      return;
    }
    if (e.key === "Escape" && t === paste) { paste.blur(); return; }
    if (typing || e.ctrlKey || e.metaKey || e.altKey || dialog.open) return;
    const n = VIEWS[Number(e.key) - 1];
    if (n) { showView(n); $("tab-" + n).focus(); e.preventDefault(); return; }
    const count = resp ? resp.findings.length : 0;
    switch (e.key) {
      case "?": help(); break;
      case "/": paste.focus(); break;
      case "t": $("theme").click(); break;
      case "j": if (count) selectFinding((current + 1) % count, false); break;
      case "k": if (count) selectFinding((current - 1 + count) % count, false); break;
      default: return;
    }
    e.preventDefault();
  });

  // ---------- privacy badge ----------
  // Counts the page's requests after it loaded, from the browser's own
  // resource timing, plus those the worker made after the analyser was ready,
  // plus any to another origin at any time.
  let loadedAt = Infinity;
  let badgeCount = -1;
  function updateBadge() {
    const entries = performance.getEntriesByType("resource");
    const foreign = entries.filter((x) => !x.name.startsWith(location.origin + "/") && !/^(blob|data):/.test(x.name));
    const after = entries.filter((x) => x.startTime > loadedAt && !/^(blob|data):/.test(x.name));
    const n = new Set([...foreign, ...after]).size + workerNet;
    // Written only when it changes: each write is a layout and a paint of
    // the header while the analyser is still starting on the same cores.
    if (n === badgeCount) return;
    badgeCount = n;
    const b = $("privacy");
    b.textContent = n + (n === 1 ? " request" : " requests") + " since load";
    b.classList.toggle("bad", n > 0);
  }
  function settle() {
    // Whatever the page and its worker fetch to start up is "load".
    loadedAt = performance.now();
    updateBadge();
  }
  if (window.PerformanceObserver) {
    try { new PerformanceObserver(updateBadge).observe({ type: "resource", buffered: true }); } catch (err) { /* old browser */ }
  }
  const whenReady = setInterval(() => {
    if (document.documentElement.dataset.ready === "true" && document.readyState === "complete") {
      clearInterval(whenReady);
      settle();
    }
  }, 50);

  updateGutter();
  fromFragment();
  if (paste.value && !location.hash) analyze();
})();
