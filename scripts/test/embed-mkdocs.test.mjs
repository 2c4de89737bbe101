// Embed tier, a real MkDocs Material site (Debian's mkdocs and
// mkdocs-material; scripts/ensure-mkdocs.sh installs them): built from the
// README's own mkdocs.yml and page snippets with dist/site copied into
// docs/presign-doctor/, served as a static site, and checked in Chromium:
// findings appear, the element follows Material's palette toggle, its sizes
// ignore Material's 20 px root, no console error, no request to another
// origin. Prints the build time and the navigation → element-ready time.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root, site, startServer, launch } from "./lib.mjs";
import { checkDocsSite, readmeBlock } from "./embed-helpers.mjs";

const work = path.join(root, "dist/embed-sites/mkdocs");
const shots = path.join(root, "dist/screenshots");
let browser, server;

before(async () => {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, "docs"), { recursive: true });
  mkdirSync(shots, { recursive: true });
  writeFileSync(path.join(work, "mkdocs.yml"), readmeBlock(readme, "# mkdocs.yml"));
  writeFileSync(path.join(work, "docs/index.md"), readmeBlock(readme, "<!-- docs/index.md -->"));
  cpSync(site, path.join(work, "docs/presign-doctor"), { recursive: true });
  const t0 = Date.now();
  execFileSync("mkdocs", ["build", "--quiet", "--strict", "--site-dir", path.join(work, "site")], { cwd: work, stdio: "inherit" });
  console.log(`# mkdocs build: ${Date.now() - t0} ms`);
  server = await startServer(path.join(work, "site"), { args: ["-csp", "none"] });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test("MkDocs Material: findings, the palette toggle, no console error, no request to another origin", async () => {
  const readyMs = await checkDocsSite({
    browser, url: server.origin + "/", name: "mkdocs", shots,
    // Material shows the label of the palette to switch to.
    toggle: (page) => page.locator('[data-md-component="palette"] label:visible').first().click(),
  });
  console.log(`# MkDocs Material: navigation → <presign-doctor> ready: ${readyMs} ms`);
  assert.ok(readyMs > 0);
});
