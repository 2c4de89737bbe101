// Package querymodified is the rule query_modified: query string changed after signing.
package querymodified

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is query_modified: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "query_modified",
	Severity: rules.Error,
	Title:    "query string changed after signing",
	Note:     "SignatureDoesNotMatch (403)",
	Evidence: []string{"error", "url"},
	Checks: []rules.Check{
		{Source: "error", Run: queryModifiedError},
		{Source: "url", Run: queryModifiedURL},
	},
}
