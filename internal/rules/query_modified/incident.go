package querymodified

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// queryModifiedClients reports two requests of the paste that send the
// same presigned URL (the same signature) with the query written
// differently ("Postman fails, curl works", issue 19): one client decoded
// or re-encoded the URL, and S3 computes the signature over the query as
// it arrives. The comparison is the model's (Incident.ClientDiffs),
// whatever sends each request: curl, a console line, a HAR entry, code.
func queryModifiedClients(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	seen := map[[2]*model.SentRequest]bool{}
	for _, sr := range inc.SignedRequests {
		if sr.URL == nil || sr.URL.Version != "v4" {
			continue
		}
		for _, d := range inc.ClientDiffs(sr.URL) {
			if d.Kind != "query" || seen[[2]*model.SentRequest{d.A, d.B}] || seen[[2]*model.SentRequest{d.B, d.A}] {
				continue
			}
			seen[[2]*model.SentRequest{d.A, d.B}] = true
			good, bad, gv, bv := d.A, d.B, d.ValueA, d.ValueB
			if ok(d.B) && !ok(d.A) || failed(d.A) && !failed(d.B) {
				good, bad, gv, bv = d.B, d.A, d.ValueB, d.ValueA
			}
			what := "the parameters' order or names"
			if d.Name != "" {
				what = fmt.Sprintf("%s is %s in one and %s in the other", d.Name, shown(gv), shown(bv))
			}
			who := "one of them changed the URL after signing"
			if ok(good) || failed(bad) {
				who = fmt.Sprintf("the %s request changed it", bad.Source)
			}
			sp, rel := spanOf(bad, d.Name), spanOf(good, d.Name)
			p.Report(rules.Finding{
				Message: fmt.Sprintf("two requests send the same presigned URL (the same X-Amz-Signature) with the query written differently (%s): S3 computes the signature over the query as it arrives, so a client that decodes or re-encodes the URL (Postman, a proxy, a URL library) gets SignatureDoesNotMatch (403); %s",
					what, who),
				Span:    sp,
				Related: []source.Span{rel},
				Key:     fmt.Sprintf("clients:%d:%d", d.A.Span.Start, d.B.Span.Start),
				Fixes:   []rules.Fix{{Message: "send the URL exactly as the presigner returned it from every client (in Postman, paste it into the address bar as is and turn off its URL encoding/decoding of the query; in code, pass the string through, never through a URL parser that re-serialises it)"}},
			})
		}
	}
}

func ok(s *model.SentRequest) bool     { return s.Status >= 200 && s.Status < 300 }
func failed(s *model.SentRequest) bool { return s.Status >= 400 }

func shown(v string) string {
	if v == "" {
		return "absent"
	}
	return v
}

// spanOf is where a request's URL writes the parameter name, else the
// request.
func spanOf(s *model.SentRequest, name string) source.Span {
	if s.SignedURL != nil && name != "" {
		if q := s.SignedURL.Param(name); q != nil {
			return q.Span
		}
	}
	if s.URL.Span.Len() > 0 {
		return s.URL.Span
	}
	return s.Span
}

// queryAddedAfterSigning reports a parameter a presigned URL of the paste
// carries that the paste's own words say was added to the URL after the
// SDK returned it (the model's Signals.QueryAdded): S3 signs every query
// parameter but X-Amz-Signature, so the URL as sent no longer matches its
// signature. When S3's canonical request is in the paste, it shows the
// parameter too; only the words tell it was not signed.
func queryAddedAfterSigning(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil || inc.Signals == nil {
		return
	}
	for _, q := range inc.Signals.QueryAdded {
		for _, sr := range inc.SignedRequests {
			if sr.URL == nil || sr.URL.Version != "v4" {
				continue
			}
			prm := sr.URL.Param(q.Str)
			if prm == nil {
				continue
			}
			p.Report(rules.Finding{
				Message: fmt.Sprintf("%s is added to the URL after the SDK signed it, as the text says; S3 signs every query parameter except X-Amz-Signature, so the URL with %s no longer matches its signature and S3 answers SignatureDoesNotMatch (403)", q.Str, q.Str),
				Span:    prm.Span,
				Related: []source.Span{q.Span},
				Key:     "query:" + q.Str,
				Fixes:   []rules.Fix{{Message: fmt.Sprintf("give %s to the presign call (Params={'ResponseContentDisposition': …} for response-content-disposition) so it is signed, and send the URL exactly as returned", q.Str)}},
			})
			break
		}
	}
}
