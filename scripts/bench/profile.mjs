// On demand (not part of make bench): where the page's main thread spends an
// analysis, from Chromium's sampling profiler. Usage: node
// scripts/bench/profile.mjs [name|bytes ...]; prints, for each paste, the
// input → done time, the longest task, and the functions with the most
// self time and total time on the main thread.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { root, startServer, launch } from "../test/lib.mjs";
import { pasteInPage } from "./drive.mjs";

const reqDir = path.join(root, "internal/engine/testdata/requests");
const cases = {};
for (const f of readdirSync(reqDir).filter((f) => f.endsWith(".json"))) {
  const r = JSON.parse(readFileSync(path.join(reqDir, f), "utf8"));
  if (r.input && !r.error) cases[f.replace(/\.json$/, "")] = r.input;
}
const mixed = cases.mixed + "\n";
const big = (n) => { let s = ""; while (s.length < n) s += mixed; return s.slice(0, n); };
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ["content-type-put", "102400"];

const server = await startServer();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
await context.addInitScript(() => {
  window.__longest = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: "longtask", buffered: true });
});
const page = await context.newPage();
await page.goto(server.origin + "/");
await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
await page.waitForTimeout(1500);
const cdp = await context.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
for (const w of wanted) {
  const input = /^\d+$/.test(w) ? big(Number(w)) : cases[w];
  for (const round of [0, 1]) {
    await cdp.send("Profiler.start");
    const r = await pasteInPage(page, input + (round ? " " : ""), { settleMs: 200 });
    const { profile } = await cdp.send("Profiler.stop");
    if (!round) continue;
    const self = new Map(), byId = new Map();
    for (const n of profile.nodes) byId.set(n.id, n);
    const dts = profile.timeDeltas;
    const hits = new Map();
    profile.samples.forEach((id, i) => hits.set(id, (hits.get(id) || 0) + (dts[i + 1] || 0) / 1000));
    for (const [id, t] of hits) {
      const n = byId.get(id);
      const k = n.callFrame.functionName || "(" + n.callFrame.url.split("/").pop() + ")";
      self.set(k, (self.get(k) || 0) + t);
    }
    console.log(`\n${w} (${input.length} B): input → done ${r.done.toFixed(0)} ms, painted ${r.painted.toFixed(0)} ms, longest task ${r.longest.toFixed(0)} ms`);
    for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${t.toFixed(1).padStart(7)} ms  ${k}`);
  }
}
await browser.close();
server.close();
