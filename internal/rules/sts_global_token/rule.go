// Package stsglobaltoken is the rule sts_global_token: global STS token used in an opt-in region.
package stsglobaltoken

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is sts_global_token: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "sts_global_token",
	Severity: rules.Error,
	Title:    "global STS token used in an opt-in region",
	Note:     "InvalidToken (400) \"The provided token is malformed or otherwise invalid.\"",
	Evidence: []string{"error"},
	Checks: []rules.Check{
		{Source: "error", Run: stsGlobalTokenError},
	},
}
