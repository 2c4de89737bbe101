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
	for _, o := range derive.CodeOps(f) {
		n := int64(3600)
		if o.Source != "python" {
			n = 900 // JavaScript v3, Go v2, Ruby and the others' default
		}
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
		case f.Runtime.WebIdentity && (c == nil || c.AccessKeyID == nil):
			limit, why = 43200, "the credentials come from a web identity role (EKS IRSA, AWS_WEB_IDENTITY_TOKEN_FILE), assumed for an hour by default and at most 12 hours"
		case f.Runtime.EC2 && (c == nil || c.AccessKeyID == nil):
			limit, why = 21600, "the credentials come from the instance profile, whose temporary credentials last at most about 6 hours"
		case answeredTemporary(f.Incident, o):
			limit, why = 43200, "S3 answered ExpiredToken, so the URL was signed with temporary credentials (a session token: a role, SSO, a runtime's credentials), which last at most 12 hours (36 for get_session_token)"
		}
		if limit == 0 || n <= limit {
			continue
		}
		setting, sp := o.ExpirySetting()
		var fixes []rules.Fix
		if o.ExpiresIn != nil {
			fixes = append(fixes, rules.Fix{Message: fmt.Sprintf("shorten %s to %d seconds, the life of the credentials", setting, limit), Edits: derive.ExpiryEdit(o.Source, o.ExpiresIn, limit)})
		} else {
			fixes = append(fixes, rules.Fix{Message: fmt.Sprintf("pass %s, the life of the credentials", expiryArgValue(o, limit))})
		}
		if s != nil && n <= 43200 && strings.HasPrefix(s.Name, "assume_role") {
			fx := rules.Fix{Message: fmt.Sprintf("assume the role for DurationSeconds=%d (the role's MaxSessionDuration must allow it; role chaining caps it at 3600)", n)}
			if s.Source != "python" {
				fx.Message = fmt.Sprintf("assume the role for %d seconds (DurationSeconds; the role's MaxSessionDuration must allow it; role chaining caps it at 3600)", n)
			} else if s.Duration != nil {
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
			Message: fmt.Sprintf("%s but %s; after that S3 answers ExpiredToken (400) \"The provided token has expired\", before the URL's own expiry", expiryWords(o, n), why),
			Span:    sp,
			Key:     strconv.FormatInt(n, 10),
			Fixes:   fixes,
		})
	}
}

// expiryWords names the expiry of o as its code writes it (the SDK's
// default when the code leaves it out).
func expiryWords(o *model.Operation, n int64) string {
	if o.Source == "python" {
		return fmt.Sprintf("ExpiresIn=%d", n)
	}
	if o.ExpiresIn == nil {
		return fmt.Sprintf("the default expiry of %d seconds", n)
	}
	return derive.ExpiryWords(o.Source, o.ExpiresIn)
}

func expiryArgValue(o *model.Operation, n int64) string {
	if o.Source == "python" {
		return fmt.Sprintf("ExpiresIn=%d", n)
	}
	return fmt.Sprintf("an expiry of %d seconds", n)
}

// answeredTemporary reports whether the model holds the credentials that
// sign o temporary because S3 answered its URL ExpiredToken (whatever
// source the answer came from: an XML body, an SDK exception, a log).
func answeredTemporary(inc *model.Incident, o *model.Operation) bool {
	if inc == nil {
		return false
	}
	for _, sr := range inc.SignedByOp(o) {
		k := sr.Credentials.Kind
		return k.Str == "temporary" && k.From == model.FromS3
	}
	return false
}
