// Command verdictcases prints, as JSON, the corpus pastes the browser's
// verdict test (scripts/test/browser-verdict.test.mjs) puts into the page:
// pastes that show an S3 answer with an error code which a rule the paste
// must fire explains (the same selection as TestVerdictCorpus in
// internal/engine/verdict_test.go, through the same helpers:
// internal/corpus and engine.AnswerCodes). Run it from the repository root:
//
//	go run ./scripts/verdictcases [-max 30]
//
// The page analyses with the browser's clock and has no way to take another
// one, so only pastes whose findings (rules, severities and verdict) are the
// same at their own clock and at the clock of this run are printed; pastes
// that need a typed secret key are left out too (the test types none). The
// order is deterministic: pastes sorted by path, taken in turns by the rule
// that explains them, so that the cases spread over the rules.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/corpus"
	"github.com/presign-doctor/presign-doctor/internal/engine"
	"github.com/presign-doctor/presign-doctor/internal/rules/all"
	"github.com/presign-doctor/presign-doctor/internal/timefmt"
)

// Case is one paste for the browser.
type Case struct {
	Path  string `json:"path"` // relative to internal/
	Paste string `json:"paste"`
	// Now is the paste's clock; the findings are the same at the clock of
	// the run (the browser's), which is what the page uses.
	Now string `json:"now"`
	// Explainers are the rules the paste must fire whose documented
	// answers include one of Codes: the verdict must name one of them.
	Explainers []string `json:"explainers"`
	// Codes are the error codes of S3's answers in the paste.
	Codes []string `json:"codes"`
	// Contradicting are the rules of the catalog that document answers of
	// S3, none of them among Codes.
	Contradicting []string `json:"contradicting"`
}

func main() {
	max := flag.Int("max", 30, "the most cases to print")
	dir := flag.String("internal", "internal", "the repository's internal/ directory")
	flag.Parse()
	cases, err := Cases(*dir, time.Now(), *max)
	if err != nil {
		log.Fatal(err)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(cases); err != nil {
		log.Fatal(err)
	}
}

// Cases selects at most max cases from the corpus under dir; wall is the
// clock the page will analyse with.
func Cases(dir string, wall time.Time, max int) ([]Case, error) {
	pastes, errs := corpus.Load(dir)
	if len(errs) > 0 {
		return nil, fmt.Errorf("corpus: %v", errs)
	}
	byRule := map[string][]Case{}
	var order []string
	for _, p := range pastes {
		if p.Secret != "" {
			continue
		}
		now, ok := timefmt.RFC3339(p.Clock())
		if !ok {
			return nil, fmt.Errorf("%s: now %q", p.Path, p.Clock())
		}
		codes := engine.AnswerCodes(p.Paste, now)
		if len(codes) == 0 {
			continue
		}
		exp := corpus.Explainers(p.Fires, codes)
		if len(exp) == 0 {
			continue
		}
		at := engine.Analyze(engine.Request{Input: p.Paste, Now: p.Clock()})
		fired := false
		for _, f := range at.Findings {
			fired = fired || corpus.Contains(exp, f.Rule)
		}
		if !fired {
			continue // a detection gap (corpus-gaps.txt), not a ranking case
		}
		live := engine.Analyze(engine.Request{Input: p.Paste, Now: wall.UTC().Format(time.RFC3339)})
		if shape(at) != shape(live) {
			continue // the findings depend on the clock
		}
		c := Case{Path: p.Path, Paste: p.Paste, Now: p.Clock(), Explainers: exp, Codes: codes}
		for _, r := range all.Catalog() {
			if corpus.Contradicts(r.Name, codes) {
				c.Contradicting = append(c.Contradicting, r.Name)
			}
		}
		if _, seen := byRule[exp[0]]; !seen {
			order = append(order, exp[0])
		}
		byRule[exp[0]] = append(byRule[exp[0]], c)
	}
	sort.Strings(order)
	var out []Case
	for len(out) < max {
		took := false
		for _, r := range order {
			if len(byRule[r]) > 0 && len(out) < max {
				out = append(out, byRule[r][0])
				byRule[r] = byRule[r][1:]
				took = true
			}
		}
		if !took {
			break
		}
	}
	return out, nil
}

// shape is what the browser test reads of a response: the verdict's rule
// and each finding's rule and severity, in order.
func shape(r engine.Response) string {
	s := ""
	if r.Verdict != nil {
		s = r.Verdict.Rule
	}
	for _, f := range r.Findings {
		s += "|" + f.Rule + ":" + f.Severity
	}
	return s
}
