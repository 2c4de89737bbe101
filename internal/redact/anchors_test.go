package redact

import (
	"strings"
	"testing"
)

// TestAnchorsIn compares each way of making the index with a search for each anchor word
// from every position (overlapping starts too) on corpus pastes and on
// texts made of the anchors' own bytes.
func TestAnchorsIn(t *testing.T) {
	texts := []string{mixedPaste(200 << 10), "", "[[[\"", "]]: : ]: ", "? ? ?  ", "map(map(Map(ap(", " -p -p  -p "}
	for a := range anchorWords {
		w := anchorWords[a]
		texts = append(texts, w, w+w, w[:len(w)-1], "x"+w+"x"+w[1:]+w)
	}
	for _, s := range texts {
		for _, ix := range []*anchorIndex{anchorsBySweep(s), anchorsByLoop(s), anchorsIn(s)} {
			checkAnchors(t, s, ix)
		}
	}
}

func checkAnchors(t *testing.T, s string, ix *anchorIndex) {
	t.Helper()
	for a, w := range anchorWords {
		var want []int
		for p := 0; p+len(w) <= len(s); p++ {
			if strings.HasPrefix(s[p:], w) {
				want = append(want, p)
			}
		}
		got := ix.of(anchor(a))
		if len(got) != len(want) {
			t.Fatalf("%q in a text of %d bytes: %d starts, want %d", w, len(s), len(got), len(want))
		}
		for k := range want {
			if got[k] != want[k] {
				t.Fatalf("%q: start %d is %d, want %d", w, k, got[k], want[k])
			}
		}
	}
}

// TestVerticalBox compares verticalBox with the three searches it
// replaced, at every cut of texts holding box drawing and its neighbours.
func TestVerticalBox(t *testing.T) {
	for _, base := range []string{"a \u2502 b", "\u2551", "x\u2503", "\u2500\u2500\u250c", "\u2026 \u2014 \u2502", "\u2014\u2551\u2014", "\u2503\u2503", "\xe2\x94", "\xe2"} {
		for i := 0; i <= len(base); i++ {
			for j := i; j <= len(base); j++ {
				s := base[i:j]
				want := strings.Contains(s, "\u2502") || strings.Contains(s, "\u2551") || strings.Contains(s, "\u2503")
				if got := verticalBox(s); got != want {
					t.Fatalf("verticalBox(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}
