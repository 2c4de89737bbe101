// Package presign reads presigned S3 URLs (SigV4 and SigV2 query auth) out of
// pasted text, tolerating the damage pasting does to them.
package presign

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Param is one query parameter of a URL, in the order it appears.
type Param struct {
	Name     string      // decoded name
	Value    string      // decoded value
	RawName  string      // as written (percent-encoded)
	RawValue string      // as written (percent-encoded)
	Span     source.Span // name=value in the text
	ValSpan  source.Span // value in the text
}

// URL is a presigned URL found in a text.
type URL struct {
	Span    source.Span // the URL in the text
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

// Find returns every presigned-looking URL in text, with spans in text.
func Find(text string) []*URL {
	var out []*URL
	for i := 0; i < len(text); {
		j := indexScheme(text[i:])
		if j < 0 {
			break
		}
		start := i + j
		end := start
		for end < len(text) && !isURLStop(text[end]) {
			end++
		}
		if u := parse(text, start, end); u != nil {
			out = append(out, u)
		}
		i = end
		if i == start {
			i++
		}
	}
	return out
}

func indexScheme(s string) int {
	a := strings.Index(s, "https://")
	b := strings.Index(s, "http://")
	switch {
	case a < 0:
		return b
	case b < 0:
		return a
	case a < b:
		return a
	}
	return b
}

func isURLStop(c byte) bool {
	return c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == 0x7f
}

func parse(text string, start, end int) *URL {
	raw := text[start:end]
	pu, err := url.Parse(raw)
	if err != nil || pu.Host == "" {
		return nil
	}
	u := &URL{Span: source.Span{Start: start, End: end}, Raw: raw, Scheme: pu.Scheme,
		Host: strings.ToLower(pu.Host), RawPath: pu.EscapedPath(), Path: pu.Path}
	q := strings.IndexByte(raw, '?')
	if q >= 0 {
		off := start + q + 1
		for _, kv := range strings.Split(raw[q+1:], "&") {
			name, val, _ := strings.Cut(kv, "=")
			dn, _ := url.QueryUnescape(name)
			dv, _ := url.QueryUnescape(val)
			vs := off + len(name)
			if strings.Contains(kv, "=") {
				vs++
			}
			u.Params = append(u.Params, Param{Name: dn, Value: dv, RawName: name, RawValue: val,
				Span: source.Span{Start: off, End: off + len(kv)}, ValSpan: source.Span{Start: vs, End: off + len(kv)}})
			off += len(kv) + 1
		}
	}
	switch {
	case u.Param("X-Amz-Algorithm") != nil || u.Param("X-Amz-Credential") != nil || u.Param("X-Amz-Signature") != nil:
		u.Version = "v4"
	case u.Param("AWSAccessKeyId") != nil && u.Param("Signature") != nil:
		u.Version = "v2"
	}
	return u
}
