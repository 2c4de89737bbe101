// Presign Doctor page, the analysed text: the redacted paste with line
// numbers, findings and redactions marked (as element classes; the text goes
// in as text), and the paste area's line gutter. Built into the site's app.js
// (Makefile); app.js wires it.
/* exported pageText */
"use strict";

// pageText owns the annotated view and the gutter. ctx: {$, el,
// selectFinding(i, focusText)}.
function pageText(ctx) {
  const { $, el } = ctx;
  const annotated = $("annotated");
  const paste = $("paste");
  const gutter = $("paste-gutter");
  let findingEls = []; // finding index -> elements in the annotated view

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

  function mark(i, on) {
    for (const e of findingEls[i] || []) e.classList.toggle("hl", on);
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
        caret.addEventListener("click", () => ctx.selectFinding(z.f, false));
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
        node.addEventListener("click", () => ctx.selectFinding(first, false));
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

  paste.addEventListener("scroll", () => { gutter.scrollTop = paste.scrollTop; });

  return { lineOf, mark, reveal, renderAnnotated, updateGutter, queueGutter, SHOWN_LINES };
}
