// Presign Doctor worker: loads the Go wasm and answers analysis requests.
// It reports download progress from the byte count of the wasm response.
/* global Go */
"use strict";

importScripts("wasm_exec.js");

let api = null;
const pending = [];

async function load() {
  const res = await fetch("presign-doctor.wasm");
  if (!res.ok) throw new Error("presign-doctor.wasm: HTTP " + res.status);
  // The body is counted decoded: with a Content-Encoding the length to
  // expect is scripts/serve's X-Decoded-Length, or unknown (0).
  const total = Number(res.headers.get(res.headers.get("content-encoding") ? "x-decoded-length" : "content-length")) || 0;
  let loaded = 0;
  const counted = res.body.pipeThrough(new TransformStream({
    transform(chunk, controller) {
      loaded += chunk.byteLength;
      postMessage({ type: "progress", loaded, total });
      controller.enqueue(chunk);
    },
  }));
  const go = new Go();
  const streamed = new Response(counted, { headers: { "Content-Type": "application/wasm" } });
  const { instance } = await WebAssembly.instantiateStreaming(streamed, go.importObject);
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
