// Presign Doctor embed: defines <presign-doctor>, a compact analyser in a
// shadow root. All elements on a page share one engine (one worker). The
// built dist/site/embed.js is web/client.js followed by this file; it finds
// the worker, wasm_exec.js and the wasm next to its own URL.
//   <script src="https://example.org/presign-doctor/embed.js" defer></script>
//   <presign-doctor input="https://…" theme="dark"></presign-doctor>
/* global PresignDoctorClient */
"use strict";

(function () {
  if (!window.customElements || customElements.get("presign-doctor")) return;

  const script = document.currentScript || [...document.scripts].reverse().find((s) => /embed\.js(\?|#|$)/.test(s.src));
  const BASE = new URL(".", (script && script.src) || document.baseURI).href;
  const LANGS = [["python", "Python"], ["cli", "AWS CLI"], ["javascript", "JavaScript"], ["go", "Go"]];

  const CSS = `
:host { display: block; --fg: #1b1f24; --bg: #fff; --panel: #f6f8fa; --line: #d0d7de; --muted: #57606a;
  --err: #b42318; --warn: #8a5a00; --info: #0757ba; --red-bg: #e8e2f8; --red-fg: #4b2a9a;
  border: 1px solid var(--line); border-radius: 8px; padding: .75rem; }
/* Inherited properties: !important so that a host page's own !important
   rules (they match this element in the light DOM) do not leak in. */
:host { color: var(--fg) !important; background: var(--bg) !important; font: 14px/1.5 system-ui, sans-serif !important;
  text-align: left !important; letter-spacing: normal !important; text-transform: none !important; white-space: normal !important;
  word-spacing: normal !important; font-style: normal !important; font-weight: normal !important; }
:host([theme="dark"]) { --fg: #e6edf3; --bg: #0d1117; --panel: #161b22; --line: #3d444d; --muted: #9198a1;
  --err: #ff7b72; --warn: #d29922; --info: #58a6ff; --red-bg: #2e2450; --red-fg: #d2c4ff; }
@media (prefers-color-scheme: dark) { :host(:not([theme="light"])) { --fg: #e6edf3; --bg: #0d1117; --panel: #161b22;
  --line: #3d444d; --muted: #9198a1; --err: #ff7b72; --warn: #d29922; --info: #58a6ff; --red-bg: #2e2450; --red-fg: #d2c4ff; } }
* { box-sizing: border-box; }
.head { display: flex; justify-content: space-between; align-items: baseline; gap: .5rem; flex-wrap: wrap; }
.title { font-weight: 700; margin: 0; font-size: 1rem; }
.priv { color: var(--muted); font-size: .8rem; margin: 0; }
label { display: block; margin: .4rem 0 .2rem; }
textarea { display: block; width: 100%; min-height: 8rem; font: 12.5px/1.4 ui-monospace, monospace; color: var(--fg);
  background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: .4rem; white-space: pre; resize: vertical; }
.status { font-weight: 600; margin: .4rem 0; }
[data-state="error"] .status { color: var(--err); }
ul { list-style: none; padding: 0; margin: 0; }
li { margin: .35rem 0; padding: .3rem .5rem; border-left: 4px solid var(--muted); background: var(--panel); border-radius: 0 6px 6px 0; }
li.error { border-color: var(--err); } li.warning { border-color: var(--warn); } li.info { border-color: var(--info); }
li p { margin: .15rem 0; }
.rule { color: var(--muted); font-size: .8rem; font-family: ui-monospace, monospace; }
.tabs { display: flex; gap: .2rem; margin-top: .5rem; flex-wrap: wrap; }
button { font: inherit; font-size: .85rem; padding: .15rem .6rem; color: var(--fg); background: var(--panel); border: 1px solid var(--line); border-radius: 6px; cursor: pointer; }
button[aria-selected="true"] { font-weight: 700; border-color: var(--info); }
pre { margin: .3rem 0 0; padding: .5rem; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; overflow: auto;
  font: 12px/1.45 ui-monospace, monospace; max-height: 20rem; }
.red { background: var(--red-bg); color: var(--red-fg); }
[hidden] { display: none !important; }
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
  let ready = false;
  function engine() {
    if (!client) {
      client = PresignDoctorClient.connect({
        base: BASE,
        onEvent(type, detail) {
          if (type === "ready") ready = true;
          for (const i of instances) i._event(type, detail);
        },
      });
    }
    return client;
  }

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") e.textContent = v;
      else if (k === "class") e.className = v;
      else e.setAttribute(k, v);
    }
    e.append(...kids.filter((k) => k != null));
    return e;
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
      this._paste = el("textarea", { spellcheck: "false", autocomplete: "off", wrap: "off" });
      this._paste.id = "paste";
      this._status = el("div", { class: "status", role: "status", "aria-live": "polite", text: "Loading the analyser…" });
      this._findings = el("ul", { "aria-label": "Findings" });
      this._code = el("pre", { tabindex: "0", "aria-label": "Corrected code" });
      this._tabs = el("div", { class: "tabs", role: "tablist", "aria-label": "Corrected code" });
      for (const [l, name] of LANGS) {
        const b = el("button", { type: "button", role: "tab", "aria-selected": String(l === this._lang), text: name });
        b.addEventListener("click", () => { this._lang = l; this._renderCode(); });
        b.dataset.lang = l;
        this._tabs.append(b);
      }
      const copy = el("button", { type: "button", text: "Copy code" });
      copy.addEventListener("click", () => navigator.clipboard && navigator.clipboard.writeText(this._code.textContent).catch(() => {}));
      this._codeBox = el("div", { hidden: "" }, this._tabs, this._code, copy);
      this._result = el("div", { class: "result", "data-state": "idle" }, this._status, this._findings, this._codeBox);
      root.append(
        el("div", { class: "head" },
          el("p", { class: "title", text: "Presign Doctor" }),
          el("p", { class: "priv", text: "Runs in your browser; nothing you paste leaves this page." })),
        el("label", { for: "paste", text: "Paste a presigned URL, S3's error, boto3 code, an aws command or a policy" }),
        this._paste, this._result);
      this._paste.addEventListener("input", () => {
        clearTimeout(this._timer);
        this._timer = setTimeout(() => this.analyze(), 250);
      });
    }

    connectedCallback() {
      instances.add(this);
      engine();
      if (ready) this._event("ready", {});
      if (this.hasAttribute("input") && !this._paste.value) {
        this._paste.value = this.getAttribute("input");
        this.analyze();
      }
    }

    disconnectedCallback() { instances.delete(this); }

    attributeChangedCallback(name, old, value) {
      if (name === "input" && value != null && value !== old && this.isConnected) {
        this._paste.value = value;
        this.analyze();
      }
    }

    // value is the text in the paste area.
    get value() { return this._paste.value; }
    set value(v) { this._paste.value = String(v); this.analyze(); }

    _event(type, detail) {
      if (type === "ready") {
        this.dataset.ready = "true";
        if (this._result.dataset.state === "idle") this._status.textContent = "Ready: paste above.";
      } else if (type === "crashed") {
        this._status.textContent = "The analyser stopped and was restarted; your paste is kept.";
      } else if (type === "fatal") {
        this._setState("error");
        this._status.textContent = "The analyser could not run: " + detail;
      }
    }

    _setState(s) {
      this._result.dataset.state = s;
      this.dataset.state = s;
    }

    // analyze runs the paste through the shared engine now.
    analyze() {
      const seq = ++this._seq;
      const input = this._paste.value;
      if (!input.trim()) {
        this._setState("idle");
        this._findings.replaceChildren();
        this._codeBox.hidden = true;
        this._status.textContent = "Nothing analysed yet.";
        return;
      }
      this._setState("working");
      this._status.textContent = "Analysing…";
      engine().analyze({ input }).then((msg) => {
        if (seq !== this._seq) return;
        const r = JSON.parse(msg.json);
        if (r.error) {
          this._setState("error");
          this._status.textContent = r.error;
          return;
        }
        this._show(r);
      }, (err) => {
        if (seq !== this._seq) return;
        this._setState("error");
        this._status.textContent = String(err.message || err);
      });
    }

    _show(r) {
      this._resp = r;
      const n = r.findings.length;
      const recognised = r.inputs.some((p) => p.kind !== "text");
      this._status.textContent = n ? n + " finding" + (n === 1 ? "" : "s") :
        recognised ? "No problem found in what was pasted." : "Nothing recognised yet: paste a presigned URL, S3's XML error, boto3 code, an aws command or a policy.";
      this._findings.replaceChildren(...r.findings.map((f) => {
        const li = el("li", { class: f.severity },
          el("strong", { text: f.title || f.rule }), " ", el("span", { class: "rule", text: f.rule }),
          el("p", { text: f.message }),
          ...(f.fixes || []).map((x) => el("p", { class: "rule", text: "Fix: " + x.message })));
        li.dataset.rule = f.rule;
        return li;
      }));
      this._renderCode();
      this._setState("done");
      this.dispatchEvent(new CustomEvent("presign-doctor-result", { detail: r, bubbles: true, composed: true }));
    }

    _renderCode() {
      const code = (this._resp && this._resp.code) || {};
      const any = LANGS.some(([l]) => code[l]);
      this._codeBox.hidden = !any;
      for (const b of this._tabs.children) b.setAttribute("aria-selected", String(b.dataset.lang === this._lang));
      this._code.textContent = code[this._lang] || "";
    }
  }

  customElements.define("presign-doctor", PresignDoctorElement);
})();
