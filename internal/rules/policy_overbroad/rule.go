// Package policyoverbroad is the rule policy_overbroad: policy grants more than presigning needs.
package policyoverbroad

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is policy_overbroad: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "policy_overbroad",
	Severity: rules.Warning,
	Title:    "policy grants more than presigning needs",
	Note:     "(security) least privilege: presigning needs one action on one prefix.",
	Fix:      "Grant the one action the URL needs (s3:GetObject or s3:PutObject) on the bucket's prefix, not s3:* or Resource \"*\".",
	Facts: []string{
		"the policies' actions and resources",
		"attached managed policies (AmazonS3FullAccess)",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html",
	},
	Evidence: []string{"policy"},
	Checks: []rules.Check{
		{Source: "policy", Run: policyOverbroad},
	},
}
