package signedheaders

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// signedHeadersSent is the incident's predicate over every sent request,
// whatever sends it (XHR, fetch, axios and its instances' defaults,
// requests, a HAR entry, a console line): a request linked to a presigned
// URL that sends an x-amz-* header the URL does not sign (S3 answers
// AccessDenied "There were headers present in the request which were not
// signed"), and a request that sets a signed header twice (XHR's
// setRequestHeader and Headers.append join the values with ", ", which is
// not the value that was signed). Curl lines whose URL the paste shows are
// the curl check's; S3's own <HeadersNotSigned> is headersNotSigned's.
func signedHeadersSent(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	s3Lists := false
	for _, a := range inc.Answers {
		if len(a.HeadersNotSigned) > 0 || strings.Contains(a.Message.Str, "headers present in the request which were not signed") {
			s3Lists = true
		}
	}
	for _, sr := range inc.SignedRequests {
		if sr.URL == nil || sr.URL.Version != "v4" || s3Lists {
			continue
		}
		names, sh := sr.URL.SignedHeaders()
		if sh == nil {
			continue
		}
		signed := map[string]bool{}
		for _, n := range names {
			signed[strings.ToLower(n)] = true
		}
		for _, s := range inc.SentWith(sr) {
			if s.Source == "s3" || s.Curl != nil && s.Curl.URL != nil {
				continue
			}
			for _, h := range s.Headers {
				n := strings.ToLower(h.Name)
				if !strings.HasPrefix(n, "x-amz-") || signed[n] || n == "x-amz-date" || n == "x-amz-content-sha256" {
					continue
				}
				how := ""
				if h.Default {
					how = " as a client-wide default (set once for every request: axios.create/defaults, an interceptor, a wrapper's hook)"
				}
				p.Report(rules.Finding{
					Severity: rules.Error,
					Message: fmt.Sprintf("the %s request sends %s%s, which the presigned URL does not sign (X-Amz-SignedHeaders=%s); S3 refuses unsigned x-amz-* headers with AccessDenied (403) \"There were headers present in the request which were not signed\"",
						s.Source, h.Name, how, sh.Value),
					Span:    h.Span,
					Related: []source.Span{sh.Span},
					Key:     "unsigned:" + n,
					Fixes: []rules.Fix{
						{Message: fmt.Sprintf("do not send %s to the presigned URL (a plain client without default headers for it), or presign with it (ACL, Metadata, ServerSideEncryption… in the presign call's parameters) so that it is signed", h.Name)},
					},
				})
			}
		}
	}
	duplicatedSignedHeaders(p, inc)
}

// duplicatedSignedHeaders reports a sent request that sets a signed header
// twice: the values travel joined ("text/plain, application/pdf"), as S3's
// canonical request shows, and match no signed value.
func duplicatedSignedHeaders(p *rules.Pass, inc *model.Incident) {
	signedAnywhere := func(n string) bool {
		for _, sr := range inc.SignedRequests {
			for _, h := range sr.SignedHeaders {
				if h == n {
					return true
				}
			}
		}
		for _, s := range inc.SentRequests {
			if s.Source == "s3" && s.Header(n) != nil {
				return true // S3's canonical request lists only signed headers
			}
		}
		return false
	}
	for _, s := range inc.SentRequests {
		if s.Source == "s3" || s.Source == "curl" {
			continue
		}
		first := map[string]*model.SentHeader{}
		for i := range s.Headers {
			h := &s.Headers[i]
			n := strings.ToLower(h.Name)
			f, dup := first[n]
			if !dup {
				first[n] = h
				continue
			}
			if n == "host" || !signedAnywhere(n) {
				continue
			}
			p.Report(rules.Finding{
				Severity: rules.Error,
				Message: fmt.Sprintf("the %s request sets %s twice: the client sends both values joined with \", \", and the signature covers one value of %s, so S3 answers SignatureDoesNotMatch (403)",
					s.Source, h.Name, n),
				Span:    h.Span,
				Related: []source.Span{f.Span},
				Key:     "twice:" + n,
				Fixes:   []rules.Fix{{Message: fmt.Sprintf("set %s once, to the value that was signed (XHR's setRequestHeader and Headers.append add a value; they do not replace it)", h.Name)}},
			})
		}
	}
}
