// Presign Doctor worker: loads the Go wasm and answers analysis requests.
// It reports its two loading steps: the download (compiled as it arrives)
// and the start.
/* global Go */
"use strict";

importScripts("wasm_exec.js");

let api = null;
const pending = [];

async function load() {
  // The same loader as web/worker.js: the response itself goes to the
  // browser's streaming compiler.
  const res = await fetch("presign-doctor.wasm");
  if (!res.ok) throw new Error("presign-doctor.wasm: HTTP " + res.status);
  postMessage({ type: "progress", phase: "download", total: Number(res.headers.get("content-length")) || 0 });
  const module = await WebAssembly.compileStreaming(res);
  postMessage({ type: "progress", phase: "start" });
  const go = new Go();
  const instance = await WebAssembly.instantiate(module, go.importObject);
  await new Promise((resolve, reject) => {
    self.onPresignDoctorReady = resolve;
    go.run(instance).then(() => reject(new Error("the Go program exited")));
  });
  api = self.presignDoctor;
  postMessage({ type: "ready", version: api.version });
  while (pending.length) answer(pending.shift());
}

function answer(msg) {
  const t0 = performance.now();
  const json = api.analyze(msg.request);
  postMessage({ type: "result", id: msg.id, json, ms: performance.now() - t0 });
}

self.onmessage = (e) => {
  const msg = e.data;
  if (msg.type !== "analyze") return;
  if (api) answer(msg);
  else pending.push(msg);
};

load().catch((err) => postMessage({ type: "fatal", message: String(err && err.message || err) }));
