package model

// manyWordsText is the length from which a text is searched for a list of
// words in one pass (a wordSet) instead of once a word: in the wasm build
// each whole-text strings.Index costs about 10 ms a megabyte (no SIMD,
// Rabin-Karp once the first byte is common), and a 1 MB paste was searched
// for the same few dozen words over a hundred times an analysis.
const manyWordsText = 4096

// wordSet finds the occurrences of several words in a text in one pass.
type wordSet struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	words []string
	pairs [1 << 10]uint64 // the words' first two bytes, a bit each
}

// newWordSet returns the set of words, or nil when one is shorter than
// two bytes (the caller searches word by word then).
func newWordSet(words []string) *wordSet {
	ws := &wordSet{words: words}
	for _, w := range words {
		if len(w) < 2 {
			return nil
		}
		x := uint32(w[0]) | uint32(w[1])<<8
		ws.pairs[x>>6] |= 1 << (x & 63)
	}
	return ws
}

// each calls fn(at, k) for every occurrence of words[k] in text at at, in
// the order of at and, at one offset, of k; it stops when fn returns
// false.
func (ws *wordSet) each(text string, fn func(at, k int) bool) {
	for i := 0; i+1 < len(text); i++ {
		// the filter written out (the wasm build inlines nothing)
		x := uint32(text[i]) | uint32(text[i+1])<<8
		if ws.pairs[x>>6]&(1<<(x&63)) == 0 {
			continue
		}
		for k, w := range ws.words {
			if len(w) <= len(text)-i && w[0] == text[i] && w[1] == text[i+1] && text[i:i+len(w)] == w {
				if !fn(i, k) {
					return
				}
			}
		}
	}
}

// firstIndexes returns strings.Index(text, w) for each of words, in one
// pass over text.
func (ws *wordSet) firstIndexes(text string) []int {
	at := make([]int, len(ws.words))
	for k := range at {
		at[k] = -1
	}
	left := len(at)
	ws.each(text, func(i, k int) bool {
		if at[k] < 0 {
			at[k] = i
			left--
		}
		return left > 0
	})
	return at
}
