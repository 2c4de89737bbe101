package expiryexceedssession

import (
	"fmt"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Session lengths of temporary credentials, in seconds.
const (
	DefaultRoleSession = 3600   // AssumeRole default, and the role-chaining cap
	MaxRoleSession     = 43200  // AssumeRole maximum (12 h)
	MaxSessionToken    = 129600 // GetSessionToken / GetFederationToken maximum (36 h)
)

// expiryExceedsSessionURL reports SigV4 URLs signed with temporary
// credentials (an ASIA key or a session token) whose X-Amz-Expires is
// longer than such credentials live.
func expiryExceedsSessionURL(p *rules.Pass) {
	session, sessionSpan, known := sessionLength(p)
	for _, u := range derive.SigV4URLs(p.Facts) {
		if !u.Temporary() && u.Token() == nil {
			continue
		}
		n, prm, ok := u.Expires()
		if !ok || n < 1 || n > derive.MaxPresignExpiry {
			continue // expires_too_long says it
		}
		limit := int64(DefaultRoleSession)
		if known {
			limit = session
		}
		if n <= limit {
			continue
		}
		f := rules.Finding{Span: prm.Span, Key: fmt.Sprintf("%d", n)}
		if tok := u.Token(); tok != nil {
			f.Related = append(f.Related, tok.Span)
		}
		life := presign.Human(time.Duration(n) * time.Second)
		switch {
		case known:
			f.Message = fmt.Sprintf("the URL is signed with temporary credentials that last %d s (DurationSeconds) but asks for %d s (%s); once the session ends S3 answers ExpiredToken (400) \"The provided token has expired.\", before the URL's own expiry", session, n, life)
			f.Related = append(f.Related, sessionSpan)
		case n > MaxRoleSession:
			f.Message = fmt.Sprintf("the URL is signed with temporary credentials (an ASIA key or a session token) but asks for %d s (%s), more than any role session lasts (12 h at most, 1 h by default, 1 h when role-chained; only GetSessionToken credentials reach 36 h); S3 answers ExpiredToken (400) \"The provided token has expired.\" once the session ends", n, life)
		default:
			f.Severity = rules.Warning
			f.Message = fmt.Sprintf("the URL is signed with temporary credentials (an ASIA key or a session token) but asks for %d s (%s), more than a default 1-hour role session (Lambda, ECS and SSO sessions are often 1 h, instance profiles about 6 h); when the session ends first S3 answers ExpiredToken (400) \"The provided token has expired.\"", n, life)
		}
		f.Fixes = []rules.Fix{{Message: "keep the expiry within the session, or sign with credentials that live long enough (an IAM user's keys allow up to 7 days; AssumeRole with DurationSeconds up to the role's maximum), or mint URLs on demand"}}
		p.Report(f)
	}
}

// sessionLength returns the DurationSeconds of the paste's STS call, if
// one is known.
func sessionLength(p *rules.Pass) (int64, source.Span, bool) {
	for _, c := range p.Facts.STSCalls {
		if c.Duration != nil && c.Duration.IsNum && c.Duration.Num > 0 {
			return c.Duration.Num, c.Duration.Span, true
		}
	}
	return 0, source.Span{}, false
}
