package expirestoolong

import (
	"fmt"
	"strconv"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// expiresTooLongCode reports a presign expiry above 604800 seconds or
// below 1, in any language: the readers give the expiry in seconds
// whatever its shape (ExpiresIn=, expiresIn:, WithPresignExpires(240*time.Hour),
// signatureDuration(Duration.ofDays(8)), Expires = DateTime.UtcNow.AddDays(10),
// '+2 weeks', expires_in: 8 * 24 * 3600).
func expiresTooLongCode(p *rules.Pass) {
	f := p.Facts
	for _, o := range derive.CodeOps(f) {
		v := o.ExpiresIn
		if v == nil || !v.IsNum || v.Num >= 1 && v.Num <= derive.MaxPresignExpiry {
			continue
		}
		what := derive.ExpiryWords(o.Source, v)
		setting, _ := o.ExpirySetting()
		if o.Source != "python" && o.Source != "cli" {
			what += ", set by " + setting
		}
		msg := fmt.Sprintf("%s is above the SigV4 maximum of 604800 (7 days); S3 answers AuthorizationQueryParametersError (400) \"X-Amz-Expires must be less than a week\" for every use of the URL", what)
		fix := rules.Fix{Message: "set " + setting + " to at most 604800 seconds (and no longer than the credentials live)", Edits: derive.ExpiryEdit(o.Source, v, 604800)}
		if v.Num < 1 {
			msg = fmt.Sprintf("%s is below the minimum of 1 second; S3 answers AuthorizationQueryParametersError (400)", what)
			if v.Num < 0 {
				msg += " \"X-Amz-Expires must be non-negative\""
			}
			fix = rules.Fix{Message: "set " + setting + " to the lifetime the URL needs, such as 3600 seconds", Edits: derive.ExpiryEdit(o.Source, v, 3600)}
		}
		p.Report(rules.Finding{Message: msg, Span: v.Span, Key: strconv.FormatInt(v.Num, 10), Fixes: []rules.Fix{fix}})
	}
}
