package urlexpired

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// urlExpiredURL reports URLs whose X-Amz-Date plus X-Amz-Expires (or SigV2
// Expires) is before now.
func urlExpiredURL(p *rules.Pass) {
	now := p.Facts.Now
	if now.IsZero() {
		return
	}
	for _, u := range p.Facts.URLs {
		if u.CloudFrontSigned() {
			continue // its Expires is CloudFront's policy, which S3 never reads as a lifetime
		}
		if n, _, ok := u.Expires(); ok && n < 1 {
			continue // expires_too_long says it
		}
		at, prm, ok := u.ExpiresAt()
		if !ok || !at.Before(now) {
			continue
		}
		how := "its Expires"
		if signed, _, ok := u.SignedAt(); ok {
			n, _, _ := u.Expires()
			how = fmt.Sprintf("signed %s for %d s", derive.FmtTime(signed), n)
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the URL expired at %s, %s before now (%s); S3 answers AccessDenied (403) \"Request has expired\"",
				derive.FmtTime(at), presign.Human(now.Sub(at)), how),
			Span: prm.Span,
			Key:  derive.TimeKey(at),
			Fixes: []rules.Fix{{
				Message: "generate a new URL right before it is used (a signed URL cannot be extended), with an expiry that covers the whole download or upload",
			}},
		})
	}
}
