// Package secretmismatch is the rule secret_mismatch: signed with another secret key.
package secretmismatch

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is secret_mismatch: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "secret_mismatch",
	Severity: rules.Error,
	Title:    "signed with another secret key",
	Answers: []rules.Answer{
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method."},
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "MinIO: the same answer without <CanonicalRequest> or <StringToSign>; the cause is read from the URL, the code and the request sent (make e2e)"},
	},
	Fix: "The URL was signed with another secret key than the one typed (rotated, mistyped, trailing newline): sign again with the right one.",
	Facts: []string{
		"the URL's canonical request and signature",
		"S3's string to sign",
		"the secret the user typed",
	},
	CheckedAgainst: []string{
		"internal/sigv4/testdata (the AWS SigV4 test suite)",
		"https://repost.aws/knowledge-center/s3-presigned-url-signature-mismatch",
	},
	Evidence: []string{"url"},
	Checks: []rules.Check{
		{Source: "url", Run: secretMismatchURL},
	},
}
