// Package cachedstscredentials is the rule cached_sts_credentials: temporary credentials cached and reused.
package cachedstscredentials

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is cached_sts_credentials: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "cached_sts_credentials",
	Severity: rules.Error,
	Title:    "temporary credentials cached and reused",
	Note:     "ExpiredToken (400) once the session ends",
	Evidence: []string{"code"},
	Checks: []rules.Check{
		{Source: "code", Run: cachedSTSCredentialsCode},
	},
}
