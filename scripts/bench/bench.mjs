// make bench: measures sizes, load and analysis times in headless Chromium,
// and engine throughput natively and in wasm; prints a table, writes
// BENCHMARKS.md, and exits non-zero when a budget is exceeded. Every page
// timing is also given as a ratio to the baseline page (scripts/baseline),
// measured in the same run with loads interleaved.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import zlib from "node:zlib";
import { root, startServer, launch, median } from "../test/lib.mjs";
import { pasteInPage } from "./drive.mjs";

const LOADS = Number(process.env.BENCH_LOADS || 15);
const out = [];
const budgets = [];
const say = (s = "") => { console.log(s); out.push(s); };

function sizes(file) {
  const b = readFileSync(file);
  return {
    raw: b.length,
    gzip: zlib.gzipSync(b, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
const mb = (n) => (n / 1e6).toFixed(2) + " MB";
const ms = (n) => n.toFixed(n < 10 ? 2 : 0) + " ms";
const pct = (a, b) => (a / b).toFixed(2) + "×";

function budget(name, value, limit, unit, ok = value <= limit) {
  budgets.push({ name, value, limit, unit, ok });
}

function mixedPaste(n) {
  const unit = readFileSync(path.join(root, "internal/engine/testdata/requests/mixed.json"), "utf8");
  const input = JSON.parse(unit).input + "\n";
  let s = "";
  while (s.length < n) s += input;
  return s.slice(0, n);
}

// ---- sizes
const site = path.join(root, "dist/site");
const baseSite = path.join(root, "dist/baseline");
const ours = sizes(path.join(site, "presign-doctor.wasm"));
const base = sizes(path.join(baseSite, "presign-doctor.wasm"));
const bundleFile = path.join(root, "dist/presign-doctor.html");
const bundle = existsSync(bundleFile) ? sizes(bundleFile) : null;

say(`# Presign Doctor benchmarks`);
say();
say(`Machine: ${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; ` +
  `Node ${process.version}; ${execFileSync("go", ["version"], { encoding: "utf8" }).trim()}; ` +
  `${execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()}. Date: ${new Date().toISOString().slice(0, 10)}.`);
say();
say("Reproduce: `make bench` (BENCH_LOADS=n for more loads). Every figure below comes from one run of it.");
say();
say("## Size");
say();
say("| file | raw | gzip -9 | brotli -q 11 |");
say("| --- | ---: | ---: | ---: |");
say(`| presign-doctor.wasm | ${mb(ours.raw)} | ${mb(ours.gzip)} | ${mb(ours.brotli)} |`);
say(`| baseline wasm (signer v4 + safejs + goldmark only) | ${mb(base.raw)} | ${mb(base.gzip)} | ${mb(base.brotli)} |`);
say(`| ratio ours / baseline | ${pct(ours.raw, base.raw)} | ${pct(ours.gzip, base.gzip)} | ${pct(ours.brotli, base.brotli)} |`);
if (bundle) say(`| dist/presign-doctor.html (one-file bundle) | ${mb(bundle.raw)} | ${mb(bundle.gzip)} | ${mb(bundle.brotli)} |`);
budget("gzip wasm", ours.gzip / 1e6, 2.3, "MB");

// ---- page timings
const server = await startServer(site);
const baseServer = await startServer(baseSite);
const benchDir = path.join(root, "dist/bench");
mkdirSync(benchDir, { recursive: true });
for (const f of ["analyze.html", "analyze.js"]) copyFileSync(path.join(root, "scripts/bench", f), path.join(benchDir, f));
for (const f of ["wasm_exec.js", "presign-doctor.wasm"]) copyFileSync(path.join(site, f), path.join(benchDir, f));
const benchServer = await startServer(benchDir);
const browser = await launch();

// Records when the page sets data-ready, in the page's own clock (ms since
// navigation start), whatever page it is.
const readyProbe = () => {
  // Times are measured, not cut short: on a loaded machine a cold first
  // analysis can run past the page's 8 s watchdog.
  globalThis.presignDoctorWatchdogMs = 120000;
  new MutationObserver(() => {
    if (document.documentElement.dataset.ready === "true" && !window.__readyAt) window.__readyAt = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
  window.__longest = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: "longtask", buffered: true });
  } catch { /* no longtask support */ }
};

async function loadOnce(url, waitReady = true) {
  const context = await browser.newContext();
  await context.addInitScript(readyProbe);
  const page = await context.newPage();
  await page.goto(url);
  if (!waitReady) return { context, page };
  await page.waitForFunction(() => window.__readyAt, null, { timeout: 60000 });
  const t = await page.evaluate(() => window.__readyAt);
  return { context, page, t };
}

// Each load starts from a quiet machine: closing a context does not wait
// for its renderer to wind down (nor for the engine's warm-up after ready),
// and on two cores that would land on the next load.
const settle = () => new Promise((r) => setTimeout(r, 750));
const loads = { ours: [], base: [], bundle: [] };
for (let i = 0; i < LOADS; i++) {
  for (const [k, url] of [["ours", server.origin + "/"], ["base", baseServer.origin + "/"], ...(bundle ? [["bundle", pathToFileURL(bundleFile).href]] : [])]) {
    const { context, t } = await loadOnce(url);
    loads[k].push(t);
    await context.close();
    await settle();
  }
}
const spread = (xs) => `${ms(median(xs))} (min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))})`;
say();
say(`## Navigation to ready (headless Chromium, fresh context per load, ${LOADS} loads each, interleaved)`);
say();
say("| page | median (spread) | ratio to baseline |");
say("| --- | --- | ---: |");
say(`| baseline (hosted) | ${spread(loads.base)} | 1.00× |`);
say(`| Presign Doctor (hosted) | ${spread(loads.ours)} | ${pct(median(loads.ours), median(loads.base))} |`);
if (bundle) say(`| Presign Doctor bundle (file://) | ${spread(loads.bundle)} | ${pct(median(loads.bundle), median(loads.base))} |`);
budget("ready / baseline (hosted)", median(loads.ours) / median(loads.base), 1.15, "×");

// ---- a second visit: the same browser context loads the page again (ours
// from its service worker's cache, the baseline from the browser's HTTP
// cache, revalidated; both with the compiled wasm the browser kept).
async function repeatVisit(url) {
  const context = await browser.newContext();
  await context.addInitScript(readyProbe);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__readyAt, null, { timeout: 60000 });
  // Our page's load ends when its service worker is installed (data-settled);
  // the baseline has none.
  await page.waitForFunction(() => document.documentElement.dataset.settled === "true" || !document.getElementById("privacy"), null, { timeout: 60000 });
  // Let the first visit finish its warm-up and the browser store its code.
  await page.waitForTimeout(1500);
  await page.goto(url);
  await page.waitForFunction(() => window.__readyAt, null, { timeout: 60000 });
  const t = await page.evaluate(() => window.__readyAt);
  await context.close();
  return t;
}
const again = { ours: [], base: [] };
for (let i = 0; i < LOADS; i++) {
  for (const [k, url] of [["ours", server.origin + "/"], ["base", baseServer.origin + "/"]]) {
    again[k].push(await repeatVisit(url));
    await settle();
  }
}
say();
say(`## Second visit: navigation to ready (the same context loads the page again, ${LOADS} loads each, interleaved)`);
say();
say("| page | median (spread) | ratio to baseline | ratio to its first visit |");
say("| --- | --- | ---: | ---: |");
say(`| baseline (hosted) | ${spread(again.base)} | 1.00× | ${pct(median(again.base), median(loads.base))} |`);
say(`| Presign Doctor (hosted) | ${spread(again.ours)} | ${pct(median(again.ours), median(again.base))} | ${pct(median(again.ours), median(loads.ours))} |`);

// ---- the wait a user has: a paste made the moment the paste area exists,
// on a cold load; the page keeps it and analyses it once the wasm is ready.
const typicalInput = JSON.parse(readFileSync(path.join(root, "internal/engine/testdata/requests/mixed.json"), "utf8")).input;
async function coldPaste(url) {
  const context = await browser.newContext();
  await context.addInitScript(readyProbe);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForSelector("#paste", { state: "attached" });
  const r = await page.evaluate(async (input) => {
    const paste = document.getElementById("paste");
    const result = document.getElementById("result");
    const pasted = performance.now();
    const done = new Promise((resolve) => {
      const check = () => (result.dataset.state === "done" || result.dataset.state === "error") && resolve(performance.now());
      new MutationObserver(check).observe(result, { attributes: true, attributeFilter: ["data-state"] });
    });
    paste.value = input;
    paste.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    return { pasted, done: await done, state: result.dataset.state, status: document.getElementById("status").textContent };
  }, typicalInput);
  if (r.state !== "done") throw new Error("cold paste on " + url + ": " + r.status);
  const findings = await page.locator("[data-rule]").count();
  await context.close();
  return { ...r, findings };
}
const cold = { ours: [], base: [] };
for (let i = 0; i < LOADS; i++) {
  for (const [k, url] of [["ours", server.origin + "/"], ["base", baseServer.origin + "/"]]) {
    cold[k].push(await coldPaste(url));
    await settle();
  }
}
say();
say(`## Cold load: paste → first findings (${LOADS} loads each, interleaved)`);
say();
say("The typical paste (`mixed`) is put in the paste area as soon as it exists, before the analyser is ready; times are from navigation start. The baseline page answers canned findings.");
say();
say("| page | paste made at | findings shown at (median, spread) | paste → findings | ratio to baseline |");
say("| --- | ---: | --- | ---: | ---: |");
for (const [k, label] of [["base", "baseline (hosted)"], ["ours", "Presign Doctor (hosted)"]]) {
  const xs = cold[k];
  const wait = median(xs.map((x) => x.done - x.pasted));
  say(`| ${label} | ${ms(median(xs.map((x) => x.pasted)))} | ${spread(xs.map((x) => x.done))} | ${ms(wait)} | ${pct(median(xs.map((x) => x.done)), median(cold.base.map((x) => x.done)))} |`);
}
if (cold.ours.some((x) => x.findings === 0)) throw new Error("cold paste: the page showed no finding for the typical paste");
budget("cold paste → findings / baseline", median(cold.ours.map((x) => x.done)) / median(cold.base.map((x) => x.done)), 1.2, "×");

// ---- analysis in the page
const cases = [];
const reqDir = path.join(root, "internal/engine/testdata/requests");
for (const f of readdirSync(reqDir).filter((f) => f.endsWith(".json")).sort()) {
  const req = JSON.parse(readFileSync(path.join(reqDir, f), "utf8"));
  if (req.input && !req.error) cases.push({ name: f.replace(/\.json$/, ""), input: req.input });
}
const examples = path.join(root, "scripts/bench/examples.json");
if (existsSync(examples)) for (const e of JSON.parse(readFileSync(examples, "utf8"))) cases.push(e);
// The page's own examples (its Examples menu).
{
  const sandbox = {};
  vm.runInNewContext(readFileSync(path.join(root, "web/examples.js"), "utf8"), { globalThis: sandbox });
  for (const e of sandbox.presignDoctorExamples || []) cases.push({ name: "example: " + e.id, input: e.text });
}
cases.push({ name: "100 KB mixed", input: mixedPaste(100 * 1024) }, { name: "1 MB mixed", input: mixedPaste(1 << 20) },
  { name: "size limit (2 MiB) mixed", input: mixedPaste(2 * 1024 * 1024 - 16) });

const { context: bctx, page: bpage } = await loadOnce(benchServer.origin + "/analyze.html", false);
await bpage.evaluate(() => window.benchReady);
say();
say("## Analysis time (presignDoctor.analyze in Chromium's main thread, wasm) and in the real page");
say();
say("In the page: from the input event a real paste fires (`inputType` insertFromPaste: analysed at once, typing waits for a 250 ms pause) to `data-state=done`, once the engine's warm-up after ready is over (`data-warm`); longest main-thread task from the paste until 100 ms after done, from the Long Tasks API (0 = none over 50 ms).");
say();
say("| paste | bytes | analyze() median (min–max) | page: input → done | longest main-thread task |");
say("| --- | ---: | ---: | ---: | ---: |");
const { context: pctx, page } = await loadOnce(server.origin + "/");
await page.waitForFunction(() => document.documentElement.dataset.warm === "true", null, { timeout: 60000 });
let typical = null, oneMB = null;
let worstSmallDone = 0, worstSmallTask = 0, worstTask = 0;
for (const c of cases) {
  const runs = c.input.length > 500000 ? 3 : 15;
  const req = JSON.stringify({ input: c.input, now: "2024-01-15T14:30:00Z" });
  const t = await bpage.evaluate(([r, n]) => window.timeAnalyze(r, n), [req, runs]);
  const e2e = await pasteInPage(page, c.input);
  if (c.name === "mixed") typical = t.median;
  if (c.name === "1 MB mixed") oneMB = t.median;
  if (c.input.length < 50000) worstSmallDone = Math.max(worstSmallDone, e2e.done);
  if (c.input.length <= 100 * 1024) worstSmallTask = Math.max(worstSmallTask, e2e.longest);
  worstTask = Math.max(worstTask, e2e.longest);
  say(`| ${c.name} | ${c.input.length} | ${ms(t.median)} (${ms(t.min)}–${ms(t.max)}) | ${ms(e2e.done)} | ${ms(e2e.longest)} |`);
}
budget("typical paste (mixed) analyze()", typical, 20, "ms");
budget("page input → done, every example paste (warm)", worstSmallDone, 50, "ms");
budget("longest main-thread task, pastes ≤ 100 KB", worstSmallTask, 50, "ms");
budget("longest main-thread task, any paste up to 2 MiB", worstTask, 200, "ms");
budget("1 MB paste analyze()", oneMB, 350, "ms");
await pctx.close();
await bctx.close();
await browser.close();
server.close(); baseServer.close(); benchServer.close();

// ---- engine throughput
function goBench(env) {
  const args = ["test", "-run", "^$", "-bench", "Analyze", "-benchtime", "1s", "./internal/engine/"];
  const o = execFileSync("go", args, { cwd: root, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  const rows = {};
  for (const m of o.matchAll(/^Benchmark(\S+?)(?:-\d+)?\s+\d+\s+(\d+) ns\/op\s+([\d.]+) MB\/s/gm)) rows[m[1]] = { ns: Number(m[2]), mbs: Number(m[3]) };
  return rows;
}
const goroot = execFileSync("go", ["env", "GOROOT"], { encoding: "utf8" }).trim();
const native = goBench({});
const wasm = goBench({ GOOS: "js", GOARCH: "wasm", PATH: `${goroot}/lib/wasm:${process.env.PATH}` });
say();
say("## Engine throughput (Go benchmarks, `go test -bench Analyze ./internal/engine`, natively and as wasm under Node)");
say();
say("| benchmark | native | wasm (Node) | wasm / native |");
say("| --- | ---: | ---: | ---: |");
for (const k of Object.keys(native)) {
  const n = native[k], w = wasm[k] || { ns: NaN, mbs: NaN };
  say(`| ${k} | ${ms(n.ns / 1e6)} (${n.mbs} MB/s) | ${ms(w.ns / 1e6)} (${w.mbs} MB/s) | ${(w.ns / n.ns).toFixed(2)}× |`);
}

// ---- extra sections contributed by other scripts (redaction vs scanners)
const extra = path.join(root, "dist/bench-extra.md");
if (existsSync(extra) && statSync(extra).mtimeMs > Date.now() - 3600e3) { say(); say(readFileSync(extra, "utf8").trim()); }

const notes = path.join(root, "scripts/bench/notes.md");
if (existsSync(notes)) { say(); say(readFileSync(notes, "utf8").trim()); }

say();
say("## Budgets");
say();
say("| budget | measured | limit | |");
say("| --- | ---: | ---: | --- |");
for (const b of budgets) say(`| ${b.name} | ${b.value.toFixed(2)} ${b.unit} | ${b.limit} ${b.unit} | ${b.ok ? "met" : "**EXCEEDED**"} |`);
writeFileSync(path.join(root, "BENCHMARKS.md"), out.join("\n") + "\n");
const failed = budgets.filter((b) => !b.ok);
if (failed.length) {
  console.error("make bench: budgets exceeded: " + failed.map((b) => b.name).join(", "));
  process.exit(1);
}
