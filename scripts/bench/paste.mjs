// On demand (not part of make bench): a paste in the real page, broken down
// and compared between builds side by side. Usage:
//   node scripts/bench/paste.mjs [-rounds N] [-trace DIR] [dir ...] [-- case ...]
// Each dir is a built site (default dist/site); the dirs are loaded in turn,
// a fresh browser context each, ROUNDS times (interleaved). In each load,
// once the engine's warm-up is over (data-warm), every case is pasted in
// order as make bench does (an input event with inputType insertFromPaste).
// Cases: the golden requests' inputs and the page's examples (as make bench),
// "NNN" (a paste of the typical paste repeated to NNN bytes) or a request
// name. Printed per case and build (medians over rounds): input → result
// message from the worker (and the worker's own analysis time), result →
// done (the page's rendering), input → done, the longest main-thread task
// from the paste to 100 ms after done (Long Tasks API), and "ready" (navigation
// → data-ready). With -trace DIR, each load writes a Chromium trace
// (devtools.timeline) there to open in chrome://tracing or DevTools.
import { readFileSync, readdirSync, mkdirSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { root, startServer, launch, median } from "../test/lib.mjs";
import { endLoad } from "./trace.mjs";
import { pasteInPage } from "./drive.mjs";

const args = process.argv.slice(2);
let rounds = 3;
let traceDir = "";
let coldMode = false;
const dirs = [];
let wanted = null;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "-rounds") rounds = Number(args[++i]);
  else if (a === "-trace") traceDir = args[++i];
  else if (a === "-cold") coldMode = true;
  else if (a === "--") { wanted = args.slice(i + 1); break; } else dirs.push(path.resolve(a));
}
if (!dirs.length) dirs.push(path.join(root, "dist/site"));

const reqDir = path.join(root, "internal/engine/testdata/requests");
const requests = {};
for (const f of readdirSync(reqDir).filter((f) => f.endsWith(".json")).sort()) {
  const r = JSON.parse(readFileSync(path.join(reqDir, f), "utf8"));
  if (r.input && !r.error) requests[f.replace(/\.json$/, "")] = r.input;
}
const mixed = requests.mixed + "\n";
const big = (n) => { let s = ""; while (s.length < n) s += mixed; return s.slice(0, n); };
let cases = Object.entries(requests).map(([name, input]) => ({ name, input }));
{
  const sandbox = {};
  vm.runInNewContext(readFileSync(path.join(root, "web/examples.js"), "utf8"), { globalThis: sandbox });
  for (const e of sandbox.presignDoctorExamples || []) cases.push({ name: "example: " + e.id, input: e.text });
}
if (coldMode && !wanted) wanted = ["mixed"];
if (wanted) {
  cases = wanted.map((w) => /^\d+$/.test(w) ? { name: w + " B", input: big(Number(w)) } : cases.find((c) => c.name === w || c.name === "example: " + w) || (() => { throw new Error("no case " + w); })());
}

const probe = () => {
  globalThis.presignDoctorWatchdogMs = 120000;
  // The worker's messages, timed as they reach the page (a listener beside
  // the client's own): ready, the first result (and its analysis time), warm.
  window.__msgs = {};
  const W = globalThis.Worker;
  if (W) {
    globalThis.Worker = function (...a) {
      const w = new W(...a);
      w.addEventListener("message", (e) => {
        const t = e.data && e.data.type;
        if (t && !window.__msgs[t]) window.__msgs[t] = { at: performance.now(), ms: e.data.ms };
      });
      return w;
    };
    globalThis.Worker.prototype = W.prototype;
  }
  new MutationObserver(() => {
    if (document.documentElement.dataset.ready === "true" && !window.__readyAt) { window.__readyAt = performance.now(); performance.mark("ready"); }
    if (document.documentElement.dataset.warm === "true" && !window.__warmAt) { window.__warmAt = performance.now(); performance.mark("warm"); }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready", "data-warm"] });
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: "longtask", buffered: true });
};

const servers = await Promise.all(dirs.map((d) => startServer(d)));
const browser = await launch();
const rows = dirs.map(() => new Map()); // per dir: case name -> [{...}]
const readies = dirs.map(() => []);
if (traceDir) mkdirSync(traceDir, { recursive: true });

