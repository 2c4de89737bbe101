// Package urlnotyetvalid is the rule url_not_yet_valid: URL signed in the future.
package urlnotyetvalid

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is url_not_yet_valid: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "url_not_yet_valid",
	Severity: rules.Error,
	Title:    "URL signed in the future",
	Note:     "AccessDenied (403) \"Request is not yet valid\"",
	Evidence: []string{"error", "url"},
	Checks: []rules.Check{
		{Source: "error", Run: urlNotYetValidError},
		{Source: "url", Run: urlNotYetValidURL},
	},
}
