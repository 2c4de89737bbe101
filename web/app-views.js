// Presign Doctor page, the result views besides the findings: corrected
// code, diff, URL parts, SigV4, redactions, report, and whatever the engine
// adds later. Built into the site's app.js (Makefile); app.js wires it.
/* exported pageViews */
"use strict";

// pageViews renders the views from a response. ctx: {$, el, resp() (the
// response shown, or null), lang() (the code language picked), copy(text,
// what), reveal(start, end), applyFix(i, j), lineOf(text, off), LANGS,
// OPTIONAL_LANGS}.
function pageViews(ctx) {
  const { $, el } = ctx;
  const KNOWN = new Set(["version", "error", "inputs", "redacted", "redactions", "findings", "code", "codePrimary", "diff", "sigv4", "report", "limits", "triage", "prompt"]);

  function renderCode(r) {
    const code = r.code || {};
    for (const l of ctx.LANGS) {
      const b = $("lang-" + l);
      b.classList.toggle("has", !!code[l]);
      if (ctx.OPTIONAL_LANGS.has(l)) b.hidden = !code[l] && ctx.lang() !== l;
    }
    const body = code[ctx.lang()] || "";
    $("code-out").textContent = body;
    $("code-note").textContent = body ? "Reads credentials from the default chain." :
      ctx.resp() ? "No corrected " + $("lang-" + ctx.lang()).textContent + " for this paste (corrected code appears when code or a URL was pasted)." : "";
  }

  function renderDiffInto(pre, text) {
    const lines = (text || "").split("\n");
    if (lines.length && lines[lines.length - 1] === "") lines.pop();
    pre.replaceChildren(...lines.map((ln) => {
      let cls = "dl";
      if (ln.startsWith("+++") || ln.startsWith("---")) cls += " file";
      else if (ln.startsWith("+")) cls += " add";
      else if (ln.startsWith("-")) cls += " del";
      else if (ln.startsWith("@@")) cls += " hunk";
      const span = el("span", { class: cls, text: ln });
      if (cls.includes("add")) span.setAttribute("aria-label", "added: " + ln.slice(1));
      if (cls.includes("del")) span.setAttribute("aria-label", "removed: " + ln.slice(1));
      return span;
    }));
  }

  function renderDiff(r) {
    renderDiffInto($("diff-out"), r.diff);
    if (!r.diff && ctx.resp()) $("diff-out").textContent = "No change to pasted code: no fix edits it (a fix on the sending side is in the findings), or no code was pasted.";
    const list = $("fix-list");
    const items = [];
    (r.findings || []).forEach((f, i) => (f.fixes || []).forEach((fx, j) => {
      if (!fx.edits || !fx.edits.length) return;
      items.push(el("li", null,
        el("button", { type: "button", class: "btn small", text: "Apply", onclick: () => ctx.applyFix(i, j) }),
        " ", el("code", { text: f.rule }), " ", fx.message));
    }));
    list.replaceChildren(...(items.length ? [el("h3", { text: "Fixes to apply one by one" }), el("ul", null, ...items)] : []));
  }

  // applyFix applies one fix's edits to the redacted text, puts the result

  // ---------- URL ----------
  function renderURL(r) {
    const out = $("url-out");
    const blocks = [];
    for (const key of ["urls", "url", "decoded", "presignedUrls"]) {
      if (r[key] && (!Array.isArray(r[key]) || r[key].length)) blocks.push(el("h3", { text: "Decoded by the analyser" }), generic(r[key]));
    }
    (r.inputs || []).filter((p) => p.kind === "presigned-url").forEach((p, n) => {
      const raw = r.redacted.slice(p.start, p.end);
      const rows = decodeURL(raw);
      blocks.push(el("div", { class: "out-head" },
        el("h3", { text: "URL " + (n + 1) + " (line " + ctx.lineOf(r.redacted, p.start) + ")" }),
        el("button", { type: "button", class: "btn small", text: "Copy parts", onclick: (e) => ctx.copy(rows.map(([k, v]) => k + ": " + v).join("\n"), "URL parts", e.currentTarget) })));
      blocks.push(table(rows));
    });
    blocks.push(...urlUseBlocks(r.urls));
    if (!blocks.length) blocks.push(el("p", { class: "muted", text: ctx.resp() ? "No presigned URL in this paste." : "Paste a presigned URL to see every part of it decoded." }));
    out.replaceChildren(...blocks);
  }

  // urlUseBlocks shows, per URL the engine decoded, its real end (the
  // earlier of its expiry and the credentials' end), the curl and fetch
  // lines that send exactly its signed headers, and what the signature
  // covers that differs between the paste's clients (#19).
  function urlUseBlocks(urls) {
    const out = [];
    (Array.isArray(urls) ? urls : []).forEach((u, n) => {
      const rows = [];
      if (u.validUntil) rows.push(["works until", u.validUntil + " (" + (u.endsBy === "credentials" ? "the credentials end first" : "the URL's own expiry") + ") — " + (u.validRemaining || "")]);
      if (u.credentialsEnd || u.credentialsEndWhy) rows.push(["credentials end", (u.credentialsEnd ? u.credentialsEnd + ": " : "") + (u.credentialsEndWhy || "")]);
      const parts = [];
      if (rows.length) parts.push(table(rows));
      const rp = u.replay;
      if (rp) {
        parts.push(el("p", { text: "Send exactly the signed headers: " + rp.headers.map((h) => h.name + ": " + h.value).join(", ") }));
        for (const [label, line] of [["curl", rp.curl], ["fetch", rp.fetch]]) {
          parts.push(el("div", { class: "out-head" }, el("h4", { text: label }),
            el("button", { type: "button", class: "btn small", text: "Copy " + label, onclick: (e) => ctx.copy(line, label + " line", e.currentTarget) })),
          el("pre", null, el("code", { class: "replay-" + label, text: line })));
        }
      }
      if (u.clientDiffs && u.clientDiffs.length) {
        parts.push(el("p", { text: "What differs between the requests, and the signature covers:" }), el("ul", { class: "client-diffs" }, ...u.clientDiffs.map((d) => el("li", { text: d }))));
      }
      if (parts.length) out.push(el("section", { class: "url-use" }, el("h3", { text: "Using URL " + (n + 1) }), ...parts));
    });
    return out;
  }

  function decodeURL(raw) {
    const rows = [];
    let u;
    const clean = raw.replace(/&amp;/g, "&").replace(/\s+/g, "");
    try {
      u = new URL(clean);
    } catch (err) {
      return [["URL", "cannot be parsed: " + err.message]];
    }
    const q = u.searchParams;
    const host = u.hostname;
    const path = safeDecode(u.pathname);
    rows.push(["scheme", u.protocol.replace(":", "")], ["host", host]);
    let m;
    let bucket = "";
    let key = path.replace(/^\//, "");
    let style = "";
    if ((m = host.match(/^(.+)\.s3[.-](?:([a-z0-9-]+)\.)?amazonaws\.com(\.cn)?$/))) {
      bucket = m[1];
      style = "virtual-hosted";
    } else if (/^s3[.-]([a-z0-9-]+\.)?amazonaws\.com(\.cn)?$/.test(host)) {
      const parts = key.split("/");
      bucket = parts.shift();
      key = parts.join("/");
      style = "path";
    } else style = "custom endpoint";
    const regionHost = (host.match(/s3[.-](?:dualstack\.)?([a-z]{2}(?:-gov)?-[a-z]+-\d)\./) || [])[1] || "";
    rows.push(["endpoint", regionHost ? "regional (" + regionHost + ")" : /(^|\.)s3\.amazonaws\.com$/.test(host) ? "global (s3.amazonaws.com)" : style === "custom endpoint" ? "not AWS" : "?"]);
    rows.push(["addressing style", style], ["bucket", bucket || "?"], ["key", key]);
    if (q.has("X-Amz-Algorithm") || q.has("X-Amz-Credential")) {
      rows.push(["signature version", "SigV4 (" + (q.get("X-Amz-Algorithm") || "?") + ")"]);
      const cred = (q.get("X-Amz-Credential") || "").split("/");
      if (cred.length >= 5) {
        rows.push(["access key", cred[0]], ["credential scope", cred.slice(1).join("/")], ["scope date", cred[1]], ["region", cred[2]], ["service", cred[3]]);
      }
      const d = q.get("X-Amz-Date") || "";
      const t = parseAmzDate(d);
      const exp = Number(q.get("X-Amz-Expires"));
      rows.push(["signed at", t ? t.toISOString() : d || "?"]);
      if (q.has("X-Amz-Expires")) rows.push(["expires in", exp + " s (" + human(exp) + ")"]);
      if (t && Number.isFinite(exp)) {
        const at = new Date(t.getTime() + exp * 1000);
        const left = Math.round((at.getTime() - Date.now()) / 1000);
        rows.push(["expires at", at.toISOString() + (left < 0 ? " — expired " + human(-left) + " ago" : " — in " + human(left))]);
      }
      rows.push(["signed headers", q.get("X-Amz-SignedHeaders") || "?"]);
      rows.push(["session token", q.has("X-Amz-Security-Token") ? "present" : "absent"]);
      rows.push(["signature", q.get("X-Amz-Signature") || "absent"]);
    } else if (q.has("AWSAccessKeyId") || q.has("Signature")) {
      rows.push(["signature version", "SigV2 (legacy)"], ["access key", q.get("AWSAccessKeyId") || "?"]);
      const e = Number(q.get("Expires"));
      if (Number.isFinite(e)) rows.push(["expires at", new Date(e * 1000).toISOString()]);
      rows.push(["signature", q.get("Signature") || "absent"]);
    } else rows.push(["signature version", "none found"]);
    const known = /^(X-Amz-(Algorithm|Credential|Date|Expires|SignedHeaders|Signature|Security-Token)|AWSAccessKeyId|Signature|Expires)$/;
    for (const [k, v] of q) if (!known.test(k)) rows.push(["parameter " + k, v]);
    return rows;
  }

  function safeDecode(s) {
    try { return decodeURIComponent(s); } catch (err) { return s; }
  }

  function parseAmzDate(d) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(d);
    return m ? new Date(Date.UTC(+m[1], m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : null;
  }

  function human(s) {
    if (!Number.isFinite(s)) return "?";
    const units = [[86400, "day"], [3600, "hour"], [60, "minute"], [1, "second"]];
    for (const [n, name] of units) if (s >= n) { const v = Math.floor(s / n); return v + " " + name + (v === 1 ? "" : "s"); }
    return s + " seconds";
  }

  function table(rows) {
    return el("table", { class: "kv" }, el("tbody", null, ...rows.map(([k, v]) =>
      el("tr", null, el("th", { scope: "row", text: k }), el("td", null, el("code", { text: String(v) }))))));
  }

  // generic shows any JSON value as nested lists, as text.
  function generic(v) {
    if (v == null || typeof v !== "object") return el("code", { text: String(v) });
    if (Array.isArray(v)) return el("ol", { class: "generic" }, ...v.map((x) => el("li", null, generic(x))));
    const dl = el("dl", { class: "generic" });
    for (const [k, x] of Object.entries(v)) {
      if (x === "" || x == null || (Array.isArray(x) && !x.length)) continue;
      dl.append(el("dt", { text: k }), el("dd", null, generic(x)));
    }
    return dl;
  }

  // ---------- SigV4 ----------
  function renderSigV4(r) {
    const s = r.sigv4 || {};
    sideBySide($("cr-ours"), $("cr-s3"), s.canonicalRequest || "", s.s3CanonicalRequest || "");
    sideBySide($("sts-ours"), $("sts-s3"), s.stringToSign || "", s.s3StringToSign || "");
    if (s.lines && s.lines.length) renderLines($("cr-diff"), s.lines);
    else renderDiffInto($("cr-diff"), s.canonicalRequestDiff || "");
    $("sts-diff-box").hidden = !(s.stringToSignLines && s.stringToSignLines.length);
    renderLines($("sts-diff"), s.stringToSignLines || []);
    $("sig-first").hidden = !s.firstDifference;
    $("sig-first").textContent = s.firstDifference ? "First difference: " + s.firstDifference : "";
    $("sig-notes").replaceChildren(...(s.notes || []).map((n) => el("li", { text: n })));
    const check = s.signatureCheck || "not-checked";
    const words = {
      "not-checked": $("secret").value ? "The signature could not be checked with this key (no signed URL or error to check against)." : "Signature not checked: type the secret access key above to check it (optional).",
      match: "The signature matches this secret key: the key is right, look at what changed in the request.",
      mismatch: "The signature does not match this secret key: the URL was signed with another key, or the request changed.",
    };
    const verdicts = {
      "url-signs": "This secret key signs the URL's own canonical request: the key is right; what S3 received differs from what was signed.",
      "s3-signs": "This secret key signs S3's canonical request: the signature math is right for what S3 received.",
      variant: "This secret key signs a variant of the request (see the notes).",
      neither: "This secret key signs neither the URL's nor S3's canonical request: the URL was signed with another key (rotated, or mistyped: Show key to read it).",
    };
    const p = $("sig-check");
    p.textContent = (s.verdict && verdicts[s.verdict]) || words[check] || "Signature check: " + check;
    if (s.algorithm) p.textContent += " Signature algorithm: " + s.algorithm + ".";
    p.className = "sig-check " + check;
    if (!s.canonicalRequest && !s.s3CanonicalRequest) {
      $("cr-ours").textContent = ctx.resp() ? "No canonical request: paste a SigV4 URL, and S3's SignatureDoesNotMatch error to compare." : "";
    }
  }

  // renderLines shows the engine's structured diff lines, marks as <mark>.
  function renderLines(pre, lines) {
    pre.replaceChildren(...lines.map((ln) => {
      const text = ln.text || "";
      const sign = ln.kind === "add" || ln.kind === "+" ? "+" : ln.kind === "del" || ln.kind === "-" ? "-" : " ";
      const row = el("span", { class: "dl" + (sign === "+" ? " add" : sign === "-" ? " del" : "") });
      row.append(sign + " ");
      let at = 0;
      const marks = [...(ln.marks || [])].sort((a, b) => a.start - b.start);
      for (const m of marks) {
        if (m.start < at || m.end > text.length) continue;
        row.append(text.slice(at, m.start), el("mark", { class: "ch", text: text.slice(m.start, m.end) }));
        at = m.end;
      }
      row.append(text.slice(at));
      // A blank line (the one after the canonical headers) is no part's.
      if (ln.part && text.trim()) row.append(el("span", { class: "part", text: "   ← " + ln.part }));
      row.append("\n");
      return row;
    }));
  }

  function sideBySide(left, right, a, b) {
    const la = a ? a.split("\n") : [];
    const lb = b ? b.split("\n") : [];
    const both = a && b;
    left.replaceChildren(...la.map((x, i) => marked(x, both ? lb[i] : x)));
    right.replaceChildren(...lb.map((x, i) => marked(x, both ? la[i] : x)));
  }

  function marked(line, other) {
    const row = el("span", { class: "dl" });
    if (other == null || other === line) {
      row.textContent = line + "\n";
      return row;
    }
    row.classList.add("differs");
    let p = 0;
    while (p < line.length && p < other.length && line[p] === other[p]) p++;
    let q = 0;
    while (q < line.length - p && q < other.length - p && line[line.length - 1 - q] === other[other.length - 1 - q]) q++;
    row.append(line.slice(0, p), el("mark", { class: "ch", text: line.slice(p, line.length - q) }), line.slice(line.length - q) + "\n");
    return row;
  }

  // ---------- redactions ----------
  function renderRedactions(r) {
    const groups = new Map();
    for (const x of r.redactions || []) {
      const g = groups.get(x.placeholder) || { kind: x.kind, placeholder: x.placeholder, count: 0, note: x.note || "", first: x };
      g.count++;
      groups.set(x.placeholder, g);
    }
    const rows = [...groups.values()].map((g) => el("tr", null,
      el("td", { text: g.kind }),
      el("td", null, el("button", { type: "button", class: "link", text: g.placeholder, onclick: () => ctx.reveal(g.first.start, g.first.end) })),
      el("td", { text: String(g.count) }),
      el("td", { text: g.note })));
    if (!rows.length) rows.push(el("tr", null, el("td", { colspan: "4", class: "muted", text: ctx.resp() ? "No secret found in this paste." : "Nothing analysed yet." })));
    $("redactions").replaceChildren(...rows);
  }

  // ---------- report ----------
  function reportMarkdown(r) {
    if (r.report && r.report.markdown) return r.report.markdown;
    if (!ctx.resp()) return "";
    const lines = ["# Presign Doctor report", ""];
    if (!r.findings.length) lines.push("No finding.", "");
    for (const f of r.findings) {
      lines.push("## " + f.title + " (`" + f.rule + "`, " + f.severity + ")", "", f.message, "");
      for (const fx of f.fixes || []) lines.push("- Fix: " + fx.message);
      lines.push("");
    }
    const fence = "`".repeat(Math.max(3, ...(r.redacted.match(/`+/g) || [""]).map((x) => x.length + 1)));
    lines.push("## The paste (redacted)", "", fence, r.redacted, fence, "");
    return lines.join("\n");
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }

  const REPORT_CSS = "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24;background:#fff}" +
    "pre{background:#f6f8fa;padding:.75rem;overflow:auto;white-space:pre-wrap;word-break:break-all}code{font-family:ui-monospace,monospace}" +
    "h1,h2{line-height:1.25}@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}pre{background:#161b22}}";

  // reportHTML is a self-contained document: no script, no outside resource.
  function reportHTML(r) {
    let body = r.report && r.report.html;
    if (body && /^\s*(<!doctype|<html)/i.test(body)) return body;
    if (!body) {
      if (!ctx.resp()) return "";
      body = "<h1>Presign Doctor report</h1>";
      if (!r.findings.length) body += "<p>No finding.</p>";
      for (const f of r.findings) {
        body += "<h2>" + esc(f.title) + " (<code>" + esc(f.rule) + "</code>, " + esc(f.severity) + ")</h2><p>" + esc(f.message) + "</p>";
        if (f.fixes && f.fixes.length) body += "<ul>" + f.fixes.map((x) => "<li>Fix: " + esc(x.message) + "</li>").join("") + "</ul>";
      }
      body += "<h2>The paste (redacted)</h2><pre><code>" + esc(r.redacted) + "</code></pre>";
    }
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" +
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">" +
      "<title>Presign Doctor report</title><style>" + REPORT_CSS + "<\/style></head><body>" + body + "</body></html>";
  }

  function renderReport(r) {
    const md = reportMarkdown(r);
    $("report-md").textContent = md;
    // The HTML preview lives in a sandboxed frame (sandbox="": no scripts,
    // unique origin), never in this document.
    // Its inline <style> would only meet this page's CSP there: preview without.
    // The frame is made on the first analysis: a frame in the page's HTML
    // costs a document's creation while the page loads.
    let frame = $("report-frame");
    if (!frame) {
      frame = el("iframe", { id: "report-frame", title: "Report preview", sandbox: "" });
      $("report-preview").append(frame);
    }
    frame.srcdoc = (reportHTML(r) || "<p>Nothing analysed yet.</p>").replace(/<style>[^<]*<\/style>/, "");
    $("dl-md").disabled = !md;
    $("dl-html").disabled = !md;
  }

  function download(name, type, text) {
    const a = el("a", { download: name });
    a.href = URL.createObjectURL(new Blob([text], { type }));
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  // ---------- anything the engine adds later ----------
  function renderExtra(r) {
    const blocks = [];
    for (const [k, v] of Object.entries(r)) {
      if (KNOWN.has(k) || ["urls", "url", "decoded", "presignedUrls"].includes(k)) continue;
      if (v == null || v === "" || (Array.isArray(v) && !v.length) || (typeof v === "object" && !Object.keys(v).length)) continue;
      blocks.push(el("details", { class: "more", open: k === "triage" }, el("summary", { text: k === "triage" ? "Triage: what to check first" : k }), generic(v)));
    }
    $("extra").replaceChildren(...blocks);
  }

  return { renderCode, renderDiff, renderURL, renderSigV4, renderRedactions, renderReport, renderExtra, reportMarkdown, reportHTML, download };
}
