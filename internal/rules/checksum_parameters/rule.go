// Package checksumparameters is the rule checksum_parameters: checksum parameters signed into the URL.
package checksumparameters

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is checksum_parameters: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "checksum_parameters",
	Severity: rules.Warning,
	Title:    "checksum parameters signed into the URL",
	Note:     "S3-compatible stores answer BadDigest, InvalidDigest or XAmzContentSHA256Mismatch",
	Evidence: []string{"code", "url"},
	Checks: []rules.Check{
		{Source: "code", Run: checksumParametersCode},
		{Source: "url", Run: checksumParametersURL},
	},
}
