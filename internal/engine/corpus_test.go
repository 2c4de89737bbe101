package engine

// The realistic-paste corpus: every txtar file under
// internal/rules/<rule>/testdata/ (pastes that must fire that rule, and
// near-misses that must leave it silent) and under testdata/corpus/ (clean
// pastes under clean/, pastes that exercise several rules under mixed/).
// Each is written from the shape of a real thread (its `source:` line says
// which) and run through Analyze as a user's paste would be.
//
// Format (comment lines first, then files):
//
//	source: <URL or precise description of the real thread>
//	sources: code url error ...   (where the paste carries the rule's evidence)
//	written: before-code | after-code
//	now: 2025-03-04T10:00:00Z     (optional; the analysis clock)
//	secret: <key>                 (optional; the secret key the user types to
//	                              check a signature: documentation or fake keys only)
//	-- paste --
//	<exactly what the user pastes>
//	-- want --
//	fires <rule>    must be among the findings (optionally followed by the
//	                source kinds that carry its evidence, overriding
//	                `sources:` for that rule: `fires method_mismatch cli curl`)
//	also <rule>     may fire
//	silent <rule>   must not fire
//	clean           no finding at all (clean pastes)
//
// Any rule that fires and is neither in `fires` nor in `also` is a false
// positive. Pastes that fail today are listed, with the reason, in the
// ratchet file testdata/corpus-gaps.txt: the test fails when a paste fails
// and is not listed, or fails for a reason its line does not list (a
// regression), and when a listed paste passes or lost one of its listed
// reasons (the line is stale). `go test ./internal/engine -run TestCorpus -update-gaps`
// rewrites the file; `-corpus.report=FILE` writes the figures as Markdown.

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/corpus"
	allrules "github.com/presign-doctor/presign-doctor/internal/rules/all"
)

var (
	corpusUpdateGaps = flag.Bool("update-gaps", false, "rewrite testdata/corpus-gaps.txt from today's corpus results")
	corpusReport     = flag.String("corpus.report", "", "write the corpus figures (recall per rule and source, false positives) as Markdown to this file")
)

// corpusGapsFile is the ratchet: one failing paste per line, with why.
const corpusGapsFile = "testdata/corpus-gaps.txt"

// corpusDefaultNow is the analysis clock of pastes without a `now:` line, so
// that every run sees the same time.
const corpusDefaultNow = corpus.DefaultNow

type corpusPaste struct {
	path    string // relative to internal/, with slashes
	source  string
	sources []string
	// ruleSources are the sources named on a `fires <rule> <source>...`
	// line: that rule's evidence is in these, not in every source of the
	// paste (a mixed paste carries each cause in its own sources).
	ruleSources map[string][]string
	written     string
	now         string
	secret      string
	paste       string
	fires       []string
	also        []string
	silent      []string
	clean       bool
}

// corpusResult is what Analyze gave on one paste, judged against its wants.
type corpusResult struct {
	p      *corpusPaste
	got    map[string]bool
	missed []string // fires not found
	fp     []string // fired, neither fires nor also (silent included)
	err    string
}

func (r *corpusResult) ok() bool { return r.err == "" && len(r.missed) == 0 && len(r.fp) == 0 }

func (r *corpusResult) reason() string {
	var parts []string
	if r.err != "" {
		parts = append(parts, "error "+r.err)
	}
	if len(r.missed) > 0 {
		parts = append(parts, "missed "+strings.Join(r.missed, " "))
	}
	if len(r.fp) > 0 {
		parts = append(parts, "fp "+strings.Join(r.fp, " "))
	}
	return strings.Join(parts, "; ")
}

// parseCorpusPaste reads one txtar file through internal/corpus (the
// reader scripts/verdictcases shares).
func parseCorpusPaste(rel string, data []byte) (*corpusPaste, error) {
	c, err := corpus.Parse(rel, data)
	if err != nil {
		return nil, err
	}
	return fromCorpus(c), nil
}

func fromCorpus(c *corpus.Paste) *corpusPaste {
	return &corpusPaste{
		path: c.Path, source: c.Source, sources: c.Sources, ruleSources: c.RuleSources,
		written: c.Written, now: c.Now, secret: c.Secret, paste: c.Paste,
		fires: c.Fires, also: c.Also, silent: c.Silent, clean: c.Clean,
	}
}

