package redact

import (
	"strings"
	"sync"
)

// wrapJoins returns the line breaks of s that a log viewer or a terminal
// inserted (hard wraps): [start, end) of each "\n" or "\r\n" to drop so
// the wrapped value reads whole. A hard-wrapped block is a run of lines of
// one width (at least wrapMin bytes) that end inside a word continued at
// the start of the next line, followed by a line no longer than them.
// Lines holding a placeholder are never joined: redaction shortens a line,
// and a second pass over redacted text must not find a wrap the first pass
// did not (fuzzing found a 77-byte last line that a token placeholder
// brought under 76).
//
// It reads each line once and allocates only its answer: it runs on every
// pass of Redact, over the whole paste.
func wrapJoins(s string) [][2]int {
	var out [][2]int
	// the current line [ls, le) and the next one's start
	ls := 0
	lineAt := func(ls int) (le, next int) {
		nl := strings.IndexByte(s[ls:], '\n')
		if nl < 0 {
			return len(s), len(s) + 1
		}
		le = ls + nl
		next = le + 1
		if le > ls && s[le-1] == '\r' {
			le--
		}
		return le, next
	}
	for ls < len(s) {
		le, next := lineAt(ls)
		w := le - ls
		if w < wrapMin || next >= len(s) {
			ls = next
			continue
		}
		// cont: line [a, ae) is full and continues at an (its next line
		// ending at ne), so the break between them is a wrap
		cont := func(a, ae, an int) (bool, int) {
			if an >= len(s) || ae-a != w {
				return false, 0
			}
			ne, _ := lineAt(an)
			// an assignment starts the next line also after its
			// indentation (a YAML mapping's next key, "      secretKey:
			// …" after an 80-column "      accessKeyId: …" line:
			// FuzzPlantedSlot 3d3cfb0c354f9d4a)
			ai := an
			for ai < ne && ai-an < 64 && (s[ai] == ' ' || s[ai] == '\t') {
				ai++
			}
			if !(joinable(s[ae-1]) && joinable(s[an]) || commonWidth(w) && (s[ae-1] > ' ' || s[an] > ' ') && s[an] != '\n' && s[an] != '\r' ||
				commonWidth(w) && s[ae-1] == ' ' && s[an] == ' ' && columnGaps(s[a:ae])) ||
				assignStart(s, ai) && !openQuote(s[ls:ae]) && !labelCut(s, a, ae, ai) || promptStart(s, an) || sameStart(s, a, an) || ne-an > w ||
				alignedRows(s[a:ae], s[an:ne]) {
				return false, 0
			}
			if hasPlaceholder(s[a:ae]) || hasPlaceholder(s[an:ne]) {
				return false, 0
			}
			return true, ne
		}
		// lines from ls on are full while cont holds; the last is a piece
		var breaks [][2]int
		a, ae, an := ls, le, next
		for {
			ok, ne := cont(a, ae, an)
			if !ok {
				break
			}
			breaks = append(breaks, [2]int{ae, an})
			_, nn := lineAt(an)
			a, ae, an = an, ne, nn
		}
		// a is now the last piece, [a, ae)
		if len(breaks) == 0 {
			ls = next
			continue
		}
		if len(breaks) < 2 && !commonWidth(w) {
			_, ls = lineAt(a)
			continue
		}
		out = append(out, breaks...)
		_, ls = lineAt(a)
	}
	return out
}

// commandJoins returns joins without the breaks that end a command line
// typed at a prompt ("$ …", commandLine) as long as the wrap width, and
// whether it left any out. Such a join is a guess either way: a terminal
// that hard-wraps cuts a long command at its width, and a command that
// happens to fill the width is followed by its output (b2 key create
// prints "<applicationKeyId> <applicationKey>" on the next line,
// backblaze.com/docs/cloud-storage-command-line-tools; wave 4's
// b2-cli-gsutil-boto-options: an 80-byte "$ b2 key create …" line joined
// to that output hid the key from the reader of that output). Neither
// reading is known to be the paste's, so redactOnce redacts what either
// finds.
func commandJoins(s string, joins [][2]int) ([][2]int, bool) {
	var out [][2]int
	for k, j := range joins {
		// (a break continuing a join before it is a wrapped line's, not
		// the end of the command line's first row)
		if !(k > 0 && joins[k-1][1] == lineStart(s, j[0])) && commandLine(s, j[0]) {
			if out == nil {
				out = append(make([][2]int, 0, len(joins)), joins[:k]...)
			}
			continue
		}
		if out != nil {
			out = append(out, j)
		}
	}
	return out, out != nil
}

