// Package customendpoint is the rule custom_endpoint: signed for a custom or S3-compatible endpoint.
package customendpoint

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is custom_endpoint: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "custom_endpoint",
	Severity: rules.Warning,
	Title:    "signed for a custom or S3-compatible endpoint",
	Answers: []rules.Answer{
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "once the host the client calls differs from the signed one"},
	},
	Fix: "Sign against the host the client will call (a separate public client for presigning), with path-style addressing where the store needs it; never edit the host of a signed URL.",
	Facts: []string{
		"the clients' endpoint in any SDK (endpoint_url, endpoint, BaseEndpoint, endpointOverride, ServiceURL, 'endpoint')",
		"the host of each URL (also a URL urllib3's connection error names: HTTPConnectionPool(host='…', port=…): Max retries exceeded with url: /path?query, joined)",
		"which client presigns",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html",
		"https://repost.aws/knowledge-center/s3-presigned-url-signature-mismatch",
	},
	Evidence: []string{"code", "url"},
	Checks: []rules.Check{
		{Source: "code", Run: customEndpointCode},
		{Source: "url", Run: customEndpointURL},
	},
}
