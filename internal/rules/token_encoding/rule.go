// Package tokenencoding is the rule token_encoding: the session token reaches S3 altered (raw or twice encoded).
package tokenencoding

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is token_encoding: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "token_encoding",
	Severity: rules.Error,
	Title:    "session token mis-encoded in the URL (raw '+', '/', '=' or encoded twice)",
	Answers: []rules.Answer{
		{Code: "InvalidToken", Status: 400, Message: "The provided token is malformed or otherwise invalid.", When: "the token S3 decodes from X-Amz-Security-Token is not the one issued: a raw '+' read as a space, '%2F' encoded again as '%252F'"},
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "the other parameters were encoded twice as well"},
	},
	Fix: "Percent-encode the token exactly once (the SDK's presigner does), and pass the presigned URL on as it is: never run encodeURI, quote(), URI.encode or a URL helper over it, never rebuild its query by hand.",
	Facts: []string{
		"the signed URLs' query parameters as decoded once (a '%2F', '%3D', '%2B' or '%25' left after decoding is a second encoding)",
		"S3's answers (InvalidToken) and the region the request is signed for (opt-in or not)",
		"code that encodes a presigned URL again (encodeURI, encodeURIComponent, urllib.parse.quote, URI.encode, UrlHelper, URLEncoder.encode)",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html",
	},
	Evidence: []string{"url", "error", "code", "curl"},
	Checks: []rules.Check{
		{Source: rules.IncidentSource, Run: tokenEncoding},
	},
}
