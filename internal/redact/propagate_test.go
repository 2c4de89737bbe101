package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// chainWalk is everywhere's walk of a chain, form by form (what it does
// for short chains): the reference for trieBest.
func chainWalk(vals []string, s string, i, lim int) (int32, int) {
	best, bestLen := int32(-1), 0
	for x, fv := range vals {
		e := i + len(fv)
		if e > len(s) || s[i:e] != fv {
			if len(fv) >= 24 && (i == 0 || !isAlnum(s[i-1])) {
				l := 8
				for l < len(fv) && i+l < len(s) && s[i+l] == fv[l] {
					l++
				}
				if l >= 16 && l > bestLen && (i+l == len(s) || !isAlnum(s[i+l])) && l <= lim {
					best, bestLen = int32(x), l
				}
			}
			continue
		}
		if best >= 0 && bestLen >= len(fv) {
			continue
		}
		if (len(fv) < 12 || allDigits(fv)) && (i > 0 && isAlnum(s[i-1]) || e < len(s) && isAlnum(s[e])) {
			continue
		}
		if len(fv) > lim {
			continue
		}
		best, bestLen = int32(x), len(fv)
	}
	return best, bestLen
}

// TestTrieBestIsTheChainWalk: on chains of values sharing long prefixes,
// of every length around the thresholds (12, 16, 24), digits and letters,
// the trie answers every position of texts made of their pieces as the
// walk of the chain does, with every limit.
func TestTrieBestIsTheChainWalk(t *testing.T) {
	found := map[bool]int{} // matches of whole values, of cut copies
	rng := rand.New(rand.NewSource(21))
	const head = "00000000"
	alpha := []string{"0123", "01ab", "0a-. ", "01"}
	for round := 0; round < 400; round++ {
		al := alpha[round%len(alpha)]
		piece := func(n int) string {
			b := make([]byte, n)
			for k := range b {
				b[k] = al[rng.Intn(len(al))]
			}
			return string(b)
		}
		// values: a shared stem, then random tails
		stem := head + piece(rng.Intn(30))
		seen := map[string]bool{}
		var vals []string
		for len(vals) < 2+rng.Intn(40) {
			v := stem + piece(rng.Intn(24))
			if rng.Intn(4) == 0 && len(vals) > 0 {
				w := vals[rng.Intn(len(vals))] // a prefix of another value
				v = w[:8+rng.Intn(len(w)-7)]
			}
			if len(v) < 8 || seen[v] {
				continue
			}
			seen[v] = true
			vals = append(vals, v)
		}
		nodes := []trieNode{{end: -1, long: -1, child: -1, sib: -1}}
		for x, v := range vals {
			nodes = trieInsert(nodes, 0, v, int32(x))
		}
		var sb strings.Builder
		for sb.Len() < 600 {
			v := vals[rng.Intn(len(vals))]
			switch rng.Intn(4) {
			case 0:
				sb.WriteString(v)
			case 1:
				sb.WriteString(v[:8+rng.Intn(len(v)-7)])
			case 2:
				sb.WriteString(v[:8+rng.Intn(len(v)-7)] + piece(3))
			default:
				sb.WriteString(piece(rng.Intn(5)))
			}
		}
		s := sb.String()
		for i := 0; i+8 <= len(s); i++ {
			if s[i:i+8] != head {
				continue
			}
			for _, lim := range []int{len(s) - i, 8 + rng.Intn(40)} {
				lim = min(lim, len(s)-i)
				wb, wl := chainWalk(vals, s, i, lim)
				if wb >= 0 {
					found[wb >= 0 && wl == len(vals[wb])]++
				}
				tb, tl, _ := trieBest(nodes, 0, s, i, lim)
				if wb != tb || wl != tl {
					t.Fatalf("round %d at %d (lim %d) in %q\nvalues %q\nwalk %d,%d trie %d,%d", round, i, lim, s[max(0, i-3):min(len(s), i+60)], vals, wb, wl, tb, tl)
				}
			}
		}
	}
	if found[true] < 100 || found[false] < 100 {
		t.Fatalf("the texts met too few matches: %d whole, %d cut", found[true], found[false])
	}
}
