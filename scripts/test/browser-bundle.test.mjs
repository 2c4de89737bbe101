// Browser tier, the one-file bundle and the embed. The bundle
// (dist/presign-doctor.html) opened from file:// with the network off makes no
// request at all, runs the wasm in a blob worker, and falls back to running in
// the page when the browser refuses the worker. The <presign-doctor> element
// works in a host page that has its own styles and scripts (one worker for
// all elements, double inclusion harmless), and so does the iframe mode.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import path from "node:path";
import { root, startServer, launch } from "./lib.mjs";
import { openPage, waitReady, analyse, network } from "./browser-helpers.mjs";

const bundle = path.join(root, "dist/presign-doctor.html");
const bundleURL = pathToFileURL(bundle).href;
const shots = path.join(root, "dist/screenshots");
const URL700K = "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000";
let browser, server;

before(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function offlineBundle(initScript) {
  const context = await browser.newContext({ offline: true, acceptDownloads: true });
  const seen = [];
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (u === bundleURL) return route.continue();
    seen.push(u);
    return route.abort();
  });
  context.on("request", (r) => { if (r.url() !== bundleURL) seen.push(r.url()); });
  const page = await context.newPage();
  const errors = [];
  const consoleLines = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => consoleLines.push(m.type() + ": " + m.text()));
  if (initScript) await page.addInitScript(initScript);
  const t0 = Date.now();
  await page.goto(bundleURL);
  await waitReady(page);
  console.log(`# bundle file:// → ready${initScript ? " (in-page engine)" : ""}: ${Date.now() - t0} ms`);
  return { context, page, seen, errors, consoleLines };
}

test("bundle: one file with the contract's CSP, wasm inlined compressed", () => {
  const html = readFileSync(bundle, "utf8");
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(csp, "CSP meta tag");
  assert.match(csp[1], /connect-src 'none'/);
  assert.match(csp[1], /script-src 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  assert.doesNotMatch(csp[1], /unsafe-inline/);
  assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href="(?!data:)/, "nothing loaded from outside");
  assert.match(html, /<script id="pd-wasm" type="application\/octet-stream" data-encoding="gzip\+base64"/);
});

test("bundle from file:// with the network off: blob worker, no request at all", async () => {
  const { context, page, seen, errors, consoleLines } = await offlineBundle();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.engine), "blob-worker");
  await analyse(page, URL700K);
  assert.equal(await page.locator('[data-rule="expires_too_long"]').count(), 1);
  await page.selectOption("#examples", "wrong-region");
  await page.waitForSelector('#result[data-state="done"]');
  await page.click("#tab-report");
  const [d] = await Promise.all([page.waitForEvent("download"), page.click("#dl-md")]);
  assert.ok((await d.path()), "the report downloads from the bundle");
  await page.click("#tab-redactions");
  await page.click("#copy-redacted");
  await page.screenshot({ path: path.join(shots, "bundle.png"), fullPage: true });
  assert.deepEqual(network(seen), [], "requests from the bundle");
  assert.deepEqual(errors, []);
  assert.deepEqual(consoleLines.filter((l) => /Content Security Policy|Refused/.test(l)), [], "CSP violations");
  assert.match(await page.locator("#privacy").textContent(), /^0 requests/);
  // A paste over 64 KB moves to the editor, whose script the bundle
  // carries inline (its CSP allows it by hash): still no request, no CSP
  // refusal (its styles are in its shadow root's constructed sheet).
  const big = (URL700K + "\n").repeat(Math.ceil(70000 / (URL700K.length + 1)));
  await page.evaluate((t) => {
    const paste = document.getElementById("paste");
    document.getElementById("result").dataset.state = "stale";
    paste.value = t;
    paste.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, big);
  await page.waitForSelector('#result[data-state="done"]', { timeout: 60000 });
  await page.locator(".cm-content").waitFor();
  assert.equal(await page.evaluate(() => document.getElementById("paste").value.length), big.length);
  assert.deepEqual(network(seen), [], "requests from the bundle with the editor");
  assert.deepEqual(consoleLines.filter((l) => /Content Security Policy|Refused/.test(l)), [], "CSP violations with the editor");
  assert.deepEqual(errors, []);
  assert.match(await page.locator("#privacy").textContent(), /^0 requests/);
  await context.close();
});

