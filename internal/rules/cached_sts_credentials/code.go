package cachedstscredentials

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// cachedSTSCredentialsCode reports an assume_role (or other STS call)
// whose credentials are kept at module level, in a global or a memoised
// function, and reused by a handler or view: they end after
// DurationSeconds, and every URL signed after that fails.
func cachedSTSCredentialsCode(p *rules.Pass) {
	f := p.Facts
	for _, s := range f.STSCalls {
		if !model.CodeSource(s.Source) || !s.ModuleLevel {
			continue
		}
		// Only a long-lived process reuses them: a handler, a view, a def
		// that presigns with them.
		var rel []source.Span
		reused := f.Runtime.Lambda || s.Cached
		for _, o := range derive.CodeOps(f) {
			if o.Func != "" && (o.Client == nil || o.Client.CredentialsFrom == s || o.Client.CredentialsFrom == nil) {
				reused = true
				rel = append(rel, o.Span)
			}
		}
		if !reused {
			continue
		}
		when := "runs once, when the module loads"
		if s.Cached {
			when = "runs once and its result is kept where it outlives the call (a global, a module-level cache, an object made at import, a singleton its framework keeps)"
		}
		d := "3600 seconds by default"
		if v := s.Duration; v != nil && v.IsNum {
			d = fmt.Sprintf("%d seconds", v.Num)
		}
		name := s.Name
		if s.ResultVar != "" {
			name = fmt.Sprintf("%s (kept in %s)", s.Name, s.ResultVar)
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("%s %s, and its temporary credentials are reused by every later call; they end after DurationSeconds (%s), and from then on every URL signed with them fails with ExpiredToken (400) \"The provided token has expired\"", name, when, d),
			Span:    s.Span,
			Related: rel,
			Key:     fmt.Sprintf("sts:%d", s.Span.Start),
			Fixes:   []rules.Fix{{Message: refreshFix(s)}},
		})
	}
}

// refreshFix says, in the SDK of the STS call, how to get credentials that
// renew: assume the role per request, or a provider that refreshes.
func refreshFix(s *model.STSCall) string {
	switch s.Source {
	case "javascript", "typescript":
		return "assume the role inside the handler for each request, or give the client credentials: fromTemporaryCredentials({ params: { RoleArn, RoleSessionName } }) (@aws-sdk/credential-providers), which assumes the role again before the session ends"
	case "go":
		return "give the client aws.NewCredentialsCache(stscreds.NewAssumeRoleProvider(sts.NewFromConfig(cfg), roleARN)), which assumes the role again before the session ends, instead of keeping one AssumeRole result"
	case "java":
		return "give the presigner StsAssumeRoleCredentialsProvider.builder().stsClient(sts).refreshRequest(r -> r.roleArn(roleArn).roleSessionName(name)).build(), which refreshes before the session ends"
	case "csharp":
		return "give the client new AssumeRoleAWSCredentials(sourceCredentials, roleArn, sessionName), which refreshes, instead of keeping one AssumeRoleAsync result"
	case "php":
		return "give the client 'credentials' => CredentialProvider::assumeRole([...]) wrapped in CredentialProvider::memoize, which refreshes, instead of keeping one assumeRole result"
	case "ruby":
		return "give the client credentials: Aws::AssumeRoleCredentials.new(role_arn:, role_session_name:), which refreshes before the session ends"
	}
	return "call " + s.Name + " inside the handler for each request (or build the client from a profile with role_arn, whose credentials botocore refreshes itself)"
}
