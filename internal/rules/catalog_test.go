package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestCatalogMatchesRulesMD checks that the catalog holds exactly the rule
// names of the design's rules.md (when the shared folder is beside the repo).
func TestCatalogMatchesRulesMD(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "design", "rules.md"))
	if err != nil {
		t.Skip("shared/design/rules.md not beside the repository")
	}
	names := map[string]bool{}
	for _, m := range regexp.MustCompile("(?m)^\\| `([a-z0-9_]+)` \\|").FindAllStringSubmatch(string(b), -1) {
		names[m[1]] = true
	}
	names["syntax"] = true // parse problems, from architecture.md
	var missing, extra []string
	for n := range names {
		if Lookup(n) == nil {
			missing = append(missing, n)
		}
	}
	for _, r := range Catalog() {
		if !names[r.Name] {
			extra = append(extra, r.Name)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing)+len(extra) > 0 {
		t.Fatalf("catalog out of step with rules.md: missing %v, extra %v", missing, extra)
	}
}

// TestRegistry checks that every check names a catalog rule and that check
// files follow the <rule>_<source>.go naming.
func TestRegistry(t *testing.T) {
	for _, c := range registry() {
		if Lookup(c.Rule) == nil {
			t.Errorf("check for unknown rule %q", c.Rule)
		}
	}
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		base := strings.TrimSuffix(f, ".go")
		if strings.HasSuffix(base, "_test") || base == "rules" || base == "catalog" || strings.HasPrefix(base, "registry") || strings.HasPrefix(base, "util") {
			continue
		}
		i := strings.LastIndex(base, "_")
		if i < 0 || Lookup(base[:i]) == nil {
			t.Errorf("file %s is not named <rule>_<source>.go after a catalog rule", f)
		}
	}
}
