package model

import "strings"

// indexRare is strings.Index(s, w), found by the rarest byte of w.
//
// In the wasm build strings.Index skips ahead by w's first byte
// (IndexByte, fast there) and, once that byte proves common in s, walks s
// a byte at a time (Rabin-Karp, about 10 ms a megabyte: the model searched
// a 1 MB paste for words that way over a hundred times an analysis). Here
// IndexByte skips ahead by the byte of w least common in pastes (byteRank);
// a byte that turns out common in s too hands the rest to strings.Index,
// whose cost is bounded.
func indexRare(s, w string) int {
	n := len(w)
	if n < 2 || n > len(s) {
		return strings.Index(s, w)
	}
	r := 0
	for k := 1; k < n; k++ {
		if byteRank[w[k]] < byteRank[w[r]] {
			r = k
		}
	}
	c := w[r]
	fails := 0
	for i := 0; i+n <= len(s); { // no match starts before i
		j := strings.IndexByte(s[i+r:len(s)-n+r+1], c)
		if j < 0 {
			return -1
		}
		at := i + j // s[at+r] == c
		if s[at:at+n] == w {
			return at
		}
		i = at + 1
		if fails++; fails > 16 && fails > i>>5 {
			if k := strings.Index(s[i:], w); k >= 0 {
				return i + k
			}
			return -1
		}
	}
	return -1
}

// containsRare is strings.Contains(s, w), by indexRare.
func containsRare(s, w string) bool { return indexRare(s, w) >= 0 }

// byteRank ranks bytes by how common they are in pastes (code, logs, URLs,
// prose): 0 for the rarest (those not listed), 255 for a blank.
var byteRank = func() (rank [256]uint8) {
	const common = " etaosrinlcdphumg./\"=:-,_fybwkvx()0123456789\n'\tESATIRONLCDPHUMGFYBWKVX{}[]#;<>$@&*+!?|\\%^~`jqzJQZ\r"
	for k := 0; k < len(common); k++ {
		rank[common[k]] = uint8(255 - k)
	}
	return rank
}()
