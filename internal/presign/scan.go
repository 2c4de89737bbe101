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
	r := newReader()
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
			if !r.continues(text, i, j) {
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
				r.add('/', i+1)
				note(RepairSlash)
				i += 2
				continue
			}
			if n := escapedAmp(text[i:]); n > 0 {
				r.add('&', i)
				note(RepairUnicodeAmp)
				i += n
				continue
			}
			break loop
		case c == '&':
			if n := htmlAmp(text[i:]); n > 0 {
				r.add('&', i)
				note(RepairAmp)
				i += n
				continue
			}
			if htmlDelim(text[i:]) {
				break loop // &quot; … closes an HTML attribute or a JSON string in HTML
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
		r.add(c, i)
		i++
	}
	raw, offs := r.raw, r.offs
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

// reader accumulates a URL byte by byte and keeps what continues needs
// to know about it, so that deciding costs the same however long the URL.
type reader struct {
	raw  []byte
	offs []int
	q    int // index of the first '?', or -1
	sep  int // index of the last '&' (or of q) in the query
	eq   int // index of the first '=' after sep, or -1
	// scheme is the index after "://"; path is set once a '/' follows it.
	scheme int
	path   bool
	// Which auth parameters the query has.
	xamz, xamzSig, akid, sig, expires bool
}

func newReader() *reader {
	return &reader{raw: make([]byte, 0, 256), offs: make([]int, 0, 256), q: -1, sep: -1, eq: -1}
}

func (r *reader) add(c byte, off int) {
	n := len(r.raw)
	r.raw = append(r.raw, c)
	r.offs = append(r.offs, off)
	switch c {
	case '?':
		if r.q < 0 {
			r.q, r.sep, r.eq = n, n, -1
		}
	case '&':
		if r.q >= 0 {
			r.sep, r.eq = n, -1
		}
	case '=':
		if r.q >= 0 && r.eq < 0 {
			r.eq = n
			name := string(r.raw[r.sep+1 : n])
			r.xamz = r.xamz || hasPrefixFold(name, "x-amz-")
			r.xamzSig = r.xamzSig || strings.EqualFold(name, "x-amz-signature")
			r.sig = r.sig || strings.EqualFold(name, "signature")
			r.expires = r.expires || strings.EqualFold(name, "expires")
			r.akid = r.akid || strings.EqualFold(name, "awsaccesskeyid")
		}
	case '/':
		switch {
		case r.scheme == 0 && n >= 2 && r.raw[n-1] == '/' && r.raw[n-2] == ':':
			r.scheme = n + 1
		case r.scheme > 0 && r.q < 0:
			r.path = true
		}
	}
}

// incomplete reports whether the presigned URL read so far still lacks its
// signature (so a wrapped next line may hold the rest).
func (r *reader) incomplete() bool {
	switch {
	case r.xamz:
		return !r.xamzSig
	case r.akid:
		return !r.sig || !r.expires
	}
	return false
}

// continues decides whether the whitespace text[i:j] is damage inside the
// URL read so far rather than its end.
func (r *reader) continues(text string, i, j int) bool {
	ws := text[i:j]
	if j >= len(text) || strings.Count(ws, "\n") > 1 || len(r.raw) == 0 {
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
	q := r.q
	last := r.raw[len(r.raw)-1]
	switch {
	case q >= 0 && (last == '&' || last == '='):
		return true
	case last == '?':
		return strings.Contains(next, "=")
	case q >= 0 && next[0] == '&':
		return true
	case q < 0 && r.path && (strings.Contains(next, "?X-Amz-") || strings.Contains(next, "?AWSAccessKeyId=")):
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
	if strings.ContainsAny(next, "=&%") && r.incomplete() {
		return urlChars(next)
	}
	// A signature cut in the middle.
	if r.eq < 0 || len(r.raw)-r.eq > 65 {
		return false
	}
	name, v := string(r.raw[r.sep+1:r.eq]), string(r.raw[r.eq+1:])
	return (strings.EqualFold(name, "X-Amz-Signature") && len(v) < 64 && isHex(v) && isHex(next) && len(v)+len(next) <= 64) ||
		(name == "Signature" && len(v) < 28 && urlChars(next) && !strings.Contains(next, "=") && len(next) <= 30)
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

// htmlDelims are the HTML entities of the characters that end a URL in
// text (quotes and angle brackets): a URL copied from page source or
// JSON embedded in HTML ends before them.
var htmlDelims = []string{"&quot;", "&#34;", "&#x22;", "&apos;", "&#39;", "&#x27;", "&lt;", "&gt;", "&#60;", "&#62;"}

func htmlDelim(s string) bool {
	for _, d := range htmlDelims {
		if hasPrefixFold(s, d) {
			return true
		}
	}
	return false
}

// Escaped ampersands a reader can leave unread.
const (
	EscapeJSON = 1 << iota // \u0026: read by JSON and by JavaScript, Python … string literals
	EscapeHTML             // &amp; &#38; &#x26;: read by an HTML parser
)

// AsSent returns the URL as a sender that does not read the escapes in
// kept sends it: Raw with each ampersand the reader repaired from such an
// escape put back as written in text (a shell hands "…\u0026…" to curl
// unread). It returns Raw when no repaired ampersand is kept. text is the
// text the URL was read from.
func (u *URL) AsSent(text string, kept int) string {
	var b []byte
	for i := 0; i < len(u.Raw) && i < len(u.offs); i++ {
		c, off := u.Raw[i], u.offs[i]
		if c != '&' || off < 0 || off >= len(text) || text[off] == '&' && htmlAmp(text[off:]) == 0 {
			if b != nil {
				b = append(b, c)
			}
			continue
		}
		n := 0
		switch {
		case text[off] == '\\' && kept&EscapeJSON != 0:
			n = escapedAmp(text[off:])
		case text[off] == '&' && kept&EscapeHTML != 0:
			n = htmlAmp(text[off:])
		}
		if n == 0 {
			if b != nil {
				b = append(b, c)
			}
			continue
		}
		if b == nil {
			b = append(make([]byte, 0, len(u.Raw)+16), u.Raw[:i]...)
		}
		b = append(b, text[off:off+n]...)
	}
	if b == nil {
		return u.Raw
	}
	return string(b)
}
