// Package s3error is the rule s3_error: what S3 answered.
package s3error

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is s3_error: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "s3_error",
	Severity: rules.Info,
	Title:    "what S3 answered",
	Note:     "Tells what the code S3 answered really means, and its usual causes: a policy change gives AccessDenied, a deleted key InvalidAccessKeyId, an expired session ExpiredToken, never SignatureDoesNotMatch.",
	Fix:      "See the message: it names what to check for that code.",
	Facts: []string{
		"S3's error code and message (XML body, botocore ClientError)",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
	},
	Evidence: []string{"error"},
	Checks: []rules.Check{
		{Source: "error", Run: s3ErrorError},
	},
}
