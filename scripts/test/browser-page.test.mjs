// Browser tier, the page: every example produces its findings, corrected code
// and diff; the views, fixes, share link, file open (HAR), theme toggle,
// shortcuts and worker restart work; axe-core finds no violation in either
// theme; screenshots of the main states go to dist/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { root, startServer, launch } from "./lib.mjs";
import { openPage, waitReady, waitSettled, analyse, network, axe } from "./browser-helpers.mjs";

let server, browser;
const shots = path.join(root, "dist/screenshots");
const sandbox = {};
vm.runInNewContext(readFileSync(path.join(root, "web/examples.js"), "utf8"), { globalThis: sandbox });
const examples = sandbox.presignDoctorExamples;

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function ready(opts) {
  const o = await openPage(browser, server.origin + "/", opts);
  await waitReady(o.page);
  return o;
}

test("idle state says what can be pasted; privacy badge says 0 requests", async () => {
  const { context, page, errors } = await ready({ viewport: { width: 1280, height: 900 } });
  assert.equal(await page.locator("#result").getAttribute("data-state"), "idle");
  assert.ok(await page.locator("#nothing").isVisible(), "the 'nothing recognised yet' help is shown");
  assert.match(await page.locator("#nothing").textContent(), /presigned URL/);
  await page.waitForFunction(() => /^0 requests/.test(document.getElementById("privacy").textContent));
  assert.ok(await page.locator(".privacy-note").isVisible());
  await page.screenshot({ path: path.join(shots, "idle.png"), fullPage: true });
  await analyse(page, "just some words that are not S3 at all");
  assert.match(await page.locator("#status").textContent(), /Nothing recognised yet/);
  assert.ok(await page.locator("#nothing").isVisible());
  // A finding's span, marked in the analysed (redacted) text, with a
  // multi-byte prefix so UTF-16 offsets matter.
  await analyse(page, "😀 ключ https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000");
  await page.locator('[data-rule="expires_too_long"] button', { hasText: "Show in text" }).click();
  assert.equal((await page.locator("#annotated .flash").allTextContents()).join(""), "X-Amz-Expires=700000");
  assert.deepEqual(errors, []);
  await context.close();
});

