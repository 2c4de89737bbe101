// Browser tier, privacy and safety of the hosted page: no request to another
// origin (and none at all after load) while pasting, analysing, copying,
// sharing and downloading; planted fake secrets end up nowhere (DOM, shadow
// roots, form values, storage, IndexedDB, cookies, console, address bar,
// downloaded reports); markup and javascript: URLs in the paste run nothing.
//
// The paste area's own value is the user's input: the checks exclude exactly
// that one value (#paste), and a second check puts the redacted text in it
// ("Put the redacted text in the paste area") and then excludes nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import path from "node:path";
import { root, startServer, launch } from "./lib.mjs";
import { openPage, waitReady, waitSettled, analyse, network, plantedSecrets, pageHoldings, findSecrets } from "./browser-helpers.mjs";

let server, browser;
const shots = path.join(root, "dist/screenshots");

before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function download(page, button) {
  const [d] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  return readFileSync(await d.path(), "utf8");
}

test("planted secrets: none in the DOM, storage, console, address bar or downloaded reports", async () => {
  const { context, page, requests, consoleLines } = await openPage(browser, server.origin + "/", { viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  await waitSettled(page);
  const loadedCount = network(requests).length;
  const { text, secrets } = plantedSecrets();
  assert.equal(await analyse(page, text), "done");
  // Visit every view, copy, share, download: all of it must stay clean.
  for (const v of ["findings", "code", "diff", "url", "sigv4", "redactions", "report"]) await page.click("#tab-" + v);
  await page.click("#tab-redactions");
  await page.click("#copy-redacted");
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  await page.click("#share");
  await page.click("#tab-report");
  const md = await download(page, "#dl-md");
  const html = await download(page, "#dl-html");
  const engineRedacted = await page.evaluate(() => document.getElementById("annotated").textContent);
  const holdings = await pageHoldings(page, ["paste"]);
  holdings.console = consoleLines.join("\n");
  holdings.address = page.url();
  holdings.shareLink = await page.inputValue("#share-link");
  holdings.clipboard = clip;
  holdings.reportMarkdown = md;
  holdings.reportHTML = html;
  const leaks = findSecrets(holdings, secrets);
  const engineLeaks = findSecrets({ redacted: engineRedacted }, secrets);
  await page.screenshot({ path: path.join(shots, "planted-secrets.png"), fullPage: true });
  assert.deepEqual(leaks, [], engineLeaks.length ? `the engine's redacted text still holds: ${engineLeaks.join(", ")}` : "the page leaked");
  assert.ok(md.includes("planted-bucket") || md.length > 50, "the report is about this paste");
  assert.deepEqual(network(requests).slice(loadedCount), [], "no request after load");
  // The paste area itself, once it holds the redacted text: nothing anywhere.
  await page.click("#tab-redactions");
  await page.evaluate(() => { document.getElementById("result").dataset.state = "stale"; });
  await page.click("#use-redacted");
  await page.waitForSelector('#result[data-state="done"]');
  assert.deepEqual(findSecrets(await pageHoldings(page, []), secrets), []);
  await context.close();
});

test("hosted page: only its own origin, and no request at all after load", async () => {
  const { context, page, requests } = await openPage(browser, server.origin + "/");
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  await waitSettled(page);
  await page.waitForLoadState("networkidle");
  const atLoad = network(requests).length;
  for (const v of ["hardcoded", "wrong-region", "content-type", "mfa-policy"]) {
    await page.selectOption("#examples", v);
    await page.waitForSelector('#result[data-state="done"]');
  }
  await page.locator("#paste").fill("https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000");
  await page.waitForSelector('[data-rule="expires_too_long"]');
  await page.click("#tab-code");
  await page.click("#code-panel button.copy");
  await page.click("#tab-report");
  await download(page, "#dl-html");
  await page.click("#share");
  assert.deepEqual(network(requests).filter((u) => !u.startsWith(server.origin + "/")), [], "requests to other origins");
  assert.deepEqual(network(requests).slice(atLoad), [], "requests after load");
  await page.waitForTimeout(300);
  assert.match(await page.locator("#privacy").textContent(), /^0 requests since load/);
  await context.close();
});

const TRAP = `
  window.__ran = [];
  Object.defineProperty(window, "pwned", { configurable: false, get() { return 0; }, set(v) { window.__ran.push(String(v)); } });
  window.alert = window.confirm = window.prompt = (m) => window.__ran.push("dialog:" + m);
`;

function hostilePaste() {
  const img = `<img src=x onerror="pwned=1">`;
  const scr = `<script>pwned=2</script>`;
  const js = `javascript:pwned=3`;
  const svg = `<svg onload="pwned=4"></svg>`;
  return [
    `import boto3  # ${img}`,
    `s3 = boto3.client('s3', region_name='${scr}', endpoint_url='${js}')`,
    `url = s3.generate_presigned_url('get_object', Params={'Bucket': '${img}', 'Key': '${scr}${svg}'}, ExpiresIn=700000)`,
    `https://b.s3.amazonaws.com/${encodeURIComponent(img)}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000&response-content-disposition=${encodeURIComponent(scr)}&x=${js}`,
    `${js}//b.s3.amazonaws.com/k?X-Amz-Expires=1`,
    `<Error><Code>${img}</Code><Message>${scr}</Message><Key>${js}</Key><Endpoint>${svg}</Endpoint><CanonicalRequest>GET\n/${img}\n\nhost:${js}\n\nhost\nUNSIGNED-PAYLOAD</CanonicalRequest></Error>`,
    `aws s3 presign 's3://bucket/${img}' --expires-in 700000 --region '${scr}'`,
    `curl -X PUT '${js}' -H 'Content-Type: ${img}'`,
    `{"Version":"2012-10-17","Statement":[{"Sid":"${scr}","Effect":"Deny","Action":"${img}","Resource":"${js}","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"${svg}"}}}]}`,
    `[link](${js}) ${img} <a href="${js}">x</a>`,
  ].join("\n");
}

test("markup and javascript: URLs in every field run nothing, in the page and in the downloaded report", async () => {
  const { context, page, requests, dialogs, errors } = await openPage(browser, server.origin + "/");
  await page.addInitScript(TRAP);
  await page.reload();
  // Settled: the page's load is over, the editor's script for big pastes
  // included (it is fetched after ready, as part of load).
  await waitSettled(page);
  const scriptsBefore = await page.evaluate(() => document.scripts.length);
  await analyse(page, hostilePaste());
  for (const v of ["findings", "code", "diff", "url", "sigv4", "redactions", "report"]) await page.click("#tab-" + v);
  for (const b of (await page.locator("#findings button, #parts button, #annotated mark").all()).slice(0, 30)) await b.click({ timeout: 1000 }).catch(() => {});
  await page.click("#share");
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__ran), []);
  assert.deepEqual(dialogs, []);
  assert.equal(await page.evaluate(() => document.scripts.length), scriptsBefore, "no script element was added");
  assert.equal(await page.evaluate(() => document.querySelectorAll("img, svg, a[href^='javascript' i]").length), 0, "no element from the paste");
  assert.deepEqual(network(requests).filter((u) => !u.startsWith(server.origin + "/")), []);
  assert.ok(!network(requests).some((u) => u.endsWith("/x")), "no image was fetched");
  await page.screenshot({ path: path.join(shots, "hostile-paste.png"), fullPage: true });
  // The downloaded HTML report, opened as a page: nothing runs either.
  await page.click("#tab-report");
  const [d] = await Promise.all([page.waitForEvent("download"), page.click("#dl-html")]);
  const file = await d.path();
  const reportPage = await context.newPage();
  const rdialogs = [];
  reportPage.on("dialog", (x) => { rdialogs.push(x.message()); x.dismiss(); });
  await reportPage.addInitScript(TRAP);
  await reportPage.goto(pathToFileURL(file).href);
  await reportPage.waitForTimeout(200);
  assert.deepEqual(await reportPage.evaluate(() => window.__ran), []);
  assert.deepEqual(rdialogs, []);
  assert.deepEqual(errors, []);
  await context.close();
});
