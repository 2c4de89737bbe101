// Package signaturemismatch is the rule signature_mismatch: S3 computed another signature.
package signaturemismatch

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is signature_mismatch: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "signature_mismatch",
	Severity: rules.Error,
	Title:    "S3 computed another signature",
	Answers: []rules.Answer{
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method."},
	},
	Fix: "The finding names the first part of the canonical request that differs from S3's (method, path, query, headers, signed headers, payload hash, date, scope) and what to change.",
	Facts: []string{
		"the URL's rebuilt canonical request and string to sign",
		"S3's canonical request and string to sign",
		"the secret the user typed, if any",
	},
	CheckedAgainst: []string{
		"internal/sigv4/testdata (the AWS SigV4 test suite)",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
		"https://repost.aws/knowledge-center/s3-presigned-url-signature-mismatch",
	},
	Evidence: []string{"error"},
	Checks: []rules.Check{
		{Source: "error", Run: signatureMismatchError},
	},
}
