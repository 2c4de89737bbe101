package expirestoolong

import (
	"fmt"
	"strconv"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// expiresTooLongURL checks X-Amz-Expires of every SigV4 URL.
func expiresTooLongURL(p *rules.Pass) {
	for _, u := range p.Facts.URLs {
		n, prm, ok := u.Expires()
		if !ok || (n >= 1 && n <= derive.MaxPresignExpiry) {
			continue
		}
		msg := fmt.Sprintf("the URL's X-Amz-Expires=%d is above the SigV4 maximum of 604800 seconds (7 days); S3 answers AuthorizationQueryParametersError (400) \"X-Amz-Expires must be less than a week\" before it looks at the signature", n)
		if n < 1 {
			msg = fmt.Sprintf("the URL's X-Amz-Expires=%d is below the minimum of 1 second; S3 answers AuthorizationQueryParametersError (400)", n)
		}
		if n < 0 {
			msg += " \"X-Amz-Expires must be non-negative\"; a negative value is most often an end time (epoch seconds) passed where the SDK takes a duration"
		}
		p.Report(rules.Finding{
			Message: msg,
			Span:    prm.Span,
			Key:     strconv.FormatInt(n, 10),
			Fixes: []rules.Fix{{
				Message: "sign again with an expiry of at most 604800 seconds, and no longer than the credentials live (editing X-Amz-Expires in a signed URL breaks its signature)",
			}},
		})
	}
}
