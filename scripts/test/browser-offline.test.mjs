// Browser tier, repeat visits and offline use of the hosted page: the first
// visit installs the service worker (sw.js) once the analyser is ready, its
// install counted as part of load (the badge says 0 requests since load);
// a second visit with the network off is served by the worker, page and
// wasm, and analyses. A new build (another sw.js) replaces the cache.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { site, startServer, launch } from "./lib.mjs";
import { openPage, waitReady, waitSettled, analyse, network } from "./browser-helpers.mjs";

let server, browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

// servedBy lists, for each response the page gets, whether the service
// worker gave it.
function servedBy(page) {
  const seen = {};
  page.on("response", (r) => { seen[new URL(r.url()).pathname] = r.fromServiceWorker(); });
  return seen;
}

test("second visit with the network off: the page and the wasm come from the service worker, and it analyses", async () => {
  const { context, page, requests } = await openPage(browser, server.origin + "/");
  await waitReady(page);
  await waitSettled(page);
  const settled = network(requests).length;
  // Installed during load; its activation ends on its own time after that
  // (the 'activate' event's caches cleanup), so wait for it to say so.
  assert.equal(await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const w = reg.active;
    if (w.state !== "activated") await new Promise((done) => w.addEventListener("statechange", () => { if (w.state === "activated") done(); }));
    return w.state;
  }), "activated");
  assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), false, "the first visit is not taken over");
  assert.match(await page.locator("#privacy").textContent(), /^0 requests since load/);
  assert.equal(await analyse(page, "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000"), "done");
  assert.deepEqual(network(requests).slice(settled), [], "no request after load");
  await page.close();

  await context.setOffline(true);
  const again = await context.newPage();
  const seen = servedBy(again);
  await again.goto(server.origin + "/");
  await waitReady(again);
  await waitSettled(again);
  assert.equal(await again.evaluate(() => !!navigator.serviceWorker.controller), true, "controlled by the service worker");
  for (const p of ["/", "/client.js", "/styles.css", "/examples.js", "/app.js", "/worker.js"]) assert.equal(seen[p], true, p + " from the service worker");
  // The engine is ready with the network off: its worker had the wasm from
  // the service worker. The same URL asked by the page:
  const wasm = await again.evaluate(() => fetch("presign-doctor.wasm").then((r) => ({ ok: r.ok, type: r.headers.get("content-type") }), (e) => ({ error: String(e) })));
  assert.deepEqual(wasm, { ok: true, type: "application/wasm" }, "the wasm offline");
  assert.equal(await analyse(again, "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000"), "done");
  assert.ok(await again.locator('[data-rule="expires_too_long"]').count() > 0, "findings offline");
  await context.close();
});

test("a new build: the next visit installs its worker, which replaces the cache", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pd-sw-"));
  try {
    cpSync(site, dir, { recursive: true });
    const srv = await startServer(dir);
    try {
      const { context, page } = await openPage(browser, srv.origin + "/");
      await waitReady(page);
      await waitSettled(page);
      const first = await page.evaluate(() => caches.keys());
      assert.equal(first.length, 1);
      const sw = path.join(dir, "sw.js");
      writeFileSync(sw, readFileSync(sw, "utf8").replace(/const VERSION = "[^"]*"/, 'const VERSION = "next-build"'));
      await page.reload();
      await waitReady(page);
      await waitSettled(page);
      await page.waitForFunction(async () => (await caches.keys()).join() === "presign-doctor-next-build", null, { timeout: 30000 });
      await context.close();
    } finally {
      srv.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A paste made while the page loads is analysed first: the editor's script
// and the service worker's install (which reads every file again) wait for
// its findings, so that they do not take the CPU its analysis needs.
test("a paste made during the load: the editor's script and the service worker wait for its findings", async () => {
  const context = await browser.newContext();
  // The state of the result when the service worker is registered (the
  // browser fetches sw.js itself, outside the page's requests).
  await context.addInitScript(() => {
    const reg = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...a) {
      window.__swAsked = document.getElementById("result").dataset.state;
      return reg.apply(this, a);
    };
  });
  // The wasm is held until the paste is made: on a quiet machine, with
  // the browser's compiled-code cache warm from the tests before, the
  // engine could be ready before the test's first step, and the paste
  // would no longer be one made during the load.
  let release, held = 0;
  const gate = new Promise((r) => (release = r));
  await context.route("**/presign-doctor.wasm", async (route) => { held++; await gate; await route.continue(); });
  const page = await context.newPage();
  let editorAsked = null;
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/editor.js" && !editorAsked) editorAsked = page.evaluate(() => document.getElementById("result").dataset.state).catch(() => "gone");
  });
  await page.goto(server.origin + "/", { waitUntil: "commit" });
  await page.waitForSelector("#paste", { state: "attached" });
  const before = await page.evaluate(() => {
    const paste = document.getElementById("paste");
    paste.value = "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000";
    paste.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    return document.documentElement.dataset.ready || "";
  });
  release();
  assert.notEqual(before, "true", "the paste was made before ready");
  assert.ok(held > 0, "the wasm's request went through the gate");
  await waitSettled(page);
  assert.equal(await page.evaluate(() => document.getElementById("result").dataset.state), "done");
  assert.equal(await editorAsked, "done", "editor.js asked while the paste's analysis was " + (await editorAsked));
  assert.equal(await page.evaluate(() => window.__swAsked), "done", "the service worker registered while the paste's analysis was");
  await context.close();
});
