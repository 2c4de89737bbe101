// Package s3error is the rule s3_error: what S3 answered.
package s3error

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is s3_error: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "s3_error",
	Severity: rules.Info,
	Title:    "what S3 answered",
	Note:     "see the message",
	Evidence: []string{"error"},
	Checks: []rules.Check{
		{Source: "error", Run: s3ErrorError},
	},
}
