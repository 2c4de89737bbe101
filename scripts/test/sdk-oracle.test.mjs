// SigV4 oracle: presigned URLs made by an independent implementation (the
// AWS JavaScript SDK v3, @aws-sdk/s3-request-presigner) with a fixed clock
// and AWS's documented example credentials must verify with Presign
// Doctor's verifier (through the Go SDK signer) and its engine; every
// single-character tampering of a signed part must fail, and the diff
// against the canonical request S3 would build must name the part.
//
// The Go side is scripts/sigv4oracle, run with `go run`: it reads the cases
// on stdin and answers with one result per case.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { S3Client, GetObjectCommand, PutObjectCommand, HeadObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { root } from "./lib.mjs";

process.removeAllListeners("warning"); // the SDK's Node-version notice

const keyId = "AKIAIOSFODNN7EXAMPLE";
const secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const token = "IQoJb3JpZ2luX2VjEXAMPLE/+=//session+token==";
const signingDate = new Date("2024-01-15T14:30:00Z");
const now = "2024-01-15T14:35:00Z";

const keys = [
  "test.txt", "a b.txt", "two  spaces", "ünïcödé/文件.txt", "emoji 😀.png", "a+b=c.txt", "tilde~file-_.x",
  "100%.txt", "%41 not an escape", "nested/deep/er/path/x.bin", "sp ace/+plus/=eq/&amp", "(paren)!*'@[].txt",
  "trailing/", "café-NFC-é", "q?mark#hash.txt", "semi;colon,comma:colon",
];
const regions = ["us-east-1", "eu-west-1", "ap-southeast-2"];

// client makes an S3 client for a region, with or without a session token,
// virtual-host or path style.
function client(region, withToken, pathStyle) {
  return new S3Client({
    region, forcePathStyle: pathStyle,
    credentials: { accessKeyId: keyId, secretAccessKey: secret, ...(withToken ? { sessionToken: token } : {}) },
  });
}

async function makeCases() {
  const cases = [];
  let n = 0;
  for (const [ri, region] of regions.entries()) {
    for (const [ki, key] of keys.entries()) {
      const withToken = (ki + ri) % 2 === 0;
      const pathStyle = (ki + ri) % 3 === 0;
      const c = client(region, withToken, pathStyle);
      const opts = { expiresIn: 900 + ki, signingDate };
      const bucket = pathStyle ? "my.dotted.bucket" : "my-bucket";
      cases.push({ id: `get-${n++}`, method: "GET", headers: {},
        url: await getSignedUrl(c, new GetObjectCommand({ Bucket: bucket, Key: key }), opts) });
      if (ki % 4 === 0) {
        cases.push({ id: `get-rcd-${n++}`, method: "GET", headers: {},
          url: await getSignedUrl(c, new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: `attachment; filename="${key}"` }), opts) });
      }
      if (ki % 3 === 0) {
        cases.push({ id: `head-${n++}`, method: "HEAD", headers: {},
          url: await getSignedUrl(c, new HeadObjectCommand({ Bucket: bucket, Key: key }), opts) });
      }
      if (ki % 2 === 1) {
        const ct = ki % 4 === 1 ? "text/plain; charset=utf-8" : "image/png";
        const url = await getSignedUrl(c, new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: ct }),
          { ...opts, signableHeaders: new Set(["content-type"]) });
        assert.match(new URL(url).searchParams.get("X-Amz-SignedHeaders"), /content-type/, "PUT signs its content type");
        cases.push({ id: `put-${n++}`, method: "PUT", headers: { "content-type": ct }, url });
      }
    }
  }
  return cases;
}

// other returns a character different from c that keeps a URL parseable.
const other = (c) => (c === "q" ? "z" : "q");

function replaceAt(s, i, ch) { return s.slice(0, i) + ch + s.slice(i + 1); }

// tamperings returns every single-character change of a signed part of the
// case's request, with the part the diff must name.
function tamperings(c) {
  const out = [];
  const m = c.url.match(/^(https:\/\/)([^/?]+)([^?]*)\?(.*)$/);
  assert.ok(m, "URL shape: " + c.url);
  const [, scheme, host, path, query] = m;
  const sent = (h, p, q, method = c.method, headers = c.headers) => ({ method, url: scheme + h + p + "?" + q, headers });
  for (const method of ["GET", "PUT", "HEAD", "POST", "DELETE"]) {
    if (method !== c.method) out.push({ what: `method ${method}`, part: "method", tampered: sent(host, path, query, method) });
  }
  for (let i = 1; i < path.length; i++) {
    out.push({ what: `path[${i}]`, part: "canonical URI", tampered: sent(host, replaceAt(path, i, other(path[i])), query) });
  }
  for (let i = 0; i < host.length; i++) {
    out.push({ what: `host[${i}]`, part: "canonical headers", tampered: sent(replaceAt(host, i, other(host[i])), path, query) });
  }
  const params = query.split("&");
  params.forEach((kv, pi) => {
    const eq = kv.indexOf("=");
    const name = eq < 0 ? kv : kv.slice(0, eq);
    if (name === "X-Amz-Signature") return;
    const vstart = eq + 1;
    const auth = /^X-Amz-(Algorithm|Credential|Date|SignedHeaders)$/.test(name);
    // The value: first and last character.
    for (const i of new Set([vstart, kv.length - 1])) {
      if (i < vstart || i >= kv.length) continue;
      const p2 = [...params]; p2[pi] = replaceAt(kv, i, other(kv[i]));
      out.push({ what: `${name} value[${i - vstart}]`, part: "canonical query", tampered: sent(host, path, p2.join("&")) });
    }
    if (!auth) {
      const p2 = [...params]; p2[pi] = replaceAt(kv, 0, other(kv[0]));
      out.push({ what: `${name} name[0]`, part: "canonical query", tampered: sent(host, path, p2.join("&")) });
    }
  });
  out.push({ what: "added parameter", part: "canonical query", tampered: sent(host, path, query + "&q=1") });
  for (const [h, v] of Object.entries(c.headers)) {
    out.push({ what: `${h} header`, part: "canonical headers", header: true,
      tampered: sent(host, path, query, c.method, { ...c.headers, [h]: replaceAt(v, 0, other(v[0])) }) });
  }
  return out;
}

