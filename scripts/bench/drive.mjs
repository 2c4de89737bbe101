// How the bench scripts paste in the real page (bench.mjs, paste.mjs,
// profile.mjs): one driver, so that every figure is taken the same way.

// pasteInPage puts input in the paste area as a real paste does (an input
// event with inputType insertFromPaste: analysed at once), waits for
// data-state done or error, then for the next frame and settleMs more, and
// returns, in ms from the input event: handler (the input handler's
// return), result (the worker's result message reaching the page, when a
// probe set window.__result), worker (the worker's own analysis time, same),
// render (result → done), done, painted (the frame after done); longest, the
// longest main-thread task from the paste (window.__longest, kept by a Long
// Tasks observer the caller installed); nodes, the elements in the page.
export function pasteInPage(page, input, { settleMs = 100 } = {}) {
  return page.evaluate(async ([input, settleMs]) => {
    const paste = document.getElementById("paste");
    const result = document.getElementById("result");
    window.__longest = 0;
    window.__result = null;
    result.dataset.state = "stale";
    performance.mark("paste");
    const t0 = performance.now();
    const done = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        if (result.dataset.state === "done" || result.dataset.state === "error") { mo.disconnect(); resolve(performance.now()); }
      });
      mo.observe(result, { attributes: true, attributeFilter: ["data-state"] });
    });
    paste.value = input;
    paste.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    const handled = performance.now();
    const t = await done;
    performance.mark("done");
    const painted = await new Promise((res) => requestAnimationFrame(() => setTimeout(() => res(performance.now()), 0)));
    await new Promise((res) => setTimeout(res, settleMs));
    const w = window.__result || { at: NaN, ms: NaN };
    return { handler: handled - t0, result: w.at - t0, worker: w.ms, render: t - w.at, done: t - t0, painted: painted - t0, longest: window.__longest, nodes: document.getElementsByTagName("*").length };
  }, [input, settleMs]);
}
