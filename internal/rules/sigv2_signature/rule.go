// Package sigv2signature is the rule sigv2_signature: legacy Signature Version 2.
package sigv2signature

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is sigv2_signature: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "sigv2_signature",
	Severity: rules.Error,
	Title:    "legacy Signature Version 2",
	Answers: []rules.Answer{
		{Code: "InvalidRequest", Status: 400, Message: "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256."},
		{Code: "InvalidArgument", Status: 400, Message: "Requests specifying Server Side Encryption with AWS KMS managed keys require AWS Signature Version 4.", When: "KMS-encrypted objects"},
	},
	Fix: "Config(signature_version='s3v4') with the bucket's region_name.",
	Facts: []string{
		"the URL's signature version (AWSAccessKeyId, Signature, Expires)",
		"the clients' signature_version",
		"the URLs the client printed",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/specify-signature-version.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/RESTAuthentication.html",
	},
	Evidence: []string{"code", "url"},
	Checks: []rules.Check{
		{Source: "code", Run: sigv2SignatureCode},
		{Source: "code", Run: sigv2SignatureAny},
		{Source: "url", Run: sigv2SignatureURL},
	},
}
