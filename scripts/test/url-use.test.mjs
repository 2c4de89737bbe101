// Narrow node test of the page's URL view additions (#19): the real end of
// a URL, the replay lines and the client differences, rendered from an
// engine response with a minimal fake DOM (no browser).
// Run: node --test scripts/test/url-use.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";

function fakeEl(tag, attrs, ...kids) {
  const n = { tag, attrs: attrs || {}, kids: [], text: (attrs && attrs.text) || "" };
  for (const k of kids) if (k) n.kids.push(k);
  n.append = (...ks) => n.kids.push(...ks);
  n.replaceChildren = (...ks) => { n.kids = ks; };
  return n;
}
function textOf(n) {
  return [n.text, ...n.kids.map(textOf)].join(" ");
}

function render(resp) {
  const src = readFileSync(new URL("../../web/app-views.js", import.meta.url), "utf8");
  const sandbox = { URL, Date, console };
  vm.createContext(sandbox);
  vm.runInContext(src + "\nthis.pageViews = pageViews;", sandbox);
  const out = fakeEl("div");
  const ctx = { $: (id) => (id === "url-out" ? out : fakeEl("x")), el: fakeEl, resp: () => resp, copy() {}, lineOf: () => 1, LANGS: [], OPTIONAL_LANGS: new Set() };
  sandbox.pageViews(ctx).renderURL(resp);
  return textOf(out);
}

test("the URL view shows the real end, the replay lines and the client differences", () => {
  const text = render({
    redacted: "", inputs: [],
    urls: [{ host: "h", validUntil: "2025-03-04T10:10:00Z", endsBy: "credentials", validRemaining: "10m",
      credentialsEnd: "2025-03-04T10:10:00Z", credentialsEndWhy: "a session of 900 s",
      replay: { method: "PUT", headers: [{ name: "content-type", value: "<content-type you signed>" }],
        curl: "curl -X PUT -H 'content-type: <content-type you signed>' 'https://h/k'", fetch: "await fetch(\"https://h/k\")" },
      clientDiffs: ["content-type: the curl request sends \"image/jpeg\", the console request none"] }],
  });
  for (const want of ["works until", "the credentials end first", "a session of 900 s", "curl -X PUT -H 'content-type: <content-type you signed>'", "await fetch(", "the console request none"]) {
    assert.ok(text.includes(want), "missing " + want + " in " + text);
  }
});

test("a URL signing only host gets no replay section", () => {
  const text = render({ redacted: "", inputs: [], urls: [{ host: "h", validUntil: "2025-03-04T10:10:00Z", endsBy: "url" }] });
  assert.ok(text.includes("the URL's own expiry"));
  assert.ok(!text.includes("Copy curl"));
});
