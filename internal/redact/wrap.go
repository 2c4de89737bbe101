package redact

import (
	"strings"
	"sync"
)

// wrapJoins returns the line breaks of s that a log viewer or a terminal
// inserted (hard wraps, found by wrapBlocks): [start, end) of each "\n" or
// "\r\n" to drop so the wrapped value reads whole.
func wrapJoins(s string) [][2]int {
	var out [][2]int
	for _, b := range wrapBlocks(s) {
		for k := 1; k < len(b.idx); k++ {
			if b.idx[k] != b.idx[k-1]+1 {
				out = append(out, [2]int{b.idx[k-1] + 1, b.idx[k]})
			}
		}
	}
	return out
}

// block is a run of lines that look hard-wrapped (terminal or log width):
// joined is the text without the line breaks, idx maps each byte of joined
// to its offset in the paste.
type block struct {
	joined string
	idx    []int
}

// wrapMin is the shortest line taken for a wrapped one.
const wrapMin = 60

func joinable(c byte) bool { return isWord(c) || isB64(c) || c == '%' }

// commonWidths are terminal and log widths at which a single wrapped line
// is believed; other widths need two full lines of the same length.
var commonWidths = sync.OnceValue(func() map[int]bool {
	return map[int]bool{76: true, 78: true, 79: true, 80: true, 100: true, 120: true, 132: true, 160: true, 200: true}
})

// wrapBlocks finds hard-wrapped lines: lines of one width (at least
// wrapMin bytes) that end inside a word continued at the start of the next
// line, followed by a line no longer than them. Lines holding a placeholder
// are never joined: redaction shortens a line, and a second pass over
// redacted text must not find a wrap the first pass did not (fuzzing found
// a 77-byte last line that a token placeholder brought under 76).
func wrapBlocks(s string) []block {
	type line struct{ start, end, next int }
	lines := make([]line, 0, strings.Count(s, "\n")+1)
	for ls := 0; ls < len(s); {
		nl := ls
		for nl < len(s) && s[nl] != '\n' {
			nl++
		}
		le := nl
		if le > ls && s[le-1] == '\r' {
			le--
		}
		lines = append(lines, line{ls, le, nl + 1})
		ls = nl + 1
	}
	var out []block
	for a := 0; a < len(lines); {
		l := lines[a]
		w := l.end - l.start
		cont := func(k int) bool {
			lk := lines[k]
			return k+1 < len(lines) && lk.end-lk.start == w && lk.next < len(s) &&
				(joinable(s[lk.end-1]) && joinable(s[lk.next]) || commonWidths()[w] && (s[lk.end-1] > ' ' || s[lk.next] > ' ') && s[lk.next] != '\n' && s[lk.next] != '\r') && !assignStart(s, lk.next) && !sameStart(s, lk.start, lk.next) && lines[k+1].end-lines[k+1].start <= w &&
				!hasPlaceholder(s[lk.start:lk.end]) && !hasPlaceholder(s[lines[k+1].start:lines[k+1].end])
		}
		if w < wrapMin || !cont(a) {
			a++
			continue
		}
		b := a
		for b < len(lines) && cont(b) {
			b++
		}
		// lines a..b-1 are full, b is the last piece
		if b-a < 2 && !commonWidths()[w] {
			a = b + 1
			continue
		}
		var buf []byte
		var idx []int
		for k := a; k <= b; k++ {
			for x := lines[k].start; x < lines[k].end; x++ {
				buf = append(buf, s[x])
				idx = append(idx, x)
			}
		}
		out = append(out, block{joined: string(buf), idx: idx})
		a = b + 1
	}
	return out
}

// hasPlaceholder reports whether a line holds a placeholder: such a line
// was already redacted (its width no longer tells a wrap), so it is never
// joined, which keeps Redact idempotent.
func hasPlaceholder(line string) bool {
	for i := 0; i < len(line); {
		if !isAlnum(line[i]) {
			i++
			continue
		}
		j := i
		for j < len(line) && (isAlnum(line[j]) || line[j] == '_' || line[j] == '-') {
			j++
		}
		if tokenHasPlaceholder(line[i:j]) {
			return true
		}
		i = j
	}
	return false
}

// tokenHasPlaceholder looks for a placeholder anywhere inside one token of
// [A-Za-z0-9_-], ending where its counter ends.
func tokenHasPlaceholder(t string) bool {
	if len(t) > 96 {
		t = t[:96]
	}
	if strings.IndexByte(t, '_') < 0 && strings.IndexByte(t, '-') < 0 {
		return false // every placeholder has a '_' or '-' before its counter
	}
	for a := 0; a < len(t); a++ {
		if !(t[a] >= 'A' && t[a] <= 'Z' || t[a] == 'r') {
			continue
		}
		for b := a + 6; b <= len(t); b++ {
			if isDigit(t[b-1]) && (t[b-2] == '_' || t[b-2] == '-' || isDigit(t[b-2])) && (b == len(t) || !isDigit(t[b])) && IsPlaceholder(t[a:b]) {
				return true
			}
		}
	}
	return false
}

// assignStart reports a line that starts a new assignment ("key = value",
// "key: value", "AWS_KEY=value"): a line of its own, not the rest of a
// wrapped one, even when the line before happens to be as long as a
// terminal. (A wrapped base64 value ending in "=\"" is no assignment.)
func assignStart(s string, k int) bool {
	e := k
	under, lower := false, false
	for e < len(s) && e-k < 64 && isWord(s[e]) {
		under = under || s[e] == '_'
		lower = lower || s[e] >= 'a' && s[e] <= 'z'
		e++
	}
	if e == k || e >= len(s) {
		return false
	}
	spaced := false
	for e < len(s) && s[e] == ' ' {
		e++
		spaced = true
	}
	if e >= len(s) {
		return false
	}
	c, n := s[e], 1
	if c == '&' || c == '%' {
		if m, d := escapeAt(s, e); m > 0 {
			c, n = d, m
		}
	}
	if c != '=' && c != ':' {
		return false
	}
	after := byte(' ')
	if e+n < len(s) {
		after = s[e+n]
	}
	if spaced || after == ' ' {
		return true
	}
	// KEY=value with no blanks: an environment variable's name
	return c == '=' && under && !lower && isAlnum(after)
}

// sameStart reports two lines that start alike (8 bytes): records of a
// list (URLs, log lines), not a line and its wrapped rest.
func sameStart(s string, a, b int) bool {
	return b+8 <= len(s) && a+8 <= b && s[a:a+8] == s[b:b+8]
}
