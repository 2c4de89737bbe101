package model

import (
	"math/rand"
	"strings"
	"testing"
)

// TestIndexRareIsIndex: indexRare answers as strings.Index, on texts and
// words over small alphabets (many near misses, the rare byte common in
// the text so that it hands over to strings.Index) and on repeated runs.
func TestIndexRareIsIndex(t *testing.T) {
	rng := rand.New(rand.NewSource(21))
	alphas := []string{"ab", "aZ", "e (", "xyz_", "Q\n e"}
	handed := 0
	for round := 0; round < 3000; round++ {
		al := alphas[round%len(alphas)]
		gen := func(n int) string {
			b := make([]byte, n)
			for k := range b {
				b[k] = al[rng.Intn(len(al))]
			}
			return string(b)
		}
		s := gen(rng.Intn(2000))
		w := gen(1 + rng.Intn(6))
		if rng.Intn(3) == 0 && len(s) > 10 {
			k := rng.Intn(len(s) - 5)
			w = s[k : k+1+rng.Intn(5)]
		}
		if got, want := indexRare(s, w), strings.Index(s, w); got != want {
			t.Fatalf("indexRare(%q, %q) = %d, strings.Index %d", s, w, got, want)
		}
		if strings.Count(s, w[len(w)-1:]) > 64 {
			handed++
		}
	}
	for _, c := range []struct{ s, w string }{
		{strings.Repeat("a", 5000) + "b", "aaab"},
		{strings.Repeat("ab", 3000), "abb"},
		{strings.Repeat("Zq", 3000) + "Zqq", "Zqq"},
		{"", "ab"}, {"a", "ab"}, {"ab", "ab"}, {"xab", ""},
	} {
		if got, want := indexRare(c.s, c.w), strings.Index(c.s, c.w); got != want {
			t.Fatalf("indexRare(%.20q…, %q) = %d, strings.Index %d", c.s, c.w, got, want)
		}
	}
	if handed < 100 {
		t.Fatalf("only %d texts where the rare byte is common", handed)
	}
}
