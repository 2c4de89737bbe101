// Embed check (make embed-check, not in CI): <presign-doctor> in a built
// Docusaurus 3 site (classic template; scripts/embed-check/docusaurus.sh
// makes it from npm and passes its build folder in DOCUSAURUS_BUILD):
// findings, the site's light/dark toggle, sizes, no console error, no
// request to another origin; prints the navigation → element-ready time.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { root, startServer, launch } from "./lib.mjs";
import { checkDocsSite } from "./embed-helpers.mjs";

const build = process.env.DOCUSAURUS_BUILD;
const shots = path.join(root, "dist/screenshots");
let browser, server;

before(async () => {
  if (!build || !existsSync(path.join(build, "doctor", "index.html")) && !existsSync(path.join(build, "doctor.html"))) {
    throw new Error("DOCUSAURUS_BUILD must name a built site with /doctor: run `make embed-check`");
  }
  mkdirSync(shots, { recursive: true });
  server = await startServer(build, { args: ["-csp", "none"] });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test("Docusaurus 3: findings, the light/dark toggle, no console error, no request to another origin", async () => {
  const readyMs = await checkDocsSite({
    browser, url: server.origin + "/doctor", name: "docusaurus", shots,
    // The navbar's colour mode button (newer versions cycle through a
    // "system" mode too): click until <html data-theme> changes.
    toggle: async (page) => {
      const before = await page.evaluate(() => document.documentElement.dataset.theme);
      for (let i = 0; i < 3; i++) {
        await page.getByRole("button", { name: /dark and light mode|color mode|colour mode/i }).first().click();
        if (await page.evaluate(() => document.documentElement.dataset.theme) !== before) return;
      }
      assert.fail("the colour mode button did not change data-theme");
    },
  });
  console.log(`# Docusaurus: navigation → <presign-doctor> ready: ${readyMs} ms`);
  assert.ok(readyMs > 0);
});
