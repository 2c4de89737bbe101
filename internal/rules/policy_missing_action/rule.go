// Package policymissingaction is the rule policy_missing_action: signer's policy does not allow the operation.
package policymissingaction

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is policy_missing_action: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "policy_missing_action",
	Severity: rules.Error,
	Title:    "signer's policy does not allow the operation",
	Answers: []rules.Answer{
		{Code: "AccessDenied", Status: 403, Message: "Access Denied"},
		{Code: "AccessDenied", Status: 403, Message: "Access Denied", When: "a missing key without s3:ListBucket"},
	},
	Fix: "Grant the signer the action on the object ARN (bucket/key or bucket/*), s3:ListBucket on the bucket for honest 404s, and kms:Decrypt / kms:GenerateDataKey on the bucket's KMS key.",
	Facts: []string{
		"the policies' statements (actions, resources, effect, conditions), CDK's L2 bucket grants (grantRead, grantPut, grantWrite, grantReadWrite, grantDelete, grantPutAcl; Python grant_read …) read as the statements they give",
		"the action and object ARN the paste presigns",
		"KMS evidence (SSE-KMS in code, URL or error)",
		"the actions terraform plan output takes away from a policy (before the plan granted, after it not)",
		"the IAM policy simulator's decisions (simulate-principal-policy: implicitDeny, explicitDeny) for the action the paste presigns",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html",
		"https://repost.aws/knowledge-center/s3-troubleshoot-403",
		"aws/aws-cdk: packages/aws-cdk-lib/aws-s3/lib/perms.ts and bucket.ts (the actions and resources of each grant)",
	},
	Evidence: []string{"policy", "cli"},
	Checks: []rules.Check{
		{Source: "policy", Run: policyMissingAction},
		{Source: "cli", Run: simulatedDenial},
	},
}
