// Package policysignaturecondition is the rule policy_signature_condition: policy restricts signature age, type or version.
package policysignaturecondition

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is policy_signature_condition: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "policy_signature_condition",
	Severity: rules.Error,
	Title:    "policy restricts signature age, type or version",
	Answers: []rules.Answer{
		{Code: "AccessDenied", Status: 403, Message: "Access Denied"},
	},
	Fix: "Make s3:signatureAge at least the URL's lifetime, let s3:authType allow REST-QUERY-STRING, and s3:signatureversion allow AWS4-HMAC-SHA256.",
	Facts: []string{
		"the policies' s3:signatureAge, s3:authType and s3:signatureversion conditions",
		"the URL's expiry and signature version",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/bucket-policy-s3-sigv4-conditions.html",
	},
	Evidence: []string{"policy"},
	Checks: []rules.Check{
		{Source: "policy", Run: policySignatureCondition},
	},
}
