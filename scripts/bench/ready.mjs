// On demand (not part of make bench): navigation → ready of built sites side
// by side, as make bench measures it (a fresh browser context a load, the
// sites in turn, 750 ms between loads). Usage:
//   node scripts/bench/ready.mjs [-rounds N] [-trace DIR] dir ...
// Each dir is a built site (dist/site, dist/baseline, or a site built from
// another commit). Printed per site: the median and spread of ready, its
// ratio to the first dir, and the median of each round's ratio to the first
// dir (loads next to each other share the machine's load of the moment).
// With -trace DIR, each load writes a Chromium trace (navigation → ready).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { startServer, launch, median } from "../test/lib.mjs";
import { endLoad } from "./trace.mjs";

const args = process.argv.slice(2);
let rounds = 8;
let traceDir = "";
const dirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "-rounds") rounds = Number(args[++i]);
  else if (args[i] === "-trace") traceDir = args[++i];
  else dirs.push(path.resolve(args[i]));
}
if (traceDir) mkdirSync(traceDir, { recursive: true });

const probe = () => {
  globalThis.presignDoctorWatchdogMs = 120000;
  new MutationObserver(() => {
    if (document.documentElement.dataset.ready === "true" && !window.__readyAt) { window.__readyAt = performance.now(); performance.mark("ready"); }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
};

const servers = await Promise.all(dirs.map((d) => startServer(d)));
const browser = await launch();
const readies = dirs.map(() => []);
for (let round = 0; round < rounds; round++) {
  // The order turns each round, so that no site always follows the same one.
  for (let k = 0; k < dirs.length; k++) {
    const d = (k + round) % dirs.length;
    const context = await browser.newContext();
    await context.addInitScript(probe);
    const page = await context.newPage();
    let cdp = null;
    if (traceDir) {
      cdp = await context.newCDPSession(page);
      await cdp.send("Tracing.start", { categories: process.env.TRACE_CATEGORIES || "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,v8.wasm,disabled-by-default-v8.wasm.detailed,v8,blink.user_timing,toplevel,loading,netlog", transferMode: "ReturnAsStream" });
    }
    await page.goto(servers[d].origin + "/");
    await page.waitForFunction(() => window.__readyAt, null, { timeout: 120000 });
    readies[d].push(await page.evaluate(() => window.__readyAt));
    await endLoad(context, cdp, traceDir, d, round);
  }
}
await browser.close();
for (const s of servers) s.close();
const f = (x) => x.toFixed(0);
const m0 = median(readies[0]);
console.log(`${rounds} rounds, interleaved: navigation → ready`);
dirs.forEach((d, i) => {
  const xs = readies[i];
  const rr = median(xs.map((x, r) => x / readies[0][r]));
  console.log(`${d}: median ${f(median(xs))} ms (min ${f(Math.min(...xs))}, max ${f(Math.max(...xs))}); ${(median(xs) / m0).toFixed(3)}× the first; per-round ratio median ${rr.toFixed(3)}×  [${xs.map(f).join(" ")}]`);
});
