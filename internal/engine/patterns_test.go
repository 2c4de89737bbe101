package engine

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// The packages' patterns compile on first use (lazyre); this compiles every
// one the engine links, so an invalid pattern fails here and not in a
// user's paste.
func TestEveryPatternCompiles(t *testing.T) {
	if n := lazyre.CompileAll(); n < 30 {
		t.Errorf("only %d patterns registered; the engine links about 34", n)
	}
}

// Every pattern's filter (lazyre: the first byte of an anchored pattern,
// the literals every match holds) turns away only texts the pattern does
// not match: each line and each whole file of the test data, for every
// pattern the engine links.
func TestPatternFiltersOnlyRejectNonMatches(t *testing.T) {
	lazyre.CompileAll()
	var texts []string
	seen := map[string]bool{}
	_ = filepath.WalkDir("..", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.Contains(p, "testdata") || strings.Contains(p, "fuzz") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil || len(b) > 64<<10 {
			return nil
		}
		texts = append(texts, string(b))
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimRight(l, "\r"); !seen[l] {
				seen[l] = true
				texts = append(texts, l, strings.TrimSpace(l))
			}
		}
		return nil
	})
	if len(texts) < 10000 {
		t.Fatalf("only %d texts", len(texts))
	}
	if runtime.GOARCH == "wasm" {
		// The filters are the same Go code on every target, checked on
		// every text by the native tier; under wasm (about 25x slower
		// here: 514 s of a 10 min package timeout on a loaded machine)
		// every 8th text, which still reaches each kind of test data.
		var some []string
		for i := 0; i < len(texts); i += 8 {
			some = append(some, texts[i])
		}
		texts = some
	}
	rejected, started := 0, 0
	for _, r := range lazyre.All() {
		re := r.Plain()
		if r.Starts() != nil {
			started++
			sameMatches(t, r, texts)
		}
		for _, s := range texts {
			if !r.MayMatch(s) {
				rejected++
				if re.MatchString(s) {
					t.Errorf("pattern %q: the filter turned away %q, which it matches", r.String(), s)
				}
			}
		}
	}
	if rejected == 0 {
		t.Error("no filter turned any text away")
	}
	if started == 0 {
		t.Error("no pattern is run from its start literals")
	}
	t.Logf("%d patterns, %d texts, %d turned away by a filter, %d run from their start literals", len(lazyre.All()), len(texts), rejected, started)
}

// sameMatches checks that a pattern run from the places its matches may
// start finds what the regexp package finds, match by match and group by
// group, in each text its filter lets through (the others are the filter's
// test): all of them, and the first.
func sameMatches(t *testing.T, r *lazyre.Regexp, texts []string) {
	t.Helper()
	re := r.Plain()
	for _, s := range texts {
		if !r.MayMatch(s) {
			continue
		}
		for _, n := range []int{-1, 1} {
			got, want := r.FindAllStringSubmatchIndex(s, n), re.FindAllStringSubmatchIndex(s, n)
			if len(got) != len(want) {
				t.Fatalf("pattern %q on %q (n=%d): %v, regexp's %v", r.String(), s, n, got, want)
			}
			for i := range got {
				if !slices.Equal(got[i], want[i]) {
					t.Fatalf("pattern %q on %q (n=%d): %v, regexp's %v", r.String(), s, n, got, want)
				}
			}
		}
	}
}
