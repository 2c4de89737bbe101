package urlnotyetvalid

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// urlNotYetValidError reads S3's "Request is not yet valid" answer.
func urlNotYetValidError(p *rules.Pass) {
	for _, e := range p.Facts.Errors {
		if !source.ContainsLower(e.Message, "request is not yet valid") {
			continue
		}
		msg := "the answer AccessDenied (403) \"Request is not yet valid\" means the URL was signed with a clock ahead of S3's"
		key := "not-yet-valid"
		signed, _, okD := e.Time("X-Amz-Date")
		st, _, okS := e.Time("ServerTime")
		if okD {
			key = derive.TimeKey(signed)
			msg += " (X-Amz-Date " + derive.FmtTime(signed)
			if okS {
				msg += fmt.Sprintf(", %s after S3's clock at %s", presign.Human(signed.Sub(st)), derive.FmtTime(st))
			}
			msg += ")"
		}
		p.Report(rules.Finding{
			Message: msg,
			Span:    derive.MsgSpan(e),
			Key:     key,
			Fixes:   []rules.Fix{{Message: "fix the signing machine's clock (enable NTP time sync), then sign again"}},
		})
	}
}
