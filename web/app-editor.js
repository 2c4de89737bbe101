// Presign Doctor page, the paste area for big pastes: past BIG characters
// the text moves from the <textarea> into a CodeMirror 6 editor (editor.js,
// the site's own file, fetched after ready as part of the page's load), which lays out only the
// lines in view. Chromium lays out every line of a textarea in the first
// frame after a paste: a 2 MiB paste was the page's longest task by far,
// whatever the page's own code did (scripts/bench/notes.md). The text moves
// from the input event's handler, before that frame; paste.value keeps
// working for the page's code and for tests (an own accessor on #paste), so
// nothing else needs to know which one holds the text. Built into the site's
// app.js (Makefile); app.js calls it first.
/* exported pageEditor */
/* global PresignDoctorEditor */
"use strict";

// pageEditor installs the accessor on paste. opts: {typedNow(e) (a paste or
// a drop, not typing)}. Returns {active() (the editor holds the text)}.
function pageEditor(paste, opts) {
  // Texts up to BIG characters stay in the textarea: the editor is not made
  // for them, and its script (about 94 KB gzip) is not run before ready
  // (the hosted page fetches it after ready as part of its load: preload).
  const BIG = 64 * 1024;
  const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value");
  const nativeGet = () => proto.get.call(paste);
  const nativeSet = (v) => proto.set.call(paste, v);
  const nativeFocus = HTMLElement.prototype.focus;
  const box = paste.parentNode; // .editor, which also holds the gutter
  let big = false; // the text is the editor's (or waits for it)
  let text = ""; // the text while big, as last set or read
  let fresh = true; // text is the editor's current document
  let view = null;
  let host = null;
  let loading = null;
  let wantFocus = false; // the textarea had the focus when the text moved

  function load() {
    if (globalThis.PresignDoctorEditor) return Promise.resolve();
    if (loading) return loading;
    loading = new Promise((resolve, reject) => {
      const s = document.createElement("script");
      // The one-file bundle carries the script inline (id pd-editor,
      // allowed by its CSP's hash); the site serves editor.js.
      const inline = document.getElementById("pd-editor");
      if (inline) {
        s.textContent = inline.textContent;
        document.head.append(s);
        if (globalThis.PresignDoctorEditor) resolve();
        else reject(new Error("the editor did not start"));
        return;
      }
      s.src = new URL("editor.js", document.baseURI).href;
      s.onload = resolve;
      s.onerror = () => reject(new Error("cannot load editor.js"));
      document.head.append(s);
    });
    loading.catch(() => { loading = null; });
    return loading;
  }

  // toEditor moves text into the editor; the textarea is emptied and
  // hidden first, so that it is never laid out with it.
  function toEditor(v) {
    text = v;
    fresh = true;
    if (!big) {
      wantFocus = document.activeElement === paste;
      big = true;
      box.classList.add("big");
      nativeSet("");
      if (!host) {
        host = document.createElement("div");
        host.className = "cm-host";
        box.append(host);
      }
      host.hidden = false;
    }
    if (view) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: v } });
      return;
    }
    // The editor is made in a task after the one that ran its script: each
    // took about 35 ms of CPU for a 100 KB paste, together past the 50 ms
    // of a long task.
    load().then(() => new Promise((resolve) => setTimeout(resolve, 0))).then(() => {
      if (!big || view) {
        if (view && big) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
        return;
      }
      view = PresignDoctorEditor.create(host, text, {
        label: document.getElementById("paste-label").textContent.replace(/\s+/g, " ").trim(),
        onChange(pasted) {
          fresh = false;
          paste.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: pasted ? "insertFromPaste" : "insertText" }));
        },
      });
      if (wantFocus) view.focus();
    }, () => {
      // No editor (the script refused or missing): the textarea takes the
      // text back, as it did before the editor existed.
      if (big) toTextarea(text);
    });
  }

  function toTextarea(v) {
    big = false;
    text = "";
    box.classList.remove("big");
    if (view) {
      view.destroy();
      view = null;
    }
    if (host) host.hidden = true;
    nativeSet(v);
  }

  Object.defineProperty(paste, "value", {
    configurable: true,
    get() {
      if (!big) return nativeGet();
      if (!fresh && view) {
        text = view.state.doc.toString();
        fresh = true;
      }
      return text;
    },
    set(v) {
      v = v == null ? "" : String(v);
      if (v.length > BIG) toEditor(v);
      else if (big) toTextarea(v);
      else nativeSet(v);
    },
  });
  paste.focus = function (o) {
    if (big && view) view.focus();
    else nativeFocus.call(paste, o);
  };

  // A paste or a drop into the textarea that makes it big: moved before the
  // next frame. This listener is the paste area's first (app.js adds its
  // own after it), so the analysis reads the moved text.
  paste.addEventListener("input", (e) => {
    if (big || !opts.typedNow(e)) return;
    const v = nativeGet();
    if (v.length > BIG) toEditor(v);
  });

  // preload: the hosted page fetches the editor's script as part of its
  // load (after ready, when the browser is idle, before the privacy badge
  // settles), so that a big paste later makes no network request: the page
  // promises none after load. The one-file bundle carries the script inline
  // and runs it only for a big paste.
  function preload() {
    if (document.getElementById("pd-editor")) return Promise.resolve();
    return new Promise((resolve) => {
      const go = () => load().then(resolve, resolve);
      if (globalThis.requestIdleCallback) requestIdleCallback(go, { timeout: 2000 });
      else setTimeout(go, 0);
    });
  }

  return { active: () => big, preload };
}
