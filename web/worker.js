// Presign Doctor engine host: loads the Go wasm and answers analysis requests.
// As a Worker script it serves messages; loaded in a page (the fallback when
// the browser refuses a worker) it only defines globalThis.presignDoctorEngine.
// Messages in: {type:"init", base} (fetch base+"presign-doctor.wasm") or
// {type:"init", wasm: ArrayBuffer}; {type:"analyze", id, request}.
// Messages out: hello, progress, ready, result {id, json, ms, net}, fatal.
/* global Go, WorkerGlobalScope */
"use strict";

(function (g) {
  function engine(post) {
    let api = null;
    let netBase = 0;
    const pending = [];

    function resources() {
      return g.performance && g.performance.getEntriesByType ? g.performance.getEntriesByType("resource").length : 0;
    }

    async function wasmResponse(base) {
      const res = await fetch(new URL("presign-doctor.wasm", base).href);
      if (!res.ok) throw new Error("presign-doctor.wasm: HTTP " + res.status);
      // The body is counted decoded: with a Content-Encoding the length to
      // expect is scripts/serve's X-Decoded-Length, or unknown (0).
      const total = Number(res.headers.get(res.headers.get("content-encoding") ? "x-decoded-length" : "content-length")) || 0;
      let loaded = 0;
      const counted = res.body.pipeThrough(new TransformStream({
        transform(chunk, controller) {
          loaded += chunk.byteLength;
          post({ type: "progress", loaded, total });
          controller.enqueue(chunk);
        },
      }));
      return new Response(counted, { headers: { "Content-Type": "application/wasm" } });
    }

    async function load(msg) {
      if (typeof g.Go !== "function") throw new Error("wasm_exec.js is not loaded");
      const go = new g.Go();
      let instance;
      if (msg.wasm) {
        instance = (await WebAssembly.instantiate(msg.wasm, go.importObject)).instance;
      } else {
        instance = (await WebAssembly.instantiateStreaming(await wasmResponse(msg.base), go.importObject)).instance;
      }
      await new Promise((resolve, reject) => {
        g.onPresignDoctorReady = resolve;
        go.run(instance).then(() => reject(new Error("the Go program exited")));
      });
      api = g.presignDoctor;
      netBase = resources();
      post({ type: "ready", version: api.version });
      while (pending.length) answer(pending.shift());
    }

    function answer(msg) {
      const t0 = performance.now();
      // A throw here means the Go program is gone (an escaped panic, out of
      // memory): let it propagate so the page sees the worker die.
      const json = api.analyze(msg.request);
      post({ type: "result", id: msg.id, json, ms: performance.now() - t0, net: resources() - netBase });
    }

    return {
      handle(msg) {
        if (!msg) return;
        if (msg.type === "init") {
          load(msg).catch((err) => post({ type: "fatal", message: String((err && err.message) || err) }));
        } else if (msg.type === "analyze") {
          if (api) answer(msg);
          else pending.push(msg);
        }
      },
    };
  }

  const inWorker = typeof WorkerGlobalScope !== "undefined" && g instanceof WorkerGlobalScope;
  if (!inWorker) {
    g.presignDoctorEngine = engine;
    return;
  }
  if (typeof g.Go !== "function") {
    g.importScripts(new URL("wasm_exec.js", g.location.href).href);
  }
  const e = engine((m) => g.postMessage(m));
  g.onmessage = (ev) => e.handle(ev.data);
  g.postMessage({ type: "hello" });
})(globalThis);
