package rules

import (
	"sort"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

// checks returns every check, sorted by rule then source. Each source's
// registry file contributes its own list.
func checks() []Check {
	var all []Check
	for _, list := range [][]Check{pasteChecks, urlChecks, errorChecks, codeChecks, policyChecks, cliChecks, curlChecks} {
		all = append(all, list...)
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Rule != all[j].Rule {
			return all[i].Rule < all[j].Rule
		}
		return all[i].Source < all[j].Source
	})
	return all
}

// registry is built on first use: package initialisation stays short, so
// the page's engine is ready sooner (the warm-up after ready builds it).
var registry = sync.OnceValue(checks)

// Run runs every check on the facts and returns the findings, merged by
// cause and ordered by position.
func Run(f *model.Facts, secret string, reveal func(string) string) []Finding {
	if reveal == nil {
		reveal = func(s string) string { return s }
	}
	p := &Pass{Facts: f, Secret: secret, Reveal: reveal}
	for _, c := range registry() {
		p.rule = Lookup(c.Rule)
		c.Run(p)
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
