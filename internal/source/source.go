// Package source holds a pasted text with byte spans, line tables and
// UTF-8 to UTF-16 offset conversion.
package source

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Span is a half-open range of byte offsets into a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether off lies inside the span.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Overlaps reports whether the two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Text is an immutable text with lazily built offset tables.
type Text struct {
	s          string
	ascii      bool
	lineStarts []int
	// cpBytes[i] is a rune start and cpUnits[i] the UTF-16 length before it.
	cpBytes, cpUnits []int
}

const checkpointEvery = 256

// New returns a Text for s.
func New(s string) *Text {
	t := &Text{s: s, ascii: true}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			t.ascii = false
			break
		}
	}
	return t
}

// String returns the text.
func (t *Text) String() string { return t.s }

// Len returns the length of the text in bytes.
func (t *Text) Len() int { return len(t.s) }

// Slice returns the text under span, clamped to the text.
func (t *Text) Slice(sp Span) string {
	a, b := t.clamp(sp.Start), t.clamp(sp.End)
	if b < a {
		return ""
	}
	return t.s[a:b]
}

func (t *Text) clamp(off int) int {
	if off < 0 {
		return 0
	}
	if off > len(t.s) {
		return len(t.s)
	}
	return off
}

// UTF16 converts a byte offset into a UTF-16 code unit offset. Offsets inside
// a multi-byte character are moved to the start of that character.
func (t *Text) UTF16(off int) int {
	off = t.clamp(off)
	if t.ascii {
		return off
	}
	if t.cpBytes == nil {
		t.buildCheckpoints()
	}
	ci := sort.SearchInts(t.cpBytes, off+1) - 1
	i, n := t.cpBytes[ci], t.cpUnits[ci]
	for i < off {
		r, size := utf8.DecodeRuneInString(t.s[i:])
		if i+size > off {
			break
		}
		n += utf16Len(r)
		i += size
	}
	return n
}

func utf16Len(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

// buildCheckpoints records (byte offset, UTF-16 offset) pairs at rune starts
// about every checkpointEvery bytes, so UTF16 scans at most that far.
func (t *Text) buildCheckpoints() {
	t.cpBytes = []int{0}
	t.cpUnits = []int{0}
	n, last := 0, 0
	for i := 0; i < len(t.s); {
		if i-last >= checkpointEvery {
			t.cpBytes = append(t.cpBytes, i)
			t.cpUnits = append(t.cpUnits, n)
			last = i
		}
		r, size := utf8.DecodeRuneInString(t.s[i:])
		n += utf16Len(r)
		i += size
	}
}

// FromUTF16 converts a UTF-16 offset back into a byte offset.
func (t *Text) FromUTF16(u int) int {
	if u <= 0 {
		return 0
	}
	if t.ascii {
		return t.clamp(u)
	}
	n := 0
	for i, r := range t.s {
		if n >= u {
			return i
		}
		n += utf16Len(r)
	}
	return len(t.s)
}

// LineCol returns the 1-based line and the 1-based byte column of off.
func (t *Text) LineCol(off int) (line, col int) {
	off = t.clamp(off)
	if t.lineStarts == nil {
		// Sized once, each newline found by IndexByte: a byte loop with
		// appends was most of the first LineCol on a big paste in the wasm.
		t.lineStarts = make([]int, 1, strings.Count(t.s, "\n")+1)
		for i := 0; ; {
			k := strings.IndexByte(t.s[i:], '\n')
			if k < 0 {
				break
			}
			i += k + 1
			t.lineStarts = append(t.lineStarts, i)
		}
	}
	i := sort.SearchInts(t.lineStarts, off+1) - 1
	return i + 1, off - t.lineStarts[i] + 1
}

// ContainsLower reports whether strings.ToLower(s) contains sub, a
// lower-case ASCII string, without making the lower-case copy: a whole
// paste lower-cased to search it for a word allocated and walked 1 MB a
// byte at a time, several times an analysis. The runes other than ASCII
// letters whose lower case is ASCII (U+0130 → i, U+212A KELVIN SIGN → k,
// what unicode.ToLower gives) count as such.
func ContainsLower(s, sub string) bool {
	if sub == "" {
		return true
	}
	first := sub[0]
	var cand [256]bool
	markFirst(&cand, first)
	for i := 0; i < len(s); {
		if !cand[s[i]] {
			i++ // an ASCII byte that is not first in either case
			continue
		}
		c, n := s[i], 1
		if c >= utf8.RuneSelf {
			c, n = lowerRune(s[i:])
		} else if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		i += n
		if c == first && hasLowerPrefix(s[i:], sub[1:]) {
			return true
		}
	}
	return false
}

// ContainsLowerAny reports whether ContainsLower(s, sub) holds for one of
// subs (each lower-case ASCII, not empty), in one pass over s.
func ContainsLowerAny(s string, subs []string) bool {
	var cand [256]bool
	for _, sub := range subs {
		markFirst(&cand, sub[0])
	}
	for i := 0; i < len(s); {
		if !cand[s[i]] {
			i++
			continue
		}
		c, n := s[i], 1
		if c >= utf8.RuneSelf {
			c, n = lowerRune(s[i:])
		} else if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		i += n
		for _, sub := range subs {
			if c == sub[0] && hasLowerPrefix(s[i:], sub[1:]) {
				return true
			}
		}
	}
	return false
}

// markFirst marks in cand the bytes a text's character lowered to c can
// start with: c, its upper case, and every byte from 0x80 (a rune beyond
// ASCII whose lower case is c, such as the Kelvin sign's k). The loops
// above skip every other byte at once, one table look-up instead of the
// case mapping and a comparison with each word.
func markFirst(cand *[256]bool, c byte) {
	cand[c] = true
	if 'a' <= c && c <= 'z' {
		cand[c-('a'-'A')] = true
	}
	for b := utf8.RuneSelf; b < 256; b++ {
		cand[b] = true
	}
}

// hasLowerPrefix reports whether strings.ToLower(s) starts with sub
// (lower-case ASCII).
func hasLowerPrefix(s, sub string) bool {
	i := 0
	for k := 0; k < len(sub); k++ {
		if i >= len(s) {
			return false
		}
		c, n := s[i], 1
		if c >= utf8.RuneSelf {
			c, n = lowerRune(s[i:])
		} else if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != sub[k] {
			return false
		}
		i += n
	}
	return true
}

// lowerRune returns the lower case of the rune s starts with when it is
// ASCII, else utf8.RuneSelf (no ASCII byte), and the rune's length.
func lowerRune(s string) (byte, int) {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '\u0130':
		return 'i', n
	case '\u212a':
		return 'k', n
	}
	return utf8.RuneSelf, n
}
