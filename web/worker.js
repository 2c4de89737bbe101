// Presign Doctor engine host: loads the Go wasm and answers analysis requests.
// As a Worker script it serves messages; loaded in a page (the fallback when
// the browser refuses a worker) it only defines globalThis.presignDoctorEngine.
// Messages in: {type:"init", base} (fetch base+"presign-doctor.wasm") or
// {type:"init", wasm: ArrayBuffer}; {type:"analyze", id, request}.
// Messages out: hello, progress {phase: "download" (total: bytes, 0 when
// unknown) or "start"}, ready, warm {ms: the warm-up's length after ready},
// result {id, json, ms, net}, fatal.
/* global Go, WorkerGlobalScope */
"use strict";

(function (g) {
  function engine(post) {
    let api = null;
    // The last Content-Security-Policy refusal seen here: a refused fetch
    // and a refused CORS response both reject with "Failed to fetch"; the
    // violation event tells which directive it was.
    let violated = "";
    if (typeof g.addEventListener === "function") {
      g.addEventListener("securitypolicyviolation", (e) => { violated = e.effectiveDirective || e.violatedDirective || "csp"; });
    }
    let netBase = 0;
    const pending = [];

    function resources() {
      return g.performance && g.performance.getEntriesByType ? g.performance.getEntriesByType("resource").length : 0;
    }

    // compileFromNetwork hands the response itself to the browser, which
    // compiles while it downloads and may keep the compiled code for the
    // next visit. (A Response rebuilt in JavaScript to count the bytes for a
    // progress bar cannot be cached, and the counting made the page ready
    // about 60 ms later on a 2-core machine: BENCHMARKS.md.) A host that
    // does not send application/wasm gets a compile from the whole body.
    // Its errors say which step failed (fetch, HTTP status, not a wasm) and
    // carry the Content-Type, for the page's "what to check" message.
    async function compileFromNetwork(base) {
      const url = new URL("presign-doctor.wasm", base).href;
      let res;
      try {
        res = await fetch(url);
      } catch (err) {
        // The violation event comes after the rejection, in a later task.
        await new Promise((resolve) => setTimeout(resolve, 50));
        const why = violated ? "refused by the Content-Security-Policy's " + violated : (err && err.message) || String(err);
        throw Object.assign(new Error("cannot fetch " + url + " (" + why + ")"), { stage: violated ? "csp-" + violated : "fetch" });
      }
      const type = (res.headers.get("content-type") || "").split(";")[0].trim().toLowerCase();
      if (!res.ok) throw Object.assign(new Error(url + ": HTTP " + res.status), { stage: "fetch", contentType: type });
      // The size to download: with a Content-Encoding, the encoded one.
      post({ type: "progress", phase: "download", total: Number(res.headers.get("content-length")) || 0 });
      try {
        if (type === "application/wasm" && typeof WebAssembly.compileStreaming === "function") {
          return await WebAssembly.compileStreaming(res);
        }
        return await WebAssembly.compile(await res.arrayBuffer());
      } catch (err) {
        const why = String((err && err.message) || err);
        // A CSP without 'wasm-unsafe-eval' refuses the compile itself.
        if (/unsafe-eval|Content Security Policy|disallowed by embedder/i.test(why)) throw Object.assign(new Error(why), { stage: "csp" });
        throw Object.assign(new Error(url + " is not WebAssembly (served as " + (type || "no type") + "): " + why), { stage: "wasm", contentType: type });
      }
    }

    async function load(msg) {
      if (typeof g.Go !== "function") throw new Error("wasm_exec.js is not loaded");
      const go = new g.Go();
      const module = msg.wasm ? await WebAssembly.compile(msg.wasm) : await compileFromNetwork(msg.base);
      post({ type: "progress", phase: "start" });
      const instance = await WebAssembly.instantiate(module, go.importObject);
      // The Go side warms up after ready, in steps an analysis asked for
      // meanwhile goes ahead of; "warm" says it is done.
      let readyAt = 0;
      g.onPresignDoctorWarm = () => post({ type: "warm", ms: performance.now() - readyAt });
      await new Promise((resolve, reject) => {
        g.onPresignDoctorReady = () => { readyAt = performance.now(); resolve(); };
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
          load(msg).catch((err) => post({ type: "fatal", message: String((err && err.message) || err), stage: (err && err.stage) || "start", contentType: (err && err.contentType) || "" }));
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
