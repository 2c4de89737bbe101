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

  // The annotated view is a list of rows, each the pieces of one line
  // (text, and for a marked piece its classes and findings). Only the rows
  // in view (and OVERSCAN more each side) are in the DOM once the text has
  // more than FULL_ROWS lines: a 100 KB paste made 2,300 rows (10,000 at
  // 1 MB) that the browser styled and laid out in one task. A row is ROW_PX
  // high (styles.css: .annotated .ln).
  const FULL_ROWS = 400;
  const OVERSCAN = 40;
  const ROW_PX = 19;
  let rows = []; // line index -> [{a, b, cls, fs (finding indexes), red}]
  let findingRows = []; // finding index -> line indexes holding its pieces
  let lit = new Set(); // findings marked (hover, focus)
  let flash = null; // {start, end, fi}: what reveal flashed
  let shown = { from: 0, to: 0 }; // the rows in the DOM
  let space = null; // the element as high as every row; win holds the rows shown
  let win = null;
  let cur = null; // the response shown

  function mark(i, on) {
    if (on) lit.add(i);
    else lit.delete(i);
    for (const e of win ? win.querySelectorAll("[data-f]") : []) {
      if (e.dataset.f.split(",").includes(String(i))) e.classList.toggle("hl", on);
    }
  }

  function flashed(p, fi) {
    if (!flash) return false;
    if (flash.fi != null) return p.fs.includes(flash.fi);
    return flash.start === flash.end ? p.a === flash.start && p.b === flash.start : p.a < flash.end && p.b > flash.start;
  }

  // reveal scrolls the annotated view to [start, end) (or to finding fi's
  // pieces) and flashes it.
  function reveal(start, end, fi, focusText) {
    flash = null;
    for (const e of annotated.querySelectorAll(".flash")) e.classList.remove("flash");
    // The first row holding a piece to flash: the finding's own, or the
    // pieces that overlap [start, end).
    let line = -1;
    let target = null;
    if (fi != null && (findingRows[fi] || []).length) {
      target = { fi };
      line = findingRows[fi][0];
    } else {
      target = { start, end };
      const probe = { start, end };
      for (let l = lineOf(cur ? cur.redacted : "", start) - 1; l < rows.length && l >= 0; l++) {
        if (rows[l].some((p) => (p.cls || p.caret) && flashedWith(probe, p))) { line = l; break; }
        if (rows[l].length && rows[l][0].a >= end) break;
      }
    }
    if (line < 0) return;
    flash = target;
    if (rows.length > FULL_ROWS) {
      annotated.scrollTop = Math.max(0, line * ROW_PX - annotated.clientHeight / 2);
      renderWindow(true);
    } else paintFlash();
    const first = win && win.querySelector(".flash");
    if (first) first.scrollIntoView({ block: "center", inline: "nearest" });
    if (focusText) annotated.focus({ preventScroll: true });
  }

  function flashedWith(probe, p) {
    return probe.start === probe.end ? p.a === probe.start && p.b === probe.start : p.a < probe.end && p.b > probe.start;
  }

  function paintFlash() {
    for (const e of win ? win.querySelectorAll("[data-s]") : []) {
      const p = e._piece;
      if (p && flashed(p)) e.classList.add("flash");
    }
  }

  // renderAnnotated shows the redacted text with line numbers; findings and
  // redactions are marked by element classes, the text goes in as text.
  function renderAnnotated(r) {
    cur = r;
    rows = [];
    findingRows = [];
    lit = new Set();
    flash = null;
    space = null;
    win = null;
    const full = r.redacted || "";
    // Past SHOWN_LINES lines (a million brackets, one a line) the view
    // stops and says so.
    const cut = nthLineEnd(full, SHOWN_LINES);
    const text = full.slice(0, cut);
    if (!text) {
      annotated.replaceChildren(el("p", { class: "empty", text: "The analysed text appears here, with findings and redactions marked." }));
      return;
    }
    const cuts = new Set([0, text.length]);
    const spans = [];
    const span = (start, end, f, sev) => ({ s: clamp(start, text), e: clamp(end, text), f, sev });
    const inText = (x) => x.start <= text.length;
    (r.findings || []).forEach((f, i) => {
      if (inText(f)) spans.push(span(f.start, f.end, i, f.severity));
      for (const rel of f.related || []) if (inText(rel)) spans.push(span(rel.start, rel.end, i, "related"));
    });
    const reds = (r.redactions || []).filter(inText).map((x) => span(x.start, x.end));
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
    let row = [];
    const onRow = (fs) => {
      for (const f of fs) {
        const l = findingRows[f] || (findingRows[f] = []);
        if (l[l.length - 1] !== rows.length) l.push(rows.length);
      }
    };
    for (let k = 0; k < points.length; k++) {
      const a = points[k];
      for (const z of carets.get(a) || []) {
        row.push({ a, b: a, caret: true, cls: "caret sev-" + z.sev, fs: [z.f], red: false });
        onRow([z.f]);
      }
      if (k === points.length - 1) break;
      const b = points[k + 1];
      if (active.length) active = active.filter((x) => x.e > a);
      while (si < ranged.length && ranged[si].s <= a) { if (ranged[si].e > a) active.push(ranged[si]); si++; }
      if (activeRed.length) activeRed = activeRed.filter((x) => x.e > a);
      while (ri < redRanged.length && redRanged[ri].s <= a) { if (redRanged[ri].e > a) activeRed.push(redRanged[ri]); ri++; }
      if (b === a + 1 && text.charCodeAt(a) === 10) {
        rows.push(row);
        row = [];
        continue;
      }
      const red = activeRed.length > 0;
      if (!active.length && !red) {
        row.push({ a, b, cls: "", fs: [], red: false });
        continue;
      }
      const cls = [];
      if (red) cls.push("red");
      if (active.length) cls.push("f", "sev-" + worst(active));
      const fs = active.map((x) => x.f);
      row.push({ a, b, cls: cls.join(" "), fs, red, sevs: active });
      onRow(fs);
    }
    rows.push(row);
    space = el("div", { class: "vspace" });
    win = el("div", { class: "vwin" });
    space.append(win);
    const kids = [space];
    if (cut < full.length) {
      let rest = 0;
      for (let i = full.indexOf("\n", cut); i !== -1; i = full.indexOf("\n", i + 1)) rest++;
      kids.push(el("p", { class: "note", id: "annotated-cut",
        text: "Only the first " + SHOWN_LINES.toLocaleString("en-US") + " lines are shown here; the " + rest.toLocaleString("en-US") +
          " lines after them were analysed, and their findings are listed, but they are not shown or marked." }));
    }
    if (rows.length > FULL_ROWS) {
      space.classList.add("virtual");
      space.style.height = rows.length * ROW_PX + "px";
      // As wide as the longest line (in a monospace font's ch), so that the
      // horizontal scroll does not change with the rows shown.
      let widest = 0;
      for (const rw of rows) if (rw.length) widest = Math.max(widest, rw[rw.length - 1].b - rw[0].a);
      space.style.minWidth = "calc(" + widest + "ch + 4rem)";
    }
    annotated.replaceChildren(...kids);
    // Setting scrollTop makes the browser lay out the page at once (with the
    // findings just built), and again at the frame: only when scrolled.
    if (scrolled) {
      annotated.scrollTop = 0;
      scrolled = false;
    }
    shown = { from: 0, to: 0 };
    // At the top (just set): the rows in view are known without asking the
    // browser where the view is, which would lay out the page now, in this
    // task, with everything just built; it does so at the frame instead.
    renderWindow(true, 0);
  }

  // renderWindow puts the rows in view in the DOM (all of them for a short
  // text).
  // scrollTop, when given, is the view's known scroll position.
  function renderWindow(force, scrollTop) {
    if (!win) return;
    const n = rows.length;
    let from = 0;
    let to = n;
    if (n > FULL_ROWS) {
      const h = viewHeight || 32 * 16;
      const top = Math.floor((scrollTop ?? annotated.scrollTop) / ROW_PX);
      from = Math.max(0, top - OVERSCAN);
      to = Math.min(n, top + Math.ceil(h / ROW_PX) + OVERSCAN);
      // Scrolled within the overscan: the rows shown still cover the view
      // with a margin.
      const last = Math.min(n, top + Math.ceil(h / ROW_PX));
      const margin = OVERSCAN / 4;
      if (!force && (top - shown.from >= margin || shown.from === 0) && (shown.to - last >= margin || shown.to === n) && top >= shown.from && last <= shown.to) return;
    }
    shown = { from, to };
    const frag = document.createDocumentFragment();
    for (let l = from; l < to; l++) frag.append(rowElement(l));
    win.style.top = from * ROW_PX + "px";
    win.replaceChildren(frag);
    paintFlash();
  }

  function rowElement(l) {
    const text = el("span", { class: "lt" });
    const src = cur.redacted;
    for (const p of rows[l]) {
      if (p.caret) {
        const caret = el("span", { class: p.cls, "data-s": p.a, "data-e": p.a, "data-f": p.fs.join(","), title: cur.findings[p.fs[0]].rule });
        caret._piece = p;
        caret.addEventListener("click", () => ctx.selectFinding(p.fs[0], false));
        if (lit.has(p.fs[0])) caret.classList.add("hl");
        text.append(caret);
        continue;
      }
      const piece = src.slice(p.a, p.b);
      if (!p.cls) {
        text.append(piece);
        continue;
      }
      const node = el(p.fs.length ? "mark" : "span", { class: p.cls, "data-s": p.a, "data-e": p.b, text: piece });
      node._piece = p;
      if (p.red) node.title = "redacted: a secret was replaced by this placeholder";
      if (p.fs.length) {
        node.title = p.fs.map((f) => cur.findings[f].rule).join(", ");
        node.dataset.f = p.fs.join(",");
        if (p.fs.some((f) => lit.has(f))) node.classList.add("hl");
        node.addEventListener("click", () => ctx.selectFinding(p.fs[0], false));
      }
      text.append(node);
    }
    return el("div", { class: "ln" }, el("span", { class: "no", "aria-hidden": "true", text: String(l + 1) }), text);
  }

  // The annotated view's height, kept by a ResizeObserver (reading
  // clientHeight would lay out the page at once).
  let viewHeight = 0;
  new ResizeObserver((entries) => {
    const h = entries[entries.length - 1].contentRect.height;
    if (h === viewHeight) return;
    const grew = h > viewHeight;
    viewHeight = h;
    if (grew && rows.length > FULL_ROWS) renderWindow(true);
  }).observe(annotated);

  let scrollFrame = 0;
  let scrolled = false; // the annotated view is not at its top
  annotated.addEventListener("scroll", () => {
    scrolled = annotated.scrollTop > 0;
    if (rows.length <= FULL_ROWS || scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => { scrollFrame = 0; renderWindow(false); });
  });

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

  // ---------- input ----------
  // The gutter holds the numbers of the lines in view only, moved by the
  // part of a line the paste area is scrolled past: a gutter of every
  // number (2,300 lines for a 100 KB paste) took longer to lay out than the
  // analysis took to run.
  let gutterLines = 1; // index.html's gutter shows line 1
  let gutterFrom = -1;
  let gutterTo = -1;
  let lineHeight = 0;
  const nums = document.createElement("span");
  nums.className = "gnums";
  function updateGutter() {
    // A big paste is in the editor, which numbers its own lines.
    if (ctx.bigPaste && ctx.bigPaste()) return;
    // One read of the value: each read of a textarea's value copies it.
    const v = paste.value;
    let n = 1;
    for (let i = v.indexOf("\n"); i !== -1; i = v.indexOf("\n", i + 1)) n++;
    if (n !== gutterLines) {
      gutterLines = n;
      gutterFrom = -1;
    }
    paintGutter();
  }
  function paintGutter() {
    if (ctx.bigPaste && ctx.bigPaste()) return;
    if (!lineHeight) lineHeight = parseFloat(getComputedStyle(paste).lineHeight) || 18.2;
    const top = paste.scrollTop;
    const from = Math.min(gutterLines - 1, Math.floor(top / lineHeight));
    const to = Math.min(gutterLines, from + Math.ceil(paste.clientHeight / lineHeight) + 2);
    if (from !== gutterFrom || to !== gutterTo) {
      gutterFrom = from;
      gutterTo = to;
      const out = new Array(to - from);
      for (let i = from; i < to; i++) out[i - from] = i + 1;
      nums.textContent = out.join("\n");
      if (nums.parentNode !== gutter) gutter.replaceChildren(nums);
    }
    nums.style.top = -(top - from * lineHeight) + "px";
  }
  // queueGutter updates the gutter in the next frame, after the analysis
  // was asked for: its scroll position makes the browser lay out the paste,
  // which for a 1 MB paste took longer than the analysis, and the worker
  // needs no layout to start.
  let gutterFrame = 0;
  function queueGutter() {
    if (!gutterFrame) gutterFrame = requestAnimationFrame(() => { gutterFrame = 0; updateGutter(); });
  }

  paste.addEventListener("scroll", paintGutter);

  return { lineOf, mark, reveal, renderAnnotated, updateGutter, queueGutter, SHOWN_LINES };
}
