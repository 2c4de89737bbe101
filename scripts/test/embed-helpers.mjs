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

// checkDocsSite opens url, a page of a real docs site that holds a
// <presign-doctor> (the first one is checked), and checks: it becomes ready,
// a typed URL gets its finding, it follows the site's own light/dark toggle
// (toggle(page) clicks it), its text sizes are its own whatever the site's
// root size, no console error or warning and no request to another origin.
// Screenshots go to shots/<name>-light.png, -dark.png and -320.png.
// Returns the navigation → element-ready time in ms, from the element's own
// presign-doctor-ready event.
export async function checkDocsSite({ browser, url, name, shots, toggle }) {
  const sel = "presign-doctor";
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
  await page.waitForFunction(() => window.__pdReady > 0, null, { timeout: 30000 });
  const readyMs = Math.round(await page.evaluate(() => window.__pdReady));
  const pd = page.locator(sel).first();
  const bg = () => pd.evaluate((e) => e.dataset.scheme + ":" + getComputedStyle(e).backgroundColor);
  assert.equal(await bg(), "light:rgb(255, 255, 255)", "light on the light site");
  await pd.locator("textarea").fill("https://examplebucket.s3.us-east-1.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256" +
    "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z" +
    "&X-Amz-Expires=700000&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404");
  await waitElement(page, sel, "done");
  assert.equal(await pd.locator('[data-rule="expires_too_long"]').count(), 1, "the finding is shown");
  const m = await elementMetrics(page, sel);
  assert.equal(m.msg.fontSize, "14px", "findings 14 px whatever the site's root size");
  assert.equal(m.fix.fontSize, "13px", "Fix: lines 13 px");
  assert.equal(m.button.fontSize, "13px", "buttons 13 px");
  await pd.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, name + "-light.png") });
  await toggle(page);
  await page.waitForFunction((s) => document.querySelector(s).dataset.scheme === "dark", sel);
  assert.equal(await bg(), "dark:rgb(13, 17, 23)", "dark after the site's toggle");
  await page.screenshot({ path: path.join(shots, name + "-dark.png") });
  await toggle(page);
  await page.waitForFunction((s) => document.querySelector(s).dataset.scheme === "light", sel);
  await page.setViewportSize({ width: 320, height: 900 });
  await pd.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, name + "-320.png") });
  const origin = new URL(url).origin;
  assert.deepEqual(network(requests).filter((u) => !u.startsWith(origin + "/")), [], "requests to another origin");
  assert.deepEqual(errors, [], "page errors");
  assert.deepEqual(consoleErrors, [], "console errors and warnings");
  await context.close();
  return readyMs;
}

// readmeBlock returns the fenced code block of README.md whose first line
// is firstLine (the README's snippets are what the site tests build).
export function readmeBlock(readme, firstLine) {
  const re = /```[a-z]*\n([\s\S]*?)```/g;
  for (let m; (m = re.exec(readme));) if (m[1].split("\n")[0].trim() === firstLine) return m[1];
  throw new Error("README.md has no code block starting with " + firstLine);
}
