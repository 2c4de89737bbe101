package cachedstscredentials

import (
	"fmt"

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
		if s.Source != "python" || !s.ModuleLevel {
			continue
		}
		// Only a long-lived process reuses them: a handler, a view, a def
		// that presigns with them.
		var rel []source.Span
		reused := f.Runtime.Lambda
		for _, o := range derive.PyOps(f) {
			if o.Func != "" && (o.Client == nil || o.Client.CredentialsFrom == s || o.Client.CredentialsFrom == nil) {
				reused = true
				rel = append(rel, o.Span)
			}
		}
		if !reused {
			continue
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
			Message: fmt.Sprintf("%s runs once, when the module loads, and its temporary credentials are reused by every later call; they end after DurationSeconds (%s), and from then on every URL signed with them fails with ExpiredToken (400) \"The provided token has expired\"", name, d),
			Span:    s.Span,
			Related: rel,
			Key:     fmt.Sprintf("sts:%d", s.Span.Start),
			Fixes:   []rules.Fix{{Message: "call " + s.Name + " inside the handler for each request (or build the client from a profile with role_arn, whose credentials botocore refreshes itself)"}},
		})
	}
}
