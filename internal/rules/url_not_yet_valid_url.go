package rules

import (
	"fmt"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/presign"
)

// NotYetValidTolerance is how far in the future X-Amz-Date may be before
// url_not_yet_valid reports it (clocks differ a little).
const NotYetValidTolerance = 5 * time.Minute

// urlNotYetValidURL reports SigV4 URLs signed after now.
func urlNotYetValidURL(p *Pass) {
	now := p.Facts.Now
	if now.IsZero() {
		return
	}
	for _, u := range sigV4URLs(p.Facts) {
		at, prm, ok := u.SignedAt()
		if !ok || at.Sub(now) <= NotYetValidTolerance {
			continue
		}
		p.Report(Finding{
			Message: fmt.Sprintf("the URL's X-Amz-Date is %s, %s after now: the signer's clock is ahead; S3 answers AccessDenied (403) \"Request is not yet valid\" until its own clock reaches that time",
				fmtTime(at), presign.Human(at.Sub(now))),
			Span: prm.Span,
			Key:  timeKey(at),
			Fixes: []Fix{{
				Message: "fix the signing machine's clock (enable NTP time sync), then sign again",
			}},
		})
	}
}
