// Shared helpers for the Node test tiers: the built site, the native engine,
// the static server and Debian's Chromium driven by playwright-core.
import { spawn, execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const site = path.join(root, "dist/site");
export const bin = path.join(root, "dist/bin");

// loadWasm runs presign-doctor.wasm under wasm_exec.js in this Node process
// and resolves with globalThis.presignDoctor once the Go side says ready.
export async function loadWasm() {
  if (!globalThis.Go) {
    const code = readFileSync(path.join(site, "wasm_exec.js"), "utf8");
    new Function(code)();
  }
  const go = new globalThis.Go();
  const bytes = readFileSync(path.join(site, "presign-doctor.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
  const ready = new Promise((resolve) => { globalThis.onPresignDoctorReady = resolve; });
  go.run(instance);
  await ready;
  return globalThis.presignDoctor;
}

// nativeAnalyze runs the native engine on request files.
export function nativeAnalyze(files) {
  const out = execFileSync(path.join(bin, "analyze"), files, { encoding: "utf8", maxBuffer: 1 << 28 });
  return out.trimEnd().split("\n");
}

// startServer starts the project's static server on a free port. opts.args
// are more flags (-cors, -csp); opts.host the name in the origin (the server
// listens on 127.0.0.1; "localhost" makes a second origin on the same host).
export async function startServer(dir = site, opts = {}) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const proc = spawn(path.join(bin, "serve"), ["-dir", dir, "-addr", `127.0.0.1:${port}`, ...(opts.args || [])], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((resolve, reject) => {
    proc.stdout.once("data", resolve);
    proc.once("exit", (code) => reject(new Error("server exited with " + code)));
  });
  return { origin: `http://${opts.host || "127.0.0.1"}:${port}`, port, close: () => proc.kill() };
}

export const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

// The flags this workplace's closed network needs; never a downloaded browser.
export const chromiumArgs = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

// launch starts Debian's Chromium (playwright-core gives it a fresh, empty
// --user-data-dir); each test opens its own browser context.
export async function launch() {
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: run 'apt-get install chromium' (make test does this as root)`);
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

// watchRequests records every request a page makes.
export function watchRequests(page) {
  const urls = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
