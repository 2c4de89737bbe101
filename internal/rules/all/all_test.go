package all

import (
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/rules"
)

// TestRulesData checks each rule's documentation: every field a reader of
// RULES.md needs is there, and what it claims agrees with its checks.
func TestRulesData(t *testing.T) {
	severities := []string{rules.Error, rules.Warning, rules.Info}
	for _, r := range Catalog() {
		if r.Name == "" || r.Title == "" || r.Fix == "" || len(r.Facts) == 0 {
			t.Errorf("%s: name, title, fix and facts are required", r.Name)
		}
		if !slices.Contains(severities, r.Severity) {
			t.Errorf("%s: severity %q is none of %v", r.Name, r.Severity, severities)
		}
		if len(r.Answers) == 0 && r.Note == "" {
			t.Errorf("%s: says neither what S3 answers (Answers) nor what happens instead (Note)", r.Name)
		}
		for _, a := range r.Answers {
			if a.Code == "" || a.Status < 100 || a.Status > 599 {
				t.Errorf("%s: answer %+v needs S3's error code and HTTP status", r.Name, a)
			}
		}
		if len(r.Answers) > 0 && len(r.CheckedAgainst) == 0 {
			t.Errorf("%s: says what S3 answers but not where that was checked (CheckedAgainst)", r.Name)
		}
		for _, s := range r.CheckedAgainst {
			if !strings.HasPrefix(s, "https://") && !strings.Contains(s, "/") {
				t.Errorf("%s: CheckedAgainst %q is neither a URL nor a file of a repository", r.Name, s)
			}
		}
		if len(r.Checks) == 0 {
			t.Errorf("%s: has no check", r.Name)
		}
		for _, s := range r.Evidence {
			if !slices.Contains(rules.Sources, s) {
				t.Errorf("%s: evidence source %q is none of %v", r.Name, s, rules.Sources)
			}
		}
		for _, c := range r.Checks {
			if c.Source != rules.IncidentSource && !slices.Contains(r.Evidence, c.Source) {
				t.Errorf("%s: has a check reading %q, which its Evidence does not claim", r.Name, c.Source)
			}
			// The check is a function of the rule's own folder.
			fn := runtime.FuncForPC(reflect.ValueOf(c.Run).Pointer()).Name()
			want := "/internal/rules/" + r.Name + "."
			if !strings.Contains(fn, want) {
				t.Errorf("%s: check %s lives outside internal/rules/%s/", r.Name, fn, r.Name)
			}
		}
	}
}

// TestEveryFolderListed checks that every rule folder is in the list, and
// that names are unique and sorted.
func TestEveryFolderListed(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "*", "rule.go"))
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for i, r := range Catalog() {
		if listed[r.Name] {
			t.Errorf("rule %s listed twice", r.Name)
		}
		listed[r.Name] = true
		if i > 0 && Catalog()[i-1].Name >= r.Name {
			t.Errorf("catalog not sorted at %s", r.Name)
		}
	}
	for _, d := range dirs {
		name := filepath.Base(filepath.Dir(d))
		if !listed[name] {
			t.Errorf("internal/rules/%s/ is not listed in internal/rules/all/all.go", name)
		}
		delete(listed, name)
	}
	for n := range listed {
		t.Errorf("rule %s has no folder internal/rules/%s/ with a rule.go", n, n)
	}
	if Lookup("method_mismatch") == nil || Lookup("no_such_rule") != nil {
		t.Error("Lookup does not find rules by name")
	}
}

// TestRuleFiles checks the layout of each folder: rule.go, one file per
// evidence source its checks read (<source>.go) or incident.go for a
// predicate over the incident, fix.go for fixes several checks share, and
// tests.
func TestRuleFiles(t *testing.T) {
	for _, r := range Catalog() {
		files, _ := filepath.Glob(filepath.Join("..", r.Name, "*.go"))
		for _, f := range files {
			base := strings.TrimSuffix(filepath.Base(f), ".go")
			if base == "rule" || base == "fix" || base == rules.IncidentSource || strings.HasSuffix(base, "_test") || slices.Contains(r.Evidence, base) {
				continue
			}
			t.Errorf("internal/rules/%s/%s.go: a rule folder holds rule.go, <source>.go for the sources of its Evidence, incident.go, fix.go and tests", r.Name, base)
		}
	}
}
