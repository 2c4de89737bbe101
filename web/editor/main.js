// Presign Doctor's editor for big pastes: CodeMirror 6 (@codemirror/view,
// @codemirror/state, and @codemirror/commands for the keys and undo; pinned
// in scripts/package.json), bundled by the Makefile with esbuild into the
// site's editor.js, which the page loads only when a paste is over its
// threshold (app-editor.js). It lays out only the
// lines in view, where a <textarea> lays out all of them: a 2 MiB paste
// took seconds in the textarea's first layout (scripts/bench/notes.md).
import { EditorState, Transaction } from "@codemirror/state";
import { EditorView, lineNumbers, drawSelection, keymap } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";

// The page's colours (its custom properties reach into the shadow root) and
// its paste area's font and size.
const theme = EditorView.theme({
  "&": { height: "100%", color: "var(--fg)", backgroundColor: "transparent", fontSize: "13px" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", lineHeight: "1.4" },
  ".cm-content": { caretColor: "var(--fg)" },
  ".cm-gutters": { color: "var(--muted)", backgroundColor: "var(--panel)", borderRight: "1px solid var(--line)" },
  ".cm-activeLineGutter": { backgroundColor: "transparent" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": { backgroundColor: "color-mix(in srgb, var(--accent) 30%, transparent)" },
});

// create makes an editor in parent (in a shadow root of its own) holding
// text. opts: {label (the accessible name), onChange(paste: bool)}.
function create(parent, text, opts) {
  // In a shadow root: CodeMirror's styles then go in a constructed style
  // sheet, which the page's CSP (style-src 'self', no inline style) allows;
  // in the document itself they would go in a <style> element it refuses.
  const root = parent.shadowRoot || parent.attachShadow({ mode: "open" });
  root.replaceChildren();
  const view = new EditorView({
    root,
    parent: root,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        drawSelection(),
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        theme,
        // An id does not reach across the shadow root: the label's text.
        EditorView.contentAttributes.of({
          "aria-label": opts.label,
          // Focusable as axe sees it (a contenteditable alone is not to it:
          // "scrollable region must have keyboard access").
          tabindex: "0",
          spellcheck: "false",
          autocorrect: "off",
          autocapitalize: "off",
        }),
        // Changes made by the user (the page's own replace the document
        // with no user event): paste tells a paste or a drop from typing.
        EditorView.updateListener.of((u) => {
          if (!u.docChanged || !u.transactions.some((t) => t.annotation(Transaction.userEvent))) return;
          opts.onChange(u.transactions.some((t) => t.isUserEvent("input.paste") || t.isUserEvent("input.drop")));
        }),
      ],
    }),
  });
  return view;
}

globalThis.PresignDoctorEditor = { create, EditorView };
