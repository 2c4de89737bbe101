package expirestoolong

import (
	"fmt"
	"strconv"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// expiresTooLongCode reports ExpiresIn above 604800 seconds or below 1.
func expiresTooLongCode(p *rules.Pass) {
	f := p.Facts
	for _, o := range derive.PyOps(f) {
		v := o.ExpiresIn
		if v == nil || !v.IsNum || v.Num >= 1 && v.Num <= derive.MaxPresignExpiry {
			continue
		}
		msg := fmt.Sprintf("ExpiresIn=%d seconds is above the SigV4 maximum of 604800 (7 days); S3 answers AuthorizationQueryParametersError (400) \"X-Amz-Expires must be less than a week\" for every use of the URL", v.Num)
		fix := rules.Fix{Message: "set ExpiresIn to at most 604800 seconds (and no longer than the credentials live)", Edits: derive.Edit(derive.ValueSpan(v), "604800")}
		if v.Num < 1 {
			msg = fmt.Sprintf("ExpiresIn=%d is below the minimum of 1 second; S3 answers AuthorizationQueryParametersError (400)", v.Num)
			fix = rules.Fix{Message: "set ExpiresIn to the lifetime the URL needs, such as 3600 seconds", Edits: derive.Edit(derive.ValueSpan(v), "3600")}
		}
		p.Report(rules.Finding{Message: msg, Span: v.Span, Key: strconv.FormatInt(v.Num, 10), Fixes: []rules.Fix{fix}})
	}
}
