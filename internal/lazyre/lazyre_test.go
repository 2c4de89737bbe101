package lazyre

import (
	"regexp"
	"slices"
	"testing"
)

func TestSameAnswersAsRegexp(t *testing.T) {
	expr := `(\w+)=(\d+)`
	lz, re := New(expr), regexp.MustCompile(expr)
	in := "a=1 bb=22 c=x"
	if lz.re != nil {
		t.Fatal("compiled before first use")
	}
	if lz.MatchString(in) != re.MatchString(in) || lz.FindString(in) != re.FindString(in) || lz.String() != expr {
		t.Error("MatchString/FindString/String differ")
	}
	if got, want := lz.FindStringSubmatch(in), re.FindStringSubmatch(in); !slices.Equal(got, want) {
		t.Errorf("FindStringSubmatch %q, want %q", got, want)
	}
	if got, want := lz.FindStringSubmatchIndex(in), re.FindStringSubmatchIndex(in); len(got) != len(want) || got[1] != want[1] {
		t.Errorf("FindStringSubmatchIndex %v, want %v", got, want)
	}
	if got, want := lz.FindAllStringSubmatch(in, -1), re.FindAllStringSubmatch(in, -1); len(got) != len(want) || !slices.Equal(got[1], want[1]) {
		t.Errorf("FindAllStringSubmatch %q, want %q", got, want)
	}
	if got, want := lz.FindAllStringSubmatchIndex(in, 1), re.FindAllStringSubmatchIndex(in, 1); len(got) != 1 || len(want) != 1 || got[0][5] != want[0][5] {
		t.Errorf("FindAllStringSubmatchIndex %v, want %v", got, want)
	}
}

func TestCompileAll(t *testing.T) {
	New(`^ok$`)
	n := CompileAll()
	if n == 0 {
		t.Fatal("no pattern registered")
	}
	bad := New(`(`)
	defer func() {
		if recover() == nil {
			t.Error("an invalid pattern did not panic in CompileAll")
		}
		all = all[:len(all)-1]
		_ = bad
	}()
	CompileAll()
}

func TestCompileSomeStepsThrough(t *testing.T) {
	New(`^step-a$`)
	New(`^step-b$`)
	New(`^step-c$`)
	left := CompileSome(0)
	if left < 3 {
		t.Fatalf("CompileSome(0) left %d, want at least the 3 new ones", left)
	}
	steps := 0
	for left > 0 {
		next := CompileSome(2)
		if next != max(0, left-2) {
			t.Fatalf("CompileSome(2) with %d left: %d left, want %d", left, next, max(0, left-2))
		}
		left = next
		steps++
	}
	if CompileSome(5) != 0 || steps == 0 {
		t.Fatalf("steps %d, and patterns left after all were compiled", steps)
	}
}

// FindAllInLines gives FindAllStringSubmatchIndex's matches for patterns
// whose matches lie within a line and hold one of the words, whatever the
// limit, however the words fall (several on a line, none, at the ends).
func TestFindAllInLinesSameAsWholeText(t *testing.T) {
	cases := []struct {
		expr  string
		words []string
	}{
		{`(?m)^[ \t]*([A-Z][A-Za-z]{2,20}): ([^\n]{3,40}?)[ \t\r]*$`, []string{": "}},
		{`\b(?:[A-Z]{4}_(?:EXAMPLE_)?KEY|SESSION_TOKEN)_[0-9]+\b`, []string{"_KEY_", "SESSION_TOKEN_"}},
		{`(?i)host(?:name)? ([a-z.]+)|cert\w*`, []string{"host", "HOST", "cert", "CERT"}},
	}
	texts := []string{
		"",
		"NoSuchKey: The specified key does not exist.\n  at x\nfoo: bar baz\nAccessDenied: Access Denied\r\n",
		"AKIA_KEY_1 x AKIA_EXAMPLE_KEY_22\nxAKIA_KEY_3 SESSION_TOKEN_4\nSESSION_TOKEN_\nABCD_KEY_5",
		"hostname a.b HOST c.d\ncertificate CERT\nno match here\nhost",
		"Error: a: bbbb\n\n\nWarning: cccc cccc\nAKIA_KEY_9",
	}
	for _, c := range cases {
		lz, re := New(c.expr), regexp.MustCompile(c.expr)
		for _, in := range texts {
			for _, n := range []int{-1, 0, 1, 2, 3, 100} {
				got, want := lz.FindAllInLines(in, c.words, n), re.FindAllStringSubmatchIndex(in, n)
				if len(got) != len(want) {
					t.Fatalf("%s on %q, n=%d: %v, want %v", c.expr, in, n, got, want)
				}
				for i := range got {
					if !slices.Equal(got[i], want[i]) {
						t.Fatalf("%s on %q, n=%d: %v, want %v", c.expr, in, n, got, want)
					}
				}
			}
		}
	}
}
