// Package sigv2signature is the rule sigv2_signature: legacy Signature Version 2.
package sigv2signature

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is sigv2_signature: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "sigv2_signature",
	Severity: rules.Error,
	Title:    "legacy Signature Version 2",
	Note:     "InvalidRequest (400) \"Please use AWS4-HMAC-SHA256\", InvalidArgument (400) for KMS objects",
	Evidence: []string{"code", "url"},
	Checks: []rules.Check{
		{Source: "code", Run: sigv2SignatureCode},
		{Source: "url", Run: sigv2SignatureURL},
	},
}
