package source

import (
	"strings"
	"testing"
	"unicode/utf16"
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
