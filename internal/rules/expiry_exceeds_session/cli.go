package expiryexceedssession

import (
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/timefmt"
)

// defaultSessionSeconds are the STS defaults when no duration is given.
var defaultSessionSeconds = sync.OnceValue(func() map[string]int64 {
	return map[string]int64{
		"assume_role": 3600, "assume_role_with_web_identity": 3600, "assume_role_with_saml": 3600,
		"get_session_token": 43200, "get_federation_token": 43200,
		// aws sso login: a permission set's session, 12 hours at most.
		"get_role_credentials": 43200,
	}
})

// expiryExceedsSessionCLI compares the presign expiry of the paste with the
// lifetime of the temporary credentials its aws sts command (or STS JSON
// output) shows. A URL signed with temporary credentials dies with them.
func expiryExceedsSessionCLI(p *rules.Pass) {
	expiry, expSpan := derive.PresignExpiry(p.Facts)
	for _, s := range p.Facts.STSCalls {
		if s.Source != "cli" && s.Source != "credentials" {
			continue
		}
		if s.Expiration != nil {
			sessionEndsBeforeURL(p, s)
			continue
		}
		if expiry <= 0 {
			continue
		}
		d, ok := defaultSessionSeconds()[s.Name]
		how := fmt.Sprintf("the default of %d seconds", d)
		from := "sts " + s.Name
		if s.Name == "get_role_credentials" {
			how = "an IAM Identity Center permission set's session lasts 12 hours at most"
			from = "aws sso login (the permission set's role)"
		}
		rel := s.Span
		if s.Duration != nil && s.Duration.IsNum {
			d, ok, how, rel = s.Duration.Num, true, fmt.Sprintf("--duration-seconds %d", s.Duration.Num), s.Duration.Span
		}
		if !ok || expiry <= d {
			continue
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the URL asks to live %s (%d seconds), but the credentials from %s end after %s (%s); if the URL is signed with them, S3 answers ExpiredToken (400) \"The provided token has expired.\" once the session ends, before the URL's own expiry",
				derive.Human(expiry), expiry, from, derive.Human(d), how),
			Span:    expSpan,
			Related: []source.Span{rel},
			Key:     strconv.FormatInt(expiry, 10),
			Fixes: []rules.Fix{{
				Message: fmt.Sprintf("presign for at most %d seconds, or assume the role with --duration-seconds %d or more (up to the role's MaxSessionDuration, 12 hours at most, 1 hour when role-chained)", d, expiry),
			}},
		})
	}
}

// sessionEndsBeforeURL compares STS output's Expiration with the expiry of
// the paste's SigV4 URLs (X-Amz-Date + X-Amz-Expires).
func sessionEndsBeforeURL(p *rules.Pass, s *model.STSCall) {
	end, ok := timefmt.RFC3339(s.Expiration.Str)
	if !ok {
		return
	}
	for _, u := range p.Facts.URLs {
		dp := u.Param("X-Amz-Date")
		n, ep, ok := u.Expires()
		if dp == nil || !ok {
			continue
		}
		signed, ok := timefmt.AmzDate(dp.Value)
		if !ok {
			continue
		}
		urlEnd := signed.Add(time.Duration(n) * time.Second)
		if !urlEnd.After(end) {
			continue
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the URL is valid until %s, but the temporary credentials of the STS output expire at %s, %s earlier; if they signed it, S3 answers ExpiredToken (400) \"The provided token has expired.\" from then on",
				urlEnd.UTC().Format(time.RFC3339), end.UTC().Format(time.RFC3339), derive.Human(int64(urlEnd.Sub(end).Seconds()))),
			Span:    ep.Span,
			Related: []source.Span{s.Expiration.Span},
			Key:     strconv.FormatInt(n, 10),
			Fixes: []rules.Fix{{
				Message: "presign with an expiry that ends before the credentials do, or sign with credentials that live long enough",
			}},
		})
	}
}
