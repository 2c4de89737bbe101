package presign

import (
	"strings"
)

// Repair descriptions, as listed in URL.Repairs.
const (
	RepairAmp        = "HTML-escaped &amp; read as &"
	RepairUnicodeAmp = `JSON-escaped \u0026 read as &`
	RepairLineBreak  = "line break inside the URL removed"
	RepairSpace      = "space inside the URL removed"
	RepairSmartQuote = "smart quotes around the URL left out"
	RepairSlash      = `JSON-escaped \/ read as /`
)

// smart quotes and guillemets that end a URL.
var closers = []string{"\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u2039", "\u203a", "\u300c", "\u300d"}

func isStop(c byte) bool {
	return c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == 0x7f || c == '{' || c == '}' || c == '|' || c == '^'
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// scan reads the URL starting at text[start:], repairing paste damage. It
// returns the repaired URL, the text offset of each of its bytes, the
// repairs and the end of the URL in text.
func scan(text string, start int) (string, []int, []string, int) {
	raw := make([]byte, 0, 256)
	offs := make([]int, 0, 256)
	var repairs []string
	note := func(r string) {
		for _, x := range repairs {
			if x == r {
				return
			}
		}
		repairs = append(repairs, r)
	}
	if hasCloserBefore(text, start) {
		note(RepairSmartQuote)
	}
	parens, brackets := 0, 0
	i := start
loop:
	for i < len(text) {
		c := text[i]
		switch {
		case c >= 0x80:
			for _, q := range closers {
				if strings.HasPrefix(text[i:], q) {
					break loop
				}
			}
			// Other non-ASCII (an unencoded key, say) belongs to the URL.
		case isSpaceByte(c):
			j := i
			for j < len(text) && isSpaceByte(text[j]) {
				j++
			}
			if !continues(text, raw, i, j) {
				break loop
			}
			if strings.ContainsAny(text[i:j], "\r\n") {
				note(RepairLineBreak)
			} else {
				note(RepairSpace)
			}
			i = j
			continue
		case isStop(c):
			break loop
		case c == '\\':
			if strings.HasPrefix(text[i:], `\/`) {
				raw = append(raw, '/')
				offs = append(offs, i+1)
				note(RepairSlash)
				i += 2
				continue
			}
			if n := escapedAmp(text[i:]); n > 0 {
				raw = append(raw, '&')
				offs = append(offs, i)
				note(RepairUnicodeAmp)
				i += n
				continue
			}
			break loop
		case c == '&':
			if n := htmlAmp(text[i:]); n > 0 {
				raw = append(raw, '&')
				offs = append(offs, i)
				note(RepairAmp)
				i += n
				continue
			}
		case c == '(':
			parens++
		case c == ')':
			if parens == 0 {
				break loop
			}
			parens--
		case c == '[':
			brackets++
		case c == ']':
			if brackets == 0 {
				break loop
			}
			brackets--
		}
		raw = append(raw, c)
		offs = append(offs, i)
		i++
	}
	// Trailing punctuation and markdown emphasis belong to the sentence.
	for len(raw) > 0 && strings.IndexByte(".,;:!?*_", raw[len(raw)-1]) >= 0 {
		raw = raw[:len(raw)-1]
		offs = offs[:len(offs)-1]
	}
	end := start
	if len(offs) > 0 {
		end = offs[len(offs)-1] + 1
	}
	return string(raw), offs, repairs, end
}

func hasCloserBefore(text string, start int) bool {
	for _, q := range closers {
		if strings.HasSuffix(text[:start], q) {
			return true
		}
	}
	return false
}

// htmlAmp returns the length of an HTML-escaped ampersand at the start of
// s (&amp; &#38; &#x26;, also escaped twice), or 0.
func htmlAmp(s string) int {
	var k int
	switch {
	case hasPrefixFold(s, "&amp;"), strings.HasPrefix(s, "&#38;"):
		k = 5
	case hasPrefixFold(s, "&#x26;"):
		k = 6
	default:
		return 0
	}
	// &amp;amp; is &amp; escaped twice: still one &.
	for hasPrefixFold(s[k:], "amp;") {
		k += 4
	}
	return k
}

func escapedAmp(s string) int {
	if hasPrefixFold(s, `\u0026`) {
		return 6
	}
	return 0
}

func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// continues decides whether the whitespace text[i:j] is damage inside the
// URL read so far (raw) rather than its end.
func continues(text string, raw []byte, i, j int) bool {
	ws := text[i:j]
	if j >= len(text) || strings.Count(ws, "\n") > 1 || len(raw) == 0 {
		return false
	}
	k := j
	for k < len(text) && !isSpaceByte(text[k]) && !isStop(text[k]) {
		k++
	}
	next := text[j:k]
	if next == "" || hasPrefixFold(next, "http://") || hasPrefixFold(next, "https://") {
		return false
	}
	r := string(raw)
	q := strings.IndexByte(r, '?')
	last := raw[len(raw)-1]
	switch {
	case q >= 0 && (last == '&' || last == '='):
		return true
	case last == '?':
		return strings.Contains(next, "=")
	case q >= 0 && next[0] == '&':
		return true
	case q < 0 && strings.Contains(r[strings.Index(r, "://")+3:], "/") && (strings.Contains(next, "?X-Amz-") || strings.Contains(next, "?AWSAccessKeyId=")):
		return true
	}
	if !strings.Contains(ws, "\n") || q < 0 {
		return false
	}
	// A hard-wrapped URL: the next line is nothing but URL characters.
	lineEnd := k
	for lineEnd < len(text) && (text[lineEnd] == ' ' || text[lineEnd] == '\t' || text[lineEnd] == '\r') {
		lineEnd++
	}
	if lineEnd < len(text) && text[lineEnd] != '\n' {
		return false
	}
	if strings.ContainsAny(next, "=&%") && incomplete(r) {
		return urlChars(next)
	}
	// A signature cut in the middle.
	a := strings.LastIndexByte(r, '&')
	lastParam := r[max(a, q)+1:]
	name, val, _ := strings.Cut(lastParam, "=")
	if (strings.EqualFold(name, "X-Amz-Signature") && len(val) < 64 && isHex(val) && isHex(next) && len(val)+len(next) <= 64) ||
		(name == "Signature" && len(val) < 28 && urlChars(next) && !strings.Contains(next, "=") && len(next) <= 30) {
		return true
	}
	return false
}

// incomplete reports whether a presigned URL read so far still lacks its
// signature (so a wrapped next line may hold the rest).
func incomplete(r string) bool {
	l := strings.ToLower(r)
	switch {
	case strings.Contains(l, "x-amz-"):
		return !strings.Contains(l, "x-amz-signature=")
	case strings.Contains(l, "awsaccesskeyid="):
		return !strings.Contains(l, "signature=") || !strings.Contains(l, "expires=")
	}
	return false
}

func urlChars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~%!$&()*+,;=:@/?", c) >= 0) {
			return false
		}
	}
	return true
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return s != ""
}
