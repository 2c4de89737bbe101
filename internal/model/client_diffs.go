package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/presign"
)

// ClientDiff is one difference the signature covers between two requests
// the paste sends with the same presigned URL ("Postman fails, curl
// works"): the method, the host, the path or query as written, or a
// signed header's value.
type ClientDiff struct {
	_ [0]func() // not comparable: no generated equality function in the wasm
	// Kind is "method", "host", "path", "query" or "header".
	Kind string
	// Name is the header for "header"; for "query" the first parameter
	// written differently ("" when only the order or names differ).
	Name string
	A, B *SentRequest
	// ValueA and ValueB are what A and B send (the method, host, raw path,
	// the parameter's raw value, the header's value or "(expr)"; "" for
	// none).
	ValueA, ValueB string
}

// SameURLRequests returns the requests the paste sends with the presigned
// URL u: those linked to its signed request, and those whose URL carries
// the same signature (a copy of the URL that a client decoded or
// re-encoded is another URL text, but the same signed request). S3's
// quoted request is left out.
func (inc *Incident) SameURLRequests(u *presign.URL) []*SentRequest {
	var out []*SentRequest
	seen := map[*SentRequest]bool{}
	add := func(s *SentRequest) {
		if !seen[s] && s.Source != "s3" {
			seen[s] = true
			out = append(out, s)
		}
	}
	if sr := inc.SignedForURL(u); sr != nil {
		for _, s := range inc.SentWith(sr) {
			add(s)
		}
	}
	if sig := SignatureOf(u); sig != "" {
		for _, s := range inc.SentRequests {
			if s.SignedURL != nil && SignatureOf(s.SignedURL) == sig {
				add(s)
			}
		}
	}
	return out
}

// SignatureOf returns the URL's signature (X-Amz-Signature, or SigV2's
// Signature), "" when it has none.
func SignatureOf(u *presign.URL) string {
	if u == nil {
		return ""
	}
	for _, n := range []string{"X-Amz-Signature", "Signature"} {
		if p := u.Param(n); p != nil {
			return p.Value
		}
	}
	return ""
}

// ClientDiffs compares the requests the paste sends with u two by two and
// returns what the signature covers and differs between them.
func (inc *Incident) ClientDiffs(u *presign.URL) []ClientDiff {
	if inc == nil || u == nil || u.Version == "" {
		return nil
	}
	same := inc.SameURLRequests(u)
	names, _ := u.SignedHeaders()
	var out []ClientDiff
	for i := 0; i < len(same); i++ {
		for j := i + 1; j < len(same); j++ {
			out = append(out, diffPair(same[i], same[j], names)...)
		}
	}
	return out
}

func diffPair(a, b *SentRequest, signed []string) []ClientDiff {
	var out []ClientDiff
	d := func(kind, name, va, vb string) {
		out = append(out, ClientDiff{Kind: kind, Name: name, A: a, B: b, ValueA: va, ValueB: vb})
	}
	if ma, mb := a.Method.Str, b.Method.Str; ma != "" && mb != "" && !strings.EqualFold(ma, mb) {
		d("method", "", ma, mb)
	}
	// A request whose URL is a variable compares by method and headers only.
	if ua, ub := a.SignedURL, b.SignedURL; ua != nil && ub != nil {
		if ua.Host != ub.Host {
			d("host", "", ua.Host, ub.Host)
		}
		if ua.RawPath != ub.RawPath {
			d("path", "", ua.RawPath, ub.RawPath)
		}
		if RawQuery(ua) != RawQuery(ub) {
			name, va, vb := firstQueryDiff(ua, ub)
			d("query", name, va, vb)
		}
	}
	for _, n := range signed {
		if n == "host" || a.HeadersUnknown || b.HeadersUnknown {
			continue
		}
		va, vb := sentHeaderValue(a, n), sentHeaderValue(b, n)
		if va != vb {
			d("header", n, va, vb)
		}
	}
	return out
}

func sentHeaderValue(s *SentRequest, name string) string {
	h := s.Header(name)
	if h == nil {
		return ""
	}
	if h.Value == "" && h.Expr != "" {
		return "(" + h.Expr + ")"
	}
	return h.Value
}

// RawQuery is the URL's query as written (names and values raw, in order).
func RawQuery(u *presign.URL) string {
	var parts []string
	for _, p := range u.Params {
		parts = append(parts, p.RawName+"="+p.RawValue)
	}
	return strings.Join(parts, "&")
}

// firstQueryDiff returns the first parameter written differently and its
// raw values in a and b ("" for a value when the parameter is missing);
// name is "" when only the order or the names differ.
func firstQueryDiff(a, b *presign.URL) (name, va, vb string) {
	for _, p := range a.Params {
		q := b.Param(p.Name)
		if q == nil {
			return p.Name, p.RawValue, ""
		}
		if q.RawValue != p.RawValue {
			return p.Name, p.RawValue, q.RawValue
		}
	}
	return "", "", ""
}
