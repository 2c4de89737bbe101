//go:build !js

package main

import (
	"sort"
	"strings"
	"unicode/utf16"

	"github.com/presign-doctor/presign-doctor/internal/redact"
)

// lineIndex finds the line and column of a byte offset in a text. Lines
// and columns count from 1; a column counts UTF-16 code units, as SARIF's
// default columnKind (utf16CodeUnits), GitHub and most editors do.
type lineIndex struct {
	s      string
	starts []int // byte offset of each line's start
}

func newLineIndex(s string) *lineIndex {
	li := &lineIndex{s: s, starts: []int{0}}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			li.starts = append(li.starts, i+1)
		}
	}
	return li
}

// pos returns the 1-based line and UTF-16 column of byte offset off.
func (li *lineIndex) pos(off int) (line, col int) {
	if off > len(li.s) {
		off = len(li.s)
	}
	if off < 0 {
		off = 0
	}
	i := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	col = 1
	for _, r := range li.s[li.starts[i]:off] {
		col += utf16.RuneLen(r)
	}
	return i + 1, col
}

// text returns line n (1-based) without its line break.
func (li *lineIndex) text(n int) string {
	if n < 1 || n > len(li.starts) {
		return ""
	}
	end := len(li.s)
	if n < len(li.starts) {
		end = li.starts[n] - 1
	}
	return strings.TrimRight(li.s[li.starts[n-1]:end], "\r")
}

// origin maps byte offsets of the redacted text back to the file it was
// made from. Redaction only replaces secrets with placeholders, so the text
// between two placeholders is the file's own: each such run is found in
// the file after the previous one (a secret is never empty), and an offset
// maps by its distance from the start of its run. An offset inside a
// placeholder maps to the start of the secret it replaced (end: to the
// secret's end). Should a run not be found (a redaction that changed the
// text around it), the offsets after it keep the last known shift.
type origin struct {
	runs []textRun // in order
}

// textRun is a stretch of redacted text [red, red+n) found at orig in the file.
type textRun struct{ red, orig, n int }

func newOrigin(file, redacted string, rs []redact.Redaction) *origin {
	o := &origin{}
	if len(rs) == 0 {
		o.runs = []textRun{{0, 0, len(redacted)}}
		return o
	}
	sorted := append([]redact.Redaction(nil), rs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	r, f := 0, 0 // next redacted offset, next file offset
	add := func(from, to int) {
		if to <= from {
			return
		}
		seg := redacted[from:to]
		search := f
		if from > 0 {
			search = f + 1 // a secret lies between: at least one byte
		}
		if search > len(file) {
			return
		}
		if i := strings.Index(file[search:], seg); i >= 0 {
			o.runs = append(o.runs, textRun{from, search + i, len(seg)})
			f = search + i + len(seg)
		}
	}
	for _, rd := range sorted {
		if rd.Start < r {
			continue
		}
		add(r, rd.Start)
		r = rd.End
	}
	add(r, len(redacted))
	return o
}

// at maps a redacted offset to the file; end says the offset ends a span.
func (o *origin) at(off int, end bool) int {
	if len(o.runs) == 0 {
		return off
	}
	i := sort.Search(len(o.runs), func(i int) bool { return o.runs[i].red > off }) - 1
	if i < 0 {
		// Before the first run: inside a leading placeholder.
		if end {
			return o.runs[0].orig
		}
		return 0
	}
	rn := o.runs[i]
	if off <= rn.red+rn.n {
		return rn.orig + off - rn.red
	}
	// Inside the placeholder after run i.
	if end && i+1 < len(o.runs) {
		return o.runs[i+1].orig
	}
	return rn.orig + rn.n
}
