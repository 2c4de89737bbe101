// Package policynetworkcondition is the rule policy_network_condition: policy condition on the network of the caller.
package policynetworkcondition

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is policy_network_condition: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "policy_network_condition",
	Severity: rules.Warning,
	Title:    "policy condition on the network of the caller",
	Answers: []rules.Answer{
		{Code: "AccessDenied", Status: 403, Message: "Access Denied", When: "the condition is checked against whoever uses the URL"},
	},
	Fix: "Scope the condition (aws:SourceIp, aws:SourceVpc, aws:SourceVpce) to where the URL is used, or use https URLs for aws:SecureTransport.",
	Facts: []string{
		"the policies' network conditions",
		"the URLs' scheme",
		"the action the paste presigns",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html",
	},
	Evidence: []string{"policy"},
	Checks: []rules.Check{
		{Source: "policy", Run: policyNetworkCondition},
	},
}
