package rare

import (
	"math/rand"
	"strings"
	"testing"
)

// TestIndexIsStringsIndex: Index answers as strings.Index, on texts and
// words over small alphabets (many near misses, the rare byte common in
// the text so that it hands over to strings.Index), on repeated runs and
// where the rare byte occurs before, inside and after a match.
func TestIndexIsStringsIndex(t *testing.T) {
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
		if got, want := Index(s, w), strings.Index(s, w); got != want {
			t.Fatalf("Index(%q, %q) = %d, strings.Index %d", s, w, got, want)
		}
		if got, want := Contains(s, w), strings.Contains(s, w); got != want {
			t.Fatalf("Contains(%q, %q) = %v, strings.Contains %v", s, w, got, want)
		}
		if strings.Count(s, w[len(w)-1:]) > 64 {
			handed++
		}
	}
	const sub = "aws_iam_access_key" // its rarest byte: the 'k'
	for _, c := range []struct{ s, w string }{
		{strings.Repeat("a", 5000) + "b", "aaab"},
		{strings.Repeat("ab", 3000), "abb"},
		{strings.Repeat("Zq", 3000) + "Zqq", "Zqq"},
		{"", "ab"}, {"a", "ab"}, {"ab", "ab"}, {"xab", ""},
		{"", sub}, {"k", sub}, {sub, sub}, {"kk" + sub, sub}, {"aws_iam_access_kek" + sub + sub, sub},
		{"x aws_iam_access_keyy", sub}, {"aws_iam_access_ke", sub}, {"kaws_iam_access_key", sub},
	} {
		if got, want := Index(c.s, c.w), strings.Index(c.s, c.w); got != want {
			t.Fatalf("Index(%.20q…, %q) = %d, strings.Index %d", c.s, c.w, got, want)
		}
	}
	if handed < 100 {
		t.Fatalf("only %d texts where the rare byte is common", handed)
	}
}
