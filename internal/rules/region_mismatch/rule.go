// Package regionmismatch is the rule region_mismatch: signed for another region than the bucket's.
package regionmismatch

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is region_mismatch: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "region_mismatch",
	Severity: rules.Error,
	Title:    "signed for another region than the bucket's",
	Note:     "AuthorizationQueryParametersError (400), PermanentRedirect (301), IllegalLocationConstraintException (400), or SignatureDoesNotMatch (403) after a redirect",
	Evidence: []string{"code", "error", "url"},
	Checks: []rules.Check{
		{Source: "code", Run: regionMismatchCode},
		{Source: "error", Run: regionMismatchError},
		{Source: "url", Run: regionMismatchURL},
	},
}
