// Presign Doctor page: owns the DOM, talks to the worker that runs the wasm.
// Pasted text is only ever shown through textContent, never as markup.
"use strict";

(function () {
  const paste = document.getElementById("paste");
  const result = document.getElementById("result");
  const status = document.getElementById("status");
  const partsList = document.getElementById("parts");
  const findingsList = document.getElementById("findings");
  const progress = document.getElementById("progress");
  const loading = document.getElementById("loading");

  let worker = null;
  let nextId = 1;
  let latestId = 0;
  let timer = 0;

  function startWorker() {
    worker = new Worker("worker.js");
    worker.onmessage = onMessage;
    worker.onerror = (e) => fail("The analyser stopped: " + (e.message || "unknown error"));
  }

  function onMessage(e) {
    const msg = e.data;
    switch (msg.type) {
      case "progress":
        progress.value = msg.phase === "download" ? 0 : 1;
        break;
      case "ready":
        progress.value = 2;
        loading.hidden = true;
        document.documentElement.dataset.ready = "true";
        if (paste.value) analyze();
        break;
      case "result":
        if (msg.id === latestId) show(JSON.parse(msg.json));
        break;
      case "fatal":
        fail("The analyser could not load: " + msg.message);
        break;
    }
  }

  function fail(text) {
    result.dataset.state = "error";
    status.textContent = text;
  }

  function analyze() {
    latestId = nextId++;
    result.dataset.state = "working";
    status.textContent = "Analysing…";
    worker.postMessage({ type: "analyze", id: latestId, request: JSON.stringify({ input: paste.value }) });
  }

  function show(resp) {
    if (resp.error) {
      fail(resp.error);
      return;
    }
    partsList.replaceChildren(...resp.inputs.map((p) => li(p.kind + " (" + p.start + "–" + p.end + ")")));
    findingsList.replaceChildren(...resp.findings.map((f) => {
      const item = li("");
      item.dataset.rule = f.rule;
      item.className = "finding " + f.severity;
      const title = document.createElement("strong");
      title.textContent = f.rule + ": " + f.title;
      const msg = document.createElement("p");
      msg.textContent = f.message;
      item.append(title, msg);
      for (const fx of f.fixes) {
        const p = document.createElement("p");
        p.className = "fix";
        p.textContent = "Fix: " + fx.message;
        item.append(p);
      }
      return item;
    }));
    status.textContent = resp.findings.length
      ? resp.findings.length + " finding" + (resp.findings.length === 1 ? "" : "s")
      : resp.inputs.length ? "No problem found in what was pasted." : "Nothing recognised yet.";
    result.dataset.state = "done";
  }

  function li(text) {
    const el = document.createElement("li");
    el.textContent = text;
    return el;
  }

  paste.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(analyze, 150);
  });

  startWorker();
})();
