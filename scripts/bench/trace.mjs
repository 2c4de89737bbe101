// The Chromium trace helpers the bench scripts share (paste.mjs, ready.mjs).
import { writeFileSync } from "node:fs";
import path from "node:path";

// endTrace stops the trace a CDP session started (Tracing.start with
// transferMode ReturnAsStream) and writes it to file.
export async function endTrace(cdp, file) {
  const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.end");
  const { stream } = await done;
  let data = "";
  for (;;) {
    const chunk = await cdp.send("IO.read", { handle: stream });
    data += chunk.base64Encoded ? Buffer.from(chunk.data, "base64").toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send("IO.close", { handle: stream });
  writeFileSync(file, data);
}

// endLoad ends one load of an interleaved bench: writes its trace when
// one was started (cdp set) to traceDir/trace-D-ROUND.json, closes the
// browser context, and pauses 750 ms so that the next load starts quiet.
export async function endLoad(context, cdp, traceDir, d, round) {
  if (cdp) await endTrace(cdp, path.join(traceDir, `trace-${d}-${round}.json`));
  await context.close();
  await new Promise((r) => setTimeout(r, 750));
}
