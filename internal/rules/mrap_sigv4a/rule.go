// Package mrapsigv4a is the rule mrap_sigv4a: a Multi-Region Access Point request signed with SigV4 instead of SigV4a.
package mrapsigv4a

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is mrap_sigv4a: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "mrap_sigv4a",
	Severity: rules.Error,
	Title:    "Multi-Region Access Point signed with SigV4 (AWS4-HMAC-SHA256) instead of SigV4a",
	Answers: []rules.Answer{
		{Code: "AuthorizationQueryParametersError", Status: 400, Message: "Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'ap-south-1'", When: "the MRAP routes the request to a bucket in another region than the SigV4 scope: the regions vary, the stable part is \"the region '…' is wrong; expecting '…'\""},
	},
	Fix: "Sign with SigV4a (X-Amz-Algorithm=AWS4-ECDSA-P256-SHA256, region set '*'): boto3/AWS CLI need the CRT (pip install 'botocore[crt]'), JavaScript v3 needs import \"@aws-sdk/signature-v4-crt\", Go v2, Java v2 and .NET sign SigV4a for an MRAP ARN once their CRT/SigV4a signer is included, PHP S3MultiRegionClient after aws-sdk-php PR#2657; temporary credentials must come from a regional STS endpoint.",
	Facts: []string{
		"the signed URLs' host (<alias>.mrap.accesspoint.s3-global.amazonaws.com) and X-Amz-Algorithm",
		"Multi-Region Access Point ARNs (arn:aws:s3::<account>:accesspoint/<alias>.mrap) as the bucket of code or an aws command",
		"evidence that SigV4a signs (the CRT signer imported, awscrt, AWS4-ECDSA-P256-SHA256)",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiRegionAccessPointRequests.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/MrapOperations.html",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html",
	},
	Evidence: []string{"url", "code", "curl", "error"},
	Checks: []rules.Check{
		{Source: rules.IncidentSource, Run: mrapSigV4a},
	},
}
