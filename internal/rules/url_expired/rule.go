// Package urlexpired is the rule url_expired: URL expired.
package urlexpired

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is url_expired: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "url_expired",
	Severity: rules.Error,
	Title:    "URL expired",
	Note:     "AccessDenied (403) \"Request has expired\"",
	Evidence: []string{"error", "url"},
	Checks: []rules.Check{
		{Source: "error", Run: urlExpiredError},
		{Source: "url", Run: urlExpiredURL},
	},
}
