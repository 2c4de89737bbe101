package rules

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/presign"
)

// urlNotYetValidError reads S3's "Request is not yet valid" answer.
func urlNotYetValidError(p *Pass) {
	for _, e := range p.Facts.Errors {
		if !strings.Contains(strings.ToLower(e.Message), "request is not yet valid") {
			continue
		}
		msg := "the answer AccessDenied (403) \"Request is not yet valid\" means the URL was signed with a clock ahead of S3's"
		key := "not-yet-valid"
		signed, _, okD := e.Time("X-Amz-Date")
		st, _, okS := e.Time("ServerTime")
		if okD {
			key = timeKey(signed)
			msg += " (X-Amz-Date " + fmtTime(signed)
			if okS {
				msg += fmt.Sprintf(", %s after S3's clock at %s", presign.Human(signed.Sub(st)), fmtTime(st))
			}
			msg += ")"
		}
		p.Report(Finding{
			Message: msg,
			Span:    msgSpan(e),
			Key:     key,
			Fixes:   []Fix{{Message: "fix the signing machine's clock (enable NTP time sync), then sign again"}},
		})
	}
}
