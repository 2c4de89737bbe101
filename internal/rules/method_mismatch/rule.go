// Package methodmismatch is the rule method_mismatch: URL used with another HTTP method than it was signed for.
package methodmismatch

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is method_mismatch: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "method_mismatch",
	Severity: rules.Error,
	Title:    "URL used with another HTTP method than it was signed for",
	Answers: []rules.Answer{
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "S3's canonical request starts with the method it received"},
	},
	Fix: "Presign the operation you will call: put_object for an upload with PUT, get_object for a download with GET.",
	Facts: []string{
		"the method each presign operation signs",
		"the method each curl line sends",
		"the method line of S3's canonical request",
	},
	CheckedAgainst: []string{
		"https://repost.aws/knowledge-center/s3-presigned-url-signature-mismatch",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html",
	},
	Evidence: []string{"code", "curl", "error"},
	Checks: []rules.Check{
		{Source: "code", Run: methodMismatchCode},
		{Source: "curl", Run: methodMismatchCurl},
		{Source: "error", Run: methodMismatchError},
	},
}
