package urlnotyetvalid

import (
	"fmt"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// NotYetValidTolerance is how far in the future X-Amz-Date may be before
// url_not_yet_valid reports it (clocks differ a little).
const NotYetValidTolerance = 5 * time.Minute

// urlNotYetValidURL reports SigV4 URLs signed after now.
func urlNotYetValidURL(p *rules.Pass) {
	now := p.Facts.Now
	if now.IsZero() {
		return
	}
	for _, u := range derive.SigV4URLs(p.Facts) {
		at, prm, ok := u.SignedAt()
		if !ok || at.Sub(now) <= NotYetValidTolerance {
			continue
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the URL's X-Amz-Date is %s, %s after now: the signer's clock is ahead; S3 answers AccessDenied (403) \"Request is not yet valid\" until its own clock reaches that time",
				derive.FmtTime(at), presign.Human(at.Sub(now))),
			Span: prm.Span,
			Key:  derive.TimeKey(at),
			Fixes: []rules.Fix{{
				Message: "fix the signing machine's clock (enable NTP time sync), then sign again",
			}},
		})
	}
}
