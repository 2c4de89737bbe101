// Package policymfacondition is the rule policy_mfa_condition: policy requires MFA.
package policymfacondition

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is policy_mfa_condition: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "policy_mfa_condition",
	Severity: rules.Error,
	Title:    "policy requires MFA",
	Answers: []rules.Answer{
		{Code: "AccessDenied", Status: 403, Message: "Access Denied", When: "URLs signed with long-term keys carry no MFA context"},
	},
	Fix: "Sign with credentials that carry MFA (a session from GetSessionToken with a token code), or scope the MFA condition away from the presigned action.",
	Facts: []string{
		"the policies' statements and their aws:MultiFactorAuth* conditions",
		"the action the paste presigns",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html",
	},
	Evidence: []string{"policy"},
	Checks: []rules.Check{
		{Source: "policy", Run: policyMFACondition},
	},
}
