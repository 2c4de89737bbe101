package urlexpired

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// urlExpiredError reads S3's "Request has expired" answer (and R2's
// ExpiredRequest).
func urlExpiredError(p *rules.Pass) {
	for _, e := range p.Facts.Errors {
		if !source.ContainsLower(e.Message, "request has expired") && e.Code != "ExpiredRequest" {
			continue
		}
		msg := "the answer AccessDenied (403) \"Request has expired\" means the URL's own lifetime ended"
		key := "expired"
		arrived := false
		exp, _, okE := e.Time("Expires")
		st, _, okS := e.Time("ServerTime")
		switch {
		case okE && okS:
			msg += fmt.Sprintf(" at %s, %s before S3's clock said %s", derive.FmtTime(exp), presign.Human(st.Sub(exp)), derive.FmtTime(st))
			if st.After(exp) {
				// S3 checks the expiry when a request arrives, never
				// during a transfer: this request arrived after it.
				arrived = true
			}
		case okE:
			msg += " at " + derive.FmtTime(exp)
		}
		if okE {
			key = derive.TimeKey(exp)
		}
		if v := e.Value("X-Amz-Expires"); v != "" {
			msg += fmt.Sprintf(" (X-Amz-Expires was %s s)", strings.TrimSpace(v))
		}
		if arrived {
			msg += "; S3 checks the expiry when a request arrives, not during the transfer, so this request (or its retry) arrived after the URL had expired"
		}
		msg += "; the signature and permissions were not the problem"
		p.Report(rules.Finding{
			Message: msg,
			Span:    derive.MsgSpan(e),
			Key:     key,
			Fixes: []rules.Fix{{
				Message: "generate a new URL right before it is used, with an expiry that covers the whole transfer",
			}},
		})
	}
}
