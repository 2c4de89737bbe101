package plant

import (
	"encoding/base64"
	"html"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Normalize undoes, twice over, the encodings a value can wear in an output
// string (HTML entities, JSON escapes, percent-encoding) and joins wrapped
// lines, so one substring search finds a value in every form: raw, %-encoded
// once or twice (upper or lower hex), &#43; / &#x2F; / &amp;, \/ / \u002b,
// and cut by a newline (with or without a trailing \).
func Normalize(s string) string { return unwrap(decodeText(s)) }

// decodeText undoes HTML entities, JSON escapes and percent-encoding until
// nothing changes (at most three rounds), and joins lines continued by a
// trailing backslash.
func decodeText(s string) string {
	for i := 0; i < 3; i++ {
		prev := s
		if strings.IndexByte(s, '&') >= 0 {
			s = html.UnescapeString(s)
		}
		if strings.IndexByte(s, '\\') >= 0 {
			s = jsonUnescape(s)
		}
		if strings.IndexByte(s, '%') >= 0 {
			s = pctDecode(s)
		}
		if s == prev {
			break
		}
	}
	return strings.NewReplacer("\\\r\n", "", "\\\n", "").Replace(s)
}

func unwrap(s string) string {
	if strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.NewReplacer("\\\r\n", "", "\\\n", "", "\r", "", "\n", "").Replace(s)
}

func jsonUnescape(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			sb.WriteByte(c)
			continue
		}
		switch n := s[i+1]; n {
		case '/', '"', '\\', '\'':
			sb.WriteByte(n)
			i++
		case 'n':
			sb.WriteByte('\n')
			i++
		case 'r':
			sb.WriteByte('\r')
			i++
		case 't':
			sb.WriteByte('\t')
			i++
		case 'u':
			if i+6 <= len(s) {
				if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
					sb.WriteRune(rune(v))
					i += 5
					continue
				}
			}
			sb.WriteByte(c)
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func pctDecode(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			a, ok1 := unhex(s[i+1])
			b, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				sb.WriteByte(a<<4 | b)
				i += 2
				continue
			}
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

var (
	b64Run    = regexp.MustCompile(`[A-Za-z0-9+/_-]{8,}={0,2}`)
	b64Line   = regexp.MustCompile(`^[A-Za-z0-9+/]+={0,2}$`)
	quoteJoin = regexp.MustCompile(`["']\s*[+.,]?\s*["']`)
)

// decodeB64 decodes every base64 run of s (also runs wrapped over several
// lines, as base64(1) writes them) and returns the decoded texts.
func decodeB64(s string) string {
	var out strings.Builder
	dec := func(run string) {
		run = strings.TrimRight(run, "=")
		run = strings.NewReplacer("-", "+", "_", "/").Replace(run)
		if len(run)%4 == 1 {
			run = run[:len(run)-1]
		}
		if b, err := base64.RawStdEncoding.DecodeString(run); err == nil && len(b) > 0 {
			out.Write(b)
			out.WriteByte(0)
		}
	}
	var wrapped strings.Builder
	flush := func() {
		if wrapped.Len() > 0 {
			dec(wrapped.String())
			wrapped.Reset()
		}
	}
	for _, line := range strings.Split(s, "\n") {
		t := strings.TrimSpace(line)
		if b64Line.MatchString(t) && (len(t) >= 16 || wrapped.Len() > 0) {
			wrapped.WriteString(t)
			if strings.HasSuffix(t, "=") {
				flush()
			}
			continue
		}
		flush()
		for _, run := range b64Run.FindAllString(line, -1) {
			dec(run)
		}
	}
	flush()
	return out.String()
}

// Needles are the substrings whose presence means the secret survived: the
// whole value when short; for a long one, three 16-character windows past
// the prefix every value of its variant shares (so a half left visible
// counts too); for a PEM block, every line of its body.
func Needles(s *Secret) []string {
	v := s.Value
	if s.Kind == PEM && strings.Contains(v, "-----") {
		var out []string
		for _, line := range strings.Split(v, "\n") {
			if strings.HasPrefix(line, "-----") || len(line) < 16 {
				continue
			}
			out = append(out, line[len(line)-16:])
		}
		return out
	}
	if len(v)-s.fixed >= 40 {
		m := s.fixed + (len(v)-s.fixed)/2 - 8
		return []string{v[s.fixed : s.fixed+16], v[m : m+16], v[len(v)-16:]}
	}
	if len(v)-s.fixed >= 28 {
		return []string{v[s.fixed : s.fixed+16], v[len(v)-16:]}
	}
	return []string{v}
}

// Hay is the text of a response, normalized once for many searches.
type Hay struct {
	parts []string
}

// NewHay normalizes texts (every string of a response). withB64 also
// searches the decoded base64 runs of the texts; withJoin also joins
// string literals split by quotes.
func NewHay(texts []string, withB64, withJoin bool) *Hay {
	joined := strings.Join(texts, "\x00")
	main := Normalize(joined)
	h := &Hay{parts: []string{main}}
	if withB64 {
		d1 := decodeB64(decodeText(joined))
		d2 := decodeB64(decodeText(d1)) // base64 inside base64 (a data: value in an encoded file)
		h.parts = append(h.parts, Normalize(d1), Normalize(d2))
	}
	if withJoin {
		h.parts = append(h.parts, quoteJoin.ReplaceAllString(main, ""))
	}
	return h
}

// Has reports whether any needle of s is in the hay.
func (h *Hay) Has(s *Secret) bool {
	for _, n := range Needles(s) {
		for _, p := range h.parts {
			if strings.Contains(p, n) {
				return true
			}
		}
	}
	return false
}

// HayFor builds the hay of texts with the decodings d needs.
func (d *Doc) HayFor(texts []string) *Hay {
	b64, split := false, false
	for _, b := range d.Blocks {
		b64 = b64 || b.Enc == B64
		split = split || b.Enc == Split
	}
	for _, s := range d.Secrets {
		b64 = b64 || s.ValueEnc == "base64"
	}
	return NewHay(texts, b64, split)
}

// Survivors lists the planted secrets of d found in texts (every string of
// a response), in any form.
func (d *Doc) Survivors(texts ...string) []*Secret {
	h := d.HayFor(texts)
	var out []*Secret
	for _, s := range d.Secrets {
		if h.Has(s) {
			out = append(out, s)
		}
	}
	return out
}

// Altered lists the benign items of d no longer readable in the redacted
// text.
func (d *Doc) Altered(redacted string) []*Benign {
	n := Normalize(redacted)
	var out []*Benign
	for _, b := range d.Benign {
		for _, line := range strings.Split(b.Value, "\n") {
			if !strings.Contains(n, line) {
				out = append(out, b)
				break
			}
		}
	}
	return out
}

// Usable reports whether v can stand as a planted value for fuzzing: long
// enough to be told apart from the text around it, at least 5 distinct
// characters (not a filler such as 00000000), not all digits (a number),
// printable ASCII without
// the characters that would change a context's syntax rather than fill its
// slot.
func Usable(v string) bool {
	if len(v) < 8 || len(v) > 400 || !utf8.ValidString(v) {
		return false
	}
	distinct := map[byte]bool{}
	for i := 0; i < len(v); i++ {
		distinct[v[i]] = true
	}
	if len(distinct) < 5 { // "00000000", "xxxxxxxx": fillers, not secrets
		return false
	}
	if strings.Trim(v, "0123456789") == "" { // a number (a port, a time, an expiry) reads as one
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"'\\`$&%<>|;{}[]()", c) >= 0 {
			return false
		}
	}
	return true
}
