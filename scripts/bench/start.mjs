// On demand (not part of make bench): the engine's start before ready, in
// CPU time, wasm files side by side under Node. Usage:
//   node scripts/bench/start.mjs [-rounds N] a.wasm b.wasm ...
// Each round runs each file in a fresh Node process (interleaved), with
// --single-threaded --no-wasm-dynamic-tiering: V8's work is then all on the
// one thread, in Liftoff code, with lazy compilation as in Chromium, so the
// process's CPU time is what the worker itself spends, which the machine's
// load does not move much. Printed per file (medians over rounds, ms of CPU):
// compile (new WebAssembly.Module: decoding; functions are compiled when
// first called), instantiate, Go's start until onPresignDoctorReady (the
// runtime, every package's initialisation, main's export) and until main
// blocks (what runs after the export too: the worker posts "ready" then;
// the difference, taken in each process, is given too), and the sum of compile, instantiate and the latter.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const me = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
if (args[0] === "-child") {
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const goroot = execFileSync("go", ["env", "GOROOT"], { encoding: "utf8" }).trim();
  const lib = ["lib/wasm/wasm_exec.js", "misc/wasm/wasm_exec.js"].map((p) => path.join(goroot, p)).find((p) => { try { readFileSync(p); return true; } catch { return false; } });
  new Function(readFileSync(lib, "utf8"))();
  const bytes = readFileSync(args[1]);
  const c0 = cpu();
  const mod = new WebAssembly.Module(bytes);
  const c1 = cpu();
  const go = new globalThis.Go();
  const inst = new WebAssembly.Instance(mod, go.importObject);
  const c2 = cpu();
  let c3 = 0;
  globalThis.onPresignDoctorReady = () => { c3 = cpu(); };
  go.run(inst);
  // go.run's first part returns when main blocks: the worker posts "ready"
  // then (its promise continuation).
  const c4 = cpu();
  process.stdout.write(JSON.stringify({ compile: c1 - c0, instantiate: c2 - c1, start: c3 - c2, post: c4 - c2 }) + "\n");
  process.exit(0);
}
let rounds = 7;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "-rounds") rounds = Number(args[++i]);
  else files.push(path.resolve(args[i]));
}
const rows = files.map(() => []);
for (let r = 0; r < rounds; r++) {
  for (let k = 0; k < files.length; k++) {
    const i = (k + r) % files.length;
    const out = execFileSync(process.execPath, ["--single-threaded", "--no-wasm-dynamic-tiering", me, "-child", files[i]], { encoding: "utf8" });
    rows[i].push(JSON.parse(out.trim().split("\n").pop()));
  }
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
console.log(`${rounds} rounds, fresh process each, interleaved; medians, ms of CPU`);
console.log("file | compile | instantiate | Go start to onPresignDoctorReady | Go start to main blocking (the worker posts ready) | of which after the export | sum");
files.forEach((f, i) => {
  const xs = rows[i];
  const m = (k) => med(xs.map((x) => x[k]));
  console.log(`${f} | ${m("compile").toFixed(1)} | ${m("instantiate").toFixed(1)} | ${m("start").toFixed(1)} | ${m("post").toFixed(1)} | ${med(xs.map((x) => x.post - x.start)).toFixed(2)} | ${med(xs.map((x) => x.compile + x.instantiate + x.post)).toFixed(1)}`);
});
