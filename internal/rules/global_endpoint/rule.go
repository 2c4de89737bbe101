// Package globalendpoint is the rule global_endpoint: global endpoint for a bucket outside us-east-1.
package globalendpoint

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is global_endpoint: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "global_endpoint",
	Severity: rules.Error,
	Title:    "global endpoint for a bucket outside us-east-1",
	Note:     "TemporaryRedirect (307), then SignatureDoesNotMatch (403) or a CORS failure",
	Evidence: []string{"code", "url"},
	Checks: []rules.Check{
		{Source: "code", Run: globalEndpointCode},
		{Source: "url", Run: globalEndpointURL},
	},
}
