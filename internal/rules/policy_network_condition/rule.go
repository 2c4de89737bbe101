// Package policynetworkcondition is the rule policy_network_condition: policy condition on the network of the caller.
package policynetworkcondition

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is policy_network_condition: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "policy_network_condition",
	Severity: rules.Warning,
	Title:    "policy condition on the network of the caller",
	Note:     "AccessDenied (403): conditions are checked against whoever uses the URL",
	Evidence: []string{"policy"},
	Checks: []rules.Check{
		{Source: "policy", Run: policyNetworkCondition},
	},
}
