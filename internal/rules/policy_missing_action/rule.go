// Package policymissingaction is the rule policy_missing_action: signer's policy does not allow the operation.
package policymissingaction

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is policy_missing_action: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "policy_missing_action",
	Severity: rules.Error,
	Title:    "signer's policy does not allow the operation",
	Note:     "AccessDenied (403) (and 403 instead of 404 without s3:ListBucket)",
	Evidence: []string{"policy"},
	Checks: []rules.Check{
		{Source: "policy", Run: policyMissingAction},
	},
}
