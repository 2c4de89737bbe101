package querymodified

import (
	"fmt"

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
