// Package expiryexceedssession is the rule expiry_exceeds_session: URL outlives the temporary credentials that signed it.
package expiryexceedssession

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is expiry_exceeds_session: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "expiry_exceeds_session",
	Severity: rules.Error,
	Title:    "URL outlives the temporary credentials that signed it",
	Note:     "ExpiredToken (400) \"The provided token has expired.\" before the URL's own expiry",
	Evidence: []string{"cli", "code", "url"},
	Checks: []rules.Check{
		{Source: "cli", Run: expiryExceedsSessionCLI},
		{Source: "code", Run: expiryExceedsSessionCode},
		{Source: "url", Run: expiryExceedsSessionURL},
	},
}
