package querymodified

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/rules/sigevidence"
)

// queryModifiedURL reports parameters a signer did not write (see
// paramsAfterSignature): they were added after signing. With a typed secret
// that verifies the URL as it is, they were signed and the check stays
// silent.
func queryModifiedURL(p *rules.Pass) {
	var verified map[int]bool
	if p.Secret != "" {
		ev := sigevidence.SignatureEvidence(p.Facts, p.Secret, p.Reveal)
		if ev.URL != nil && ev.Verdict == sigevidence.VerdictURL {
			verified = map[int]bool{ev.URL.Span.Start: true}
		}
	}
	for _, u := range p.Facts.URLs {
		if u.Version != "v4" || verified[u.Span.Start] {
			continue
		}
		names := make([]string, len(u.Params))
		for i, q := range u.Params {
			names[i] = q.RawName
		}
		for _, i := range derive.ParamsAfterSignature(names) {
			q := u.Params[i]
			// Remove "&name=value" (the '&' before it included).
			edit := diff.Edit{Start: q.Span.Start - 1, End: q.Span.End}
			if edit.Start < u.Span.Start || p.Facts.Text[edit.Start] != '&' {
				edit.Start = q.Span.Start
			}
			p.Report(rules.Finding{
				Span: q.Span,
				Key:  fmt.Sprintf("after:%d", q.Span.Start),
				Message: fmt.Sprintf("%s comes after X-Amz-Signature out of the order signers write: it was most likely added after signing; S3 signs every parameter except X-Amz-Signature, so it answers SignatureDoesNotMatch (403)",
					q.Name),
				Fixes: []rules.Fix{
					{Message: "remove the parameter added after signing", Edits: []diff.Edit{edit}},
					{Message: "or put it into Params before signing so that it is signed"},
				},
			})
		}
	}
}

// doubleEncoded reports a raw parameter value that holds an encoded
// percent sign followed by an encoded character (%252F, %253D): the whole
// URL went through an encoder (encodeURI, a URL library, a proxy) after
// signing.
func doubleEncoded(raw string) bool {
	for i := strings.Index(raw, "%25"); i >= 0 && i+5 <= len(raw); {
		if isHex(raw[i+3]) && isHex(raw[i+4]) {
			return true
		}
		j := strings.Index(raw[i+3:], "%25")
		if j < 0 {
			break
		}
		i += 3 + j
	}
	return false
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// queryDoubleEncoded reports X-Amz-* parameters of a SigV4 URL whose
// value is encoded twice: no signer writes %25 into its own parameters
// (credential scope, date, signed headers, token), so the URL was encoded
// again after signing, and S3 reads another value (a Credential it calls
// mal-formed, a token it cannot parse, another signed query).
func queryDoubleEncoded(p *rules.Pass) {
	for _, u := range p.Facts.URLs {
		if u.Version != "v4" {
			continue
		}
		if u.Param("X-Amz-Security-Token") != nil {
			continue // an encoder over the whole URL re-encodes the token too: token_encoding names it
		}
		for _, q := range u.Params {
			if !strings.HasPrefix(strings.ToLower(q.Name), "x-amz-") || strings.EqualFold(q.Name, "X-Amz-Security-Token") || !doubleEncoded(q.RawValue) {
				continue // the token is token_encoding's
			}
			p.Report(rules.Finding{
				Span: q.Span,
				Key:  fmt.Sprintf("double:%d", q.Span.Start),
				Message: fmt.Sprintf("%s is percent-encoded twice (%s): the URL was encoded again after signing (encodeURI or a URL library on the whole URL, a proxy); S3 decodes it once and reads %s, so it answers SignatureDoesNotMatch (403) or, for X-Amz-Credential, AuthorizationQueryParametersError \"the Credential is mal-formed\"",
					q.Name, q.RawValue, q.Value),
				Fixes: []rules.Fix{{Message: "send the URL exactly as the presigner returned it: do not pass it through encodeURI / encodeURIComponent or a URL builder that encodes it again"}},
			})
		}
	}
}
