// Presign Doctor embed: defines <presign-doctor>, a compact analyser in a
// shadow root. All elements on a page share one engine (one worker). The
// built dist/site/embed.js is web/client.js, then web/view.js (the rendering
// it shares with the page), then this file; it finds the worker, wasm_exec.js
// and the wasm next to its own URL (on another origin too: README).
//   <script src="https://example.org/presign-doctor/embed.js" defer></script>
//   <presign-doctor input="https://…" theme="auto|light|dark"></presign-doctor>
/* global PresignDoctorClient, PresignDoctorView */
"use strict";

(function () {
  if (!window.customElements || customElements.get("presign-doctor")) return;
  const V = PresignDoctorView;
  const el = V.el;

  const script = document.currentScript || [...document.scripts].reverse().find((s) => /embed\.js(\?|#|$)/.test(s.src));
  const BASE = new URL(".", (script && script.src) || document.baseURI).href;
  const LANGS = V.LANGS.filter((l) => !l[2]);

  // Sizes in px and em only: rem would follow the host's root font size
  // (Material's is 20 px). Every inherited property is set on :host with
  // !important, which beats a host page's own !important rules (they match
  // this element from outside the shadow tree); host rules cannot match
  // anything inside.
  const DARK = "--fg: #e6edf3; --bg: #0d1117; --panel: #161b22; --line: #3d444d; --muted: #9198a1;" +
    " --err: #ff7b72; --warn: #d29922; --info: #58a6ff; --red-bg: #2e2450; --red-fg: #d2c4ff; color-scheme: dark !important;";
  const CSS = `
:host { display: block; --fg: #1b1f24; --bg: #fff; --panel: #f6f8fa; --line: #d0d7de; --muted: #57606a;
  --err: #b42318; --warn: #8a5a00; --info: #0757ba; --red-bg: #e8e2f8; --red-fg: #4b2a9a;
  border: 1px solid var(--line); border-radius: 8px; padding: 12px; margin: 16px 0; }
:host { color: var(--fg) !important; background: var(--bg) !important; font: 14px/1.5 system-ui, sans-serif !important;
  font-style: normal !important; font-weight: normal !important; font-variant: normal !important; font-stretch: normal !important;
  font-size-adjust: none !important; font-kerning: auto !important; font-feature-settings: normal !important;
  font-variation-settings: normal !important; font-synthesis: weight style !important; font-optical-sizing: auto !important;
  text-align: left !important; text-align-last: auto !important; text-indent: 0 !important; text-transform: none !important;
  text-shadow: none !important; text-rendering: auto !important; text-underline-offset: auto !important; text-underline-position: auto !important;
  text-emphasis: none !important; -webkit-text-fill-color: currentcolor !important; -webkit-text-stroke-width: 0 !important;
  letter-spacing: normal !important; word-spacing: normal !important; white-space: normal !important; word-break: normal !important;
  overflow-wrap: normal !important; line-break: auto !important; hyphens: manual !important; tab-size: 8 !important;
  direction: ltr !important; writing-mode: horizontal-tb !important; visibility: visible !important; cursor: auto !important;
  list-style: none !important; quotes: auto !important; caret-color: auto !important; border-collapse: separate !important;
  border-spacing: 0 !important; paint-order: normal !important; pointer-events: auto !important; color-scheme: light !important;
  -webkit-font-smoothing: auto !important; zoom: 1 !important; }
:host([data-scheme="dark"]) { ${DARK} }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.head { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.title { font-weight: 700; margin: 0; font-size: 16px; }
.priv { color: var(--muted); font-size: 12px; margin: 0; }
label { display: block; margin: 6px 0 3px; }
textarea { display: block; width: 100%; min-height: 112px; margin: 0; font: 12.5px/1.4 ui-monospace, monospace; color: var(--fg);
  background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 6px; white-space: pre; resize: vertical; }
.status { font-weight: 600; margin: 6px 0; }
[data-state="error"] .status { color: var(--err); }
[data-state="working"] .status { color: var(--muted); }
ul { list-style: none; padding: 0; margin: 0; }
.finding { margin: 6px 0; padding: 5px 8px; border-left: 4px solid var(--muted); background: var(--panel); border-radius: 0 6px 6px 0; }
.finding.error { border-color: var(--err); } .finding.warning { border-color: var(--warn); } .finding.info { border-color: var(--info); }
.f-head { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }
.f-title { flex: 1 1 12em; }
.sev { font-size: 11px; text-transform: uppercase; letter-spacing: .03em; font-weight: 700; }
.sev-error { color: var(--err); } .sev-warning { color: var(--warn); } .sev-info { color: var(--info); }
.finding p { margin: 2px 0; overflow-wrap: anywhere; }
.status { overflow-wrap: anywhere; }
.rule { color: var(--muted); font-size: 12px; font-family: ui-monospace, monospace; }
.fix { font-size: 13px; }
.tabs { display: flex; gap: 3px; margin-top: 8px; flex-wrap: wrap; }
button { font: 13px/1.4 system-ui, sans-serif; margin: 0; padding: 2px 9px; color: var(--fg); background: var(--panel);
  border: 1px solid var(--line); border-radius: 6px; cursor: pointer; text-transform: none; letter-spacing: normal; }
button[aria-selected="true"] { font-weight: 700; border-color: var(--info); }
pre { margin: 5px 0 0; padding: 8px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; overflow: auto;
  font: 12px/1.45 ui-monospace, monospace; max-height: 320px; white-space: pre; }
.copy { margin-top: 5px; }
.verdict { margin: 6px 0; padding: 6px 9px; border: 2px solid var(--info); border-radius: 6px; background: var(--panel); overflow-wrap: anywhere; }
.verdict p { margin: 2px 0; }
.v-sum { font-weight: 600; }
.v-conf { text-transform: uppercase; font-size: 11px; font-weight: 700; letter-spacing: .03em; }
.v-why { color: var(--muted); font-size: 12px; }
button.copied { font-weight: 700; }
:focus-visible { outline: 2px solid var(--info); outline-offset: 2px; }
`;

  let sheet = null;
  function styles(root) {
    try {
      if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); }
      root.adoptedStyleSheets = [sheet];
    } catch (err) {
      const s = document.createElement("style");
      s.textContent = CSS;
      root.append(s);
    }
  }

  // One engine for the whole page, shared by every element.
  const instances = new Set();
  let client = null;
  let ready = null; // the ready event's detail, once ready
  function engine() {
    if (!client) {
      client = PresignDoctorClient.connect({
        base: BASE,
        onEvent(type, detail) {
          if (type === "ready") ready = detail;
          else if (type === "crashed" || type === "fatal") ready = null;
          for (const i of instances) i._event(type, detail);
        },
      });
    }
    return client;
  }

  // ---------- theme="auto": the host's light or dark ----------
  // The conventions of the big docs generators, then the system's setting:
  // Material for MkDocs' data-md-color-scheme (on <body>; "slate" is dark),
  // Docusaurus' data-theme on <html>, a "dark" class on <html> (Tailwind,
  // VitePress, and many more). Watched live.
  const darkQuery = window.matchMedia ? matchMedia("(prefers-color-scheme: dark)") : null;
  function hostScheme() {
    const html = document.documentElement;
    const body = document.body;
    const md = (body && body.getAttribute("data-md-color-scheme")) || html.getAttribute("data-md-color-scheme");
    if (md) return md === "slate" ? "dark" : md === "default" ? "light" : fromBackground(body || html);
    const t = html.getAttribute("data-theme") || (body && body.getAttribute("data-theme"));
    if (t === "dark" || t === "light") return t;
    if (html.classList.contains("dark")) return "dark";
    if (html.classList.contains("light")) return "light";
    return darkQuery && darkQuery.matches ? "dark" : "light";
  }
  // fromBackground reads a custom scheme's darkness from the page's background.
  function fromBackground(e) {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(getComputedStyle(e).backgroundColor);
    if (!m || m[4] === "0") return darkQuery && darkQuery.matches ? "dark" : "light";
    return 0.2126 * m[1] + 0.7152 * m[2] + 0.0722 * m[3] < 128 ? "dark" : "light";
  }
  let watcher = null;
  let watchedBody = null;
  function watchHost() {
    const retheme = () => { for (const i of instances) i._theme(); };
    const opts = { attributes: true, attributeFilter: ["data-md-color-scheme", "data-theme", "class"] };
    if (!watcher) {
      watcher = new MutationObserver(retheme);
      watcher.observe(document.documentElement, opts);
      if (darkQuery) darkQuery.addEventListener("change", retheme);
    }
    if (document.body && watchedBody !== document.body) {
      watchedBody = document.body;
      watcher.observe(document.body, opts);
    }
  }

  class PresignDoctorElement extends HTMLElement {
    static get observedAttributes() { return ["input", "theme"]; }

    constructor() {
      super();
      const root = this.attachShadow({ mode: "open" });
      styles(root);
      this._lang = "python";
      this._seq = 0;
      this._resp = null;
      this._pause = V.debouncer(() => this.analyze());
      this._paste = el("textarea", { id: "paste", spellcheck: "false", autocomplete: "off", wrap: "off" });
      this._status = el("div", { class: "status", role: "status", "aria-live": "polite", text: V.STATUS.loading });
      this._findings = el("ul", { class: "findings", "aria-label": "Findings" });
      this._code = el("pre", { tabindex: "0", "aria-label": "Corrected code" });
      this._tabs = el("div", { class: "tabs", role: "tablist", "aria-label": "Corrected code" });
      for (const [l, name] of LANGS) {
        const b = el("button", { type: "button", role: "tab", "aria-selected": String(l === this._lang), text: name,
          onclick: () => { this._lang = l; this._renderCode(); } });
        b.dataset.lang = l;
        this._tabs.append(b);
      }
      const copy = el("button", { type: "button", class: "copy", text: "Copy code",
        onclick: (e) => {
          V.copied(e.currentTarget);
          if (navigator.clipboard) navigator.clipboard.writeText(this._code.textContent).catch(() => {});
        } });
      this._codeBox = el("div", { hidden: true }, this._tabs, this._code, copy);
      this._verdict = el("div", { class: "verdict-slot" });
      this._result = el("div", { class: "result", "data-state": "idle" }, this._status, this._verdict, this._findings, this._codeBox);
      root.append(
        el("div", { class: "head" },
          el("p", { class: "title", text: "Presign Doctor" }),
          el("p", { class: "priv", text: "Runs in your browser; nothing you paste leaves this page." })),
        el("label", { for: "paste", text: "Paste a presigned URL, S3's error, boto3 code, an aws command or a policy" }),
        this._paste, this._result);
      this._paste.addEventListener("input", (e) => {
        if (V.typedNow(e)) this.analyze();
        else this._pause.schedule();
      });
    }

    connectedCallback() {
      instances.add(this);
      watchHost();
      this._theme();
      const c = engine();
      if (c.fatal) this._event("fatal", c.fatal);
      else if (ready) this._event("ready", ready);
      if (this.hasAttribute("input") && !this._paste.value) {
        this._paste.value = this.getAttribute("input");
        this.analyze();
      }
    }

    disconnectedCallback() { instances.delete(this); }

    attributeChangedCallback(name, old, value) {
      if (name === "theme") this._theme();
      else if (name === "input" && value != null && value !== old && this.isConnected) {
        this._paste.value = value;
        this.analyze();
      }
    }

    // value is the text in the paste area.
    get value() { return this._paste.value; }
    set value(v) { this._paste.value = String(v); this.analyze(); }

    // _theme sets data-scheme (what the styles follow): theme="light" or
    // "dark" wins, anything else (auto, absent) follows the host.
    _theme() {
      const t = this.getAttribute("theme");
      const scheme = t === "light" || t === "dark" ? t : hostScheme();
      if (this.dataset.scheme !== scheme) this.dataset.scheme = scheme;
    }

    _event(type, detail) {
      if (type === "ready") {
        this.dataset.ready = "true";
        if (this._result.dataset.state === "idle") this._status.textContent = V.STATUS.ready;
        this.dispatchEvent(new CustomEvent("presign-doctor-ready", { detail: { version: detail && detail.version }, bubbles: true, composed: true }));
      } else if (type === "crashed") {
        delete this.dataset.ready;
        this._status.textContent = "The analyser stopped and was restarted; your paste is kept.";
      } else if (type === "fatal") {
        this._fatal(detail);
      }
    }

    // _fatal shows why the analyser cannot start; it stays until a reload
    // (analyze keeps it whatever is typed).
    _fatal(detail) {
      delete this.dataset.ready;
      this._setState("error");
      this._status.textContent = V.startFailure(detail);
    }

    _setState(s) {
      this._result.dataset.state = s;
      this.dataset.state = s;
    }

    // analyze runs the paste through the shared engine now.
    analyze() {
      this._pause.cancel();
      const seq = ++this._seq;
      const input = this._paste.value;
      const c = engine();
      if (c.fatal) {
        this._fatal(c.fatal);
        return;
      }
      if (!input.trim()) {
        this._resp = null;
        this._setState("idle");
        this._findings.replaceChildren();
        this._codeBox.hidden = true;
        this._status.textContent = V.STATUS.idle;
        return;
      }
      this._setState("working");
      this._status.textContent = c.ready ? V.STATUS.working : V.STATUS.waiting;
      c.analyze({ input }).then((msg) => {
        if (seq !== this._seq) return;
        const a = V.readAnswer(msg);
        if (a.error) {
          this._setState("error");
          this._status.textContent = a.error;
          return;
        }
        this._show(a.r);
      }, (err) => {
        if (seq !== this._seq) return;
        if (err.code === "fatal") {
          this._fatal(err.detail);
          return;
        }
        this._setState("error");
        this._status.textContent = V.failure(err, c.watchdogMs);
      });
    }

    _show(r) {
      this._resp = r;
      this._status.textContent = V.summary(r);
      const card = V.verdictCard(r.verdict);
      this._verdict.replaceChildren(...(card ? [card] : []));
      this._findings.replaceChildren(...r.findings.map((f, i) => V.findingItem(f, i)));
      this._renderCode();
      this._setState("done");
      this.dispatchEvent(new CustomEvent("presign-doctor-result", { detail: r, bubbles: true, composed: true }));
    }

    _renderCode() {
      const code = (this._resp && this._resp.code) || {};
      this._codeBox.hidden = !LANGS.some(([l]) => code[l]);
      for (const b of this._tabs.children) b.setAttribute("aria-selected", String(b.dataset.lang === this._lang));
      this._code.textContent = code[this._lang] || "";
    }
  }

  customElements.define("presign-doctor", PresignDoctorElement);
})();
