// Presign Doctor page, the privacy badge: "N requests since load", counted
// from the browser's own resource timing. Built into the site's app.js
// (Makefile); app.js wires it.
/* exported pageBadge */
"use strict";

// pageBadge keeps the badge up to date. ctx: {$, offline} (offline:
// pageOffline's). Returns update() and worker(n) (the requests the worker
// counted after it was ready).
function pageBadge(ctx) {
  const { $ } = ctx;
  // Counts the page's requests after it loaded, from the browser's own
  // resource timing, plus those the worker made after the analyser was ready,
  // plus any to another origin at any time.
  let loadedAt = Infinity;
  let workerNet = 0;
  let offlineNet = 0;
  let badgeCount = -1;
  function updateBadge() {
    const entries = performance.getEntriesByType("resource");
    const foreign = entries.filter((x) => !x.name.startsWith(location.origin + "/") && !/^(blob|data):/.test(x.name));
    const after = entries.filter((x) => x.startTime > loadedAt && !/^(blob|data):/.test(x.name));
    const n = new Set([...foreign, ...after]).size + workerNet + offlineNet;
    // Written only when it changes: each write is a layout and a paint of
    // the header while the analyser is still starting on the same cores.
    if (n === badgeCount) return;
    badgeCount = n;
    const b = $("privacy");
    b.textContent = n + (n === 1 ? " request" : " requests") + " since load";
    b.classList.toggle("bad", n > 0);
  }
  function settle() {
    // Whatever the page and its worker fetch to start up is "load", and so
    // are the editor's script and the service worker's install on a first visit (its requests are
    // not in the page's resource timing: it tells how many it made).
    loadedAt = performance.now();
    document.documentElement.dataset.settled = "true";
    updateBadge();
  }
  function offlineFetched(n) {
    if (loadedAt === Infinity) return;
    offlineNet += n;
    updateBadge();
  }
  if (window.PerformanceObserver) {
    try { new PerformanceObserver(updateBadge).observe({ type: "resource", buffered: true }); } catch (err) { /* old browser */ }
  }
  // Not while a paste made during the load is being analysed: running the
  // editor's script and the service worker's install (which reads every
  // file again) then took CPU from that first analysis, on two cores, while
  // its user waits for the findings.
  const result = $("result");
  const whenReady = setInterval(() => {
    if (document.documentElement.dataset.ready === "true" && document.readyState === "complete" && result.dataset.state !== "working") {
      clearInterval(whenReady);
      // The editor's script for big pastes is fetched now too (its
      // request is part of load: after it the page makes none).
      const editor = ctx.preloadEditor ? ctx.preloadEditor() : null;
      const offline = ctx.offline ? ctx.offline.start(offlineFetched) : null;
      Promise.all([editor, offline]).then(settle);
    }
  }, 50);

  return {
    update: updateBadge,
    worker(n) {
      workerNet = Math.max(workerNet, n);
      updateBadge();
    },
  };
}
