package sigv4

import (
	"sort"
	"strings"
)

const upperHex = "0123456789ABCDEF"

func unreserved(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

// Encode percent-encodes every byte of s except the unreserved characters
// A-Z a-z 0-9 - . _ ~ (upper-case hex; a space is %20), as SigV4 does for
// query names and values.
func Encode(s string) string {
	return encode(s, false)
}

// EncodePath is Encode that also keeps '/': S3's canonical URI of a decoded
// path.
func EncodePath(s string) string {
	return encode(s, true)
}

func encode(s string, keepSlash bool) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if unreserved(c) || keepSlash && c == '/' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(upperHex[c>>4])
		b.WriteByte(upperHex[c&15])
	}
	return b.String()
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// decode percent-decodes s, leaving a malformed %-sequence as it is; plus
// says whether '+' is read as a space.
func decode(s string, plus bool) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) {
			h, ok1 := unhex(s[i+1])
			l, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				b.WriteByte(h<<4 | l)
				i += 2
				continue
			}
		}
		if c == '+' && plus {
			b.WriteByte(' ')
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// DecodePath decodes a URL path the way S3 reads it: %XX is a byte and a
// literal '+' is a space.
func DecodePath(p string) string { return decode(p, true) }

// DecodeQuery decodes a query name or value: %XX is a byte, '+' a space.
func DecodeQuery(s string) string { return decode(s, true) }

// ParseQuery splits a raw query string (without '?') into parameters in
// order, decoded the way S3 decodes them. Empty pieces ("a&&b") are skipped.
func ParseQuery(raw string) []Param {
	var out []Param
	for _, kv := range strings.Split(raw, "&") {
		if kv == "" {
			continue
		}
		n, v, eq := strings.Cut(kv, "=")
		out = append(out, Param{Name: DecodeQuery(n), Value: DecodeQuery(v), NoEquals: !eq})
	}
	return out
}

// CanonicalQuery is the canonical query of params: every parameter except
// X-Amz-Signature, names and values encoded, sorted by encoded name then
// encoded value, a bare name written as "name=".
func CanonicalQuery(params []Param) string {
	type kv struct{ k, v string }
	var list []kv
	for _, p := range params {
		if p.Name == "X-Amz-Signature" {
			continue
		}
		list = append(list, kv{Encode(p.Name), Encode(p.Value)})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].k != list[j].k {
			return list[i].k < list[j].k
		}
		return list[i].v < list[j].v
	})
	var b strings.Builder
	for i, p := range list {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(p.k)
		b.WriteByte('=')
		b.WriteString(p.v)
	}
	return b.String()
}

// NormalizePath removes "." and ".." segments and repeated slashes from a
// decoded path, keeping a trailing slash (RFC 3986 section 5.2.4, as SigV4
// does for services other than S3).
func NormalizePath(p string) string {
	trailing := strings.HasSuffix(p, "/") || strings.HasSuffix(p, "/.") || strings.HasSuffix(p, "/..")
	var out []string
	for _, seg := range strings.Split(p, "/") {
		switch seg {
		case "", ".":
		case "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		default:
			out = append(out, seg)
		}
	}
	s := "/" + strings.Join(out, "/")
	if trailing && s != "/" {
		s += "/"
	}
	return s
}
