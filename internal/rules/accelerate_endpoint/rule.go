// Package accelerateendpoint is the rule accelerate_endpoint: the Transfer Acceleration endpoint for a bucket that cannot use it.
package accelerateendpoint

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is accelerate_endpoint: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "accelerate_endpoint",
	Severity: rules.Error,
	Title:    "Transfer Acceleration endpoint for a bucket that is not enabled for it (or whose name has dots)",
	Answers: []rules.Answer{
		{Code: "InvalidRequest", Status: 400, Message: "S3 Transfer Acceleration is not configured on this bucket", When: "the bucket's accelerate configuration is not Enabled"},
		{Code: "InvalidRequest", Status: 400, Message: "Amazon S3 Transfer Acceleration is not supported for buckets with periods (.) in their names", When: "the bucket name holds dots"},
		{Code: "InvalidRequest", Status: 400, Message: "The Amazon S3 Transfer Acceleration endpoint supports only virtual style requests", When: "path style on the accelerate host"},
	},
	Fix: "Enable Transfer Acceleration on the bucket (aws s3api put-bucket-accelerate-configuration --bucket BUCKET --accelerate-configuration Status=Enabled; not possible for a bucket name with dots), or presign for the regional endpoint: boto3 drop use_accelerate_endpoint from Config(s3=…); JavaScript useAccelerateEndpoint: false; Java v2 .accelerate(false); Go v2 o.UseAccelerate = false.",
	Facts: []string{
		"the signed URLs' host (bucket.s3-accelerate[.dualstack].amazonaws.com) and bucket",
		"code settings that turn acceleration on (use_accelerate_endpoint, useAccelerateEndpoint, --endpoint-url https://s3-accelerate…)",
		"get-bucket-accelerate-configuration's Status",
		"S3's answers about acceleration, in XML or quoted in logs and exceptions",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/transfer-acceleration.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
		"aws/aws-cli: issue 8329 quotes \"S3 Transfer Acceleration is not configured on this bucket\" (InvalidRequest)",
	},
	Evidence: []string{"url", "code", "error", "cli"},
	Checks: []rules.Check{
		{Source: rules.IncidentSource, Run: accelerateEndpoint},
	},
}
