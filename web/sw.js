// Presign Doctor's service worker: the page and the wasm kept for repeat
// visits, and for use offline after the first visit. Registered by the
// hosted page only (app-offline.js: over http(s), not the one-file bundle,
// not the <presign-doctor> element), after the analyser is ready.
//
// It answers only the site's own files, from the cache filled when it
// installed (each file asked again of the server with cache: "no-cache",
// a revalidation the HTTP cache answers with its copy on a 304); anything
// else is left to the network, untouched. A new build is a new VERSION
// (the Makefile writes a hash of the files): the next visit installs it,
// fills a new cache and drops the old one. The page counts the requests
// the install makes (it tells the page how many), like its own.
"use strict";

const VERSION = "__PRESIGN_DOCTOR_VERSION__";
const CACHE = "presign-doctor-" + VERSION;
// "./" is the page itself (index.html under the scope's URL).
const FILES = ["./", "styles.css", "client.js", "examples.js", "app.js", "editor.js", "worker.js", "presign-doctor.wasm"];

function fileURL(f) {
  return new URL(f, self.registration.scope).href;
}

async function tell(msg) {
  const all = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  for (const c of all) c.postMessage(msg);
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    let fetched = 0;
    try {
      const cache = await caches.open(CACHE);
      await Promise.all(FILES.map(async (f) => {
        const url = fileURL(f);
        fetched++;
        const res = await fetch(new Request(url, { cache: "no-cache", credentials: "same-origin" }));
        if (!res.ok) throw new Error(url + ": " + res.status);
        await cache.put(url, res);
      }));
    } finally {
      await tell({ presignDoctorOffline: "installed", fetched });
    }
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const k of await caches.keys()) {
      if (k.startsWith("presign-doctor-") && k !== CACHE) await caches.delete(k);
    }
  })());
});

// cacheKey is the cached file a request asks for, or "" for any other.
function cacheKey(req) {
  if (req.method !== "GET") return "";
  const url = new URL(req.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return "";
  const rel = url.pathname.slice(scope.pathname.length);
  if (req.mode === "navigate") return rel === "" || rel === "index.html" ? scope.href : "";
  if (url.search || rel === "" || !FILES.includes(rel)) return "";
  return fileURL(rel);
}

self.addEventListener("fetch", (event) => {
  const key = cacheKey(event.request);
  if (!key) return;
  event.respondWith((async () => {
    const hit = await (await caches.open(CACHE)).match(key);
    return hit || fetch(event.request);
  })());
});
