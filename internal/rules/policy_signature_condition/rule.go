// Package policysignaturecondition is the rule policy_signature_condition: policy restricts signature age, type or version.
package policysignaturecondition

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is policy_signature_condition: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "policy_signature_condition",
	Severity: rules.Error,
	Title:    "policy restricts signature age, type or version",
	Note:     "AccessDenied (403)",
	Evidence: []string{"policy"},
	Checks: []rules.Check{
		{Source: "policy", Run: policySignatureCondition},
	},
}
