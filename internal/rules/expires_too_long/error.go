package expirestoolong

import (
	"strconv"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// expiresTooLongError reads S3's "X-Amz-Expires must be less than a week"
// answer.
func expiresTooLongError(p *rules.Pass) {
	key := ""
	for _, e := range p.Facts.Errors {
		m := e.Message
		if !source.ContainsLower(m, "x-amz-expires must be less than a week") && !source.ContainsLower(m, "x-amz-expires must be non-negative") &&
			!source.ContainsLower(m, "x-amz-expires should be") {
			continue
		}
		if key == "" {
			key = expiresKey(p)
		}
		msg := "the answer AuthorizationQueryParametersError (400) came before any signature check: X-Amz-Expires must be between 1 and 604800 seconds (7 days)"
		if source.ContainsLower(m, "non-negative") {
			msg = "the answer AuthorizationQueryParametersError (400) \"X-Amz-Expires must be non-negative\" came before any signature check: the URL carries a negative expiry, most often an end time (epoch seconds) passed where the SDK takes a duration in seconds"
		}
		p.Report(rules.Finding{
			Message: msg,
			Span:    derive.MsgSpan(e),
			Key:     key,
			Fixes: []rules.Fix{{
				Message: "sign again with an expiry of at most 604800 seconds, and no longer than the credentials live",
			}},
		})
	}
}

// expiresKey is the Key shared with expiresTooLongURL: the X-Amz-Expires
// value of the paste's one out-of-range URL, or "error".
func expiresKey(p *rules.Pass) string {
	var keys []string
	for _, u := range p.Facts.URLs {
		if n, _, ok := u.Expires(); ok && (n < 1 || n > derive.MaxPresignExpiry) {
			keys = append(keys, strconv.FormatInt(n, 10))
		}
	}
	if len(keys) == 1 {
		return keys[0]
	}
	return "error"
}
