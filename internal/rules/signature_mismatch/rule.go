// Package signaturemismatch is the rule signature_mismatch: S3 computed another signature.
package signaturemismatch

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is signature_mismatch: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "signature_mismatch",
	Severity: rules.Error,
	Title:    "S3 computed another signature",
	Note:     "SignatureDoesNotMatch (403)",
	Evidence: []string{"error"},
	Checks: []rules.Check{
		{Source: "error", Run: signatureMismatchError},
	},
}