test("bundle: when the browser refuses the worker, the analyser runs in the page", async () => {
  const refuse = "window.Worker = function () { throw new DOMException('refused by policy', 'SecurityError'); };";
  const { context, page, seen, errors } = await offlineBundle(refuse);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.engine), "page");
  await analyse(page, URL700K);
  assert.equal(await page.locator('[data-rule="expires_too_long"]').count(), 1);
  assert.deepEqual(network(seen), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("bundle: a worker that fails before it starts (file:// refusals) also falls back to the page", async () => {
  const failing = `window.Worker = class { constructor() { setTimeout(() => this.onerror && this.onerror(new ErrorEvent("error", { message: "refused" })), 0); }
    postMessage() {} terminate() {} };`;
  const { context, page, seen, errors } = await offlineBundle(failing);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.engine), "page");
  await analyse(page, URL700K);
  assert.equal(await page.locator('[data-rule="expires_too_long"]').count(), 1);
  assert.deepEqual(network(seen), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("embed: <presign-doctor> in a host page with its own styles and scripts; iframe mode", async () => {
  const host = path.join(root, "dist/embed-host");
  mkdirSync(host, { recursive: true });
  writeFileSync(path.join(host, "host.css"), [
    "* { color: rgb(255, 0, 0) !important; font-family: serif !important; }",
    "textarea { display: none !important; } ul, li { list-style: square; margin: 3em; }",
    "body { background: rgb(250, 240, 200); }",
  ].join("\n"));
  writeFileSync(path.join(host, "host.js"), [
    "window.hostReady = true;",
    "window.PresignDoctorClient = 'host value before embed';",
    "customElements.define('host-widget', class extends HTMLElement { connectedCallback() { this.textContent = 'host widget'; } });",
    "document.addEventListener('presign-doctor-result', (e) => { window.hostSaw = (window.hostSaw || 0) + 1; });",
  ].join("\n"));
  writeFileSync(path.join(host, "index.html"), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host docs page</title>
<link rel="stylesheet" href="host.css">
<script src="host.js"></script>
<script src="../site/embed.js" defer></script>
<script src="../site/embed.js" defer></script>
</head><body>
<main><h1>Our docs</h1><host-widget></host-widget>
<presign-doctor id="one" input="${URL700K}"></presign-doctor>
<presign-doctor id="two" theme="dark"></presign-doctor>
<iframe id="frame" src="../site/index.html" title="Presign Doctor" width="900" height="500"></iframe>
</main></body></html>`);
  server = await startServer(path.join(root, "dist"));
  const { context, page, requests, errors } = await openPage(browser, server.origin + "/embed-host/index.html", { viewport: { width: 1100, height: 1400 } });
  await page.waitForFunction(() => document.getElementById("one").dataset.state === "done", null, { timeout: 30000 });
  const one = page.locator("#one");
  assert.equal(await one.locator('[data-rule="expires_too_long"]').count(), 1, "the initial input is analysed");
  // The host's styles do not reach inside; its scripts keep working.
  assert.ok(await one.locator("textarea").isVisible(), "the host's `textarea {display:none}` does not reach the shadow root");
  assert.notEqual(await one.locator("textarea").evaluate((e) => getComputedStyle(e).color), "rgb(255, 0, 0)");
  const inner = await one.locator("li p").first().evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).fontFamily]);
  assert.notEqual(inner[0], "rgb(255, 0, 0)", "the host's !important color does not leak in");
  assert.doesNotMatch(inner[1], /^serif$/, "the host's !important font does not leak in");
  assert.equal(await page.evaluate(() => window.hostReady), true);
  assert.equal(await page.locator("host-widget").textContent(), "host widget");
  // The second element, dark, typed into.
  const two = page.locator("#two");
  assert.equal(await two.evaluate((e) => getComputedStyle(e).backgroundColor), "rgb(13, 17, 23)");
  await two.locator("textarea").fill(URL700K.replace("700000", "0"));
  await page.waitForFunction(() => document.getElementById("two").dataset.state === "done");
  assert.equal(await two.locator('[data-rule="expires_too_long"]').count(), 1);
  assert.ok(await page.evaluate(() => window.hostSaw >= 2), "result events reach the host");
  // One worker for the page's elements (the iframe is another page).
  const elementWorkers = await page.evaluate(() => performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/site/worker.js")).length);
  assert.equal(elementWorkers, 1, "the two elements share one worker");
  console.log("# workers seen by the driver: " + page.workers().map((w) => w.url()).join(", "));
  // Iframe mode: the full page in a frame.
  const frame = page.frameLocator("#frame");
  await frame.locator("#paste").fill(URL700K);
  await frame.locator('[data-rule="expires_too_long"]').waitFor({ timeout: 30000 });
  await page.screenshot({ path: path.join(shots, "embed-host.png"), fullPage: true });
  assert.deepEqual(requests.filter((u) => !u.startsWith(server.origin + "/") && !/^(blob|data|about):/.test(u)), []);
  assert.deepEqual(errors, []);
  await context.close();
});