// sourcesOf returns the sources that carry rule's evidence: those of its
// `fires` line when it names some, else the paste's `sources:`.
func (p *corpusPaste) sourcesOf(rule string) []string {
	if s, ok := p.ruleSources[rule]; ok {
		return s
	}
	return p.sources
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// loadCorpus finds every paste; paths are relative to internal/.
func loadCorpus(t *testing.T) []*corpusPaste {
	t.Helper()
	ps, errs := corpus.Load("..")
	for _, err := range errs {
		t.Errorf("%v", err)
	}
	var out []*corpusPaste
	for _, p := range ps {
		out = append(out, fromCorpus(p))
	}
	return out
}

func runCorpusPaste(p *corpusPaste) *corpusResult {
	now := p.now
	if now == "" {
		now = corpusDefaultNow
	}
	resp := Analyze(Request{Input: p.paste, Now: now, SecretAccessKey: p.secret})
	r := &corpusResult{p: p, got: map[string]bool{}, err: resp.Error}
	for _, f := range resp.Findings {
		r.got[f.Rule] = true
	}
	for _, w := range p.fires {
		if !r.got[w] {
			r.missed = append(r.missed, w)
		}
	}
	allowed := map[string]bool{}
	for _, l := range [][]string{p.fires, p.also} {
		for _, w := range l {
			allowed[w] = true
		}
	}
	for g := range r.got {
		if !allowed[g] {
			r.fp = append(r.fp, g)
		}
	}
	sort.Strings(r.fp)
	return r
}

// readGaps reads the ratchet file: path → reason.
func readGaps(t *testing.T) map[string]string {
	t.Helper()
	gaps := map[string]string{}
	f, err := os.Open(corpusGapsFile)
	if os.IsNotExist(err) {
		return gaps
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		path, reason, _ := strings.Cut(l, " ")
		gaps[path] = strings.TrimSpace(reason)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return gaps
}

func gapLine(r *corpusResult) string { return r.p.path + "  " + r.reason() }

// gapTokens splits a gap reason ("missed a b; fp c") into its items
// ("missed a", "missed b", "fp c").
func gapTokens(reason string) []string {
	var out []string
	for _, part := range strings.Split(reason, ";") {
		f := strings.Fields(part)
		if len(f) == 0 {
			continue
		}
		if f[0] == "error" {
			out = append(out, "error")
			continue
		}
		for _, x := range f[1:] {
			out = append(out, f[0]+" "+x)
		}
	}
	return out
}

// minus returns the items of a that are not in b.
func minus(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

func writeGaps(t *testing.T, results []*corpusResult) {
	t.Helper()
	var b strings.Builder
	b.WriteString("# Corpus pastes that fail today, one per line: path (relative to internal/), then why.\n")
	b.WriteString("# A ratchet: TestCorpus fails when a failing paste is not listed, and when a listed one passes.\n")
	b.WriteString("# Rewrite: go test ./internal/engine -run TestCorpus -update-gaps\n")
	for _, r := range results {
		if !r.ok() {
			b.WriteString(gapLine(r) + "\n")
		}
	}
	if err := os.WriteFile(corpusGapsFile, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestCorpus(t *testing.T) {
	pastes := loadCorpus(t)
	if len(pastes) == 0 {
		t.Fatal("no corpus pastes found")
	}
	var results []*corpusResult
	for _, p := range pastes {
		results = append(results, runCorpusPaste(p))
	}
	table := corpusTable(results)
	t.Log("\n" + table)
	if *corpusReport != "" {
		if err := os.WriteFile(*corpusReport, []byte(table), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if *corpusUpdateGaps {
		writeGaps(t, results)
		return
	}
	gaps := readGaps(t)
	seen := map[string]bool{}
	for _, r := range results {
		seen[r.p.path] = true
		_, listed := gaps[r.p.path]
		switch {
		case !r.ok() && !listed:
			t.Errorf("%s fails (%s) and is not in %s: fix the regression, or add the line:\n%s", r.p.path, r.reason(), corpusGapsFile, gapLine(r))
		case r.ok() && listed:
			t.Errorf("%s passes now: remove its line from %s:\n%s  %s", r.p.path, corpusGapsFile, r.p.path, gaps[r.p.path])
		case !r.ok() && listed:
			// Still failing: only for the listed reasons. A new miss or
			// false positive is a regression; a reason gone is progress
			// the line must record.
			was, now := gapTokens(gaps[r.p.path]), gapTokens(r.reason())
			if added := minus(now, was); len(added) > 0 {
				t.Errorf("%s fails for a new reason (%s; listed: %s): fix the regression, or replace its line with:\n%s", r.p.path, strings.Join(added, ", "), gaps[r.p.path], gapLine(r))
			} else if gone := minus(was, now); len(gone) > 0 {
				t.Errorf("%s no longer fails for %s: replace its line in %s with:\n%s", r.p.path, strings.Join(gone, ", "), corpusGapsFile, gapLine(r))
			}
		}
	}
	for path, reason := range gaps {
		if !seen[path] {
			t.Errorf("%s is in %s but no such paste exists: remove the line:\n%s  %s", path, corpusGapsFile, path, reason)
		}
	}
	before := 0
	for _, p := range pastes {
		if p.written == "before-code" {
			before++
		}
	}
	if before*4 < len(pastes) {
		t.Errorf("only %d of %d pastes are written before the code that handles them; at least a quarter must be", before, len(pastes))
	}
}

// corpusTable gives the figures: counts, recall per rule and per (rule,
// source), false positives per rule, clean pastes with findings.
func corpusTable(results []*corpusResult) string {
	type count struct{ hit, all int }
	perRule := map[string]*count{}
	perCell := map[[2]string]*count{}
	fp := map[string]int{}
	pastesPerRule := map[string]int{}
	var cleanBad []string
	total, clean, before, failing := len(results), 0, 0, 0
	for _, r := range results {
		p := r.p
		if p.written == "before-code" {
			before++
		}
		if !r.ok() {
			failing++
		}
		if p.clean {
			clean++
			if len(r.got) > 0 {
				var g []string
				for k := range r.got {
					g = append(g, k)
				}
				sort.Strings(g)
				cleanBad = append(cleanBad, p.path+" ("+strings.Join(g, " ")+")")
			}
		}
		for _, w := range p.fires {
			pastesPerRule[w]++
			c := perRule[w]
			if c == nil {
				c = &count{}
				perRule[w] = c
			}
			c.all++
			if r.got[w] {
				c.hit++
			}
			for _, s := range p.sourcesOf(w) {
				k := [2]string{w, s}
				cc := perCell[k]
				if cc == nil {
					cc = &count{}
					perCell[k] = cc
				}
				cc.all++
				if r.got[w] {
					cc.hit++
				}
			}
		}
		for _, w := range p.silent {
			if _, ok := pastesPerRule[w]; !ok {
				pastesPerRule[w] = 0
			}
		}
		for _, f := range r.fp {
			fp[f]++
		}
	}
	pct := func(c *count) string {
		if c == nil || c.all == 0 {
			return "-"
		}
		return fmt.Sprintf("%d/%d (%.0f %%)", c.hit, c.all, 100*float64(c.hit)/float64(c.all))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "## Corpus figures\n\npastes %d, clean %d, written before the code %d, failing (gaps) %d\n\n", total, clean, before, failing)
	var hit, all int
	for _, c := range perRule {
		hit += c.hit
		all += c.all
	}
	fmt.Fprintf(&b, "recall over every expected finding: %s\n\n", pct(&count{hit, all}))
	b.WriteString("| rule | firing pastes | recall | false positives | recall per source |\n| --- | --- | --- | --- | --- |\n")
	for _, rule := range allrules.Catalog() {
		n := rule.Name
		var cells []string
		for k, c := range perCell {
			if k[0] == n {
				cells = append(cells, k[1]+" "+pct(c))
			}
		}
		sort.Strings(cells)
		fmt.Fprintf(&b, "| %s | %d | %s | %d | %s |\n", n, pastesPerRule[n], pct(perRule[n]), fp[n], strings.Join(cells, ", "))
	}
	if len(cleanBad) > 0 {
		b.WriteString("\nclean pastes with findings:\n")
		for _, c := range cleanBad {
			b.WriteString("- " + c + "\n")
		}
	}
	return b.String()
}

// claimedSources are the evidence sources each rule's documentation claims
// (Rule.Evidence in internal/rules/<rule>/rule.go).
func claimedSources(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, r := range allrules.Catalog() {
		out[r.Name] = append([]string(nil), r.Evidence...)
	}
	return out
}

// TestCorpusCoverage lists the rule × source cells the rules claim and no
// paste fires from. It reports them in the log and does not fail yet: the
// rules' documentation, with the sources it claims, is being written.
func TestCorpusCoverage(t *testing.T) {
	pastes := loadCorpus(t)
	claimed := claimedSources(t)
	if len(claimed) == 0 {
		t.Log("no claimed sources found in ../rules: coverage not measured")
		return
	}
	have := map[[2]string]int{}
	for _, p := range pastes {
		for _, r := range p.fires {
			for _, s := range p.sourcesOf(r) {
				have[[2]string{r, s}]++
			}
		}
	}
	var missing []string
	cells := 0
	for _, rule := range allrules.Catalog() {
		srcs := claimed[rule.Name]
		sort.Strings(srcs)
		for _, s := range srcs {
			if rule.Name == "syntax" {
				continue
			}
			cells++
			if have[[2]string{rule.Name, s}] == 0 {
				missing = append(missing, rule.Name+" × "+s)
			}
		}
	}
	t.Logf("%d of %d claimed rule × source cells have a firing paste", cells-len(missing), cells)
	for _, m := range missing {
		t.Logf("TODO no firing paste for %s", m)
	}
	// Every rule: at least three pastes that fire it and one near-miss
	// that must leave it silent.
	firing, silent := map[string]int{}, map[string]int{}
	for _, p := range pastes {
		for _, r := range p.fires {
			firing[r]++
		}
		for _, r := range p.silent {
			silent[r]++
		}
	}
	for _, rule := range allrules.Catalog() {
		if firing[rule.Name] < 3 && rule.Name != "syntax" {
			t.Logf("TODO %s has %d firing pastes (want at least 3)", rule.Name, firing[rule.Name])
		}
		if silent[rule.Name] == 0 {
			t.Logf("TODO %s has no near-miss (a paste that says `silent %s`)", rule.Name, rule.Name)
		}
	}
}

// TestCorpusFormat checks that the paste reader refuses what others would
// misread: a corpus many helpers write to must fail loudly on a slip.
func TestCorpusFormat(t *testing.T) {
	good := "source: https://example.com/thread\nsources: url\nwritten: before-code\n-- paste --\nhello\n-- want --\nfires url_expired\n"
	if _, err := parseCorpusPaste("engine/testdata/corpus/mixed/x.txtar", []byte(good)); err != nil {
		t.Fatalf("good paste refused: %v", err)
	}
	bad := map[string]string{
		"no source":        "sources: url\nwritten: before-code\n-- paste --\nx\n-- want --\nfires url_expired\n",
		"bad written":      "source: s\nsources: url\nwritten: later\n-- paste --\nx\n-- want --\nfires url_expired\n",
		"unknown rule":     "source: s\nsources: url\nwritten: before-code\n-- paste --\nx\n-- want --\nfires no_such_rule\n",
		"unknown source":   "source: s\nsources: telepathy\nwritten: before-code\n-- paste --\nx\n-- want --\nfires url_expired\n",
		"no sources":       "source: s\nwritten: before-code\n-- paste --\nx\n-- want --\nfires url_expired\n",
		"clean and fires":  "source: s\nsources: url\nwritten: before-code\n-- paste --\nx\n-- want --\nclean\nfires url_expired\n",
		"empty want":       "source: s\nwritten: before-code\n-- paste --\nx\n-- want --\n",
		"no paste":         "source: s\nwritten: before-code\n-- want --\nclean\n",
		"extra file":       "source: s\nwritten: before-code\n-- paste --\nx\n-- want --\nclean\n-- notes --\ny\n",
		"bad want line":    "source: s\nwritten: before-code\n-- paste --\nx\n-- want --\nfire url_expired\n",
		"twice":            "source: s\nsources: url\nwritten: before-code\n-- paste --\nx\n-- want --\nfires url_expired\nsilent url_expired\n",
		"date without now": "source: s\nsources: url\nwritten: before-code\n-- paste --\nhttps://b.s3.amazonaws.com/k?X-Amz-Date=20250101T000000Z\n-- want --\nfires url_expired\n",
	}
	for name, text := range bad {
		if _, err := parseCorpusPaste("engine/testdata/corpus/mixed/x.txtar", []byte(text)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	p, err := parseCorpusPaste("engine/testdata/corpus/mixed/x.txtar", []byte(strings.Replace(good, "fires url_expired", "fires url_expired url\nfires method_mismatch curl cli", 1)))
	if err != nil {
		t.Fatalf("fires with sources refused: %v", err)
	}
	if got := strings.Join(p.sourcesOf("method_mismatch"), " "); got != "curl cli" {
		t.Errorf("sources of method_mismatch = %q", got)
	}
	if _, err := parseCorpusPaste("engine/testdata/corpus/mixed/x.txtar", []byte(strings.Replace(good, "fires url_expired", "fires url_expired telepathy", 1))); err == nil {
		t.Error("an unknown source on a fires line was accepted")
	}
	// A paste in a rule's folder must be about that rule.
	if _, err := parseCorpusPaste("rules/url_expired/testdata/x.txtar", []byte(strings.Replace(good, "fires url_expired", "fires url_not_yet_valid", 1))); err == nil {
		t.Error("a paste under rules/url_expired/ that names only url_not_yet_valid was accepted")
	}
	if got := gapTokens("missed a b; fp c"); strings.Join(got, ",") != "missed a,missed b,fp c" {
		t.Errorf("gapTokens = %q", got)
	}
}
