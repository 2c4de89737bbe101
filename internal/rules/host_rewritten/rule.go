// Package hostrewritten is the rule host_rewritten: host changed after signing.
package hostrewritten

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is host_rewritten: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "host_rewritten",
	Severity: rules.Error,
	Title:    "host changed after signing",
	Answers: []rules.Answer{
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "S3's canonical request shows the host it received"},
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "MinIO: the same answer without <CanonicalRequest> or <StringToSign>; the cause is read from the URL, the code and the request sent (make e2e)"},
	},
	Fix: "Sign with the endpoint the client will call; never edit a signed URL's host.",
	Facts: []string{
		"the host line of S3's canonical request",
		"the URL's host",
		"code that replaces the host of a signed URL",
		"two URLs of the paste that carry the same signature on different hosts",
		"a signed URL on a host that is not S3's beside the S3 URL of the same object it was generated as (its query left out) and S3's SignatureDoesNotMatch",
	},
	CheckedAgainst: []string{
		"https://repost.aws/knowledge-center/s3-presigned-url-signature-mismatch",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html",
	},
	Evidence: []string{"code", "error", "url"},
	Checks: []rules.Check{
		{Source: "code", Run: hostRewrittenCode},
		{Source: "error", Run: hostRewrittenError},
		{Source: "url", Run: hostRewrittenURLs},
	},
}
