// Package corpus reads the realistic-paste corpus: every txtar file under
// internal/rules/<rule>/testdata/ and internal/engine/testdata/corpus/ (the
// format is described in internal/engine/corpus_test.go and
// internal/engine/testdata/corpus/README.md). The engine's corpus tests and
// the programs under scripts/ (scripts/verdictcases) read it through here,
// so that both see the same pastes the same way. It is not part of the
// product: nothing under wasm/ or cmd/ imports it.
package corpus

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	allrules "github.com/presign-doctor/presign-doctor/internal/rules/all"
)

// DefaultNow is the analysis clock of pastes without a `now:` line, so that
// every run sees the same time.
const DefaultNow = "2025-06-02T12:00:00Z"

// SourceKinds are the evidence source kinds a `sources:` line may name.
var SourceKinds = map[string]bool{
	"code": true, "url": true, "error": true, "cli": true, "curl": true, "policy": true,
	"har": true, "log": true, "console": true, "env": true, "http": true, "form": true,
	"paste": true, "shell": true, "terraform": true, "cloudformation": true, "cdk": true,
}

// Paste is one txtar file of the corpus.
type Paste struct {
	Path    string // relative to internal/, with slashes
	Source  string
	Sources []string
	// RuleSources are the sources named on a `fires <rule> <source>...`
	// line: that rule's evidence is in these, not in every source of the
	// paste (a mixed paste carries each cause in its own sources).
	RuleSources map[string][]string
	Written     string
	Now         string // the `now:` line, "" when absent (see Clock)
	Secret      string
	Paste       string
	Fires       []string
	Also        []string
	Silent      []string
	Clean       bool
}

// Clock is the analysis clock of the paste: its `now:` line, else DefaultNow.
func (p *Paste) Clock() string {
	if p.Now == "" {
		return DefaultNow
	}
	return p.Now
}

// Parse reads one txtar file. It returns an error for any
// departure from the format: a corpus others rely on must stay readable.
func Parse(rel string, data []byte) (*Paste, error) {
	p := &Paste{Path: rel}
	files := map[string]*strings.Builder{}
	var order []string
	var cur *strings.Builder
	var comment []string
	for _, l := range strings.SplitAfter(string(data), "\n") {
		t := strings.TrimRight(l, "\r\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			name := strings.TrimSpace(t[3 : len(t)-3])
			if _, dup := files[name]; dup {
				return nil, fmt.Errorf("file %q twice", name)
			}
			cur = &strings.Builder{}
			files[name] = cur
			order = append(order, name)
			continue
		}
		if cur == nil {
			comment = append(comment, t)
		} else {
			cur.WriteString(l)
		}
	}
	for _, c := range comment {
		c = strings.TrimSpace(c)
		if c == "" || strings.HasPrefix(c, "#") {
			continue
		}
		k, v, ok := strings.Cut(c, ":")
		if !ok {
			continue // free comment text
		}
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "source":
			p.Source = v
		case "sources":
			p.Sources = strings.Fields(v)
		case "written":
			p.Written = v
		case "now":
			p.Now = v
		case "secret":
			p.Secret = v
		}
	}
	if p.Source == "" {
		return nil, fmt.Errorf("no `source:` line (the real thread this paste follows)")
	}
	if p.Written != "before-code" && p.Written != "after-code" {
		return nil, fmt.Errorf("`written:` must be before-code or after-code, not %q", p.Written)
	}
	for _, s := range p.Sources {
		if !SourceKinds[s] {
			return nil, fmt.Errorf("unknown source kind %q in `sources:`", s)
		}
	}
	paste, ok := files["paste"]
	if !ok || strings.TrimSpace(paste.String()) == "" {
		return nil, fmt.Errorf("no -- paste -- file")
	}
	p.Paste = paste.String()
	want, ok := files["want"]
	if !ok {
		return nil, fmt.Errorf("no -- want -- file")
	}
	for _, name := range order {
		if name != "paste" && name != "want" {
			return nil, fmt.Errorf("unknown file %q (only paste and want)", name)
		}
	}
	for _, l := range strings.Split(want.String(), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Fields(l)
		switch {
		case f[0] == "clean" && len(f) == 1:
			p.Clean = true
		case len(f) > 2 && f[0] == "fires":
			for _, src := range f[2:] {
				if !SourceKinds[src] {
					return nil, fmt.Errorf("want line %q: unknown source kind %q", l, src)
				}
			}
			if p.RuleSources == nil {
				p.RuleSources = map[string][]string{}
			}
			p.RuleSources[f[1]] = f[2:]
			f = f[:2]
			fallthrough
		case len(f) == 2 && (f[0] == "fires" || f[0] == "also" || f[0] == "silent"):
			if allrules.Lookup(f[1]) == nil {
				return nil, fmt.Errorf("want line %q: %q is not a rule of the catalog", l, f[1])
			}
			switch f[0] {
			case "fires":
				p.Fires = append(p.Fires, f[1])
			case "also":
				p.Also = append(p.Also, f[1])
			case "silent":
				p.Silent = append(p.Silent, f[1])
			}
		default:
			return nil, fmt.Errorf("want line %q: expected `fires|also|silent <rule>` or `clean`", l)
		}
	}
	if p.Clean && len(p.Fires)+len(p.Also)+len(p.Silent) > 0 {
		return nil, fmt.Errorf("`clean` excludes every other want line")
	}
	if !p.Clean && len(p.Fires)+len(p.Silent) == 0 {
		return nil, fmt.Errorf("want says nothing: give `fires`/`silent` lines or `clean`")
	}
	seen := map[string]string{}
	for _, l := range [][]string{p.Fires, p.Also, p.Silent} {
		for _, r := range l {
			if seen[r] != "" {
				return nil, fmt.Errorf("rule %s named twice in want", r)
			}
			seen[r] = "x"
		}
	}
	if len(p.Fires) > len(p.RuleSources) && len(p.Sources) == 0 {
		return nil, fmt.Errorf("a paste that fires needs a `sources:` line")
	}
	if p.Now == "" && (strings.Contains(p.Paste, "X-Amz-Date=") || strings.Contains(strings.ToLower(p.Paste), "x-amz-date=")) {
		return nil, fmt.Errorf("the paste carries X-Amz-Date: give a `now:` line")
	}
	// A paste in a rule's folder is about that rule.
	if strings.HasPrefix(rel, "rules/") {
		rule := strings.Split(rel, "/")[1]
		if allrules.Lookup(rule) == nil {
			return nil, fmt.Errorf("folder rules/%s is not a rule of the catalog", rule)
		}
		if p.Clean || (!Contains(p.Fires, rule) && !Contains(p.Silent, rule)) {
			return nil, fmt.Errorf("a paste under rules/%s/ must say `fires %s` or `silent %s`", rule, rule, rule)
		}
	}
	return p, nil
}

