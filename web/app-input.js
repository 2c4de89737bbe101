// Presign Doctor page, what fills the paste area besides typing: files
// (a HAR file keeps only its S3 requests) and drops, the examples, the share
// link (#paste=, the redacted text only), Clear. Built into the site's app.js
// (Makefile); app.js wires it.
/* exported pageInput */
"use strict";

// pageInput wires the paste area's other sources. ctx: {$, el, resp(),
// copy(text, what), engineNote(text), replaced() (the page set the paste
// area: analyse it)}.
function pageInput(ctx) {
  const { $, el } = ctx;
  const paste = $("paste");

  // ---------- share link ----------
  $("share").addEventListener("click", () => {
    if (!ctx.resp()) {
      ctx.engineNote("Nothing to share yet: paste something first.");
      return;
    }
    const link = location.href.split("#")[0] + "#paste=" + encodeURIComponent(ctx.resp().redacted);
    $("share-link").value = link;
    $("share-box").hidden = false;
    ctx.copy(link, "Share link");
  });

  function fromFragment() {
    const h = location.hash;
    if (!h.startsWith("#paste=")) return;
    try {
      paste.value = decodeURIComponent(h.slice(7));
    } catch (err) {
      return;
    }
    ctx.replaced();
  }
  window.addEventListener("hashchange", fromFragment);

  $("clear").addEventListener("click", () => {
    paste.value = "";
    $("secret").value = "";
    $("share-box").hidden = true;
    $("share-link").value = "";
    $("engine-note").hidden = true;
    if (location.hash) history.replaceState(null, "", location.pathname);
    ctx.replaced();
    paste.focus();
  });

  const examples = globalThis.presignDoctorExamples || [];
  for (const ex of examples) $("examples").append(el("option", { value: ex.id, text: ex.title }));
  $("examples").addEventListener("change", (e) => {
    const ex = examples.find((x) => x.id === e.target.value);
    if (!ex) return;
    paste.value = ex.text;
    ctx.replaced();
  });

  // harToText keeps the S3 requests of a HAR file, as curl lines followed by
  // S3's status and answer.
  function harToText(har) {
    const entries = (har && har.log && har.log.entries) || [];
    const s3 = /amazonaws\.com|X-Amz-|AWSAccessKeyId=/i;
    const out = [];
    for (const e of entries) {
      const req = e.request || {};
      if (!s3.test(req.url || "")) continue;
      const parts = ["curl -X " + (req.method || "GET") + " '" + req.url + "'"];
      for (const h of req.headers || []) {
        if (!h.name || h.name.startsWith(":") || /^(cookie|accept-encoding|user-agent|sec-|accept-language|connection)/i.test(h.name)) continue;
        parts.push("  -H '" + h.name + ": " + h.value + "'");
      }
      const res = e.response || {};
      let block = parts.join(" \\\n");
      block += "\n# HTTP " + (res.status || "?") + " " + (res.statusText || "");
      const body = res.content && res.content.text;
      if (body) block += "\n" + (res.content.encoding === "base64" ? safeAtob(body) : body);
      out.push(block);
    }
    return out.length ? out.join("\n\n") : null;
  }

  function safeAtob(s) {
    try { return atob(s); } catch (err) { return s; }
  }

  async function openFile(file) {
    if (!file) return;
    if (file.size > 20 << 20) {
      ctx.engineNote(file.name + " is too large (over 20 MB).");
      return;
    }
    let text = await file.text();
    if (/\.har$/i.test(file.name) || /^\s*\{\s*"log"\s*:/.test(text)) {
      let har = null;
      try { har = JSON.parse(text); } catch (err) { /* not JSON: use as text */ }
      if (har && har.log) {
        const t = harToText(har);
        if (!t) {
          ctx.engineNote(file.name + ": no request to S3 in this HAR file.");
          return;
        }
        text = t;
        ctx.engineNote(file.name + ": the S3 requests and S3's answers were taken from the HAR file.");
      }
    }
    paste.value = text;
    ctx.replaced();
  }
  $("file").addEventListener("change", (e) => { openFile(e.target.files[0]); e.target.value = ""; });
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    if (e.dataTransfer.files.length) openFile(e.dataTransfer.files[0]);
  });

  return { fromFragment };
}
