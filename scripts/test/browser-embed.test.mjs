// Browser tier, <presign-doctor> in the hosts people really have: a host
// with a 20 px root and aggressive global styles leaves the element's metrics
// as on a neutral host; theme="auto" follows the host's own dark/light
// conventions live; every start failure (404, a wrong MIME type, a blocked
// worker without 'wasm-unsafe-eval', the wasm fetch refused by CSP or CORS)
// ends in a lasting message that says what to check, whatever is typed
// after; the assets on another origin work under a strict CSP (element and
// iframe); and the page fits 320 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root, startServer, launch } from "./lib.mjs";
import { openPage, network, axe } from "./browser-helpers.mjs";
import { elementMetrics, waitElement, typeInElement } from "./embed-helpers.mjs";

const dir = path.join(root, "dist/embed-tests");
const shots = path.join(root, "dist/screenshots");
const URL700K = "https://examplebucket.s3.us-east-1.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256" +
  "&amp;X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&amp;X-Amz-Date=20130524T000000Z" +
  "&amp;X-Amz-Expires=700000&amp;X-Amz-SignedHeaders=host&amp;X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404";
let browser, host, assets;

before(async () => {
  mkdirSync(dir, { recursive: true });
  mkdirSync(shots, { recursive: true });
  // dist/ is served as the same-origin host (the element under /site/);
  // dist/site again on a second origin, with CORS for the first.
  host = await startServer(path.join(root, "dist"), { args: ["-csp", "none"] });
  assets = await startServer(path.join(root, "dist/site"), { host: "localhost", args: ["-cors", host.origin] });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  host?.close();
  assets?.close();
});

// noteReady (an init script) keeps the time of the element's ready event.
function noteReady() {
  document.addEventListener("presign-doctor-ready", () => { if (!window.__pdReady) window.__pdReady = performance.now(); });
}
const readyMs = async (page) => Math.round(await page.evaluate(() => window.__pdReady));

