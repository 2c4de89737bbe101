// Tier 3: the built presign-doctor.wasm, loaded in Node through wasm_exec.js,
// answers the engine's golden requests exactly as the native engine does, and
// answers bad arguments with an error instead of throwing.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { root, loadWasm, nativeAnalyze } from "./lib.mjs";

const reqDir = path.join(root, "internal/engine/testdata/requests");
const files = readdirSync(reqDir).filter((f) => f.endsWith(".json")).sort().map((f) => path.join(reqDir, f));
let pd;

before(async () => { pd = await loadWasm(); });

test("exports the contract's API", () => {
  assert.equal(typeof pd.version, "string");
  assert.match(pd.version, /^\d+\.\d+\.\d+$/);
  assert.equal(typeof pd.analyze, "function");
});

test("golden requests: wasm answers exactly as native Go", async () => {
  assert.ok(files.length >= 5, "expected golden requests in " + reqDir);
  const native = nativeAnalyze(files);
  const { readFileSync } = await import("node:fs");
  files.forEach((f, i) => {
    const got = pd.analyze(readFileSync(f, "utf8"));
    assert.equal(got, native[i], "response differs for " + path.basename(f));
  });
});

test("bad arguments answer with error, never throw", () => {
  const cases = [[], [42], [null], [{ input: "x" }], ["not json"], ["{\"input\": 5}"], ["[]"]];
  for (const args of cases) {
    let out;
    assert.doesNotThrow(() => { out = pd.analyze(...args); }, "threw for " + JSON.stringify(args));
    const resp = JSON.parse(out);
    assert.ok(resp.error, "no error for " + JSON.stringify(args));
    assert.equal(resp.version, pd.version);
  }
});

test("input over the size limit answers with error", () => {
  const resp = JSON.parse(pd.analyze(JSON.stringify({ input: "a".repeat(3 << 20) })));
  assert.match(resp.error, /limit/);
  assert.deepEqual(resp.findings, []);
});

test("expires_too_long end to end with UTF-16 offsets", () => {
  const url = "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000";
  const input = "😀 ключ " + url;
  const resp = JSON.parse(pd.analyze(JSON.stringify({ input, now: "2024-01-15T14:30:00Z" })));
  const f = resp.findings.find((x) => x.rule === "expires_too_long");
  assert.ok(f, "no expires_too_long finding");
  assert.equal(resp.redacted.slice(f.start, f.end), "X-Amz-Expires=700000");
});
