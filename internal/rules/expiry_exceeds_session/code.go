package expiryexceedssession

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// expiryExceedsSessionCode reports an ExpiresIn longer than the temporary
// credentials that sign the URL live: S3 answers ExpiredToken once they
// end, before the URL's own expiry.
func expiryExceedsSessionCode(p *rules.Pass) {
	f := p.Facts
	for _, o := range derive.PyOps(f) {
		n := int64(3600)
		if o.ExpiresIn != nil {
			if !o.ExpiresIn.IsNum {
				continue
			}
			n = o.ExpiresIn.Num
		}
		if n > derive.MaxPresignExpiry || n < 1 {
			continue // expires_too_long says it
		}
		c := o.Client
		limit, why := int64(0), ""
		var s *model.STSCall
		switch {
		case c != nil && c.CredentialsFrom != nil:
			s = c.CredentialsFrom
			limit = defaultSessionSeconds()[s.Name]
			why = fmt.Sprintf("the credentials come from %s without DurationSeconds, so they live %d seconds", s.Name, limit)
			if s.Duration != nil && s.Duration.IsNum {
				limit = s.Duration.Num
				why = fmt.Sprintf("the credentials come from %s with DurationSeconds=%d", s.Name, limit)
			} else if s.Duration != nil {
				continue
			}
		case c != nil && c.AccessKeyID != nil && c.AccessKeyID.Known && strings.HasPrefix(c.AccessKeyID.Str, "ASIA"):
			limit, why = 43200, "the access key is temporary (ASIA…), and such sessions last at most 12 hours (36 for get_session_token)"
		case f.Runtime.Lambda && (c == nil || c.AccessKeyID == nil):
			limit, why = 43200, "in Lambda the URL is signed with the function role's temporary credentials, which last at most about 12 hours"
		case f.Runtime.ECS && (c == nil || c.AccessKeyID == nil):
			limit, why = 21600, "on ECS the task role's temporary credentials last about 6 hours"
		}
		if limit == 0 || n <= limit {
			continue
		}
		sp := o.Span
		if o.ExpiresIn != nil {
			sp = o.ExpiresIn.Span
		}
		var fixes []rules.Fix
		if o.ExpiresIn != nil {
			fixes = append(fixes, rules.Fix{Message: fmt.Sprintf("shorten ExpiresIn to %d seconds, the life of the credentials", limit), Edits: derive.Edit(derive.ValueSpan(o.ExpiresIn), strconv.FormatInt(limit, 10))})
		} else {
			fixes = append(fixes, rules.Fix{Message: fmt.Sprintf("pass ExpiresIn=%d, the life of the credentials", limit)})
		}
		if s != nil && n <= 43200 && strings.HasPrefix(s.Name, "assume_role") {
			fx := rules.Fix{Message: fmt.Sprintf("assume the role for DurationSeconds=%d (the role's MaxSessionDuration must allow it; role chaining caps it at 3600)", n)}
			if s.Duration != nil {
				fx.Edits = derive.Edit(derive.ValueSpan(s.Duration), strconv.FormatInt(n, 10))
			} else if call := derive.FindCall(f, s.Span); call != nil {
				fx.Edits = []diff.Edit{derive.InsertArg(f, call.ArgsSpan, "DurationSeconds="+strconv.FormatInt(n, 10))}
			}
			fixes = append(fixes, fx)
		}
		if n > 43200 {
			fixes = append(fixes, rules.Fix{Message: "for URLs that must live longer than 12 hours, sign with long-term keys of an IAM user kept only for signing (at most 604800 seconds)"})
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("ExpiresIn=%d but %s; after that S3 answers ExpiredToken (400) \"The provided token has expired\", before the URL's own expiry", n, why),
			Span:    sp,
			Key:     strconv.FormatInt(n, 10),
			Fixes:   fixes,
		})
	}
}
