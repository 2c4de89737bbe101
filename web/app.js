// Presign Doctor page: owns the DOM, talks to the engine through client.js.
// Pasted text only ever reaches the DOM through textContent (never markup);
// every view shows the engine's redacted text, never the raw paste. The
// site's app.js is web/view.js (shared with <presign-doctor>), then
// app-text.js, app-views.js, app-input.js, app-badge.js and app-offline.js (one concern
// each, each a function of what it needs), then this file, which holds the page's state
// (the response shown, the view, the language, the selected finding) and
// wires them (Makefile).
/* global PresignDoctorClient, PresignDoctorView, pageEditor, pageText, pageViews, pageInput, pageBadge, pageOffline */
"use strict";

(function () {
  const V = PresignDoctorView;
  const el = V.el;
  const $ = (id) => document.getElementById(id);
  const paste = $("paste");
  // First: paste.value reads and writes the editor's text once a big paste
  // moved there.
  const editor = pageEditor(paste, { typedNow: V.typedNow });
  const result = $("result");
  const status = $("status");
  const secret = $("secret");
  const VIEWS = ["findings", "code", "diff", "url", "sigv4", "redactions", "report"];
  const LANGS = V.LANGS.map((l) => l[0]);
  const OPTIONAL_LANGS = new Set(V.LANGS.filter((l) => l[2]).map((l) => l[0]));

  let latest = 0; // sequence of the newest analysis asked for
  let resp = null; // the response shown
  let lang = "python";
  let current = -1; // finding selected with j/k
  let view = "findings"; // the view shown
  const stale = new Set(); // views to build again when shown
  const EMPTY = Object.freeze({ inputs: [], findings: [], redactions: [], redacted: "", code: {}, diff: "", sigv4: {}, report: {} });
  const LAZY = { url: () => views.renderURL(resp || EMPTY), report: () => views.renderReport(resp || EMPTY) };

  const ctx = {
    $, el, LANGS, OPTIONAL_LANGS,
    bigPaste: editor.active,
    resp: () => resp,
    lang: () => lang,
    copy: (text, what, button) => copy(text, what, button),
    engineNote: (text) => engineNote(text),
    replaced: () => replaced(),
    selectFinding: (i, focusText) => selectFinding(i, focusText),
    applyFix: (i, j) => applyFix(i, j),
    reveal: (start, end) => text.reveal(start, end),
    lineOf: (t, off) => text.lineOf(t, off),
  };
  const text = pageText(ctx);
  const views = pageViews(ctx);
  ctx.offline = pageOffline();
  ctx.preloadEditor = editor.preload;
  const badge = pageBadge(ctx);
  const pause = V.debouncer(() => analyze());
  // A key typed in the signature check is checked after this pause.
  const KEY_PAUSE_MS = 400;

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
      // A paste made while loading is being analysed now.
      if (result.dataset.state === "working") status.textContent = V.STATUS.working;
      badge.update();
    } else if (type === "warm") {
      // For make bench: the warm-up is over (data-warm, after data-ready).
      document.documentElement.dataset.warm = "true";
    } else if (type === "crashed") {
      engineNote("The analyser stopped (" + detail + "). It has been restarted; your paste is kept.");
      // The page never re-sends a paste on its own after a restart: the
      // client re-sends the requests that did not cause it, once.
      if (result.dataset.state === "working") status.textContent = V.STATUS.restarting;
    } else if (type === "fatal") {
      startFailed(detail);
    } else if (type === "mode") {
      document.documentElement.dataset.engine = detail;
    }
  };

  function engineNote(t) {
    const n = $("engine-note");
    n.textContent = t;
    n.hidden = false;
  }

  // busy shows, under the status, how long the analysis shown as running
  // has taken (and the paste's size), from BUSY_AFTER_MS on: a paste that
  // is answered at once never shows it. It is outside the live status
  // region (a clock read out every tenth of a second says nothing).
  // globalThis.presignDoctorBusyAfterMs (set by tests, like the
  // watchdog's) shows it sooner: how long an analysis takes is no test input.
  const BUSY_AFTER_MS = globalThis.presignDoctorBusyAfterMs >= 0 ? globalThis.presignDoctorBusyAfterMs : 300;
  const busy = (() => {
    let timer = 0;
    let t0 = 0;
    let size = "";
    const tick = () => {
      const dt = performance.now() - t0;
      if (dt < BUSY_AFTER_MS) return;
      $("elapsed").textContent = (dt / 1000).toFixed(1) + " s" + size;
      $("busy").hidden = false;
    };
    return {
      start(n) {
        clearInterval(timer);
        t0 = performance.now();
        size = n >= 10000 ? " · " + V.size(n) : "";
        timer = setInterval(tick, 100);
        if (BUSY_AFTER_MS === 0) tick(); // at once, not at the first tick
      },
      stop() {
        clearInterval(timer);
        timer = 0;
        $("busy").hidden = true;
      },
    };
  })();

  function fail(t) {
    busy.stop();
    // No empty-state text under an error.
    $("nothing").hidden = true;
    result.dataset.state = "error";
    status.textContent = t;
  }

  // startFailed shows why the analyser cannot start, in the note and the
  // status, where it stays whatever is typed (analyze keeps it).
  function startFailed(detail) {
    const t = V.startFailure(detail);
    $("loading").hidden = true;
    engineNote(t);
    fail(t);
  }

  function analyze() {
    pause.cancel();
    const seq = ++latest;
    const input = paste.value;
    if (client.fatal) {
      startFailed(client.fatal);
      return;
    }
    if (!input.trim()) {
      show(null);
      return;
    }
    result.dataset.state = "working";
    busy.start(input.length);
    $("nothing").hidden = true;
    status.textContent = client.ready ? V.STATUS.working : V.STATUS.waiting;
    const request = { input };
    if (secret.value) request.secretAccessKey = secret.value;
    client.analyze(request).then((msg) => {
      badge.worker(msg.net || 0);
      if (seq !== latest) return;
      const a = V.readAnswer(msg);
      if (a.error) fail(a.error);
      else show(a.r, msg.ms, seq);
    }, (err) => {
      if (seq !== latest) return;
      if (err.code === "fatal") startFailed(err.detail);
      else fail(V.failure(err, client.watchdogMs));
    });
  }

  // ---------- rendering ----------
  // A response for a text longer than SPLIT_AT is shown a view a task, so
  // that the page answers clicks and keys in between (a 1 MB paste's
  // response was shown in one task of about a second).
  const SPLIT_AT = 50000;
  const nextTask = () => new Promise((resolve) => {
    const c = new MessageChannel();
    c.port1.onmessage = () => { c.port1.close(); resolve(); };
    c.port2.postMessage(0);
  });

  // show puts a response (or null: nothing pasted) in every view; seq is
  // the analysis it answers: a newer one asked for meanwhile stops it.
  async function show(r, ms, seq) {
    resp = r;
    current = -1;
    const empty = !r;
    r = r || EMPTY;
    const split = !empty && r.redacted.length > SPLIT_AT;
    const steps = [
      () => { renderFindings(r); renderParts(r); renderTriage(r); },
      () => text.renderAnnotated(r),
      () => {
        if (r.codePrimary && r.codePrimary !== lang && LANGS.includes(r.codePrimary) && r.code && r.code[r.codePrimary]) pickLang(r.codePrimary);
        views.renderCode(r); views.renderDiff(r);
      },
      () => { views.renderSigV4(r); views.renderRedactions(r); },
      () => {
        // The URL and report views are built when shown: a paste of a
        // thousand URLs made a table each, and the report frame parsed a
        // copy of the whole paste, on every analysis, in views that were
        // hidden.
        stale.add("url").add("report");
        renderStale(view);
        views.renderExtra(r);
      },
    ];
    for (const step of steps) {
      step();
      if (split) {
        await nextTask();
        if (seq !== latest) return;
      }
    }
    busy.stop();
    $("nothing").hidden = V.recognised(r) || (r.findings || []).length > 0;
    const n = (r.findings || []).length;
    $("count-findings").textContent = n ? String(n) : "";
    const nr = (r.redactions || []).length;
    $("count-redactions").textContent = nr ? String(nr) : "";
    if (empty) {
      result.dataset.state = "idle";
      status.textContent = V.STATUS.idle;
      return;
    }
    status.textContent = V.summary(r, { ms, detail: true });
    result.dataset.state = "done";
  }

  // At most MAX_CHIPS parts get a chip: a 1 MB paste of 8,500 parts made
  // as many buttons for the browser to lay out; the rest are counted.
  const MAX_CHIPS = 40;
  function renderParts(r) {
    const inputs = r.inputs || [];
    const more = inputs.length - MAX_CHIPS;
    $("parts").replaceChildren(...inputs.slice(0, MAX_CHIPS).map((p) => {
      const a = text.lineOf(r.redacted, p.start);
      const b = text.lineOf(r.redacted, Math.max(p.start, p.end - 1));
      return el("button", {
        type: "button", class: "chip kind-" + p.kind,
        text: p.kind + (a === b ? " · line " + a : " · lines " + a + "–" + b),
        onclick: () => text.reveal(p.start, p.end),
      });
    }), ...(more > 0 ? [el("span", { class: "muted more-parts", text: "and " + more.toLocaleString("en-US") + " more parts" })] : []));
  }

  // At most MAX_FINDINGS findings are built with the answer, the rest on
  // "Show all" (or when j/k or the text selects one of them): a 100 KB
  // paste of the typical paste repeated has 253 findings, 2,700 elements,
  // whose layout was the longest task after it (scripts/bench/notes.md).
  const MAX_FINDINGS = 40;
  let findingsShown = 0;
  function renderFindings(r) {
    const old = $("verdict");
    const card = V.verdictCard(r.verdict);
    if (card) card.id = "verdict";
    if (old && card) old.replaceWith(card);
    else if (old) old.remove();
    else if (card) $("findings").before(card);
    const all = r.findings || [];
    findingsShown = Math.min(all.length, MAX_FINDINGS);
    $("findings").replaceChildren(...all.slice(0, findingsShown).map((f, i) => findingElement(r, f, i)));
    const more = all.length - findingsShown;
    $("more-findings").hidden = more <= 0;
    $("more-findings-btn").textContent = "Show the other " + more.toLocaleString("en-US") + " findings";
  }

  // moreFindings builds the findings not shown yet, up to index i (all of
  // them without i).
  function moreFindings(i) {
    const r = resp;
    if (!r) return;
    const all = r.findings || [];
    const to = i == null ? all.length : Math.min(all.length, Math.max(i + 1, findingsShown));
    if (to <= findingsShown) return;
    const from = findingsShown;
    findingsShown = to;
    $("findings").append(...all.slice(from, to).map((f, k) => findingElement(r, f, from + k)));
    const more = all.length - findingsShown;
    $("more-findings").hidden = more <= 0;
    $("more-findings-btn").textContent = "Show the other " + more.toLocaleString("en-US") + " findings";
  }
  $("more-findings-btn").addEventListener("click", () => {
    const first = findingsShown;
    moreFindings();
    const item = $("findings").children[first];
    if (item) item.focus();
  });

  function findingElement(r, f, i) {
    const item = V.findingItem(f, i, {
      focusable: true,
      applyable: (fx) => fx.edits && fx.edits.length,
      actions: () => [
        el("button", {
          type: "button", class: "btn small",
          text: "Show in text (line " + text.lineOf(r.redacted, f.start) + ")",
          onclick: () => selectFinding(i, true),
        }),
        ...(f.fixes || []).map((fx, j) => fx.edits && fx.edits.length
          ? el("button", { type: "button", class: "btn small fix-btn", text: "Apply fix: " + fx.message, onclick: () => applyFix(i, j) }) : null)
          .filter(Boolean),
        el("button", {
          type: "button", class: "btn small", text: "Copy",
          "aria-label": "Copy finding " + f.rule,
          onclick: (e) => copy(V.findingText(f), "Finding", e.currentTarget),
        }),
      ],
    });
    item.addEventListener("mouseenter", () => text.mark(i, true));
    item.addEventListener("mouseleave", () => text.mark(i, false));
    item.addEventListener("focusin", () => text.mark(i, true));
    item.addEventListener("focusout", () => text.mark(i, false));
    return item;
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

  function selectFinding(i, focusText) {
    const r = resp;
    if (!r || !r.findings[i]) return;
    current = i;
    const f = r.findings[i];
    moreFindings(i);
    const item = $("findings").children[i];
    if (item) {
      showView("findings");
      item.focus({ preventScroll: false });
    }
    text.reveal(f.start, f.end, i, focusText);
  }

  // applyFix applies one fix's edits to the redacted text, puts the result
  // in the paste area and analyses it again; the diff follows.
  function applyFix(i, j) {
    const r = resp;
    const fx = r && r.findings[i] && r.findings[i].fixes[j];
    if (!fx) return;
    const edits = [...fx.edits].sort((a, b) => b.start - a.start);
    let t = r.redacted;
    for (const e of edits) t = t.slice(0, e.start) + e.new + t.slice(e.end);
    paste.value = t;
    engineNote("Fix applied: “" + fx.message + "”. The paste area now holds the redacted text with that fix.");
    replaced();
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
  tablist(document.querySelector(".subtabs"), LANGS, "lang-", pickLang);

  // pickLang shows the corrected code in language l; a new answer opens on
  // the language of the user's own code (codePrimary).
  function pickLang(l) {
    lang = l;
    for (const x of LANGS) {
      const b = $("lang-" + x);
      b.setAttribute("aria-selected", String(x === l));
      b.tabIndex = x === l ? 0 : -1;
    }
    $("code-panel").setAttribute("aria-labelledby", "lang-" + l);
    views.renderCode(resp || { code: {} });
  }

  // ---------- copy ----------
  const live = $("live");

  async function copy(text, what, button) {
    V.copied(button || document.activeElement);
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
    copy(src.value != null && src.tagName === "INPUT" ? src.value : src.textContent, (b.dataset.label || b.textContent).replace(/^Copy ?/, "") || "Text", b);
  });
  $("copy-prompt").addEventListener("click", (e) => resp && resp.prompt && copy(resp.prompt, "Prompt", e.currentTarget));
  $("copy-redacted").addEventListener("click", (e) => resp && copy(resp.redacted, "Redacted paste", e.currentTarget));
  $("use-redacted").addEventListener("click", () => {
    if (!resp) return;
    paste.value = resp.redacted;
    engineNote("The paste area now holds the redacted text.");
    replaced();
  });
  $("dl-md").addEventListener("click", () => views.download("presign-doctor-report.md", "text/markdown", views.reportMarkdown(resp)));
  $("dl-html").addEventListener("click", () => views.download("presign-doctor-report.html", "text/html", views.reportHTML(resp)));

  // ---------- verify ----------
  // The key is checked as it is typed, after a pause (Enter checks at once).
  const keyPause = V.debouncer(() => analyze(), KEY_PAUSE_MS);
  $("verify").addEventListener("submit", (e) => {
    e.preventDefault();
    keyPause.cancel();
    analyze();
  });
  secret.addEventListener("input", () => {
    if (!paste.value.trim()) return;
    const p = $("sig-check");
    p.textContent = secret.value ? "Checking the signature with this key…" : "";
    p.className = "sig-check";
    keyPause.schedule();
  });
  $("show-secret").addEventListener("click", (e) => {
    const on = secret.type === "password";
    secret.type = on ? "text" : "password";
    e.currentTarget.setAttribute("aria-pressed", String(on));
  });
  $("forget").addEventListener("click", () => {
    secret.value = "";
    secret.type = "password";
    $("show-secret").setAttribute("aria-pressed", "false");
    keyPause.cancel();
    analyze();
  });


  // ---------- input ----------
  const input = pageInput(ctx);
  // replaced analyses the paste area's new content (set by the page, not
  // typed) and then updates its gutter.
  function replaced() {
    analyze();
    text.queueGutter();
  }
  // A paste or a drop is analysed at once; typing waits for a pause.
  paste.addEventListener("input", (e) => {
    if (V.typedNow(e)) analyze();
    else pause.schedule();
    text.queueGutter();
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

  text.updateGutter();
  input.fromFragment();
  if (paste.value && !location.hash) analyze();
})();