for (const ex of examples) {
  test(`example "${ex.title}": ${ex.rules.join(", ")}, corrected code and diff`, async () => {
    const { context, page, requests, errors } = await ready({ viewport: { width: 1280, height: 900 } });
    await page.selectOption("#examples", ex.id);
    await page.waitForSelector('#result[data-state="done"]', { timeout: 20000 });
    const resp = await page.evaluate(() => document.getElementById("status").textContent);
    const shown = await page.locator("#findings [data-rule]").evaluateAll((els) => els.map((e) => e.dataset.rule));
    await page.screenshot({ path: path.join(shots, `example-${ex.id}.png`), fullPage: true });
    // Collect every gap, so one run shows what the engine lacks for this case.
    const problems = [];
    const missing = ex.rules.filter((r) => !shown.includes(r));
    if (missing.length) problems.push(`rule(s) ${missing.join(", ")} not shown; the page shows [${shown.join(", ")}] (${resp})`);
    // Every finding is marked in the annotated text and can be revealed.
    if (shown.length) {
      await page.locator("#findings [data-rule]").first().locator("button", { hasText: "Show in text" }).click();
      if (await page.locator("#annotated .flash").count() < 1) problems.push("the first finding's span is not flashed in the text");
    }
    // Corrected code in every language, free of key literals (rules.md:
    // whenever code or a URL was pasted).
    await page.click("#tab-code");
    for (const l of /import boto3|https:\/\//.test(ex.text) ? ["python", "cli", "javascript", "go"] : []) {
      await page.click("#lang-" + l);
      const code = await page.locator("#code-out").textContent();
      if (!code.trim()) problems.push(`no corrected ${l} code`);
      if (/AKIA|ASIA|aws_secret_access_key\s*=\s*['"]/.test(code)) problems.push(`${l} code holds a key literal`);
    }
    // Diff: for pasted code that a fix edits, with added/removed lines
    // marked; none when no fix edits the code (the fix is on the sending
    // side: the diff shows the fix and nothing else).
    if (/import boto3/.test(ex.text)) {
      await page.click("#tab-diff");
      const marked = await page.locator("#diff-out .dl.add, #diff-out .dl.del").count();
      if (ex.codeFix !== false && marked === 0) problems.push("the diff has no added/removed line");
      if (ex.codeFix === false && marked > 0) problems.push("the diff changes code although the fix is on the sending side");
    }
    assert.deepEqual(problems, [], `example ${ex.id}`);
    assert.deepEqual(network(requests).filter((u) => !u.startsWith(server.origin + "/")), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// The answer first: an example that shows S3's answer gets a verdict card,
// above the findings, naming the example's rule, whose finding comes first;
// then errors, warnings, info. An example without an answer of S3 (code
// alone) has no verdict: nothing observed needs explaining.
const SEV = { error: 0, warning: 1, info: 2 };
for (const ex of examples) {
  test(`verdict for example "${ex.title}"`, async () => {
    const { context, page, errors } = await ready({ viewport: { width: 1280, height: 900 } });
    await page.selectOption("#examples", ex.id);
    await page.waitForSelector('#result[data-state="done"]', { timeout: 20000 });
    const got = await page.evaluate(() => {
      const v = document.getElementById("verdict");
      const list = document.getElementById("findings");
      return {
        verdict: v ? v.dataset.verdict : null,
        above: v ? Boolean(v.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING) : null,
        text: v ? v.textContent : "",
        findings: [...list.querySelectorAll("[data-rule]")].map((e) => [e.dataset.rule, [...e.classList].find((c) => c !== "finding")]),
      };
    });
    const answered = /<Error>|An error occurred \(|ClientError/.test(ex.text);
    if (answered) {
      assert.equal(got.verdict, ex.rules[0], `example ${ex.id}: verdict`);
      assert.ok(got.above, "the verdict card is above the findings");
      assert.match(got.text, /Fix:/);
      assert.equal(got.findings[0][0], ex.rules[0], "the verdict's finding comes first");
    } else {
      assert.equal(got.verdict, null, `example ${ex.id} shows no answer of S3 and gets no verdict`);
    }
    const rest = got.findings.slice(answered ? 1 : 0).map(([, sev]) => SEV[sev]);
    assert.deepEqual(rest, [...rest].sort((a, b) => a - b), "then errors, warnings, info");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// Screenshots of the verdict of three examples, at 1366 and 390 px, light
// and dark (dist/screenshots/verdict-<id>-<width>-<scheme>.png): the card
// is in the first screen.
test("verdict screenshots: three examples, 1366 and 390 px, light and dark", async () => {
  for (const id of ["content-type", "expired", "wrong-region"]) {
    for (const [width, height] of [[1366, 900], [390, 844]]) {
      for (const scheme of ["light", "dark"]) {
        const { context, page, errors } = await ready({ viewport: { width, height }, colorScheme: scheme });
        await page.selectOption("#examples", id);
        await page.waitForSelector('#result[data-state="done"]', { timeout: 20000 });
        await page.locator("#verdict").scrollIntoViewIfNeeded();
        assert.ok(await page.locator("#verdict").isVisible(), `${id} ${width} ${scheme}`);
        await page.screenshot({ path: path.join(shots, `verdict-${id}-${width}-${scheme}.png`) });
        assert.deepEqual(errors, []);
        await context.close();
      }
    }
  }
});

test("copy buttons say Copied; no empty-state text under a result", async () => {
  const { context, page, errors } = await ready({ viewport: { width: 1280, height: 900 } });
  await page.selectOption("#examples", "content-type");
  await page.waitForSelector('#result[data-state="done"]', { timeout: 20000 });
  const b = page.locator('button[aria-label="Copy finding signed_headers"]');
  await b.click();
  assert.equal((await b.textContent()).trim(), "Copied");
  await page.waitForFunction((el) => el.textContent.trim() === "Copy", await b.elementHandle(), { timeout: 5000 });
  assert.ok(!(await page.locator("#nothing").isVisible()), "no 'nothing recognised' under a result");
  assert.deepEqual(errors, []);
  await context.close();
});

// Issue 20: the corrected code opens on the language of the pasted code.
// The Java paste is modelled on aws/aws-sdk-java-v2#2379 (30-day links).
test("pasted Java is answered first in Java, and the diff is of the Java", async () => {
  const { context, page, errors } = await ready({ viewport: { width: 1280, height: 900 } });
  const java = [
    "S3Presigner presigner = S3Presigner.builder().region(Region.EU_WEST_1).build();",
    "GetObjectRequest getObjectRequest = GetObjectRequest.builder().bucket(\"reports\").key(\"2024/q1.pdf\").build();",
    "GetObjectPresignRequest presignRequest = GetObjectPresignRequest.builder()",
    "        .signatureDuration(Duration.ofDays(30))",
    "        .getObjectRequest(getObjectRequest)",
    "        .build();",
    "PresignedGetObjectRequest presigned = presigner.presignGetObject(presignRequest);",
  ].join("\n");
  assert.equal(await analyse(page, java), "done");
  await page.click("#tab-code");
  assert.equal(await page.locator("#lang-java").getAttribute("aria-selected"), "true");
  assert.ok(await page.locator("#lang-java").isVisible(), "the Java tab is shown");
  // The Java shown is the user's own code with the fix in place.
  const code = await page.locator("#code-out").textContent();
  assert.match(code, /\.signatureDuration\(Duration\.ofDays\(7\)\)/);
  assert.match(code, /presigner\.presignGetObject\(presignRequest\)/, "the user's own names stay");
  await page.click("#tab-diff");
  const d = await page.locator("#diff-out").textContent();
  assert.match(d, /pasted\.java/);
  assert.match(d, /Duration\.ofDays\(30\)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a phone shows the verdict on screen and stacks the SigV4 columns", async () => {
  const { context, page, errors } = await ready({ viewport: { width: 390, height: 844 } });
  await page.selectOption("#examples", "content-type");
  await page.waitForSelector('#result[data-state="done"]', { timeout: 20000 });
  await page.locator("#verdict").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, "verdict-content-type-390.png") });
  await page.click("#tab-sigv4");
  const cols = await page.evaluate(() => {
    const s = document.querySelector(".side");
    return getComputedStyle(s).gridTemplateColumns.split(/\s+(?![^(]*\))/).length;
  });
  assert.equal(cols, 1, "one SigV4 column below 600 px");
  assert.deepEqual(errors, []);
  await context.close();
});

test("views: URL parts, SigV4 side by side, redactions, report, triage", async () => {
  const { context, page, errors } = await ready({ viewport: { width: 1280, height: 1000 } });
  const ex = examples.find((e) => e.id === "content-type");
  await page.selectOption("#examples", ex.id);
  await page.waitForSelector('#result[data-state="done"]');
  await page.click("#tab-url");
  const url = await page.locator("#url-out").textContent();
  for (const part of ["user-avatars", "u/42.png", "us-east-1", "content-type;host", "expires at", "virtual-hosted"]) assert.ok(url.includes(part), "URL view lacks " + part);
  await page.click("#tab-sigv4");
  assert.match(await page.locator("#cr-ours").textContent(), /^PUT\n/);
  assert.match(await page.locator("#cr-s3").textContent(), /^PUT\n/);
  await page.screenshot({ path: path.join(shots, "sigv4.png"), fullPage: true });
  // The secret field: sent for a check, then forgotten on demand.
  await page.fill("#secret", "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY");
  await page.evaluate(() => { document.getElementById("result").dataset.state = "stale"; });
  await page.click("#verify button[type=submit]");
  await page.waitForSelector('#result[data-state="done"]');
  assert.match(await page.locator("#sig-check").textContent(), /secret key|signature/i);
  assert.ok(!(await page.content()).includes("bPxRfiCYEXAMPLEKEY"), "the typed secret is not shown anywhere");
  await page.click("#forget");
  assert.equal(await page.inputValue("#secret"), "");
  await page.click("#tab-redactions");
  const rows = await page.locator("#redactions tr").count();
  assert.ok(rows >= 1);
  await page.click("#tab-report");
  assert.ok((await page.locator("#report-md").textContent()).length > 20, "report markdown shown");
  assert.equal(await page.locator("#report-frame").getAttribute("sandbox"), "", "report preview is sandboxed without scripts");
  await page.screenshot({ path: path.join(shots, "report.png"), fullPage: true });
  // The URL and report views are built when shown: one that is shown follows
  // a new analysis at once, one that is hidden when it is shown next.
  await page.evaluate(() => { document.getElementById("result").dataset.state = "stale"; });
  await page.selectOption("#examples", "expired");
  await page.waitForSelector('#result[data-state="done"]');
  assert.match(await page.locator("#report-md").textContent(), /INV-0042/, "the report shown follows the new paste");
  await page.click("#tab-url");
  const url2 = await page.locator("#url-out").textContent();
  assert.ok(url2.includes("invoices") && !url2.includes("user-avatars"), "the URL view follows the new paste");
  assert.deepEqual(errors, []);
  await context.close();
});

test("fixes apply one by one and the diff follows", async () => {
  const { context, page, errors } = await ready();
  const ex = examples.find((e) => e.id === "hardcoded");
  await page.selectOption("#examples", ex.id);
  await page.waitForSelector('#result[data-state="done"]');
  const fixes = page.locator("#findings .fix-btn:not([disabled])");
  assert.ok(await fixes.count() > 0, "the hard-coded-keys example offers a fix that edits the paste");
  const before = await page.inputValue("#paste");
  const nBefore = await page.locator("#findings [data-rule]").count();
  await page.evaluate(() => { document.getElementById("result").dataset.state = "stale"; });
  await fixes.first().click();
  await page.waitForSelector('#result[data-state="done"]');
  assert.notEqual(await page.inputValue("#paste"), before, "the fix changed the paste");
  assert.ok(await page.locator("#findings [data-rule]").count() <= nBefore, "a fix never adds findings");
  assert.deepEqual(errors, []);
  await context.close();
});

test("share link holds only the redacted paste in the fragment and restores the analysis", async () => {
  const { context, page } = await ready();
  const ex = examples.find((e) => e.id === "wrong-region");
  await page.selectOption("#examples", ex.id);
  await page.waitForSelector('#result[data-state="done"]');
  await page.click("#share");
  const link = await page.inputValue("#share-link");
  const u = new URL(link);
  assert.equal(u.search, "", "nothing in the query");
  assert.match(u.hash, /^#paste=/);
  const carried = decodeURIComponent(u.hash.slice(7));
  assert.ok(!carried.includes("AKIAIOSFODNN7EXAMPLE"), "the key ID is not in the link");
  assert.ok(carried.includes("eu-reports"));
  const rules = await page.locator("#findings [data-rule]").evaluateAll((els) => els.map((e) => e.dataset.rule));
  const second = await ready();
  await second.page.goto(link);
  await waitReady(second.page);
  await second.page.waitForSelector('#result[data-state="done"]');
  assert.equal(await second.page.inputValue("#paste"), carried);
  assert.deepEqual(await second.page.locator("#findings [data-rule]").evaluateAll((els) => els.map((e) => e.dataset.rule)), rules);
  await second.context.close();
  await context.close();
});

test("open a HAR file: the S3 requests and their responses are taken", async () => {
  const { context, page } = await ready();
  const har = {
    log: {
      entries: [
        { request: { method: "GET", url: "https://cdn.example.com/app.js", headers: [] }, response: { status: 200, content: { text: "x" } } },
        {
          request: {
            method: "GET",
            url: "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000",
            headers: [{ name: "Cookie", value: "session=1" }, { name: "Accept", value: "*/*" }],
          },
          response: { status: 400, statusText: "Bad Request", content: { mimeType: "application/xml", text: "<Error><Code>AuthorizationQueryParametersError</Code></Error>" } },
        },
      ],
    },
  };
  await page.setInputFiles("#file", { name: "session.har", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(har)) });
  await page.waitForSelector('#result[data-state="done"]');
  const text = await page.inputValue("#paste");
  assert.match(text, /curl -X GET 'https:\/\/b\.s3\.amazonaws\.com/);
  assert.match(text, /AuthorizationQueryParametersError/);
  assert.doesNotMatch(text, /cdn\.example\.com|session=1/, "only S3 requests, no cookies");
  assert.equal(await page.locator('[data-rule="expires_too_long"]').count(), 1);
  await page.setInputFiles("#file", { name: "code.py", mimeType: "text/x-python", buffer: Buffer.from("import boto3\ns3 = boto3.client('s3')\n") });
  await page.waitForFunction(() => document.getElementById("paste").value.startsWith("import boto3"));
  // Drag and drop of a file on the paste area.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(["<Error><Code>SignatureDoesNotMatch</Code></Error>"], "error.xml", { type: "application/xml" }));
    document.getElementById("drop").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.getElementById("paste").value.startsWith("<Error>"));
  await page.click("#clear");
  assert.equal(await page.inputValue("#paste"), "");
  await page.waitForSelector('#result[data-state="idle"]');
  await context.close();
});

test("theme toggle stores nothing; shortcuts and the help overlay", async () => {
  const { context, page } = await ready({ colorScheme: "light" });
  await page.click("#theme");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "light");
  await page.click("#theme");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, "rgb(13, 17, 23)");
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  assert.equal(await page.evaluate(() => document.cookie), "");
  await page.locator("body").press("?");
  assert.ok(await page.locator("#help-dialog").isVisible());
  await page.screenshot({ path: path.join(shots, "help-dark.png") });
  await page.keyboard.press("Escape");
  assert.ok(!(await page.locator("#help-dialog").isVisible()));
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement.id), "paste");
  await page.keyboard.type("https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000");
  await page.keyboard.press("Control+Enter");
  await page.waitForSelector('#result[data-state="done"]');
  await page.keyboard.press("Escape");
  await page.keyboard.press("5");
  assert.equal(await page.getAttribute("#tab-sigv4", "aria-selected"), "true");
  await page.keyboard.press("1");
  await page.keyboard.press("j");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.rule), "expires_too_long");
  await context.close();
});

test("worker death: the page says so, restarts it and keeps the paste", async () => {
  const { context, page } = await ready();
  const text = "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000";
  await analyse(page, text);
  const [w] = page.workers();
  assert.ok(w, "the analyser runs in a worker");
  // An uncaught error in the worker, as an out-of-memory or an escaped panic gives.
  await w.evaluate(() => setTimeout(() => { throw new RangeError("simulated: out of memory"); }, 0));
  await page.waitForSelector("#engine-note:not([hidden])");
  assert.match(await page.locator("#engine-note").textContent(), /stopped.*restarted.*paste is kept/);
  assert.equal(await page.inputValue("#paste"), text);
  await page.screenshot({ path: path.join(shots, "worker-restarted.png") });
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  await analyse(page, text + " ");
  assert.equal(await page.locator('[data-rule="expires_too_long"]').count(), 1, "the restarted analyser answers");
  // The Go program gone (analyze throws): detected the same way.
  const w2 = page.workers().find((x) => x !== w) || page.workers()[0];
  await w2.evaluate(() => { self.presignDoctor.analyze = () => { throw new Error("Go program has already exited"); }; });
  await analyse(page, text);
  assert.equal(await page.locator('[data-rule="expires_too_long"]').count(), 1, "answered after a second restart");
  await context.close();
});

for (const scheme of ["light", "dark"]) {
  test(`axe-core: no violation on the idle page in the ${scheme} theme`, async () => {
    const { context, page } = await ready({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    assert.equal(await page.locator("#result").getAttribute("data-state"), "idle");
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  // Before ready: the wasm's response held back, the page shows its loading
  // step; then a paste made while it loads (waiting for the analyser).
  test(`axe-core: no violation while the analyser loads in the ${scheme} theme, before and after a paste`, async () => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    let asked = false;
    await context.route("**/presign-doctor.wasm", async (route) => { asked = true; await held; await route.continue(); });
    // A machine shared by many: no watchdog on the cold analysis.
    await context.addInitScript(() => { globalThis.presignDoctorWatchdogMs = 120000; });
    const page = await context.newPage();
    await page.goto(server.origin + "/");
    await page.waitForFunction(() => document.readyState === "complete");
    assert.ok(await page.locator("#loading").isVisible(), "the loading step is shown");
    assert.notEqual(await page.evaluate(() => document.documentElement.dataset.ready), "true");
    assert.deepEqual(await axe(page), [], "loading");
    await page.locator("#paste").fill("https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000");
    await page.waitForSelector('#result[data-state="working"]');
    assert.deepEqual(await axe(page), [], "a paste waiting for the analyser");
    assert.ok(asked, "the wasm was asked for (and held)");
    release();
    await waitReady(page, 120000);
    await page.waitForSelector('#result[data-state="done"]', { timeout: 120000 });
    await context.close();
  });

  test(`axe-core: no violation in the ${scheme} theme, every view`, async () => {
    const { context, page } = await ready({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    await page.selectOption("#examples", "content-type");
    await page.waitForSelector('#result[data-state="done"]');
    const all = [];
    for (const v of ["findings", "code", "diff", "url", "sigv4", "redactions", "report"]) {
      await page.click("#tab-" + v);
      for (const x of await axe(page)) all.push(v + ": " + x);
    }
    await page.click("#tab-findings");
    await page.screenshot({ path: path.join(shots, `theme-${scheme}.png`), fullPage: true });
    assert.deepEqual([...new Set(all)], []);
    await context.close();
  });
}

// Written with the page's own responsiveness work (issue 21) and the
// signature check as the key is typed (issue 23).
test("the key is checked as it is typed (no Enter), and can be shown", async () => {
  const { context, page, errors } = await ready({ viewport: { width: 1280, height: 1000 } });
  await page.selectOption("#examples", "content-type");
  await page.waitForSelector('#result[data-state="done"]');
  await page.click("#tab-sigv4");
  assert.match(await page.locator("#sig-check").textContent(), /type the secret access key/);
  await page.evaluate(() => { document.getElementById("result").dataset.state = "stale"; });
  await page.locator("#secret").pressSequentially("wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY", { delay: 5 });
  // While the pause runs, the line says a check is coming, not "type the key".
  assert.doesNotMatch(await page.locator("#sig-check").textContent(), /type the secret access key/);
  await page.waitForSelector('#result[data-state="done"]');
  const said = await page.locator("#sig-check").textContent();
  assert.doesNotMatch(said, /type the secret access key|Checking the signature/);
  assert.match(said, /secret key/);
  assert.equal(await page.getAttribute("#secret", "type"), "password");
  await page.click("#show-secret");
  assert.equal(await page.getAttribute("#secret", "type"), "text");
  assert.equal(await page.getAttribute("#show-secret", "aria-pressed"), "true");
  for (const x of await axe(page)) assert.fail("axe with the key shown: " + x);
  await page.click("#show-secret");
  assert.equal(await page.getAttribute("#secret", "type"), "password");
  await page.click("#show-secret");
  await page.click("#forget");
  assert.equal(await page.inputValue("#secret"), "");
  assert.equal(await page.getAttribute("#secret", "type"), "password", "forgetting the key hides the field again");
  // No "← part" label on a blank line of the canonical request diff.
  const blankLabelled = await page.evaluate(() => [...document.querySelectorAll("#cr-diff .dl")]
    .filter((r) => {
      if (!r.querySelector(".part")) return false;
      const c = r.cloneNode(true);
      c.querySelector(".part").remove();
      return !c.textContent.slice(2).trim();
    }).length);
  assert.equal(blankLabelled, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("an analysis that takes a while shows its elapsed time, gone once done", async () => {
  // The indicator shows at once here (presignDoctorBusyAfterMs = 0):
  // whether an analysis runs past 300 ms depends on the machine, not the page.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => { globalThis.presignDoctorBusyAfterMs = 0; });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.origin + "/");
  // Whether the indicator is still up when a poll looks depends on how
  // fast the machine analyses: an observer records every time it shows.
  await page.evaluate(() => {
    globalThis.busySeen = [];
    const b = document.getElementById("busy");
    new MutationObserver(() => {
      if (!b.hidden) globalThis.busySeen.push(document.getElementById("elapsed").textContent);
    }).observe(b, { attributes: true, attributeFilter: ["hidden"] });
  });
  const unit = examples.find((e) => e.id === "content-type").text + "\n";
  await page.locator("#paste").fill(unit.repeat(Math.ceil(60000 / unit.length)));
  await page.waitForSelector('#result[data-state="done"]', { timeout: 60000 });
  const seen = await page.evaluate(() => globalThis.busySeen);
  assert.ok(seen.length > 0, "the elapsed time was never shown");
  assert.match(seen[0], /^\d+\.\d s · \d+ KB$/);
  assert.ok(await page.locator("#busy").isHidden(), "gone once done");
  // axe on the busy state: the indicator as it was shown
  await page.evaluate((t) => {
    document.getElementById("elapsed").textContent = t;
    document.getElementById("busy").hidden = false;
  }, seen[0]);
  for (const x of await axe(page)) assert.fail("axe while busy: " + x);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a big paste: only the rows in view are in the DOM; findings far down are revealed; the gutter follows", async () => {
  // A machine shared by many: no watchdog on this one analysis.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => { globalThis.presignDoctorWatchdogMs = 120000; });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.origin + "/");
  await waitReady(page, 120000);
  // The bench's typical paste (a URL, S3's error, code), over and over:
  // about 100 KB.
  const unit = JSON.parse(readFileSync(path.join(root, "internal/engine/testdata/requests/mixed.json"), "utf8")).input + "\n";
  const lines = unit.split("\n").length - 1;
  const copies = Math.ceil(2500 / lines);
  const text = unit.repeat(copies);
  const total = text.split("\n").length;
  await page.evaluate((t) => {
    const paste = document.getElementById("paste");
    document.getElementById("result").dataset.state = "stale";
    paste.value = t;
    paste.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
  await page.waitForSelector('#result[data-state="done"]', { timeout: 120000 });
  const rows = await page.locator("#annotated .ln").count();
  assert.ok(rows > 10 && rows < 200, `rows in the DOM: ${rows} of ${total}`);
  assert.ok(await page.locator("#parts > button").count() <= 40);
  // The last finding's "Show in text" goes to its line, far past the rows
  // first shown, and flashes its span there.
  const last = page.locator("#findings > li").last();
  const label = await last.locator("button", { hasText: "Show in text" }).textContent();
  const line = Number(/line (\d+)/.exec(label)[1]);
  await last.locator("button", { hasText: "Show in text" }).click();
  const flashed = await page.evaluate(() => {
    const f = document.querySelector("#annotated .flash");
    if (!f) return null;
    const r = f.getBoundingClientRect();
    const box = document.getElementById("annotated").getBoundingClientRect();
    return { no: Number(f.closest(".ln").querySelector(".no").textContent), inView: r.top >= box.top && r.bottom <= box.bottom };
  });
  assert.ok(flashed, "a span is flashed");
  assert.equal(flashed.no, line);
  assert.ok(flashed.inView, "the flashed span is in the view");
  // Scrolled to the end, the last line is shown.
  await page.evaluate(() => { const a = document.getElementById("annotated"); a.scrollTop = a.scrollHeight; });
  await page.waitForFunction((n) => [...document.querySelectorAll("#annotated .ln .no")].some((e) => Number(e.textContent) === n), total, { timeout: 5000 });
  // 40 findings are built with the answer, the others on request.
  const count = Number(/^([\d,]+) findings/.exec(await page.locator("#status").textContent())[1].replace(/,/g, ""));
  assert.ok(count > 40, "findings: " + count);
  assert.equal(await page.locator("#findings > li").count(), 40);
  await page.locator("#more-findings-btn").click();
  assert.equal(await page.locator("#findings > li").count(), count);
  assert.ok(await page.locator("#more-findings").isHidden());
  assert.equal(await page.evaluate(() => document.activeElement.closest("#findings > li") === document.querySelectorAll("#findings > li")[40]), true, "the first finding added has the focus");
  // Over 64 KB the paste is in the editor (CodeMirror, app-editor.js), not
  // the textarea, and paste.value is its text; scrolled to the end, the
  // editor numbers the last line, and holds only the lines in view.
  assert.ok(await page.locator(".editor.big .cm-content").isVisible(), "the big paste is in the editor");
  assert.ok(await page.locator("#paste").isHidden(), "the textarea is hidden");
  assert.equal(await page.evaluate(() => document.getElementById("paste").value), text);
  // Scrolled again on each poll: the editor's height for the lines not
  // drawn yet is an estimate, corrected as they are drawn. (The editor
  // draws only while in the window: the findings list scrolled it out.)
  await page.locator(".cm-host").scrollIntoViewIfNeeded();
  await page.waitForFunction((n) => {
    const root = document.querySelector(".cm-host").shadowRoot;
    const sc = root.querySelector(".cm-scroller");
    sc.scrollTop = sc.scrollHeight;
    return [...root.querySelectorAll(".cm-lineNumbers .cm-gutterElement")].some((e) => e.textContent === String(n));
  }, total, { timeout: 10000, polling: 200 });
  assert.ok(await page.evaluate(() => document.querySelector(".cm-host").shadowRoot.querySelectorAll(".cm-line").length) < 200, "only the lines in view are in the editor's DOM");
  // A text up to 64 KB goes back to the textarea, whose gutter numbers the
  // lines in view: scrolled to the end, the last.
  const small = unit.repeat(Math.floor(60000 / unit.length));
  const smallTotal = small.split("\n").length;
  await page.evaluate((t) => {
    const paste = document.getElementById("paste");
    document.getElementById("result").dataset.state = "stale";
    paste.value = t;
    paste.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, small);
  await page.waitForSelector('#result[data-state="done"]', { timeout: 120000 });
  assert.ok(await page.locator("#paste").isVisible(), "the textarea is back");
  assert.ok(await page.locator(".cm-host").isHidden(), "the editor is hidden");
  assert.equal(await page.inputValue("#paste"), small);
  await page.evaluate(() => { const p = document.getElementById("paste"); p.scrollTop = p.scrollHeight; });
  await page.waitForFunction((n) => document.getElementById("paste-gutter").textContent.trim().split("\n").pop() === String(n), smallTotal, { timeout: 5000 });
  assert.ok((await page.locator("#paste-gutter").textContent()).split("\n").length < 100);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the editor for big pastes: its script fetched as part of load, made only for a paste over 64 KB, typed into and analysed, axe clean, no request after load", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => { globalThis.presignDoctorWatchdogMs = 120000; });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const consoleErrors = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") consoleErrors.push(m.text()); });
  await page.goto(server.origin + "/");
  await waitSettled(page, 120000);
  // Fetched as part of load (before the badge settles), not made for a
  // small paste.
  assert.equal(requests.filter((u) => u.endsWith("/editor.js")).length, 1, "editor.js fetched once during load");
  const atLoad = requests.length;
  await page.locator("#paste").fill(examples.find((e) => e.id === "expired").text);
  await page.waitForSelector('#result[data-state="done"]', { timeout: 60000 });
  assert.equal(await page.locator(".cm-host").count(), 0);
  // A paste over 64 KB: an example repeated, then typing at its end.
  const unit = examples.find((e) => e.id === "expired").text + "\n";
  const text = unit.repeat(Math.ceil(70000 / unit.length));
  await page.locator("#paste").focus();
  await page.evaluate((t) => {
    const paste = document.getElementById("paste");
    document.getElementById("result").dataset.state = "stale";
    paste.value = t;
    paste.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
  await page.waitForSelector('#result[data-state="done"]', { timeout: 120000 });
  await page.locator(".cm-content").waitFor();
  assert.ok(await page.evaluate(() => document.querySelector(".cm-host").shadowRoot.activeElement !== null), "the editor has the focus the textarea had");
  assert.ok(await page.locator('[data-rule="url_expired"]').count() > 0);
  assert.deepEqual(requests.slice(atLoad), [], "no request after load, also for a big paste");
  assert.match(await page.locator("#privacy").textContent(), /^0 requests since load/);
  await page.evaluate(() => { document.getElementById("result").dataset.state = "stale"; });
  await page.keyboard.press("Control+End");
  await page.keyboard.type("ZZZ");
  await page.waitForSelector('#result[data-state="done"]', { timeout: 120000 });
  assert.ok((await page.evaluate(() => document.getElementById("paste").value)).endsWith("\nZZZ"), "typing in the editor changes paste.value");
  await page.keyboard.press("Control+z");
  await page.waitForFunction((t) => document.getElementById("paste").value === t, text, { timeout: 5000 });
  for (const x of await axe(page)) assert.fail("axe with the editor: " + x);
  await page.evaluate(() => { document.documentElement.dataset.theme = "dark"; });
  for (const x of await axe(page)) assert.fail("axe with the editor (dark): " + x);
  // Clear: back to the textarea, focused.
  await page.locator("#clear").click();
  assert.ok(await page.locator("#paste").isVisible());
  assert.equal(await page.inputValue("#paste"), "");
  assert.equal(await page.evaluate(() => document.activeElement.id), "paste");
  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, [], "no console error (a CSP refusal of the editor's styles would be one)");
  await context.close();
});
