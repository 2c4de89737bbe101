package querymodified

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/sigevidence"
	"github.com/presign-doctor/presign-doctor/internal/sigv4"
)

// queryModifiedError compares S3's canonical query with the one rebuilt from
// the URL and reports each parameter that was added, removed or changed
// between signing and S3.
func queryModifiedError(p *rules.Pass) {
	if len(p.Facts.Errors) == 0 || len(p.Facts.URLs) == 0 {
		return
	}
	ev := sigevidence.SignatureEvidence(p.Facts, p.Secret, p.Reveal)
	if ev.URL == nil || ev.V2 || ev.S3CanonicalRequest == "" || ev.CanonicalRequest == "" {
		return
	}
	ours, s3 := ev.Canonical.Query, ev.S3Canonical.Query
	for _, ch := range sigv4.QueryChanges(ours, s3) {
		f := rules.Finding{Key: "query:" + ch.Name, Span: ev.Err.Span}
		if fl := ev.Err.Get("CanonicalRequest"); fl != nil {
			f.Span = fl.Span
		}
		if prm := paramByEncodedName(ev, ch.Name); prm >= 0 {
			f.Span = ev.URL.Params[prm].Span
		}
		switch ch.Kind {
		case "added":
			f.Message = fmt.Sprintf("S3's canonical query has %s=%s, which the URL does not carry: a parameter was added after signing (a cache buster, tracking or a CDN rewrite), and S3 signs every parameter except X-Amz-Signature, so it answers SignatureDoesNotMatch (403)", ch.Name, ch.B)
		case "removed":
			f.Message = fmt.Sprintf("the URL carries %s=%s but S3's canonical query lacks it: the parameter was dropped on the way to S3, and S3 answers SignatureDoesNotMatch (403)", ch.Name, ch.A)
		default:
			f.Message = fmt.Sprintf("%s is %s in the URL but S3 read %s: the value changed on the way (re-encoding, '+' read as a space, an edit), and S3 answers SignatureDoesNotMatch (403)", ch.Name, ch.A, ch.B)
		}
		f.Fixes = []rules.Fix{{Message: "put every parameter into Params before signing and send the URL exactly as returned"}}
		p.Report(f)
	}
}

// paramByEncodedName finds the URL parameter whose canonical (encoded)
// name is name, or -1.
func paramByEncodedName(ev *sigevidence.SigEvidence, name string) int {
	for i, q := range ev.Request.Query {
		if sigv4.Encode(q.Name) == name && i < len(ev.URL.Params) {
			return i
		}
	}
	return -1
}