function writeHost(name, { head = "", body, csp = "", css = "" }) {
  if (css) writeFileSync(path.join(dir, name + ".css"), css);
  writeFileSync(path.join(dir, name + ".html"), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${name}</title>
${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : ""}
${css ? `<link rel="stylesheet" href="${name}.css">` : ""}
${head}
</head><body><main>${body}</main></body></html>`);
  return `${host.origin}/embed-tests/${name}.html`;
}

test("embed: a 20 px root and aggressive global styles leave the element's metrics as on a neutral host", async () => {
  const box = "#box { width: 640px; }";
  const body = `<div id="box"><presign-doctor id="pd" theme="light" input="${URL700K}"></presign-doctor></div>`;
  const neutral = writeHost("metrics-neutral", { head: '<script src="../site/embed.js" defer></script>', body, css: box });
  const hostile = writeHost("metrics-hostile", {
    head: '<script src="../site/embed.js" defer></script>', body,
    css: box + "\nhtml { font-size: 20px; }\n" +
      "* { font: italic 700 30px/3 serif !important; letter-spacing: 4px !important; word-spacing: 9px !important; text-transform: uppercase !important;" +
      " text-indent: 30px !important; color: rgb(255, 0, 0) !important; text-shadow: 0 0 2px red !important; white-space: pre !important;" +
      " font-variant: small-caps !important; tab-size: 40 !important; word-break: break-all !important; }\n" +
      "button, textarea, pre, li, p, ul { font-size: 25px !important; padding: 20px !important; margin: 2em !important; display: inline !important; }",
  });
  const measured = [];
  for (const url of [neutral, hostile]) {
    const { context, page, errors } = await openPage(browser, "about:blank", { viewport: { width: 900, height: 1200 } });
    await page.addInitScript(noteReady);
    await page.goto(url);
    await waitElement(page, "#pd", "done");
    console.log(`# ${url === neutral ? "plain same-origin host" : "hostile host"}: navigation → <presign-doctor> ready: ${await readyMs(page)} ms`);
    measured.push(await elementMetrics(page, "#pd"));
    if (url === hostile) await page.screenshot({ path: path.join(shots, "embed-hostile-host.png"), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  }
  const [a, b] = measured;
  assert.ok(a.fix.fontSize && a.button.fontSize, "the element shows Fix lines and code buttons");
  assert.equal(a.msg.fontSize, "14px", "findings are 14 px");
  assert.equal(a.fix.fontSize, "13px", "Fix: lines are 13 px, not larger than the findings");
  assert.equal(a.button.fontSize, "13px");
  assert.deepEqual(b, a, "the same metrics on the hostile host");
});

test("embed: theme=auto follows the host (Material, Docusaurus, a dark class, the system) live; light and dark win", async () => {
  const url = writeHost("theme", {
    head: '<script src="../site/embed.js" defer></script>',
    body: '<presign-doctor id="auto"></presign-doctor><presign-doctor id="light" theme="light"></presign-doctor><presign-doctor id="dark" theme="dark"></presign-doctor>',
  });
  const { context, page, errors } = await openPage(browser, url, { colorScheme: "light" });
  await page.waitForFunction(() => document.getElementById("auto").dataset.scheme);
  const scheme = () => page.evaluate(() => ["auto", "light", "dark"].map((id) => {
    const e = document.getElementById(id);
    return e.dataset.scheme + ":" + getComputedStyle(e).backgroundColor;
  }).join(" "));
  const LIGHT = "light:rgb(255, 255, 255)";
  const DARK = "dark:rgb(13, 17, 23)";
  const expect = async (auto, why) => {
    await page.waitForFunction((want) => document.getElementById("auto").dataset.scheme === want, auto.split(":")[0]);
    assert.equal(await scheme(), `${auto} ${LIGHT} ${DARK}`, why);
  };
  await expect(LIGHT, "a light system");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(DARK, "the system turned dark");
  await page.evaluate(() => document.body.setAttribute("data-md-color-scheme", "default"));
  await expect(LIGHT, "Material's default scheme wins over the system");
  await page.evaluate(() => document.body.setAttribute("data-md-color-scheme", "slate"));
  await expect(DARK, "Material's slate");
  await page.evaluate(() => document.body.removeAttribute("data-md-color-scheme"));
  await page.emulateMedia({ colorScheme: "light" });
  await page.evaluate(() => document.documentElement.setAttribute("data-theme", "dark"));
  await expect(DARK, "Docusaurus' data-theme=dark on a light system");
  await page.evaluate(() => document.documentElement.setAttribute("data-theme", "light"));
  await expect(LIGHT, "Docusaurus' data-theme=light");
  await page.evaluate(() => { document.documentElement.removeAttribute("data-theme"); document.documentElement.classList.add("dark"); });
  await expect(DARK, "a dark class on <html>");
  await page.evaluate(() => document.documentElement.classList.remove("dark"));
  await expect(LIGHT, "back to the system");
  await page.evaluate(() => document.getElementById("auto").setAttribute("theme", "dark"));
  await page.waitForFunction(() => document.getElementById("auto").dataset.scheme === "dark");
  await page.evaluate(() => document.getElementById("auto").setAttribute("theme", "auto"));
  await expect(LIGHT, "theme=auto again");
  assert.deepEqual(errors, []);
  await context.close();
});

test("embed: axe-core finds no violation in the element, light and dark, with findings and code", async () => {
  const url = writeHost("axe", {
    head: '<script src="../site/embed.js" defer></script>',
    body: `<h1>Docs</h1><presign-doctor id="pd" input="${URL700K}"></presign-doctor>`,
  });
  for (const scheme of ["light", "dark"]) {
    const { context, page } = await openPage(browser, url, { colorScheme: scheme });
    await waitElement(page, "#pd", "done");
    assert.equal(await page.locator("#pd").getAttribute("data-scheme"), scheme);
    assert.deepEqual(await axe(page), [], scheme);
    await context.close();
  }
});

test("embed: the element shows the verdict first, axe-clean in light and dark", async () => {
  const expired = "https://examplebucket.s3.us-east-1.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256" +
    "&amp;X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&amp;X-Amz-Date=20130524T000000Z" +
    "&amp;X-Amz-Expires=600&amp;X-Amz-SignedHeaders=host&amp;X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404" +
    "&#10;&lt;Error&gt;&lt;Code&gt;AccessDenied&lt;/Code&gt;&lt;Message&gt;Request has expired&lt;/Message&gt;&lt;/Error&gt;";
  const url = writeHost("verdict", {
    head: '<script src="../site/embed.js" defer></script>',
    body: `<h1>Docs</h1><presign-doctor id="pd" input="${expired}"></presign-doctor>`,
  });
  for (const scheme of ["light", "dark"]) {
    const { context, page } = await openPage(browser, url, { colorScheme: scheme });
    await waitElement(page, "#pd", "done");
    const got = await page.evaluate(() => {
      const r = document.getElementById("pd").shadowRoot;
      const v = r.querySelector("[data-verdict]");
      const f = r.querySelector("[data-rule]");
      return { verdict: v && v.dataset.verdict, first: f && f.dataset.rule, before: Boolean(v && f && (v.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING)) };
    });
    assert.deepEqual(got, { verdict: "url_expired", first: "url_expired", before: true }, scheme);
    assert.deepEqual(await axe(page), [], scheme);
    await context.close();
  }
});

// startFailure opens a host, waits for the lasting message, types, and checks
// the message stays (the element never says "Analysing…").
async function startFailure(t, url, want, setup) {
  const { context, page, errors, consoleLines } = await openPage(browser, "about:blank");
  if (setup) await setup(context);
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      for (const e of document.querySelectorAll("presign-doctor")) {
        e.__states = [];
        new MutationObserver(() => e.__states.push(e.dataset.state)).observe(e, { attributes: true, attributeFilter: ["data-state"] });
      }
    });
  });
  await page.goto(url);
  await waitElement(page, "#pd", "error");
  const status = page.locator("#pd .status");
  const first = await status.textContent();
  for (const w of want) assert.match(first, w, t + ": what to check");
  await typeInElement(page, "#pd", "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000");
  await page.waitForTimeout(700); // past the 250 ms pause: the analysis would have started
  await page.locator("#pd textarea").fill("");
  await page.locator("#pd textarea").fill("another paste");
  await page.waitForTimeout(700);
  assert.equal(await page.locator("#pd").getAttribute("data-state"), "error", t + ": the state stays error");
  assert.equal(await status.textContent(), first, t + ": the message stays");
  const states = await page.evaluate(() => document.getElementById("pd").__states);
  assert.ok(!states.includes("working"), t + ": never working, saw " + states.join(","));
  console.log(`# ${t}: ${first}`);
  assert.deepEqual(errors, []);
  await context.close();
  return { first, consoleLines };
}

