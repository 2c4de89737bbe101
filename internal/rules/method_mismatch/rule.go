// Package methodmismatch is the rule method_mismatch: URL used with another HTTP method than it was signed for.
package methodmismatch

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is method_mismatch: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "method_mismatch",
	Severity: rules.Error,
	Title:    "URL used with another HTTP method than it was signed for",
	Note:     "SignatureDoesNotMatch (403)",
	Evidence: []string{"code", "curl", "error"},
	Checks: []rules.Check{
		{Source: "code", Run: methodMismatchCode},
		{Source: "curl", Run: methodMismatchCurl},
		{Source: "error", Run: methodMismatchError},
	},
}
