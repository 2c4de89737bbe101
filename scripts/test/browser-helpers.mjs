// Helpers shared by the browser test files: pages with request and console
// watchers, planted fake secrets, everything a page holds, and axe-core.
import { readFileSync } from "node:fs";
import { randomBytes, randomInt } from "node:crypto";
import path from "node:path";
import { root } from "./lib.mjs";

// openPage opens url in a fresh context and records requests, console lines,
// page errors and dialogs.
// contextOptions.init, if given, is a script run in every page of the
// context before the page's own (e.g. setting the watchdog).
export async function openPage(browser, url, { init, ...contextOptions } = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...contextOptions });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const requests = [];
  const consoleLines = [];
  const errors = [];
  const dialogs = [];
  page.on("request", (r) => requests.push(r.url()));
  context.on("request", (r) => { if (!requests.includes(r.url())) requests.push(r.url()); });
  page.on("console", (m) => consoleLines.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await page.goto(url);
  return { context, page, requests, consoleLines, errors, dialogs };
}

export async function waitReady(page, timeout = 30000) {
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout });
}

// waitSettled waits for the end of the page's load as its privacy badge
// counts it: ready, the document complete, and on a first visit over http(s)
// the service worker's install (its requests are part of load).
export async function waitSettled(page, timeout = 30000) {
  await waitReady(page, timeout);
  await page.waitForFunction(() => document.documentElement.dataset.settled === "true", null, { timeout });
}

// analyse fills the paste area and waits for the result of exactly that text.
export async function analyse(page, text) {
  await page.evaluate(() => { document.getElementById("result").dataset.state = "stale"; });
  await page.locator("#paste").fill(text);
  await page.waitForSelector('#result[data-state="done"], #result[data-state="error"]', { timeout: 20000 });
  return page.locator("#result").getAttribute("data-state");
}

// network drops the URLs that never leave the browser.
export function network(urls) {
  return urls.filter((u) => !/^(blob|data|about):/.test(u));
}

const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
function pick(alpha, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += alpha[randomInt(alpha.length)];
  return s;
}

// plantedSecrets builds a paste full of fake secrets generated now: key IDs,
// secret keys, a session token, signatures and an account ID, in code, a URL,
// an error body, a curl line and a policy.
export function plantedSecrets() {
  const akia = "AKIA" + pick(B32, 16);
  const asia = "ASIA" + pick(B32, 16);
  const secret1 = pick(B64, 18) + "/" + pick(B64, 10) + "+" + pick(B64, 10);
  const secret2 = pick(B64, 40);
  const token = "IQoJb3JpZ2luX2Vj" + pick(B64, 280);
  const sig = randomBytes(32).toString("hex");
  const sig2 = randomBytes(32).toString("hex");
  const account = String(100000000000 + randomInt(899999999999));
  const text = [
    "import boto3",
    "s3 = boto3.client('s3', region_name='us-east-1',",
    `    aws_access_key_id='${akia}',`,
    `    aws_secret_access_key='${secret1}')`,
    "sts_creds = {",
    `    'AccessKeyId': '${asia}',`,
    `    'SecretAccessKey': '${secret2}',`,
    `    'SessionToken': '${token}',`,
    "}",
    "url = s3.generate_presigned_url('get_object', Params={'Bucket': 'planted-bucket', 'Key': 'a.txt'}, ExpiresIn=3600)",
    "",
    `https://planted-bucket.s3.us-east-1.amazonaws.com/a.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${asia}%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T140000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=${encodeURIComponent(token)}&X-Amz-Signature=${sig}`,
    "",
    `<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><AWSAccessKeyId>${asia}</AWSAccessKeyId><SignatureProvided>${sig}</SignatureProvided><RequestId>ABC</RequestId></Error>`,
    "",
    `curl -X PUT 'https://planted-bucket.s3.amazonaws.com/b.txt' -H 'Authorization: AWS4-HMAC-SHA256 Credential=${akia}/20240115/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${sig2}'`,
    "",
    `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::${account}:role/uploader"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::planted-bucket/*"}]}`,
  ].join("\n");
  return { text, secrets: { akia, asia, secret1, secret2, token, sig, sig2, account } };
}

// pageHoldings returns every text the page holds where a secret could hide:
// the DOM with shadow roots and frames' srcdoc, every form value except the
// ones named in skip, storage, IndexedDB names and the address bar.
export async function pageHoldings(page, skip = []) {
  const inPage = await page.evaluate(async (skipIds) => {
    const shadows = [];
    const walk = (n) => {
      for (const e of n.querySelectorAll("*")) {
        if (e.shadowRoot) { shadows.push(e.shadowRoot.innerHTML); walk(e.shadowRoot); }
      }
    };
    walk(document);
    const values = [];
    const collect = (n) => {
      for (const e of n.querySelectorAll("input, textarea, select")) if (!skipIds.includes(e.id)) values.push(e.value);
      for (const e of n.querySelectorAll("*")) if (e.shadowRoot) collect(e.shadowRoot);
    };
    collect(document);
    const frames = [...document.querySelectorAll("iframe")].map((f) => f.srcdoc);
    const dbs = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [];
    const ls = [];
    for (let i = 0; i < localStorage.length; i++) ls.push(localStorage.key(i) + "=" + localStorage.getItem(localStorage.key(i)));
    const ss = [];
    for (let i = 0; i < sessionStorage.length; i++) ss.push(sessionStorage.key(i) + "=" + sessionStorage.getItem(sessionStorage.key(i)));
    return {
      dom: document.documentElement.outerHTML, shadows: shadows.join("\n"), values: values.join("\n"), frames: frames.join("\n"),
      title: document.title, localStorage: ls.join("\n"), sessionStorage: ss.join("\n"), indexedDB: dbs.join("\n"),
      cookie: document.cookie, address: location.href,
    };
  }, skip);
  inPage.cookies = JSON.stringify(await page.context().cookies());
  return inPage;
}

// findSecrets lists "name in place" for every secret found in the holdings.
export function findSecrets(holdings, secrets) {
  const found = [];
  for (const [name, value] of Object.entries(secrets)) {
    for (const [where, text] of Object.entries(holdings)) {
      if (typeof text === "string" && (text.includes(value) || text.includes(encodeURIComponent(value)))) found.push(`${name} in ${where}`);
    }
  }
  return found;
}

const axeSource = readFileSync(path.join(root, "scripts/node_modules/axe-core/axe.min.js"), "utf8");

// axe runs axe-core (evaluated through the driver, so the page's CSP stays on)
// and returns its violations as readable lines.
export async function axe(page) {
  await page.evaluate(axeSource);
  const v = await page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((x) => `${x.id} (${x.impact}): ${x.help} — ${x.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  });
  return v;
}
