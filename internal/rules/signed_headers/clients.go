package signedheaders

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// signedHeadersClients reports a signed header that two requests of the
// paste send with different values to the same presigned URL ("curl works,
// Postman fails"): the signature holds one value, so S3 refuses the other
// request with SignatureDoesNotMatch.
func signedHeadersClients(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, sr := range inc.SignedRequests {
		if sr.URL == nil || len(sr.SignedHeaders) == 0 {
			continue
		}
		var sent []*model.SentRequest
		for _, s := range inc.SentWith(sr) {
			if s.Source != "s3" {
				sent = append(sent, s)
			}
		}
		for _, name := range sr.SignedHeaders {
			if name == "host" {
				continue
			}
			clientsDisagree(p, sent, name)
		}
	}
}

// clientsDisagree reports the first two requests that send name with
// different literal values.
func clientsDisagree(p *rules.Pass, sent []*model.SentRequest, name string) {
	var first *model.SentRequest
	var fh *model.SentHeader
	for _, s := range sent {
		h := s.Header(name)
		if h == nil || h.Value == "" || h.Expr != "" {
			continue
		}
		if first == nil {
			first, fh = s, h
			continue
		}
		if strings.TrimSpace(h.Value) == strings.TrimSpace(fh.Value) {
			continue
		}
		good, bad, gh, bh := first, s, fh, h
		if ok(s) && !ok(first) {
			good, bad, gh, bh = s, first, h, fh
		}
		how := "only one of them can match the signature"
		if ok(good) {
			how = fmt.Sprintf("S3 accepted the %s request, so the signed value is %q", good.Source, gh.Value)
		}
		p.Report(rules.Finding{
			Severity: rules.Error,
			Message: fmt.Sprintf("two requests send the same presigned URL with different %s: the %s request %q, the %s request %q; the URL signs %s, so %s and S3 answers SignatureDoesNotMatch (403) to the other",
				name, good.Source, gh.Value, bad.Source, bh.Value, name, how),
			Span:    bh.Span,
			Related: []source.Span{gh.Span},
			Key:     name,
			Fixes:   []rules.Fix{{Message: fmt.Sprintf("send %s: %s from every client (Postman: the Headers tab, and no body type that sets its own Content-Type; axios/fetch: the headers option with the file itself as the body, not FormData)", name, gh.Value)}},
		})
		return
	}
}

// ok reports whether S3 answered the request with a 2xx status.
func ok(s *model.SentRequest) bool { return s.Status >= 200 && s.Status < 300 }
