// Package paramsexpires is the rule params_expires: Params['Expires'] used as the URL lifetime.
package paramsexpires

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is params_expires: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "params_expires",
	Severity: rules.Error,
	Title:    "Params['Expires'] used as the URL lifetime",
	Note:     "the object's Expires header gets signed; uploads without it fail with SignatureDoesNotMatch (403)",
	Evidence: []string{"code"},
	Checks: []rules.Check{
		{Source: "code", Run: paramsExpiresCode},
	},
}