// lineStart is the offset of the start of the line holding s[k].
func lineStart(s string, k int) int {
	return lastIndexByte(s[:k], '\n') + 1
}

// labelCut reports a credential label that the wrap cut in two: the line
// [a, ae) ends with a bare word (after a blank, '(' or a quote, holding no
// '=' or ':'; after a separator too: "this header: X-Custom-Au" + "th: …",
// FuzzPlantedSlot b8eb4a2a2e385d83; a value and the next key joined by
// mistake fail closed, both redacted as one), the next line starts
// at its first column (k) with the rest of a name and its separator, and
// the two pieces together are a credential label ("… AWS_SECRET_ACCESS" +
// "_KEY=…" of systemctl show; "credentials = (aws_key_" + "id = '…'" of
// Snowflake's CREATE STAGE; FuzzPlantedSlot b2f91ce6bd04790e). The next
// line is then the rest of that line, not a new assignment.
func labelCut(s string, a, ae, k int) bool {
	if k == 0 || s[k-1] != '\n' && s[k-1] != '\r' {
		return false
	}
	b := ae
	for b > a && ae-b < 64 && (isWord(s[b-1]) || s[b-1] == '.' || s[b-1] == '-') {
		b--
	}
	if b == ae || b > a && s[b-1] != ' ' && s[b-1] != '\t' && s[b-1] != '(' && s[b-1] != '"' && s[b-1] != '\'' {
		return false
	}
	e := k
	for e < len(s) && e-k < 64 && (isWord(s[e]) || s[e] == '.' || s[e] == '-') {
		e++
	}
	if e == k || ae-b+e-k > 64 {
		return false
	}
	var buf [128]byte
	w := append(append(buf[:0], s[b:ae]...), s[k:e]...)
	cl, _ := labelClass(string(w), 0, len(w))
	return cl != 0 && cl != lBucket && cl != lObjectKey
}

// wrapMin is the shortest line taken for a wrapped one.
const wrapMin = 60

func joinable(c byte) bool { return isWord(c) || isB64(c) || c == '%' }

// commonWidths are terminal and log widths at which a single wrapped line
// is believed; other widths need two full lines of the same length.
var commonWidths = sync.OnceValue(func() map[int]bool {
	return map[int]bool{76: true, 78: true, 79: true, 80: true, 100: true, 120: true, 132: true, 160: true, 200: true}
})

// commonWidth is commonWidths()[w] as a switch (asked for every long line).
func commonWidth(w int) bool {
	switch w {
	case 76, 78, 79, 80, 100, 120, 132, 160, 200:
		return true
	}
	return false
}

