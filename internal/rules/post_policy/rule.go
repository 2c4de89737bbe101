// Package postpolicy is the rule post_policy: presigned POST fields and conditions disagree.
package postpolicy

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is post_policy: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "post_policy",
	Severity: rules.Error,
	Title:    "presigned POST fields and conditions disagree",
	Answers: []rules.Answer{
		{Code: "AccessDenied", Status: 403, Message: "Invalid according to Policy: Policy Condition failed: [...]", When: "a field without its condition"},
		{Code: "AccessDenied", Status: 403, Message: "Invalid according to Policy: Extra input fields: ...", When: "a form field the policy does not name"},
		{Code: "AccessDenied", Status: 403, Message: "Invalid according to Policy: Policy expired.", When: "the form was posted after the policy's expiration"},
		{Code: "AccessDenied", Status: 403, Message: "Access Denied. (Each form field that you specify in a form must appear in the list of policy conditions. \"<field>\" not specified in the policy.)", When: "MinIO: a form field the policy does not name (make e2e)"},
	},
	Fix: "Give every form field a matching condition (eq or starts-with), and make the expiry long enough for a person to choose a file.",
	Facts: []string{
		"the Fields and Conditions of each generate_presigned_post call",
		"the lifetime of each presigned POST of the incident (ExpiresIn, the policy's expiration less x-amz-date)",
		"S3's \"Invalid according to Policy\" answers and what they name",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html",
		"boto/botocore: botocore/signers.py (generate_presigned_url, generate_presigned_post)",
	},
	Evidence: []string{"code", "form", "error"},
	Checks: []rules.Check{
		{Source: "code", Run: postPolicyCode},
		{Source: rules.IncidentSource, Run: postPolicyIncident},
	},
}
