// Loads presign-doctor.wasm on the main thread so `make bench` can time
// presignDoctor.analyze in Chromium without the worker and debounce around it.
/* global Go */
"use strict";
window.benchReady = (async () => {
  const go = new Go();
  const ready = new Promise((resolve) => { window.onPresignDoctorReady = resolve; });
  const { instance } = await WebAssembly.instantiateStreaming(fetch("presign-doctor.wasm"), go.importObject);
  go.run(instance);
  await ready;
})();
window.timeAnalyze = (request, runs) => {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const out = window.presignDoctor.analyze(request);
    times.push(performance.now() - t0);
    if (i === 0) window.lastResponse = out;
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1], min: times[0], max: times[times.length - 1] };
};
