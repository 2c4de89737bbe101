package report

import (
	"strconv"
	"strings"
)

func itoa(n int) string { return strconv.Itoa(n) }

// Text escapes s for Markdown prose: the characters that start inline
// markup anywhere (code, emphasis, links, autolinks, HTML, entities, tables,
// strikethrough) get a backslash, and so does a first character that could
// start a block (heading, list, quote, fence); line breaks become spaces so
// s stays in its paragraph, heading or list item.
func Text(s string) string {
	var b strings.Builder
	s = strings.TrimLeft(strings.ToValidUTF8(s, "\uFFFD"), " \t\r\n")
	if lineStart(s) {
		b.WriteByte('\\')
	}
	b.Grow(len(s) + 8)
	// The runs of bytes kept as they are (every rune but the ones below,
	// s being valid UTF-8) are copied whole, not a rune at a time.
	run := 0
	for i := 0; i < len(s); {
		c := s[i]
		n := 1
		var out string
		switch {
		case c == '\n' || c == '\r' || c == '\t':
			out = " "
		case c < 0x20 || c == 0x7f:
			out = "\uFFFD"
		case c < 0x80 && strings.IndexByte(inlineMarks, c) >= 0:
			out = "\\" + s[i:i+1]
		case c == 0xe2 && strings.HasPrefix(s[i+1:], "\x80") && len(s) > i+2 && (s[i+2] == 0xa8 || s[i+2] == 0xa9):
			out, n = " ", 3 // U+2028, U+2029
		default:
			i++
			continue
		}
		b.WriteString(s[run:i])
		b.WriteString(out)
		i += n
		run = i
	}
	b.WriteString(s[run:])
	return ordered(b.String())
}

// inlineMarks are the characters escaped wherever they appear.
const inlineMarks = "\\`*_[]<>&|~#"

// lineStart reports whether s begins with what could start a list, a
// quote or a setext underline and is not escaped as an inline mark already
// (headings, fences and tables start with inline marks; ordered lists are
// handled by ordered).
func lineStart(s string) bool {
	if s == "" {
		return false
	}
	return strings.IndexByte("-+>=", s[0]) >= 0
}

// ordered escapes the delimiter of a leading ordered-list marker.
func ordered(s string) string {
	i := 0
	for i < len(s) && i < 10 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}

// Code writes s as an inline code span: backtick fences longer than any
// backtick run in s (padded with spaces where s starts or ends with a
// backtick or a space), on one line.
func Code(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
	if s == "" {
		return Text("-")
	}
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	if s[0] == '`' || s[len(s)-1] == '`' || s[0] == ' ' && s[len(s)-1] == ' ' && strings.Trim(s, " ") != "" {
		// CommonMark strips one space from each end when both are there
		// and the span is not all spaces.
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

// Fence writes s as a fenced code block whose fence is longer than any
// backtick run in s, so nothing inside can close it. lang must be one of
// the fixed info strings of this package, never user text.
func Fence(lang, s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	n := longestRun(s, '`') + 1
	if n < 3 {
		n = 3
	}
	fence := strings.Repeat("`", n)
	if !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return fence + lang + "\n" + s + fence + "\n\n"
}

func longestRun(s string, c byte) int {
	best, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			run++
			if run > best {
				best = run
			}
		} else {
			run = 0
		}
	}
	return best
}
