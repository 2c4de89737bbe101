package source

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func TestUTF16MatchesStdlib(t *testing.T) {
	inputs := []string{
		"",
		"plain ascii",
		"ключ/файл.txt 😀 end",
		strings.Repeat("é😀a", 400) + "tail",
		"\xff\xfe broken utf8 😀",
	}
	for _, in := range inputs {
		tx := New(in)
		for off := 0; off <= len(in); off++ {
			// Reference: UTF-16 length of the valid-rune prefix up to off.
			prefix := in[:off]
			// Move back to a rune boundary as UTF16 does.
			want := 0
			for i, r := range prefix {
				_ = i
				want += len(utf16.Encode([]rune{r}))
			}
			// A prefix ending mid-rune decodes the tail as RuneError (1 unit);
			// UTF16 instead stops before an incomplete rune.
			got := tx.UTF16(off)
			if !validBoundary(in, off) {
				continue
			}
			if got != want {
				t.Fatalf("%q: UTF16(%d) = %d, want %d", in, off, got, want)
			}
			if back := tx.FromUTF16(got); back != off {
				t.Fatalf("%q: FromUTF16(%d) = %d, want %d", in, got, back, off)
			}
		}
	}
}

func validBoundary(s string, off int) bool {
	if off == 0 || off == len(s) {
		return true
	}
	c := s[off]
	return c < 0x80 || c >= 0xC0
}

func TestLineCol(t *testing.T) {
	tx := New("ab\ncd\n\nx")
	cases := []struct{ off, line, col int }{{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {6, 3, 1}, {7, 4, 1}, {8, 4, 2}}
	for _, c := range cases {
		l, co := tx.LineCol(c.off)
		if l != c.line || co != c.col {
			t.Errorf("LineCol(%d) = %d:%d, want %d:%d", c.off, l, co, c.line, c.col)
		}
	}
}

// ContainsLower answers as strings.Contains(strings.ToLower(s), sub) on
// texts of ASCII in both cases, runes whose lower case is ASCII (İ, the
// Kelvin sign), other runes and invalid UTF-8, for every lower-case sub
// cut from the same pieces.
func TestContainsLowerSameAsToLower(t *testing.T) {
	pieces := []string{"a", "A", "k", "K", "\u212a", "i", "I", "\u0130", "é", "É", "ß", "\xff", "\xe2\x84", "x-amz-", "X-AMZ-", "policy", "POLICY", " ", "\n", "-"}
	subs := []string{"", "a", "k", "ik", "ki", "policy", "x-amz-credential", "kk", "a-k", "i\n", "kms:", "é"}
	rnd := uint32(1)
	next := func(n int) int { rnd = rnd*1664525 + 1013904223; return int(rnd>>8) % n }
	checked, found := 0, 0
	for round := 0; round < 20000; round++ {
		var sb strings.Builder
		for n := next(12); n >= 0; n-- {
			sb.WriteString(pieces[next(len(pieces))])
		}
		s := sb.String()
		sub := subs[next(len(subs))]
		if round%3 == 0 {
			// a sub that is in the text once lower-cased, when it is ASCII
			l := strings.ToLower(s)
			if i, j := next(len(l)+1), next(len(l)+1); i < j && isASCII(l[min(i, j):max(i, j)]) {
				sub = l[min(i, j):max(i, j)]
			}
		}
		if !isASCII(sub) || strings.ToLower(sub) != sub {
			continue
		}
		want := strings.Contains(strings.ToLower(s), sub)
		if got := ContainsLower(s, sub); got != want {
			t.Fatalf("ContainsLower(%q, %q) = %v, strings.ToLower's answer %v", s, sub, got, want)
		}
		if other := subs[next(len(subs))]; sub != "" && other != "" && isASCII(other) {
			want := want || strings.Contains(strings.ToLower(s), other)
			if got := ContainsLowerAny(s, []string{other, sub}); got != want {
				t.Fatalf("ContainsLowerAny(%q, %q, %q) = %v, strings.ToLower's answer %v", s, other, sub, got, want)
			}
		}
		checked++
		if want {
			found++
		}
	}
	if checked < 10000 || found < checked/10 || found > checked*9/10 {
		t.Fatalf("%d cases checked, %d found: too few of one answer", checked, found)
	}
	// The runes whose lower case is ASCII are the ones lowerRune knows.
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf {
			if c, _ := lowerRune(string(r)); rune(c) != l {
				t.Errorf("%U lower-cases to %q, lowerRune says %q", r, l, c)
			}
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
