// Helpers for the tests of <presign-doctor> in host pages: its state, its
// metrics, a docs site checked end to end (findings, theme following the
// site's toggle, no console error, no request to another origin, ready time).
import assert from "node:assert/strict";
import path from "node:path";
import { network } from "./browser-helpers.mjs";

// waitElement waits until the element sel has data-state=state.
export async function waitElement(page, sel, state, timeout = 30000) {
  await page.waitForFunction(([s, st]) => {
    const e = document.querySelector(s);
    return e && e.dataset.state === st;
  }, [sel, state], { timeout });
}

// typeInElement types text into the element's paste area (a real typing,
// so the pause before the analysis applies).
export async function typeInElement(page, sel, text) {
  const area = page.locator(sel + " textarea");
  await area.fill("");
  await area.pressSequentially(text.slice(0, 8));
  await area.fill(text);
}

// elementMetrics returns the computed text metrics and sizes of the parts of
// the element sel that a host could disturb.
export async function elementMetrics(page, sel) {
  return page.evaluate((s) => {
    const root = document.querySelector(s).shadowRoot;
    const pick = (q) => {
      const e = root.querySelector(q);
      if (!e) return null;
      const c = getComputedStyle(e);
      const b = e.getBoundingClientRect();
      const out = {};
      for (const k of ["fontSize", "fontFamily", "fontWeight", "fontStyle", "fontVariant", "lineHeight", "letterSpacing", "wordSpacing",
        "textTransform", "textIndent", "textShadow", "whiteSpace", "color", "display", "paddingTop", "marginTop"]) out[k] = c[k];
      out.width = Math.round(b.width);
      out.height = Math.round(b.height);
      return out;
    };
    return {
      button: pick(".tabs button"), copy: pick("button.copy"), fix: pick(".fix"), finding: pick(".finding"), msg: pick(".f-msg"),
      title: pick(".f-title"), rule: pick(".rule"), status: pick(".status"), textarea: pick("textarea"), label: pick("label"), code: pick("pre"),
    };
  }, sel);
}

// checkDocsSite opens url (a page of a real docs site that holds
// <presign-doctor id="pd" input="…">), and checks: the findings appear, the
// element follows the site's own light/dark toggle (toggle(page) switches
// it), the metrics are those of a neutral host (expected), no console error
// and no request to another origin. Screenshots go to shots/<name>-*.png.
// Returns the navigation → element-ready time (the element's own
// presign-doctor-ready event).
export async function checkDocsSite({ browser, url, name, shots, toggle, rule = "expires_too_long" }) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 1000 }, colorScheme: "light" });
  const page = await context.newPage();
  const requests = [];
  const consoleErrors = [];
  const errors = [];
  context.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") consoleErrors.push(m.type() + ": " + m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    document.addEventListener("presign-doctor-ready", () => { if (!window.__pdReady) window.__pdReady = performance.now(); });
  });
  await page.goto(url);
  await waitElement(page, "#pd", "done");
  const readyMs = Math.round(await page.evaluate(() => window.__pdReady));
  assert.ok(readyMs > 0, "the element fired presign-doctor-ready");
  assert.ok(await page.locator(`#pd [data-rule="${rule}"]`).count() >= 1, "findings shown");
  const m = await elementMetrics(page, "#pd");
  assert.equal(m.msg.fontSize, "14px", "findings 14 px whatever the site's root size");
  assert.equal(m.fix.fontSize, "13px", "Fix: lines 13 px");
  assert.equal(m.button.fontSize, "13px", "buttons 13 px");
  const bg = () => page.evaluate(() => {
    const e = document.getElementById("pd");
    return e.dataset.scheme + ":" + getComputedStyle(e).backgroundColor;
  });
  assert.equal(await bg(), "light:rgb(255, 255, 255)", "light on the light site");
  await page.locator("#pd").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, name + "-light.png") });
  await toggle(page);
  await page.waitForFunction(() => document.getElementById("pd").dataset.scheme === "dark");
  assert.equal(await bg(), "dark:rgb(13, 17, 23)", "dark after the site's toggle");
  await page.screenshot({ path: path.join(shots, name + "-dark.png") });
  await toggle(page);
  await page.waitForFunction(() => document.getElementById("pd").dataset.scheme === "light");
  // Typed into, the element answers.
  await page.locator("#pd textarea").fill("https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=0");
  await page.waitForFunction(() => document.getElementById("pd").shadowRoot.querySelector('[data-rule="expires_too_long"] .f-msg')?.textContent.includes("0"));
  await page.setViewportSize({ width: 320, height: 900 });
  await page.locator("#pd").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, name + "-320.png") });
  const origin = new URL(url).origin;
  assert.deepEqual(network(requests).filter((u) => !u.startsWith(origin + "/")), [], "requests to another origin");
  assert.deepEqual(errors, [], "page errors");
  assert.deepEqual(consoleErrors, [], "console errors and warnings");
  await context.close();
  return readyMs;
}
