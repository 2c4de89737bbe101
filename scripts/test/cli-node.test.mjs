// The presign-doctor command beside the wasm: `analyze --format json` prints
// byte for byte what presignDoctor.analyze returns for the same request (the
// engine's golden requests, through stdin and through --request); the
// request contract holds on both doors (no "input", or unknown fields only,
// is an error; "" is an empty paste); `scan --format sarif` validates
// against the SARIF 2.1.0 JSON schema (as published in @microsoft/jest-sarif,
// read with ajv's draft-04 class and ajv-formats; test tooling only).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { root, bin, loadWasm } from "./lib.mjs";

const require = createRequire(import.meta.url);
const cmd = path.join(bin, "presign-doctor");
const reqDir = path.join(root, "internal/engine/testdata/requests");
const files = readdirSync(reqDir).filter((f) => f.endsWith(".json")).sort().map((f) => path.join(reqDir, f));
let pd;

before(async () => { pd = await loadWasm(); });

function runCmd(args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 28, ...opts });
  if (r.error) throw r.error;
  return r;
}

test("analyze --format json is the wasm's response, byte for byte", () => {
  assert.ok(files.length >= 5, "expected golden requests in " + reqDir);
  for (const f of files) {
    const body = readFileSync(f, "utf8");
    const req = JSON.parse(body);
    const wasm = pd.analyze(body) + "\n";
    // The request file as it is.
    const viaRequest = runCmd(["analyze", "--request", "--format", "json", f]);
    assert.equal(viaRequest.stdout, wasm, "--request differs for " + path.basename(f));
    // The paste on stdin, with the request's clock, secret (from the
    // environment) and options as flags: the same request, so the same
    // response.
    if (typeof req.input !== "string") continue;
    const args = ["analyze", "--format", "json"];
    const env = { ...process.env };
    if (req.now) args.push("--now", req.now);
    if (req.secretAccessKey) { env.PD_SECRET = req.secretAccessKey; args.push("--secret-from-env", "PD_SECRET"); }
    if (req.options && req.options.redactBucketNames) args.push("--redact-bucket-names");
    args.push("-");
    const viaStdin = runCmd(args, { input: req.input, env });
    assert.equal(viaStdin.stdout, wasm, "stdin differs for " + path.basename(f));
  }
});

test("a request without input is an error on both doors; an empty input is not", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pd-cli-"));
  const cases = [
    ["{}", /no "input" field/],
    [JSON.stringify({ text: "aws s3 presign s3://b/k --expires-in 700000" }), /only fields this version does not know \("text"\)/],
    [JSON.stringify({ Input_: "x", now: "2024-01-15T14:30:00Z" }), /\("Input_"\)/],
    ["null", /request is null/],
    [JSON.stringify({ input: null }), /"input" is null/],
  ];
  for (const [body, re] of cases) {
    const wasm = pd.analyze(body);
    const resp = JSON.parse(wasm);
    assert.match(resp.error, re, "wasm: " + body);
    assert.deepEqual(resp.findings, []);
    const f = path.join(dir, "req.json");
    writeFileSync(f, body);
    const r = runCmd(["analyze", "--request", "--format", "json", f]);
    assert.equal(r.status, 2, "exit status for " + body);
    assert.equal(r.stdout, wasm + "\n", "command differs for " + body);
    assert.match(r.stderr, re);
  }
  const empty = JSON.parse(pd.analyze(JSON.stringify({ input: "" })));
  assert.equal(empty.error, "");
  const r = runCmd(["analyze", "--format", "json", "-"], { input: "" });
  assert.equal(r.status, 0);
  assert.equal(JSON.parse(r.stdout).error, "");
});

function sarifValidator() {
  const Ajv = require("ajv-draft-04");
  const addFormats = require("ajv-formats");
  const schema = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
  // unicodeRegExp off: the schema's language pattern has a stray "]" that
  // only the u flag refuses.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

test("scan --format sarif validates against the SARIF 2.1.0 schema", () => {
  const validate = sarifValidator();
  const tree = path.join(root, "cmd/presign-doctor/testdata/tree");
  const dir = mkdtempSync(path.join(os.tmpdir(), "pd-sarif-"));
  // A suppression, a file that does not exist (a notification), the tree.
  const extra = path.join(dir, "links.py");
  writeFileSync(extra, 'url = s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"}, ExpiresIn=700000)  # presign-doctor:ignore expires_too_long -- partner store\n');
  const r = runCmd(["scan", "--format", "sarif", "--now", "2024-01-15T14:30:00Z", tree, extra, path.join(dir, "missing.py")], { cwd: root });
  assert.equal(r.status, 3, r.stderr);
  const log = JSON.parse(r.stdout);
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  const run = log.runs[0];
  assert.ok(run.results.length >= 10, "results: " + run.results.length);
  const ids = new Set(run.tool.driver.rules.map((x) => x.id));
  for (const res of run.results) {
    assert.ok(ids.has(res.ruleId), res.ruleId);
    assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    assert.match(res.partialFingerprints["presignDoctorFinding/v1"], /^[0-9a-f]{32}$/);
  }
  const rule = run.tool.driver.rules.find((x) => x.id === "expires_too_long");
  assert.match(rule.help.text, /604800/);
  assert.match(rule.helpUri, /RULES\.md#expires_too_long$/);
  assert.ok(run.results.some((x) => x.suppressions && x.suppressions[0].justification === "partner store"));
  assert.equal(run.invocations[0].executionSuccessful, false);
  // The validator rejects a broken log (it can fail).
  const broken = structuredClone(log);
  broken.runs[0].results[0].level = "fatal";
  assert.equal(validate(broken), false);
});
