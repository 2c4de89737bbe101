// Package keyencoding is the rule key_encoding: object key encoded before signing.
package keyencoding

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is key_encoding: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "key_encoding",
	Severity: rules.Warning,
	Title:    "object key encoded before signing",
	Note:     "SignatureDoesNotMatch (403) or NoSuchKey (404)",
	Evidence: []string{"code", "url"},
	Checks: []rules.Check{
		{Source: "code", Run: keyEncodingCode},
		{Source: "url", Run: keyEncodingURL},
	},
}