const sameOrigin = (name, extra = {}) => writeHost(name, { head: '<script src="../site/embed.js" defer></script>', body: '<presign-doctor id="pd"></presign-doctor>', ...extra });

test("embed: a failed start ends in a lasting message with what to check, whatever is typed", async () => {
  await startFailure("wasm 404", sameOrigin("fail-404"), [/HTTP 404/, /copy the whole dist\/site folder/], (c) =>
    c.route("**/presign-doctor.wasm", (r) => r.fulfill({ status: 404, contentType: "text/plain", body: "not found" })));
  await startFailure("wasm answered by an index page", sameOrigin("fail-html"), [/not WebAssembly/, /application\/wasm/, /text\/html/], (c) =>
    c.route("**/presign-doctor.wasm", (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Docs home</title>" })));
  await startFailure("worker.js with a wrong MIME type", sameOrigin("fail-mime"), [/worker\.js/, /text\/javascript/, /script-src/], (c) =>
    c.route("**/worker.js", async (r) => {
      const res = await r.fetch();
      await r.fulfill({ response: res, headers: { ...res.headers(), "content-type": "text/plain", "x-content-type-options": "nosniff" } });
    }));
  await startFailure("worker blocked, no 'wasm-unsafe-eval'", sameOrigin("fail-csp-worker", {
    csp: "default-src 'none'; script-src 'self'; worker-src 'none'; connect-src 'self'",
  }), [/wasm-unsafe-eval/]);
  const xo = (name, csp) => writeHost(name, { csp, head: `<script src="${assets.origin}/embed.js" defer></script>`, body: '<presign-doctor id="pd"></presign-doctor>' });
  // The README's old wording: the worker and the wasm fetch are refused.
  await startFailure("cross-origin, connect-src without the assets", xo("fail-xo-connect",
    `default-src 'none'; script-src 'self' ${assets.origin} 'wasm-unsafe-eval'; worker-src 'self' blob:; connect-src 'self'`),
  [/cannot fetch.*refused by the Content-Security-Policy's connect-src/, new RegExp("allow " + assets.origin + " in connect-src")]);
  // A second assets server without CORS.
  const bare = await startServer(path.join(root, "dist/site"), { host: "localhost" });
  try {
    const url = writeHost("fail-xo-cors", {
      csp: `default-src 'none'; script-src 'self' ${bare.origin} 'wasm-unsafe-eval'; worker-src blob:; connect-src ${bare.origin}`,
      head: `<script src="${bare.origin}/embed.js" defer></script>`, body: '<presign-doctor id="pd"></presign-doctor>',
    });
    await startFailure("cross-origin, no Access-Control-Allow-Origin", url, [/cannot fetch.*Failed to fetch/, /must send Access-Control-Allow-Origin with this page's origin \(CORS\)/]);
  } finally {
    bare.close();
  }
});

test("page: a failed start stays in the status whatever is typed", async () => {
  const { context, page, errors } = await openPage(browser, "about:blank");
  await context.route("**/presign-doctor.wasm", (r) => r.fulfill({ status: 404, body: "" }));
  await page.goto(host.origin + "/site/index.html");
  await page.waitForSelector('#result[data-state="error"]', { timeout: 30000 });
  await page.locator("#paste").fill("https://b.s3.amazonaws.com/k?X-Amz-Expires=700000");
  await page.waitForTimeout(700);
  assert.equal(await page.locator("#result").getAttribute("data-state"), "error");
  assert.match(await page.locator("#status").textContent(), /could not start.*HTTP 404.*Check:/);
  assert.match(await page.locator("#engine-note").textContent(), /HTTP 404/);
  assert.ok(await page.locator("#loading").isHidden(), "no progress bar left");
  assert.deepEqual(errors, []);
  await context.close();
});

test("embed: assets on another origin, under a strict CSP: the element and the iframe", async () => {
  const a = assets.origin;
  const csp = `default-src 'none'; script-src 'self' ${a} 'wasm-unsafe-eval'; worker-src blob: ${a}; connect-src ${a}; style-src 'self'; frame-src ${a}; base-uri 'none'`;
  const url = writeHost("cross-origin", {
    csp, css: "iframe { border: 0; width: 100%; height: 700px; }",
    head: `<script src="${a}/embed.js" defer></script>`,
    body: `<presign-doctor id="pd" input="${URL700K}"></presign-doctor>
<iframe id="frame" src="${a}/index.html" title="Presign Doctor"></iframe>`,
  });
  const { context, page, errors, consoleLines, requests } = await openPage(browser, "about:blank", { viewport: { width: 1000, height: 1600 } });
  await page.addInitScript(noteReady);
  await page.goto(url);
  await waitElement(page, "#pd", "done");
  console.log(`# cross-origin host (assets on ${a}): navigation → <presign-doctor> ready: ${await readyMs(page)} ms`);
  assert.equal(await page.locator('#pd [data-rule="expires_too_long"]').count(), 1);
  await typeInElement(page, "#pd", "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=0");
  await page.waitForFunction(() => document.getElementById("pd").shadowRoot.querySelector('[data-rule="expires_too_long"]'));
  const frame = page.frameLocator("#frame");
  await frame.locator("#paste").fill("https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000");
  await frame.locator('[data-rule="expires_too_long"]').waitFor({ timeout: 30000 });
  const foreign = network(requests).filter((u) => !u.startsWith(host.origin + "/") && !u.startsWith(a + "/"));
  assert.deepEqual(foreign, [], "only the two origins");
  assert.ok(network(requests).some((u) => u === a + "/presign-doctor.wasm"), "the wasm came from the assets' origin");
  assert.deepEqual(consoleLines.filter((l) => /Content Security Policy|Refused|CORS|Failed/i.test(l)), [], "no CSP or CORS refusal");
  assert.deepEqual(errors, []);
  await context.close();
});

test("page: fits 320 px, the examples menu visible; the element too", async () => {
  const { context, page, errors } = await openPage(browser, host.origin + "/site/index.html", { viewport: { width: 320, height: 800 } });
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout: 30000 });
  const idle = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(idle, 0, "no horizontal overflow at 320 px, idle");
  await page.selectOption("#examples", "wrong-region");
  await page.waitForSelector('#result[data-state="done"]');
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(over, 0, "no horizontal overflow at 320 px");
  const menu = await page.locator("#examples").boundingBox();
  assert.ok(menu && menu.x >= 0 && menu.x + menu.width <= 320, "the examples menu is inside the viewport: " + JSON.stringify(menu));
  await page.screenshot({ path: path.join(shots, "page-320.png"), fullPage: true });
  await context.close();
  const url = sameOrigin("narrow", { body: `<presign-doctor id="pd" input="${URL700K}"></presign-doctor>` });
  const el = await openPage(browser, url, { viewport: { width: 320, height: 900 } });
  await waitElement(el.page, "#pd", "done");
  assert.equal(await el.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, "the element fits 320 px");
  await el.page.screenshot({ path: path.join(shots, "embed-320.png"), fullPage: true });
  assert.deepEqual(errors.concat(el.errors), []);
  await el.context.close();
});
