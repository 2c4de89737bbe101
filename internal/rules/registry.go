package rules

import (
	"sort"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

// ruleCheck is one check with its rule.
type ruleCheck struct {
	rule  *Rule
	check Check
}

// Run runs every check of the rules on the facts and returns the findings,
// merged by cause and ordered by position. Checks run sorted by rule name,
// then source.
func Run(c Catalog, f *model.Facts, secret string, reveal func(string) string) []Finding {
	if reveal == nil {
		reveal = func(s string) string { return s }
	}
	var all []ruleCheck
	for _, r := range c {
		for _, ch := range r.Checks {
			all = append(all, ruleCheck{r, ch})
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].rule.Name != all[j].rule.Name {
			return all[i].rule.Name < all[j].rule.Name
		}
		return all[i].check.Source < all[j].check.Source
	})
	p := &Pass{Facts: f, Secret: secret, Reveal: reveal}
	for _, rc := range all {
		p.rule = rc.rule
		rc.check.Run(p)
	}
	unifyConfigFixes(f, p.findings)
	return Merge(p.findings)
}

// Merge merges findings of one rule with the same non-empty Key into the
// first of them (the others become related spans) and sorts the result by
// position, then rule.
func Merge(fs []Finding) []Finding {
	var out []Finding
	index := map[string]int{}
	for _, f := range fs {
		if f.Key != "" {
			k := f.Rule + "\x00" + f.Key
			if i, ok := index[k]; ok {
				out[i].Related = append(out[i].Related, f.Span)
				out[i].Related = append(out[i].Related, f.Related...)
				continue
			}
			index[k] = len(out)
		}
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Span.Start != out[j].Span.Start {
			return out[i].Span.Start < out[j].Span.Start
		}
		return out[i].Rule < out[j].Rule
	})
	return out
}
