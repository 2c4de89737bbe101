// Package rare finds a word in a paste by the byte of the word least common
// in pastes. redact and model both search whole pastes for fixed words many
// times a call; this is the one copy of that search.
package rare

import "strings"

// Index is strings.Index(s, w), found by the rarest byte of w.
//
// strings.Index skips ahead by w's first byte (IndexByte) and, once that
// byte proves common in s, compares at each byte (natively, by SIMD over
// the rest; in the wasm build, Rabin-Karp, about 10 ms a megabyte). Pastes
// are words of a few common letters, so a first byte such as 'a', 'R' or
// ' ' stops every dozen bytes: the model searched a 1 MB paste for words
// that way over a hundred times an analysis, redaction a few dozen times a
// pass. Here IndexByte skips ahead by the byte of w least common in pastes
// (byteRank); a byte that turns out common in s too hands the rest to
// strings.Index, whose cost is bounded.
func Index(s, w string) int {
	n := len(w)
	if n < 2 || n > len(s) {
		return strings.Index(s, w)
	}
	r := Rarest(w)
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

// Rarest is the offset in w of its byte least common in pastes (the first
// of equals; 0 for an empty w): the byte Index skips ahead by, and the one
// a search for many words at once keys each word by.
func Rarest(w string) int {
	r := 0
	for k := 1; k < len(w); k++ {
		if byteRank[w[k]] < byteRank[w[r]] {
			r = k
		}
	}
	return r
}

// Contains is strings.Contains(s, w), by Index.
func Contains(s, w string) bool { return Index(s, w) >= 0 }

// byteRank ranks bytes by how common they are in pastes: 0 for the rarest
// (those not listed), 255 for a blank. The order is the byte counts of the
// repository's 2,316 test pastes (internal/**/testdata: code, logs, URLs,
// XML errors, HAR, prose); a hand-made order before it ranked digits and
// capitals as rarer than pastes hold them (a key, a hash, a date in every
// other line) and '\t' as common, so a search for ACCESSKEY\t stopped at
// each K.
var byteRank = func() (rank [256]uint8) {
	const common = " etsnraoic-ud0l\npgmh\":3./\\2bwf1A,S=y()4_kE56'vxC{TPRz98;I7qXU>DjOFMLNH}<&KG%W`B#Z][$YV\t?*JQ+^~!|@\r"
	for k := 0; k < len(common); k++ {
		rank[common[k]] = uint8(255 - k)
	}
	return rank
}()
