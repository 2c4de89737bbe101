// Package signedheaders is the rule signed_headers: headers signed into the URL must be sent exactly.
package signedheaders

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is signed_headers: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "signed_headers",
	Severity: rules.Warning,
	Title:    "headers signed into the URL must be sent exactly",
	Note:     "SignatureDoesNotMatch (403), or AccessDenied (403) \"There were headers present in the request which were not signed\"",
	Evidence: []string{"code", "curl", "url"},
	Checks: []rules.Check{
		{Source: "code", Run: signedHeadersCode},
		{Source: "curl", Run: signedHeadersCurl},
		{Source: "url", Run: signedHeadersURL},
	},
}
