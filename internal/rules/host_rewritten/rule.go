// Package hostrewritten is the rule host_rewritten: host changed after signing.
package hostrewritten

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is host_rewritten: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "host_rewritten",
	Severity: rules.Error,
	Title:    "host changed after signing",
	Note:     "SignatureDoesNotMatch (403)",
	Evidence: []string{"code", "error"},
	Checks: []rules.Check{
		{Source: "code", Run: hostRewrittenCode},
		{Source: "error", Run: hostRewrittenError},
	},
}