// hasPlaceholder reports whether a line holds a placeholder: such a line
// was already redacted (its width no longer tells a wrap), so it is never
// joined, which keeps Redact idempotent.
func hasPlaceholder(line string) bool {
	if strings.IndexByte(line, '_') < 0 && strings.IndexByte(line, '-') < 0 {
		return false // (tokenHasPlaceholder: every placeholder has one)
	}
	for i := 0; i < len(line); {
		if class[line[i]]&cAlnum == 0 {
			i++
			continue
		}
		j := i
		for j < len(line) && (class[line[j]]&cAlnum != 0 || line[j] == '_' || line[j] == '-') {
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
	// a placeholder ends where a run of digits ends that follows a '_' or
	// '-' (its counter); only there is each start before it tried
	for b := 1; b <= len(t); b++ {
		if !isDigit(t[b-1]) || b < len(t) && isDigit(t[b]) {
			continue
		}
		d := b - 1
		for d > 0 && isDigit(t[d-1]) {
			d--
		}
		if d == 0 || t[d-1] != '_' && t[d-1] != '-' {
			continue
		}
		for a := 0; a+1 < d && a+6 <= b; a++ {
			if (t[a] >= 'A' && t[a] <= 'Z' || t[a] == 'r') && IsPlaceholder(t[a:b]) {
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
	if e+n >= len(s) {
		// nothing follows: the last piece of a wrapped base64 value that
		// ends the paste ("…M0Q="), not an assignment
		return false
	}
	after := s[e+n]
	if !spaced && c == '=' && !under && lower && hasDigit(s[k:e]) && strings.IndexFunc(s[k:e], func(r rune) bool { return r >= 'A' && r <= 'Z' }) >= 0 {
		// "…KpwA= --conf": the padded tail of a wrapped base64 value
		// (upper, lower and digits mixed, no '_'), not a name
		return false
	}
	if !spaced && c == '=' && !under && hasDigit(s[k:e]) && (after == ' ' || after == '\t' || after == '=' || after == '\r' || after == '\n') {
		// "I4U= > ~/.passwd-s3fs": a run of letters and digits whose '='
		// is followed by a blank or more padding is a wrapped base64
		// value's padded tail, not a NAME=value (FuzzPlantedSlot
		// 92d8d36d3a980f48: echo KEY:SECRET > file wrapped inside the
		// secret; an environment line's '=' has a value after it)
		return false
	}
	if isDigit(s[k]) {
		// "4zoow23 =*znmeQX#2", "6UZ= > ~/.passwd-s3fs": a "name"
		// starting with a digit is the rest of a wrapped line (mc alias
		// set … KEY SECRET, echo KEY:SECRET > file wrapped inside a
		// value; FuzzPlantedSlot 45a94630e503475b), not an assignment
		return false
	}
	if after == ' ' || after == '\t' || spaced && (after == '"' || after == '\'' || after == '\r' || after == '\n') {
		return true
	}
	if spaced {
		// a separator glued to what follows it: "key = value" and "key:
		// value" put a blank after
		return false
	}
	// KEY=value with no blanks: an environment variable's name
	return c == '=' && under && !lower && isAlnum(after)
}

// openQuote reports a line (from its first piece on) that leaves a double
// quote open: the string goes on past the break, so a next line reading
// like "NAME=value" is its rest (docker run -e "AWS_SECRET_ACCES⏎S_KEY=…"
// wrapped at 80), not an assignment of its own. Escaped quotes (\") are
// not counted.
func openQuote(line string) bool {
	open := false
	for k := 0; k < len(line); k++ {
		switch line[k] {
		case '\\':
			k++
		case '"':
			open = !open
		}
	}
	return open
}

// promptStart reports a line that starts with a shell prompt ("$ ", "% ",
// "> ", "PS C:\> " then a word): a new command typed in a terminal, not
// the rest of the line before, even when that one is as long as the
// terminal (s3fs's "bucket:key:secret" line of 80 before "$ s3fs …").
func promptStart(s string, k int) bool {
	if strings.HasPrefix(s[k:], "PS ") {
		if g := strings.Index(s[k:min(len(s), k+64)], "> "); g > 0 {
			k += g
		}
	}
	if k+2 >= len(s) || s[k+1] != ' ' {
		return false
	}
	switch s[k] {
	case '$', '%', '>':
		return isAlnum(s[k+2]) || s[k+2] == '.' || s[k+2] == '/'
	}
	return false
}

// columnGaps reports a line padded into columns: a table's header or row
// as a CLI prints it (doctl's, tabwriter's, a box-drawn table's), two runs
// of two blanks or more between words. Such a line filling a terminal's
// width and cut inside a gap (a blank ending it, a blank starting the
// next) is wrapped there: an editor keeps no blanks at a line's end.
func columnGaps(l string) bool {
	gaps := 0
	for k := 1; k+1 < len(l); k++ {
		if l[k] == ' ' && l[k+1] == ' ' && l[k-1] != ' ' {
			if gaps++; gaps >= 2 {
				return strings.TrimSpace(l) != ""
			}
		}
	}
	return false
}

// sameStart reports two lines that start alike (8 bytes): records of a
// list (URLs, log lines), not a line and its wrapped rest.
//
// Lines made only of base64 characters are no such records: the output of
// base64(1) starts two lines alike by chance ("c3Mta2V5" is "ss-key" at the
// same offset of two lines), and the last piece must still join.
func sameStart(s string, a, b int) bool {
	if !(b+8 <= len(s) && a+8 <= b && s[a:a+8] == s[b:b+8]) {
		return false
	}
	for k := a; k < b-1; k++ {
		if !isB64(s[k]) && s[k] != '\n' && s[k] != '\r' {
			return true
		}
	}
	return false
}

// alignedRows reports two lines of one table whose columns are aligned
// with blanks (vault read's "key<blanks>value", kubectl describe, a
// fixed-width listing): each starts with a word followed by two or more
// blanks, and the next column starts at the same offset in both. The
// first line filling the width is then a row, not a wrapped one.
func alignedRows(l1, l2 string) bool {
	c1, c2 := valueColumn(l1), valueColumn(l2)
	return c1 > 0 && c1 == c2
}

// valueColumn is the offset of a line's second column: after a first
// word (no blank in it) and at least two blanks; 0 when there is none.
func valueColumn(l string) int {
	k := 0
	for k < len(l) && k < 64 && l[k] > ' ' {
		k++
	}
	if k == 0 || k+2 > len(l) || l[k] != ' ' || l[k+1] != ' ' {
		return 0
	}
	for k < len(l) && l[k] == ' ' {
		k++
	}
	if k == len(l) {
		return 0
	}
	return k
}
