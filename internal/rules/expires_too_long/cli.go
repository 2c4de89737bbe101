package expirestoolong

import (
	"fmt"
	"strconv"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// expiresTooLongCLI checks --expires-in of aws s3 presign. The Key is the
// number of seconds, so it merges with the URL's X-Amz-Expires finding of
// the same value.
func expiresTooLongCLI(p *rules.Pass) {
	for _, o := range p.Facts.Operations {
		if o.Source != "cli" || o.ExpiresIn == nil || !o.ExpiresIn.IsNum {
			continue
		}
		n := o.ExpiresIn.Num
		if n >= 1 && n <= derive.MaxPresignExpiry {
			continue
		}
		msg := fmt.Sprintf("--expires-in %d is above the SigV4 maximum of 604800 seconds (7 days); S3 rejects the URL with AuthorizationQueryParametersError (400) \"X-Amz-Expires must be less than a week\"", n)
		if n < 1 {
			msg = fmt.Sprintf("--expires-in %d is below the minimum of 1 second; S3 rejects the URL with AuthorizationQueryParametersError (400)", n)
		}
		p.Report(rules.Finding{
			Message: msg,
			Span:    o.ExpiresIn.Span,
			Key:     strconv.FormatInt(n, 10),
			Fixes: []rules.Fix{{
				Message: "presign with --expires-in 604800 or less, and no longer than the credentials live",
				Edits:   derive.Edit(o.ExpiresIn.Span, "604800"),
			}},
		})
	}
}
