// Package policyoverbroad is the rule policy_overbroad: policy grants more than presigning needs.
package policyoverbroad

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is policy_overbroad: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "policy_overbroad",
	Severity: rules.Warning,
	Title:    "policy grants more than presigning needs",
	Note:     "(security) least privilege: one action on one prefix",
	Evidence: []string{"policy"},
	Checks: []rules.Check{
		{Source: "policy", Run: policyOverbroad},
	},
}
