// Package secretmismatch is the rule secret_mismatch: signed with another secret key.
package secretmismatch

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is secret_mismatch: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "secret_mismatch",
	Severity: rules.Error,
	Title:    "signed with another secret key",
	Note:     "SignatureDoesNotMatch (403)",
	Evidence: []string{"url"},
	Checks: []rules.Check{
		{Source: "url", Run: secretMismatchURL},
	},
}
