package plant

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strings"
)

const fence = "```"

// encodeBlock wraps a rendered block in its encoding, as it reaches a paste.
func encodeBlock(r *rand.Rand, e Enc, c *Context, text string) string {
	switch e {
	case Pct1:
		// A snippet shared through a URL (a playground link, a form post).
		return "https://gist.example.net/new?lang=" + c.Name + "&content=" + pctEncode(text, r.IntN(3) == 0)
	case Pct2:
		inner := "https://share.example.org/view?snippet=" + pctEncode(text, false)
		return "https://login.example.com/sso?next=" + pctEncode(inner, r.IntN(3) == 0)
	case HTML:
		// Go html/template escapes + as &#43; ; OWASP-style encoders also / and =.
		rep := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;", "+", "&#43;")
		if r.IntN(2) == 0 {
			rep = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#x27;", "/", "&#x2F;", "=", "&#x3D;", "+", "&#x2B;")
		}
		return "<pre class=\"log\"><code>" + rep.Replace(text) + "</code></pre>"
	case JSONEsc:
		// PHP's json_encode writes \/ ; .NET's System.Text.Json \u002B ;
		// some loggers \u002b and \u003d.
		var sb strings.Builder
		style := r.IntN(3)
		for _, ch := range text {
			switch {
			case ch == '"':
				sb.WriteString(`\"`)
			case ch == '\\':
				sb.WriteString(`\\`)
			case ch == '\n':
				sb.WriteString(`\n`)
			case ch == '\t':
				sb.WriteString(`\t`)
			case ch == '/' && style != 1:
				sb.WriteString(`\/`)
			case ch == '+' && style == 1:
				sb.WriteString(`\u002B`)
			case ch == '+' && style == 2:
				sb.WriteString(`\u002b`)
			case ch == '=' && style == 2:
				sb.WriteString(`\u003d`)
			case ch == '\'' && style == 1:
				sb.WriteString(`\u0027`)
			case ch < 0x20:
				fmt.Fprintf(&sb, `\u%04x`, ch)
			default:
				sb.WriteRune(ch)
			}
		}
		return `{"timestamp":"2024-01-15T12:00:00.000Z","level":"DEBUG","logger":"` + c.Name + `","message":"` + sb.String() + `"}`
	case B64:
		b := base64.StdEncoding.EncodeToString([]byte(text))
		if r.IntN(2) == 0 { // base64(1) wraps at 76
			return "$ base64 " + c.Name + ".txt\n" + wrapAt(b, 76)
		}
		// a Kubernetes Secret carrying the whole file
		return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + c.Name + "\ntype: Opaque\ndata:\n  config: " + b
	case Wrap, WrapCont:
		var sb strings.Builder
		for i, line := range strings.Split(text, "\n") {
			if i > 0 {
				sb.WriteByte('\n')
			}
			for len(line) > 80 {
				if e == WrapCont {
					sb.WriteString(line[:79] + "\\\n")
					line = line[79:]
				} else {
					sb.WriteString(line[:80] + "\n")
					line = line[80:]
				}
			}
			sb.WriteString(line)
		}
		return sb.String()
	case Fence:
		return "Here is what I have:\n\n" + fence + fenceLang(c) + "\n" + text + "\n" + fence
	case Table:
		var sb strings.Builder
		sb.WriteString("| # | " + c.Name + " |\n| --- | --- |\n")
		for i, line := range strings.Split(text, "\n") {
			fmt.Fprintf(&sb, "| %d | %s |\n", i+1, strings.ReplaceAll(line, "|", `\|`))
		}
		return strings.TrimRight(sb.String(), "\n")
	}
	return text
}

func fenceLang(c *Context) string {
	switch c.Lang {
	case "py":
		return "python"
	case "js":
		return "js"
	case "go":
		return "go"
	case "java":
		return "java"
	case "cs":
		return "csharp"
	case "php":
		return "php"
	case "rb":
		return "ruby"
	case "rs":
		return "rust"
	case "cpp":
		return "cpp"
	case "swift":
		return "swift"
	case "r":
		return "r"
	}
	return ""
}

// pctEncode percent-encodes everything but unreserved characters
// (encodeURIComponent), in lower-case hex when lowerHex.
func pctEncode(s string, lowerHex bool) string {
	h := "0123456789ABCDEF"
	if lowerHex {
		h = "0123456789abcdef"
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~' {
			sb.WriteByte(c)
		} else {
			sb.WriteByte('%')
			sb.WriteByte(h[c>>4])
			sb.WriteByte(h[c&15])
		}
	}
	return sb.String()
}

// PctEncode percent-encodes a value as encodeURIComponent does (for contexts
// that put a value in a URL).
func PctEncode(s string) string { return pctEncode(s, false) }
