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