for (let round = 0; round < rounds; round++) {
  for (let d = 0; d < dirs.length; d++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addInitScript(probe);
    const page = await context.newPage();
    let cdp = null;
    if (traceDir) {
      // From the navigation on: the engine's start and warm-up, then the pastes.
      cdp = await context.newCDPSession(page);
      await cdp.send("Tracing.start", { categories: process.env.TRACE_CATEGORIES || "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,v8.wasm,disabled-by-default-v8.wasm.detailed,v8,blink.user_timing,toplevel", transferMode: "ReturnAsStream" });
    }
    if (coldMode) {
      // As make bench's cold load: the first case pasted the moment the paste
      // area exists, before the engine is ready; times from navigation start.
      await page.goto(servers[d].origin + "/", { waitUntil: "commit" });
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
        const t = await done;
        const painted = await new Promise((res) => requestAnimationFrame(() => setTimeout(() => res(performance.now()), 0)));
        await new Promise((res) => { const c = () => (window.__msgs.warm ? res() : setTimeout(c, 50)); c(); });
        const m = window.__msgs;
        return { pasted, ready: window.__readyAt, readyMsg: m.ready ? m.ready.at : NaN, result: m.result ? m.result.at : NaN, worker: m.result ? m.result.ms : NaN, done: t, painted, warm: m.warm.at, warmMs: m.warm.ms, findings: document.querySelectorAll("[data-rule]").length };
      }, cases[0].input);
      if (!rows[d].has("cold")) rows[d].set("cold", []);
      rows[d].get("cold").push(r);
      readies[d].push(r.ready);
    } else {
    await page.goto(servers[d].origin + "/");
    await page.waitForFunction(() => document.documentElement.dataset.warm === "true", null, { timeout: 120000 });
    readies[d].push(await page.evaluate(() => window.__readyAt));
    await page.evaluate(() => {
      // The worker's result message, timed as it reaches the page (before the
      // client's handler runs).
      const w = globalThis.PresignDoctorClient.started.worker;
      const orig = w.onmessage;
      w.onmessage = (e) => {
        if (e.data && e.data.type === "result") window.__result = { at: performance.now(), ms: e.data.ms };
        return orig.call(w, e);
      };
    });
    // As make bench: the first paste right after data-warm (PASTE_WAIT_MS later
    // with that set).
    if (process.env.PASTE_WAIT_MS) await page.waitForTimeout(Number(process.env.PASTE_WAIT_MS));
    for (const c of cases) {
      const r = await pasteInPage(page, c.input);
      if (!rows[d].has(c.name)) rows[d].set(c.name, []);
      rows[d].get(c.name).push(r);
    }
    }
    await endLoad(context, cdp, traceDir, d, round);
  }
}
await browser.close();
for (const s of servers) s.close();

const f = (x) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 1 : 0) : "–");
const med = (xs, k) => median(xs.map((x) => x[k]));
if (coldMode) {
  console.log(`cold paste of ${cases[0].name}, ${rounds} rounds, interleaved; medians (ms from navigation, then spans)`);
  console.log("build | pasted | ready msg | ready | result msg | worker's analysis | ready msg → result msg | result → done | paste → done | done → painted | warm-up after ready | findings");
  dirs.forEach((d, i) => {
    const xs = rows[i].get("cold");
    const sp = (k, a) => median(xs.map((x) => x[k] - x[a]));
    console.log(`${path.basename(d)} | ${f(med(xs, "pasted"))} | ${f(med(xs, "readyMsg"))} | ${f(med(xs, "ready"))} | ${f(med(xs, "result"))} | ${f(med(xs, "worker"))} | ${f(sp("result", "readyMsg"))} | ${f(sp("done", "result"))} | ${f(sp("done", "pasted"))} | ${f(sp("painted", "done"))} | ${f(med(xs, "warmMs"))} | ${med(xs, "findings")}`);
    console.log("  paste → done per load: " + xs.map((x) => f(x.done - x.pasted)).join(", "));
  });
  process.exit(0);
}
console.log(`${rounds} rounds, interleaved; medians. ready: ` + dirs.map((d, i) => `${path.basename(d)} ${f(median(readies[i]))} ms`).join(", "));
console.log("case | bytes | " + dirs.map((d) => `${path.basename(d)}: →result (worker) / render / done / painted / longest`).join(" | "));
let worst = dirs.map(() => ({ done: 0, longest: 0 }));
for (const c of cases) {
  const cells = dirs.map((d, i) => {
    const xs = rows[i].get(c.name);
    const m = { result: med(xs, "result"), worker: med(xs, "worker"), render: med(xs, "render"), done: med(xs, "done"), painted: med(xs, "painted"), longest: med(xs, "longest") };
    worst[i].done = Math.max(worst[i].done, Math.max(...xs.map((x) => x.done)));
    worst[i].longest = Math.max(worst[i].longest, Math.max(...xs.map((x) => x.longest)));
    return `${f(m.result)} (${f(m.worker)}) / ${f(m.render)} / ${f(m.done)} / ${f(m.painted)} / ${f(m.longest)}`;
  });
  console.log(`${c.name} | ${c.input.length} | ${cells.join(" | ")}`);
}
console.log("worst over rounds: " + dirs.map((d, i) => `${path.basename(d)} done ${f(worst[i].done)} ms, longest task ${f(worst[i].longest)} ms`).join("; "));
