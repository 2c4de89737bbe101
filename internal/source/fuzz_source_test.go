package source

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// FuzzOffsets: UTF16 agrees with encoding/utf16 at every rune start (an
// invalid byte counts one unit, as U+FFFD does in JavaScript), never
// decreases, FromUTF16 inverts it, and LineCol stays inside the text.
func FuzzOffsets(f *testing.F) {
	f.Add("plain ascii\nsecond line")
	f.Add("😀 ключ https://b.s3.amazonaws.com/k?X-Amz-Expires=700000")
	f.Add("\xff\xfe\xc3(\xed\xa0\x80 ok \U0010ffff\n\n")
	f.Add(string(make([]byte, 3*checkpointEvery)) + "é")
	f.Fuzz(func(t *testing.T, s string) {
		tx := New(s)
		units, prev := 0, 0
		for i := 0; i <= len(s); {
			if got := tx.UTF16(i); got != units {
				t.Fatalf("UTF16(%d) = %d, want %d", i, got, units)
			}
			if back := tx.FromUTF16(units); back != i {
				t.Fatalf("FromUTF16(%d) = %d, want %d", units, back, i)
			}
			line, col := tx.LineCol(i)
			if line < 1 || col < 1 || col > len(s)+1 {
				t.Fatalf("LineCol(%d) = %d, %d", i, line, col)
			}
			if i == len(s) {
				break
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			units += len(utf16.Encode([]rune{r}))
			// Offsets inside a character count as its start.
			for j := i + 1; j < i+size; j++ {
				if got := tx.UTF16(j); got < prev || got > units {
					t.Fatalf("UTF16(%d) inside a character = %d, outside [%d, %d]", j, got, prev, units)
				}
			}
			prev = units
			i += size
		}
		if tx.UTF16(-1) != 0 || tx.UTF16(len(s)+5) != units {
			t.Fatalf("offsets outside the text are not clamped")
		}
	})
}