// Contains says whether s is in l.
func Contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// Files returns the path of every paste, sorted: the rule folders' testdata
// and engine/testdata/corpus, under internalDir (the repository's internal/).
func Files(internalDir string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(internalDir, "rules", "*", "testdata", "*.txtar"))
	if err != nil {
		return nil, err
	}
	root := filepath.Join(internalDir, "engine", "testdata", "corpus")
	if _, err := os.Stat(root); err == nil {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(path, ".txtar") {
				paths = append(paths, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(paths)
	return paths, nil
}

// Load reads every paste under internalDir. A file that departs from the
// format is an error of its own (the others are still read).
func Load(internalDir string) ([]*Paste, []error) {
	paths, err := Files(internalDir)
	if err != nil {
		return nil, []error{err}
	}
	var out []*Paste
	var errs []error
	for _, path := range paths {
		rel, err := filepath.Rel(internalDir, path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		rel = filepath.ToSlash(rel)
		b, err := os.ReadFile(path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		p, err := Parse(rel, b)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", rel, err))
			continue
		}
		out = append(out, p)
	}
	return out, errs
}

// Explainers are the rules of want whose documented answers (Rule.Answers)
// include one of the codes: the causes that explain S3's answer.
func Explainers(want, codes []string) []string {
	var out []string
	for _, w := range want {
		r := allrules.Lookup(w)
		if r == nil {
			continue
		}
		for _, a := range r.Answers {
			if Contains(codes, a.Code) && !Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// Contradicts says whether rule documents answers of S3 and none of them is
// among codes: its cause would have drawn another answer.
func Contradicts(rule string, codes []string) bool {
	r := allrules.Lookup(rule)
	if r == nil || len(r.Answers) == 0 {
		return false
	}
	for _, a := range r.Answers {
		if Contains(codes, a.Code) {
			return false
		}
	}
	return true
}
