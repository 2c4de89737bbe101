// Package expirestoolong is the rule expires_too_long: expiry outside 1 to 604800 seconds.
package expirestoolong

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is expires_too_long: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "expires_too_long",
	Severity: rules.Error,
	Title:    "expiry outside 1 to 604800 seconds",
	Answers: []rules.Answer{
		{Code: "AuthorizationQueryParametersError", Status: 400, Message: "X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds", When: "above 604800"},
		{Code: "AuthorizationQueryParametersError", Status: 400, Message: "X-Amz-Expires must be non-negative", When: "negative (reported by fog#3528; noobaa PR#8873 copies the message)"},
		{Code: "AuthorizationQueryParametersError", Status: 400, When: "0 (below 1; no source gives the exact text)"},
	},
	Fix: "Ask for at most 604800 seconds (7 days), and no longer than the signing credentials live.",
	Facts: []string{
		"X-Amz-Expires of each URL",
		"ExpiresIn of each presign call",
		"the expiry setting of the other SDKs' presign code (expiresIn, Expires, WithPresignExpires, signatureDuration, createPresignedRequest's '+… minutes', expires_in:, Rust's PresigningConfig::expires_in)",
		"--expires-in of aws s3 presign",
		"S3's error message",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html",
		"https://docs.aws.amazon.com/cli/latest/reference/s3/presign.html",
		"https://github.com/fog/fog/issues/3528 (S3's answer to a negative X-Amz-Expires: \"X-Amz-Expires must be non-negative\")",
	},
	Evidence: []string{"cli", "code", "error", "url"},
	Checks: []rules.Check{
		{Source: "cli", Run: expiresTooLongCLI},
		{Source: "code", Run: expiresTooLongCode},
		{Source: "error", Run: expiresTooLongError},
		{Source: "url", Run: expiresTooLongURL},
	},
}
