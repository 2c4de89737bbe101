// Puts the README's Docusaurus snippets into a fresh classic-template site:
// the config line into the object of docusaurus.config.js (ESM), the page
// into src/pages/doctor.mdx. Usage: node docusaurus-patch.mjs README.md site/
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readmeBlock } from "../test/embed-helpers.mjs";

const [readmePath, siteDir] = process.argv.slice(2);
const readme = readFileSync(readmePath, "utf8");
const configLines = readmeBlock(readme, "// docusaurus.config.js").split("\n").slice(1).join("\n");
const configPath = path.join(siteDir, "docusaurus.config.js");
const config = readFileSync(configPath, "utf8");
const open = /^const config = \{\n/m;
if (!open.test(config) || !/^export default config;/m.test(config)) {
  throw new Error("docusaurus.config.js is not the ESM template this check knows (const config = {…}; export default config)");
}
writeFileSync(configPath, config.replace(open, (m) => m + configLines));
writeFileSync(path.join(siteDir, "src/pages/doctor.mdx"), readmeBlock(readme, "{/* src/pages/doctor.mdx */}"));
console.log("docusaurus.config.js and src/pages/doctor.mdx written from README.md");
