// Presign Doctor engine client: starts the engine (a Worker; a blob Worker in
// the one-file bundle; in the page itself when the browser refuses workers),
// sends analysis requests, notices when the engine dies and restarts it.
// Used by app.js (the page) and embed.js (<presign-doctor>).
/* global presignDoctorEngine */
"use strict";

(function (g) {
  // The watchdog: an analysis running past this long is cancelled (the
  // worker is restarted) and rejected with err.code "timeout". The 2 MiB
  // worst cases take about 3 s in Chromium's wasm on a 2-core machine
  // (scripts/test/browser-limits.test.mjs prints them), so 8 s means a hang.
  // The clock starts when the worker takes the request up: requests run one
  // at a time, in order, and only the oldest one waiting is timed.
  const WATCHDOG_MS = 8000;

  // bundledSources returns what the one-file bundle inlined, or null.
  function bundled(doc) {
    const wasm = doc.getElementById("pd-wasm");
    const exec = doc.getElementById("pd-wasm-exec");
    const work = doc.getElementById("pd-worker");
    if (!wasm || !exec || !work) return null;
    return { wasm, workerSource: exec.textContent + "\n;\n" + work.textContent };
  }

  async function inflate(b64) {
    const bin = atob(b64.replace(/\s+/g, ""));
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).arrayBuffer();
  }

  function seconds(ms) {
    return ms >= 1000 ? Math.round(ms / 100) / 10 + " s" : ms + " ms";
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(Object.assign(new Error("cannot load " + src + " (refused by the page's script-src, a wrong MIME type, or missing)"), { stage: "script" }));
      document.head.append(s);
    });
  }

  // connect starts the engine. opts: {base: URL string of the site folder,
  // onEvent(type, detail)} with types progress, ready, warm (the warm-up
  // after ready is done), crashed, fatal, mode.
  // fatal's detail is {message, stage, base, crossOrigin, type}: the engine
  // could not start (or is gone for good); from then on every analysis is
  // rejected at once with err.code "fatal" and err.detail, until a restart
  // makes it ready again.
  // opts.watchdogMs (or globalThis.presignDoctorWatchdogMs, set by tests
  // before the page loads) overrides WATCHDOG_MS.
  function connect(opts) {
    const watchdogMs = opts.watchdogMs > 0 ? opts.watchdogMs : g.presignDoctorWatchdogMs > 0 ? g.presignDoctorWatchdogMs : WATCHDOG_MS;
    const base = opts.base || new URL(".", document.baseURI).href;
    // Events before anyone listens (an engine started from the <head>) are
    // kept, consecutive progress events as one, and replayed to the first
    // listener set with client.onEvent.
    let listener = opts.onEvent || null;
    const early = [];
    const emit = (type, detail) => {
      if (listener) listener(type, detail);
      else if (type === "progress" && early.length && early[early.length - 1][0] === "progress") early[early.length - 1][1] = detail;
      else early.push([type, detail]);
    };
    const bundle = bundled(document);
    // Assets on another origin: a Worker must be same-origin, so the engine
    // starts in a blob Worker that imports worker.js (CSP: worker-src blob:).
    const crossOrigin = !bundle && new URL(base, document.baseURI).origin !== location.origin;
    let fatal = null; // the detail of the last fatal event, until ready again
    let wasmBytes = null;
    let worker = null;
    let inPage = null;
    let ready = false;
    let nextId = 1;
    let mode = "";
    const waiting = new Map(); // id -> {resolve, reject, msg, timer}
    const queued = []; // messages sent before the in-page engine exists

    function onMessage(msg) {
      switch (msg.type) {
        case "hello":
          break;
        case "progress":
          emit("progress", msg);
          break;
        case "ready":
          ready = true;
          fatal = null;
          emit("ready", msg);
          break;
        case "warm":
          emit("warm", msg);
          break;
        case "result": {
          const w = waiting.get(msg.id);
          if (!w) return;
          clearTimeout(w.timer);
          waiting.delete(msg.id);
          armOldest();
          w.resolve(msg);
          break;
        }
        case "fatal":
          fail({ message: msg.message, stage: msg.stage || "wasm", type: msg.contentType || "" });
          break;
      }
    }

    // fail records a start failure, tells the listeners and rejects every
    // analysis waiting (and, through send, every later one).
    function fail(d) {
      const err = d instanceof Error ? d : null;
      fatal = {
        message: err ? String(err.message || err) : String(d.message || d),
        stage: (err ? err.stage : d.stage) || "start",
        type: (err ? "" : d.type) || "",
        base: bundle ? "" : base,
        crossOrigin,
      };
      emit("fatal", fatal);
      for (const w of waiting.values()) { clearTimeout(w.timer); w.reject(fatalError()); }
      waiting.clear();
      queued.length = 0;
    }

    function fatalError() {
      const e = new Error(fatal.message);
      e.code = "fatal";
      e.detail = fatal;
      return e;
    }

    async function initMessage() {
      if (!bundle) return { type: "init", base };
      if (!wasmBytes) wasmBytes = await inflate(bundle.wasm.textContent);
      return { type: "init", wasm: wasmBytes.slice(0) };
    }

    function setMode(m) {
      mode = m;
      emit("mode", m);
    }

    async function startInPage() {
      setMode("page");
      // The site's worker.js carries wasm_exec.js (Makefile).
      if (typeof g.presignDoctorEngine !== "function") await loadScript(new URL("worker.js", base).href);
      const init = await initMessage();
      inPage = presignDoctorEngine((m) => setTimeout(() => onMessage(m), 0));
      inPage.handle(init);
      while (queued.length) inPage.handle(queued.shift());
    }

    function makeWorker() {
      if (bundle) {
        const url = URL.createObjectURL(new Blob([bundle.workerSource], { type: "text/javascript" }));
        return new Worker(url);
      }
      const src = new URL("worker.js", base).href;
      if (!crossOrigin) return new Worker(src);
      // A cross-origin embed: a blob worker that imports the scripts.
      const boot = "importScripts(" + JSON.stringify(src) + ");";
      return new Worker(URL.createObjectURL(new Blob([boot], { type: "text/javascript" })));
    }

    async function start() {
      ready = false;
      let w;
      try {
        w = makeWorker();
      } catch (err) {
        return startInPage();
      }
      worker = w;
      setMode(bundle ? "blob-worker" : "worker");
      let started = false;
      w.onmessage = (e) => {
        if (w !== worker) return;
        started = true;
        onMessage(e.data);
      };
      w.onerror = (e) => {
        if (w !== worker) return;
        if (e && e.preventDefault) e.preventDefault();
        if (!started) {
          // Refused before it ran a line (a blob or a file:// worker).
          worker = null;
          w.terminate();
          startInPage().catch(fail);
          return;
        }
        died((e && e.message) || "the analyser stopped");
      };
      w.postMessage(await initMessage(), []);
    }

    // died restarts the engine. The request that hung (culprit) is rejected
    // with code "timeout"; the others are sent again once, and rejected with
    // code "crashed" if the engine dies again while they wait, so that a
    // paste that kills the engine cannot restart it forever.
    function died(why, culprit) {
      const retry = [];
      for (const r of waiting.values()) {
        clearTimeout(r.timer);
        r.timer = 0;
        if (r === culprit || r.retried) {
          const err = new Error(why);
          err.code = r === culprit ? "timeout" : "crashed";
          r.reject(err);
        } else {
          r.retried = true;
          retry.push(r);
        }
      }
      waiting.clear();
      if (worker) worker.terminate();
      worker = null;
      ready = false;
      emit("crashed", why);
      start().then(() => {
        for (const r of retry) send(r);
      }).catch(fail);
    }

    function arm(w) {
      w.timer = setTimeout(() => {
        if (waiting.get(w.msg.id) !== w || !worker) return;
        if (!ready) arm(w); // still loading: not a hang
        else died("the analysis ran past " + seconds(watchdogMs) + " and was stopped", w);
      }, watchdogMs);
    }

    // armOldest starts the watchdog on the request the engine works on now.
    function armOldest() {
      const first = waiting.values().next().value;
      if (first && !first.timer) arm(first);
    }

    function send(w) {
      if (fatal) {
        w.reject(fatalError());
        return;
      }
      w.timer = 0;
      waiting.set(w.msg.id, w);
      armOldest();
      if (worker) worker.postMessage(w.msg);
      else if (inPage) {
        try {
          inPage.handle(w.msg);
        } catch (err) {
          waiting.delete(w.msg.id);
          clearTimeout(w.timer);
          armOldest();
          fail({ message: "the analyser stopped: " + (err.message || err), stage: "run" });
          w.reject(fatalError());
        }
      } else queued.push(w.msg);
    }

    start().catch(fail);

    return {
      // Setting onEvent replays the events kept so far, once the running
      // script is done (the page's own declarations are all in place).
      set onEvent(fn) {
        listener = null;
        queueMicrotask(() => {
          while (early.length) {
            const [type, detail] = early.shift();
            fn(type, detail);
          }
          listener = fn;
        });
      },
      get ready() { return ready; },
      get mode() { return mode; },
      // fatal is the start failure's detail, or null.
      get fatal() { return fatal; },
      // watchdogMs is how long one analysis may run before it is cancelled.
      get watchdogMs() { return watchdogMs; },
      // analyze sends a request object; resolves with {json, ms, net}.
      analyze(request) {
        return new Promise((resolve, reject) => {
          send({ resolve, reject, msg: { type: "analyze", id: nextId++, request: JSON.stringify(request) } });
        });
      },
      // worker is exposed for diagnostics only.
      get worker() { return worker; },
    };
  }

  g.PresignDoctorClient = { connect, started: null };

  // client.js loaded with a data-start attribute in a page's <head> starts the engine
  // at once, before the rest of the page is parsed and styled: the wasm
  // downloads and compiles while the page renders. The page's script takes
  // it over from PresignDoctorClient.started.
  const me = g.document && g.document.currentScript;
  if (me && me.hasAttribute("data-start")) g.PresignDoctorClient.started = connect({});
})(globalThis);
