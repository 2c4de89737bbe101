package tokenencoding

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// tokenEncoding is the rule as a predicate over the incident. Evidence,
// strongest first: a signed URL whose parameters still hold percent
// escapes after one decoding (encoded twice); code that encodes a
// presigned URL again; S3's InvalidToken for a request signed for a
// region enabled by default (the opt-in case is sts_global_token's).
// Redaction replaces the token itself; the redactor records a raw '+'
// it held in a URL's query (Facts.RawPlus), and the answer and the
// region stay visible.
func tokenEncoding(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	invalid := invalidToken(inc)
	var invalidSpan []source.Span
	if invalid != nil {
		invalidSpan = []source.Span{invalid.Span}
	}
	fixes := []rules.Fix{{Message: "pass the presigned URL on exactly as the SDK returns it (its token is percent-encoded once): remove the extra encoding (encodeURI, quote, URI.encode, a URL helper) and never rebuild the query by hand"}}
	reported := false
	for _, sr := range inc.SignedRequests {
		u := sr.URL
		// a URL without a session token has no token to mis-encode: a
		// credential or date encoded twice there is query_modified's
		if u == nil || u.Version != "v4" || (u.Param("X-Amz-Security-Token") == nil && invalid == nil) {
			continue
		}
		for _, prm := range u.Params {
			if !strings.HasPrefix(strings.ToLower(prm.Name), "x-amz-") {
				continue
			}
			seen := fmt.Sprintf("%q after one decoding", clip(prm.Value))
			if !twice(prm.Value) {
				if !p.Facts.WasEncodedTwice(prm.ValSpan) {
					continue
				}
				seen = "as pasted: %25 escapes, before redaction replaced it"
			}
			msg := fmt.Sprintf("%s is percent-encoded twice (%s): the URL went through an encoder after it was signed, so S3 reads another token and credential than were signed", prm.Name, seen)
			if invalid != nil {
				msg += "; that is why S3 answers InvalidToken (400) \"The provided token is malformed or otherwise invalid.\""
			}
			p.Report(rules.Finding{Message: msg, Span: u.Span, Related: invalidSpan, Key: "encoding", Fixes: fixes})
			reported = true
			break
		}
	}
	for _, sr := range inc.SignedRequests {
		if reported || sr.URL == nil {
			continue
		}
		if prm := sr.URL.Param("X-Amz-Security-Token"); prm != nil && p.Facts.HadRawPlus(prm.ValSpan) {
			msg := "X-Amz-Security-Token holds a raw '+' (not percent-encoded as %2B): a query string decodes '+' as a space, so S3 reads another token than was issued"
			if invalid != nil {
				msg += "; that is why S3 answers InvalidToken (400) \"The provided token is malformed or otherwise invalid.\""
			}
			p.Report(rules.Finding{Message: msg, Span: prm.ValSpan, Related: invalidSpan, Key: "encoding", Fixes: fixes})
			reported = true
		}
	}
	if !reported {
		// a token encoded twice where no signed URL is read around it (a
		// raw request line, a log): redaction recorded it
		for _, e := range p.Facts.EncodedTwice {
			if e.Kind != "session-token" {
				continue
			}
			msg := "the session token is percent-encoded twice where it was pasted (%25 escapes, before redaction replaced it): the URL went through an encoder after it was signed, so S3 reads another token than was issued"
			if invalid != nil {
				msg += "; that is why S3 answers InvalidToken (400) \"The provided token is malformed or otherwise invalid.\""
			}
			p.Report(rules.Finding{Message: msg, Span: e.Span, Related: invalidSpan, Key: "encoding", Fixes: fixes})
			break
		}
	}
	if inc.Signals != nil && len(inc.Signals.ReEncodes) > 0 && (invalid != nil || hasToken(inc)) {
		r := inc.Signals.ReEncodes[0]
		msg := fmt.Sprintf("%s encodes the presigned URL again: '%%2F' in the token becomes '%%252F' (or '+' is left raw), and S3 decodes another token than was issued", r.Str)
		if invalid != nil {
			msg += "; S3 answers InvalidToken (400) \"The provided token is malformed or otherwise invalid.\""
		}
		p.Report(rules.Finding{Message: msg, Span: r.Span, Related: invalidSpan, Key: "encoding", Fixes: fixes})
	}
	if invalid == nil {
		return
	}
	region := inc.Target().SignedRegion.Str
	if region == "" {
		region = inc.OneScopeRegion().Str
	}
	if region == "" || derive.OptInRegions()[region] {
		return
	}
	p.Report(rules.Finding{
		Message: fmt.Sprintf("S3 answers InvalidToken (400) \"The provided token is malformed or otherwise invalid.\" for a request signed for %s, a region enabled by default where every STS token is valid: the token reached S3 altered — a raw '+', '/' or '=' in X-Amz-Security-Token ('+' reads as a space) or a second encoding", region),
		Span:    invalid.Span,
		Key:     "encoding",
		Fixes:   fixes,
	})
}

// twice reports a value that still holds %2F, %3D, %2B or %25 after one
// decoding.
func twice(v string) bool {
	l := strings.ToUpper(v)
	return strings.Contains(l, "%2F") || strings.Contains(l, "%3D") || strings.Contains(l, "%2B") || strings.Contains(l, "%25")
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

func invalidToken(inc *model.Incident) *model.Answer {
	for _, a := range inc.AllAnswers() {
		if a.Code.Str == "InvalidToken" || strings.Contains(a.Message.Str, "The provided token is malformed") {
			return a
		}
	}
	return nil
}

func hasToken(inc *model.Incident) bool {
	for _, sr := range inc.SignedRequests {
		if sr.URL != nil && sr.URL.Param("X-Amz-Security-Token") != nil {
			return true
		}
	}
	return false
}
