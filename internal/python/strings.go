package python

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// str scans a string literal starting at s with a prefix of n bytes.
func (lx *lexer) str(s, n int) {
	prefix := strings.ToLower(lx.src[s : s+n])
	i := s + n
	q := lx.src[i]
	triple := strings.HasPrefix(lx.src[i:lx.end], strings.Repeat(string(q), 3))
	ql := 1
	if triple {
		ql = 3
	}
	i += ql
	bodyStart := i
	raw := strings.ContainsAny(prefix, "r")
	fstr := strings.ContainsAny(prefix, "ft")
	var fields []source.Span
	bad := false
	bodyEnd := -1
	depth := 0
	fieldStart := 0
scan:
	for i < lx.end {
		c := lx.src[i]
		switch {
		case c == '\\' && depth == 0:
			i += 2
			if i > lx.end {
				i = lx.end
			}
			continue
		case c == '\n' && !triple && depth == 0:
			break scan
		case fstr && c == '{':
			if depth == 0 && i+1 < lx.end && lx.src[i+1] == '{' {
				i += 2
				continue
			}
			if depth == 0 {
				fieldStart = i + 1
			}
			depth++
		case fstr && c == '}' && depth > 0:
			depth--
			if depth == 0 {
				fields = append(fields, fieldSpan(lx.src, fieldStart, i))
			}
		case depth > 0 && (c == '\'' || c == '"') && !(c == q && !triple && !isNested(lx.src, i, lx.end, q)):
			// A nested string inside a replacement field.
			j := i + 1
			for j < lx.end && lx.src[j] != c && lx.src[j] != '\n' {
				j++
			}
			if j < lx.end && lx.src[j] == c {
				i = j + 1
				continue
			}
		case c == q && (!triple || strings.HasPrefix(lx.src[i:lx.end], strings.Repeat(string(q), 3))):
			bodyEnd = i
			i += ql
			break scan
		case depth > 0 && c == '\n' && !triple:
			break scan
		}
		i++
	}
	if bodyEnd < 0 {
		bad = true
		bodyEnd = i
		if bodyEnd > lx.end {
			bodyEnd = lx.end
		}
		lx.problems = append(lx.problems, Problem{Span: source.Span{Start: s, End: bodyEnd}, Message: "string not closed"})
	}
	if i > lx.end {
		i = lx.end
	}
	body := lx.src[bodyStart:bodyEnd]
	val := body
	if !raw {
		val = unescape(body)
	}
	lx.pos = i
	t := lx.emit(STRING, s, i)
	t.Val = val
	t.Prefix = prefix
	t.Fields = fields
	t.Bad = bad
}

// isNested reports whether the quote at i, inside an f-string replacement
// field, opens a nested string (Python 3.12 allows the same quote).
func isNested(src string, i, end int, q byte) bool {
	j := i + 1
	for j < end && src[j] != '\n' {
		if src[j] == q {
			// Nested when the string closes before the field's '}'.
			return strings.IndexByte(src[j:min(end, j+200)], '}') > 0
		}
		if src[j] == '}' {
			return false
		}
		j++
	}
	return false
}

// fieldSpan trims a replacement field to its expression: without the
// conversion (!r), the format spec (:>10) and the self-documenting '='.
func fieldSpan(src string, s, e int) source.Span {
	depth := 0
	for i := s; i < e; i++ {
		switch src[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '!':
			if depth == 0 && i+1 < e && src[i+1] != '=' {
				return source.Span{Start: s, End: i}
			}
		case ':':
			if depth == 0 {
				return source.Span{Start: s, End: i}
			}
		case '=':
			if depth == 0 && i+1 == e {
				return source.Span{Start: s, End: i}
			}
		}
	}
	return source.Span{Start: s, End: e}
}

// unescape decodes the backslash escapes of a non-raw string body.
func unescape(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch d := s[i]; d {
		case '\n':
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '0':
			b.WriteByte(0)
		case '\\', '\'', '"':
			b.WriteByte(d)
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[d]
			if i+n < len(s)+0 && i+1+n <= len(s) {
				if v, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32); err == nil && utf8.ValidRune(rune(v)) {
					b.WriteRune(rune(v))
					i += n
					continue
				}
			}
			b.WriteByte('\\')
			b.WriteByte(d)
		default:
			b.WriteByte('\\')
			b.WriteByte(d)
		}
	}
	return b.String()
}
