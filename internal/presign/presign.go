// Package presign reads presigned S3 URLs (SigV4 and SigV2 query auth) and
// presigned POST form fields out of pasted text, tolerating the damage
// pasting does to them, and decodes what they say: bucket, key, endpoint,
// region, credential scope, times, signed headers and token.
package presign

import (
	"strconv"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Param is one query parameter of a URL, in the order it appears.
type Param struct {
	_        [0]func()   // not comparable: no generated equality function in the wasm
	Name     string      // decoded name
	Value    string      // decoded value
	RawName  string      // as written (percent-encoded), after repairs
	RawValue string      // as written (percent-encoded), after repairs
	Span     source.Span // name=value in the text
	ValSpan  source.Span // value in the text
	// valOff is the offset of RawValue in the URL's Raw.
	valOff int
}

// URL is a presigned URL found in a text.
type URL struct {
	Span    source.Span // the URL in the text, repaired damage included
	Raw     string      // the URL as read (after repairs)
	Scheme  string
	Host    string // host[:port], lower case
	RawPath string // path as written (escaped)
	Path    string // decoded path
	Params  []Param
	// Version is "v4" for X-Amz-Algorithm query auth, "v2" for
	// AWSAccessKeyId/Signature/Expires, "" otherwise.
	Version string
	// Repairs lists the paste damage that was repaired to read the URL.
	Repairs []string
	// HostSpan is the host[:port] in the text.
	HostSpan source.Span
	// PathSpan is the path in the text (empty at the end of the host when
	// the URL has no path).
	PathSpan source.Span

	// Endpoint is what the host says (see Endpoint).
	Endpoint Endpoint
	// Bucket and Key are the bucket and the decoded object key; Bucket is
	// "" when the host is a custom domain that hides it.
	Bucket, Key string

	// pathOff is the offset of RawPath in Raw.
	pathOff int
	// offs maps each byte of Raw to its offset in the text.
	offs []int
}

// Param returns the first parameter whose name equals name (case-insensitive
// for X-Amz-* names), or nil.
func (u *URL) Param(name string) *Param {
	for i := range u.Params {
		if strings.EqualFold(u.Params[i].Name, name) {
			return &u.Params[i]
		}
	}
	return nil
}

// Expires returns X-Amz-Expires as a number, with ok false when it is absent
// or not a number.
func (u *URL) Expires() (n int64, p *Param, ok bool) {
	p = u.Param("X-Amz-Expires")
	if p == nil {
		return 0, nil, false
	}
	n, err := strconv.ParseInt(strings.TrimSpace(p.Value), 10, 64)
	return n, p, err == nil
}

// TextSpan maps the byte range [i, j) of Raw to a span of the text; an
// empty range maps to an empty span at the matching place.
func (u *URL) TextSpan(i, j int) source.Span {
	if i < 0 {
		i = 0
	}
	if j > len(u.offs) {
		j = len(u.offs)
	}
	if i >= j {
		switch {
		case i < len(u.offs):
			return source.Span{Start: u.offs[i], End: u.offs[i]}
		case len(u.offs) > 0:
			e := u.offs[len(u.offs)-1] + 1
			return source.Span{Start: e, End: e}
		}
		return source.Span{Start: u.Span.End, End: u.Span.End}
	}
	return source.Span{Start: u.offs[i], End: u.offs[j-1] + 1}
}

// ValueSpan returns the span in the text of RawValue[i:j] of p, a parameter
// of u; repaired damage inside the range is included.
func (u *URL) ValueSpan(p *Param, i, j int) source.Span {
	return u.TextSpan(p.valOff+i, p.valOff+j)
}

// RawPathSpan returns the span in the text of RawPath[i:j].
func (u *URL) RawPathSpan(i, j int) source.Span {
	return u.TextSpan(u.pathOff+i, u.pathOff+j)
}

// Find returns every URL with an http or https scheme in text, presigned or
// not, with spans in text. Damage from pasting is repaired and listed in
// each URL's Repairs.
func Find(text string) []*URL {
	var out []*URL
	for i := 0; i < len(text); {
		j := indexScheme(text[i:])
		if j < 0 {
			break
		}
		start := i + j
		raw, offs, repairs, end := scan(text, start)
		if u := parse(raw, offs); u != nil {
			u.Span = source.Span{Start: start, End: end}
			u.Repairs = repairs
			out = append(out, u)
		}
		if end <= start {
			end = start + 1
		}
		i = end
	}
	return out
}

// Parse reads one URL from s (which may carry paste damage), or returns nil
// when s holds none. Spans are into s.
func Parse(s string) *URL {
	us := Find(s)
	if len(us) == 0 {
		return nil
	}
	return us[0]
}

// indexScheme returns the index of the next "http://" or "https://" (any
// case, also JSON-escaped as "https:\/\/") in s, or -1. It looks at each
// ':' once.
func indexScheme(s string) int {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], ':')
		if k < 0 {
			return -1
		}
		k += i
		if rest := s[k+1:]; strings.HasPrefix(rest, "//") || strings.HasPrefix(rest, `\/\/`) {
			if k >= 5 && strings.EqualFold(s[k-5:k], "https") {
				return k - 5
			}
			if k >= 4 && strings.EqualFold(s[k-4:k], "http") {
				return k - 4
			}
		}
		i = k + 1
	}
}
