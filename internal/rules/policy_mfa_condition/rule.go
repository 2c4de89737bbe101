// Package policymfacondition is the rule policy_mfa_condition: policy requires MFA.
package policymfacondition

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is policy_mfa_condition: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "policy_mfa_condition",
	Severity: rules.Error,
	Title:    "policy requires MFA",
	Note:     "AccessDenied (403) for URLs signed with long-term keys",
	Evidence: []string{"policy"},
	Checks: []rules.Check{
		{Source: "policy", Run: policyMFACondition},
	},
}
