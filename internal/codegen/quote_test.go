package codegen

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzQuote checks that every quoting function gives one literal that
// holds exactly its input: no input can end a string and become code.
func FuzzQuote(f *testing.F) {
	for _, s := range []string{"", "a'b", `a"b`, "a\\", "x\ny\r\u2028", "$(rm -rf ~)`id`", "</script>", "\x00\x7f\xff", "'\\''"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if g, err := strconv.Unquote(goStr(s)); err != nil || g != s {
			t.Errorf("goStr(%q) = %s", s, goStr(s))
		}
		if utf8.ValidString(s) {
			var j string
			if err := json.Unmarshal([]byte(jsStr(s)), &j); err != nil || j != s {
				t.Errorf("jsStr(%q) = %s", s, jsStr(s))
			}
		}
		if q := jsStr(s); strings.ContainsAny(q, "\n\r\u2028\u2029") {
			t.Errorf("jsStr(%q) spans lines: %s", s, q)
		}
		if got := pyUnquote(pyStr(s)); got != string([]rune(s)) {
			t.Errorf("pyStr(%q) = %s reads back as %q", s, pyStr(s), got)
		}
		if got := shUnquote(shQuote(s)); got != s {
			t.Errorf("shQuote(%q) = %s reads back as %q", s, shQuote(s), got)
		}
	})
}

// pyUnquote reads a literal written by pyStr the way Python does.
func pyUnquote(q string) string {
	if len(q) < 2 || q[0] != '\'' || q[len(q)-1] != '\'' {
		return "\x00not a literal"
	}
	var b strings.Builder
	body := q[1 : len(q)-1]
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c == '\'' || c == '\n' || c == '\r':
			return "\x00unescaped " + string(c)
		case c != '\\':
			b.WriteByte(c)
		case i+1 < len(body):
			i++
			switch body[i] {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case '\\', '\'':
				b.WriteByte(body[i])
			case 'x', 'u', 'U':
				n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[body[i]]
				v, err := strconv.ParseUint(body[i+1:i+1+n], 16, 32)
				if err != nil {
					return "\x00bad escape"
				}
				b.WriteRune(rune(v))
				i += n
			default:
				return "\x00unknown escape"
			}
		default:
			return "\x00trailing backslash"
		}
	}
	return b.String()
}

// shUnquote reads one word written by shQuote the way a POSIX shell does.
func shUnquote(q string) string {
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		switch c := q[i]; {
		case c == '\'':
			j := strings.IndexByte(q[i+1:], '\'')
			if j < 0 {
				return "\x00unterminated"
			}
			b.WriteString(q[i+1 : i+1+j])
			i += j + 1
		case c == '\\' && i+1 < len(q):
			b.WriteByte(q[i+1])
			i++
		case strings.IndexByte(" \t\n;&|<>()$`\"*?[]#~", c) >= 0:
			return "\x00unquoted " + string(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
