// Presign Doctor page, offline use: registers the service worker (sw.js)
// that keeps the page and the wasm for repeat visits and offline use. Only
// the hosted page does (over http or https): not the one-file bundle (its
// wasm is inlined, #pd-wasm) nor the <presign-doctor> element (embed.js
// does not include this file). Built into the site's app.js (Makefile).
/* exported pageOffline */
"use strict";

// pageOffline returns start(onFetched): registers the worker once the page
// is ready, and resolves when there is nothing more to install (the first
// visit's install done, or failed, or 10 s passed): the badge counts from
// then. onFetched(n) hears of requests the worker makes for an install that
// ends later (a new build found while the page is open).
function pageOffline() {
  function start(onFetched) {
    const sw = navigator.serviceWorker;
    if (!/^https?:$/.test(location.protocol) || !sw || document.getElementById("pd-wasm")) return Promise.resolve();
    // The install's end is its message (sent after its last request); the
    // worker's state can change before the message arrives. A message
    // after start resolved (a new build found later) is counted.
    let installed, settled = false;
    const told = new Promise((resolve) => { installed = resolve; });
    sw.addEventListener("message", (e) => {
      const d = e.data;
      if (!d || d.presignDoctorOffline !== "installed") return;
      if (settled) onFetched(Number(d.fetched) || 0);
      else installed();
    });
    sw.startMessages();
    const done = sw.register("sw.js").then((reg) => {
      const w = reg.installing;
      if (!w) return;
      w.addEventListener("statechange", () => { if (w.state === "redundant") installed(); });
      return told;
    });
    const cap = new Promise((resolve) => setTimeout(resolve, 10000));
    return Promise.race([done.catch(() => {}), cap]).then(() => { settled = true; });
  }
  return { start };
}
