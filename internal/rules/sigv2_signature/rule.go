// Package sigv2signature is the rule sigv2_signature: legacy Signature Version 2.
package sigv2signature

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is sigv2_signature: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "sigv2_signature",
	Severity: rules.Error,
	Title:    "legacy Signature Version 2",
	Answers:  answers,
	Note:     "For a boto3 client without signature_version (botocore presigns SigV2 in the regions that still accept it) the finding is a warning, silent when the paste shows S3's answer to the client's request and it is none of these (or a client error before S3 reads the request, such as a refused certificate): the evidence names another cause (rules.AnsweredOtherwise).",
	Fix:      "Config(signature_version='s3v4') with the bucket's region_name.",
	Facts: []string{
		"the URL's signature version (AWSAccessKeyId, Signature, Expires)",
		"the clients' signature_version",
		"the URLs the client printed",
		"the signed request's signature version inferred from the SDK's default (aws-sdk-js v2 presigns with SigV2 unless signatureVersion is set or the region is SigV4-only), when the paste does not show the URL",
		"a URL with Key-Pair-Id is CloudFront's signature, not SigV2",
		"S3's answer that the request is not SigV4 (\"Please use AWS4-HMAC-SHA256\", \"require AWS Signature Version 4\"), when the paste shows no SigV2 URL",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/specify-signature-version.html",
		"aws/aws-sdk-js: lib/services/s3.js (getSignatureVersion: presigned requests keep the API's 's3' unless the user or the region config sets v4)",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/RESTAuthentication.html",
	},
	Evidence: []string{"code", "url", "error"},
	Checks: []rules.Check{
		{Source: "code", Run: sigv2SignatureCode},
		{Source: "code", Run: sigv2SignatureAny},
		{Source: "url", Run: sigv2SignatureURL},
		{Source: rules.IncidentSource, Run: sigv2Default},
		{Source: "error", Run: sigv2Answered},
	},
}

// answers are what S3 answers a SigV2-signed request it refuses.
var answers = []rules.Answer{
	{Code: "InvalidRequest", Status: 400, Message: "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256."},
	{Code: "InvalidArgument", Status: 400, Message: "Requests specifying Server Side Encryption with AWS KMS managed keys require AWS Signature Version 4.", When: "KMS-encrypted objects"},
}