function runOracle(cases) {
  const out = execFileSync("go", ["run", "./scripts/sigv4oracle"], {
    cwd: root, input: JSON.stringify(cases), encoding: "utf8", maxBuffer: 1 << 28,
  });
  return JSON.parse(out);
}

test("JS SDK v3 presigned URLs verify; every single-character tampering fails and names the part", async (t0) => {
  const base = await makeCases();
  assert.ok(base.length >= 70, `only ${base.length} URLs`);
  const all = [];
  const meta = [];
  for (const c of base) {
    all.push({ id: c.id, secret, now, method: c.method, url: c.url, headers: c.headers });
    meta.push({ c, t: null });
    for (const t of tamperings(c)) {
      all.push({ id: `${c.id} ${t.what}`, secret, now, method: c.method, url: c.url, headers: c.headers, tampered: t.tampered });
      meta.push({ c, t });
    }
  }
  const results = runOracle(all);
  assert.equal(results.length, all.length);
  let tampered = 0;
  results.forEach((r, i) => {
    const { c, t } = meta[i];
    const where = `${r.id}: ${c.url}`;
    assert.equal(r.error ?? "", "", where);
    assert.ok(r.verifies, "does not verify: " + where);
    assert.equal(r.leak, false, "response leaks the secret or the signature: " + where);
    if (!t) {
      // The engine sees only the URL: a signed content type is unknown to it.
      const want = Object.keys(c.headers).length ? "not-checked" : "match";
      assert.equal(r.engine.signatureCheck, want, "engine check: " + where + " " + JSON.stringify(r.engine));
      for (const rule of ["signature_mismatch", "secret_mismatch", "query_modified", "host_rewritten", "method_mismatch"]) {
        assert.ok(!(r.engine.rules ?? []).includes(rule), `${rule} on an intact URL: ` + where);
      }
      return;
    }
    tampered++;
    assert.equal(r.tamperedVerifies, false, "tampered request still verifies: " + where);
    assert.equal(r.firstDifference, t.part, "diff names the wrong part: " + where);
    assert.ok(r.engine.rules?.includes("signature_mismatch"), "no signature_mismatch: " + where + " " + JSON.stringify(r.engine));
    if (!t.header) {
      assert.equal(r.engine.firstDifference, t.part, "engine names the wrong part: " + where + " " + JSON.stringify(r.engine));
      if (Object.keys(c.headers).length && t.what.startsWith("X-Amz-SignedHeaders")) {
        // S3's canonical request no longer lists the signed content type,
        // so its value is unknown to the engine: it cannot check, and must
        // not blame the secret.
        assert.ok(["url-signs", "not-checked"].includes(r.engine.verdict), "engine verdict: " + where + " " + JSON.stringify(r.engine));
      } else {
        assert.equal(r.engine.verdict, "url-signs", "engine verdict: " + where + " " + JSON.stringify(r.engine));
      }
      assert.ok(!r.engine.rules.includes("secret_mismatch"), "secret_mismatch on a tampered request: " + where);
    }
    if (t.part === "canonical headers" && !t.header) assert.ok(r.engine.rules.includes("host_rewritten"), "no host_rewritten: " + where);
    if (t.part === "canonical query") assert.ok(r.engine.rules.includes("query_modified"), "no query_modified: " + where);
    if (t.part === "method") assert.ok(r.engine.rules.includes("method_mismatch"), "no method_mismatch: " + where);
  });
  assert.ok(tampered > 3000, `only ${tampered} tamperings`);
  t0.diagnostic(`${base.length} URLs from the JS SDK v3 verified; ${tampered} single-character tamperings failed and were named`);
});

test("a wrong secret is reported as secret_mismatch", async () => {
  const c = client("eu-west-1", true, false);
  const url = await getSignedUrl(c, new GetObjectCommand({ Bucket: "my-bucket", Key: "a b.txt" }), { expiresIn: 60, signingDate });
  const [r] = runOracle([{ id: "wrong", secret: secret.replace("/bP", "+bP"), now, method: "GET", url, headers: {} }]);
  assert.equal(r.verifies, false);
  assert.equal(r.engine.signatureCheck, "mismatch");
  assert.ok(r.engine.rules.includes("secret_mismatch"), JSON.stringify(r.engine));
});
