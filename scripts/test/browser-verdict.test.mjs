// Browser tier, the verdict on the corpus: pastes of the corpus that show an
// S3 answer a rule of theirs explains (selected by scripts/verdictcases,
// through the same Go helpers as TestVerdictCorpus) are pasted into the page.
// The verdict names one of the explaining rules, its finding card comes
// first, no card whose rule contradicts the answer (it documents answers of
// S3, none of them the one in the paste) ranks above a card that does not
// at the same or a lower severity, and after the verdict the cards run
// errors, warnings, info.
//
// The page analyses with the browser's clock and takes no other, so
// verdictcases prints only pastes whose findings are the same at their own
// clock and at the clock of the run.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { root, startServer, launch } from "./lib.mjs";
import { openPage, waitReady, analyse } from "./browser-helpers.mjs";

const cases = JSON.parse(execFileSync("go", ["run", "./scripts/verdictcases"], { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 }));
const SEV = { error: 0, warning: 1, info: 2 };

let server, browser, opened;
before(async () => {
  server = await startServer();
  browser = await launch();
  opened = await openPage(browser, server.origin + "/", { viewport: { width: 1280, height: 900 } });
  await waitReady(opened.page);
});
after(async () => {
  await opened?.context.close();
  await browser?.close();
  server?.close();
});

test("verdictcases gives at least 20 corpus pastes with an S3 answer, over several rules", () => {
  assert.ok(cases.length >= 20, `${cases.length} cases`);
  const rules = new Set(cases.map((c) => c.explainers[0]));
  assert.ok(rules.size >= 5, `cases explained by ${[...rules].join(", ")}`);
  console.log(`# ${cases.length} cases; explaining rules: ${[...rules].sort().join(", ")}`);
});

for (const c of cases) {
  test(`verdict for ${c.path} (S3 answered ${c.codes.join(", ")})`, async () => {
    const { page, errors } = opened;
    assert.equal(await analyse(page, c.paste), "done");
    const got = await page.evaluate(() => {
      const v = document.getElementById("verdict");
      const list = document.getElementById("findings");
      return {
        verdict: v ? v.dataset.verdict ?? null : null,
        above: v ? Boolean(v.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING) : null,
        cards: [...list.querySelectorAll("[data-rule]")].map((e) => [e.dataset.rule, [...e.classList].find((k) => k !== "finding")]),
      };
    });
    const shown = got.cards.map(([r, s]) => `${r}:${s}`).join(" ");
    assert.ok(c.explainers.includes(got.verdict), `verdict ${got.verdict}; want one of ${c.explainers.join(", ")} (cards: ${shown})`);
    assert.ok(got.above, "the verdict card is above the findings");
    assert.equal(got.cards[0]?.[0], got.verdict, `the verdict's finding card comes first (cards: ${shown})`);
    for (const [, sev] of got.cards) assert.ok(sev in SEV, `card severity ${sev}`);
    const contradicts = (rule) => c.contradicting.includes(rule);
    for (let i = 0; i < got.cards.length; i++) {
      for (let j = i + 1; j < got.cards.length; j++) {
        const [ri, si] = got.cards[i];
        const [rj, sj] = got.cards[j];
        assert.ok(!(contradicts(ri) && !contradicts(rj) && SEV[sj] >= SEV[si]),
          `${ri} (${si}) contradicts S3's answer ${c.codes.join(", ")} and ranks above ${rj} (${sj}) (cards: ${shown})`);
      }
    }
    const rest = got.cards.slice(1).map(([, sev]) => SEV[sev]);
    assert.deepEqual(rest, [...rest].sort((a, b) => a - b), `after the verdict: errors, warnings, info (cards: ${shown})`);
    assert.deepEqual(errors, []);
  });
}
