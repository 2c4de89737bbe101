// Package expirestoolong is the rule expires_too_long: expiry outside 1 to 604800 seconds.
package expirestoolong

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is expires_too_long: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "expires_too_long",
	Severity: rules.Error,
	Title:    "expiry outside 1 to 604800 seconds",
	Note:     "AuthorizationQueryParametersError (400): X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds",
	Evidence: []string{"cli", "code", "error", "url"},
	Checks: []rules.Check{
		{Source: "cli", Run: expiresTooLongCLI},
		{Source: "code", Run: expiresTooLongCode},
		{Source: "error", Run: expiresTooLongError},
		{Source: "url", Run: expiresTooLongURL},
	},
}
