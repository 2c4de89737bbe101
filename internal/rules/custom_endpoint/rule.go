// Package customendpoint is the rule custom_endpoint: signed for a custom or S3-compatible endpoint.
package customendpoint

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is custom_endpoint: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "custom_endpoint",
	Severity: rules.Warning,
	Title:    "signed for a custom or S3-compatible endpoint",
	Note:     "SignatureDoesNotMatch (403) once the public host differs from the signed one",
	Evidence: []string{"code", "url"},
	Checks: []rules.Check{
		{Source: "code", Run: customEndpointCode},
		{Source: "url", Run: customEndpointURL},
	},
}
