package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/sigv4"
)

// SigningRequest turns a presigned URL into plain values, decoding its
// query the way S3 does. With reveal, the original secrets are put back
// (for signing only): into the decoded values, as the redactor keeps the
// decoded original of an encoded secret; rawFirst reveals the raw text
// before decoding instead, for a redactor that keeps it as written. The
// method and headers are left for the caller.
func SigningRequest(u *presign.URL, reveal func(string) string, rawFirst bool) sigv4.Request {
	if reveal == nil {
		reveal = func(s string) string { return s }
	}
	dec := func(s string) string { return reveal(sigv4.DecodeQuery(s)) }
	path := func(s string) string { return sigv4.EncodePath(reveal(sigv4.DecodePath(s))) }
	if rawFirst {
		dec = func(s string) string { return sigv4.DecodeQuery(reveal(s)) }
		path = reveal
	}
	r := sigv4.Request{Host: reveal(u.Host), Path: path(u.RawPath)}
	for _, p := range u.Params {
		r.Query = append(r.Query, sigv4.Param{Name: dec(p.RawName), Value: dec(p.RawValue),
			NoEquals: p.Span.End-p.Span.Start == len(p.RawName)})
	}
	return r
}

// SentHeaderValues returns, for each signed header name, the value the
// paste sends with the signed request of u (see SignedHeaderValue), and
// the names no part of the paste gives a value for. from names the
// sources the values came from ("curl", "fetch", "s3" …), once each.
func (inc *Incident) SentHeaderValues(u *presign.URL, names []string) (found []sigv4.Header, missing, from []string) {
	sr := inc.SignedForURL(u)
	seen := map[string]bool{}
	for _, n := range names {
		n = strings.ToLower(n)
		if sr == nil {
			missing = append(missing, n)
			continue
		}
		v, s, ok := inc.SignedHeaderValue(sr, n)
		if !ok {
			missing = append(missing, n)
			continue
		}
		found = append(found, sigv4.Header{Name: n, Value: v})
		if !seen[s.Source] {
			seen[s.Source] = true
			from = append(from, s.Source)
		}
	}
	return found, missing, from
}

// SentV2Headers returns what a SigV2 signature of u covers besides the
// URL: Content-Type and Content-MD5 as the linked sent request sends them,
// else as the query names them (the JavaScript SDK v2 puts them there),
// the x-amz-* headers sent or in the query, and the method the linked
// request sends ("" when none is linked).
func (inc *Incident) SentV2Headers(u *presign.URL) (contentType, contentMD5 string, amz []sigv4.Header, method string) {
	sr := inc.SignedForURL(u)
	var sent *SentRequest
	if sr != nil {
		for _, s := range inc.SentWith(sr) {
			if s.Source != "s3" {
				sent = s
				break
			}
		}
	}
	seen := map[string]bool{}
	if sent != nil {
		method = sent.Method.Str
		for _, h := range sent.Headers {
			n := strings.ToLower(h.Name)
			if h.Expr != "" {
				continue
			}
			switch {
			case n == "content-type":
				contentType = h.Value
			case n == "content-md5":
				contentMD5 = h.Value
			case strings.HasPrefix(n, "x-amz-") && !seen[n]:
				seen[n] = true
				amz = append(amz, sigv4.Header{Name: n, Value: h.Value})
			}
		}
	}
	for _, p := range u.Params {
		n := strings.ToLower(p.Name)
		switch {
		case n == "content-type" && contentType == "":
			contentType = p.Value
		case n == "content-md5" && contentMD5 == "":
			contentMD5 = p.Value
		case strings.HasPrefix(n, "x-amz-") && n != "x-amz-security-token" && !seen[n]:
			seen[n] = true
			amz = append(amz, sigv4.Header{Name: n, Value: p.Value})
		}
	}
	return contentType, contentMD5, amz, method
}
