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
		{Code: "EntityTooLarge", Status: 400, Message: "Your proposed upload exceeds the maximum allowed size", When: "the file is larger than the content-length-range maximum (<MaxSizeAllowed>; 5368709120 is S3's own single-PUT limit instead)"},
		{Code: "EntityTooSmall", Status: 400, Message: "Your proposed upload is smaller than the minimum allowed size", When: "the file is smaller than the content-length-range minimum (<MinSizeAllowed>)"},
		{Code: "AccessDenied", Status: 403, When: "a PUT (or another method than POST) sent to a presigned POST's url with the fields as headers; boto3#2261 shows the 403, no source gives the body, so the code is S3's usual refusal of an unauthenticated request"},
		{Code: "AccessDenied", Status: 403, Message: "Access Denied. (Each form field that you specify in a form must appear in the list of policy conditions. \"<field>\" not specified in the policy.)", When: "MinIO: a form field the policy does not name (make e2e)"},
	},
	Fix: "Give every form field a matching condition (eq or starts-with), and make the expiry long enough for a person to choose a file.",
	Facts: []string{
		"the Fields and Conditions of each generate_presigned_post call, and the Fields of the other SDKs' presigned POSTs (createPresignedPost, PostObjectV4, presigned_post)",
		"the lifetime of each presigned POST of the incident (ExpiresIn, the policy's expiration less x-amz-date)",
		"S3's \"Invalid according to Policy\" answers and what they name",
		"EntityTooLarge / EntityTooSmall with ProposedSize and MaxSizeAllowed / MinSizeAllowed, and the content-length-range conditions",
		"the sent requests linked to a presigned POST and their method",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html",
		"boto/botocore: botocore/signers.py (generate_presigned_url, generate_presigned_post)",
		"https://github.com/infinitered/apisauce/issues/245 (EntityTooLarge with MaxSizeAllowed the policy's content-length-range maximum)",
		"https://github.com/versity/versitygw/issues/2041 (EntityTooLarge of a single PUT: MaxSizeAllowed 5368709120)",
		"https://github.com/boto/boto3/issues/2261 (a PUT with the POST fields as headers: 403)",
	},
	Evidence: []string{"code", "form", "error"},
	Checks: []rules.Check{
		{Source: "code", Run: postPolicyCode},
		{Source: "code", Run: postFieldsAny},
		{Source: rules.IncidentSource, Run: postPolicyIncident},
		{Source: rules.IncidentSource, Run: postPolicySize},
		{Source: rules.IncidentSource, Run: putToPost},
	},
}
