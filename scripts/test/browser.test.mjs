// Tier 4: Debian's headless Chromium drives the served page: paste a URL with
// X-Amz-Expires=700000 and see the expires_too_long finding in the DOM, with
// no request to any other origin. Also measures navigation-to-ready time.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { root, startServer, launch, watchRequests, median } from "./lib.mjs";

let server, browser;
const shots = path.join(root, "dist/screenshots");

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = watchRequests(page);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const t0 = Date.now();
  await page.goto(server.origin + "/");
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout: 30000 });
  return { context, page, requests, errors, readyMs: Date.now() - t0 };
}

test("paste a URL with X-Amz-Expires=700000: expires_too_long is shown", async () => {
  const { context, page, requests, errors } = await openPage();
  assert.equal(await page.locator("#result").getAttribute("data-state"), "idle");
  const url = "https://examplebucket.s3.us-east-1.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256" +
    "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z" +
    "&X-Amz-Expires=700000&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404";
  await page.locator("#paste").fill(url);
  await page.waitForSelector('#result[data-state="done"]', { timeout: 15000 });
  const finding = page.locator('[data-rule="expires_too_long"]');
  assert.equal(await finding.count(), 1);
  assert.match(await finding.textContent(), /604800/);
  await page.screenshot({ path: path.join(shots, "expires-too-long.png"), fullPage: true });
  const foreign = requests.filter((u) => !u.startsWith(server.origin + "/"));
  assert.deepEqual(foreign, [], "requests to other origins");
  assert.deepEqual(errors, []);
  await context.close();
});

test("paste before ready is kept and analysed when ready", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.origin + "/");
  await page.locator("#paste").fill("https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=0");
  await page.waitForSelector('#result[data-state="done"]', { timeout: 30000 });
  assert.equal(await page.locator('[data-rule="expires_too_long"]').count(), 1);
  await context.close();
});

test("navigation to ready (measured, not asserted)", async () => {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const { context, readyMs } = await openPage();
    times.push(readyMs);
    await context.close();
  }
  console.log(`# navigation→ready over ${times.length} fresh contexts: median ${median(times)} ms, min ${Math.min(...times)} ms, max ${Math.max(...times)} ms`);
});
