// Package keyencoding is the rule key_encoding: object key encoded before signing.
package keyencoding

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is key_encoding: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "key_encoding",
	Severity: rules.Warning,
	Title:    "object key encoded before signing",
	Answers: []rules.Answer{
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method."},
		{Code: "NoSuchKey", Status: 404, Message: "The specified key does not exist.", When: "another key was addressed"},
		{Code: "AccessDenied", Status: 403, Message: "Access Denied", When: "another key was addressed and the signer lacks s3:ListBucket"},
		{Code: "SignatureDoesNotMatch", Status: 403, When: "a key starting with '/' was signed as '//key' and a client or proxy collapsed the double slash"},
	},
	Fix: "Pass the raw key to the SDK; never encode it before signing, nor re-encode the returned URL.",
	Facts: []string{
		"the key of each presign call (quote() around it in boto3, a URL encoder around it in any other SDK)",
		"the key handed to any S3 object request built in code, presigned in the paste or not (a request builder's key(…), an input's key:, and what its variables were bound to: URLEncoder.encode, addingPercentEncoding …)",
		"%25 sequences in a URL's path",
		"a key that starts with '/' (in any SDK's presign call, or a URL path starting with '//')",
		"a signed key that joins words with '+' and has no space (the console's object URL writes a space as '+'), written by the user or answered NoSuchKey",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html",
		"https://repost.aws/knowledge-center/s3-presigned-url-signature-mismatch",
		"https://github.com/boto/boto3/issues/4181 (a key with a leading slash gives a path starting with '//')",
		"https://github.com/psf/requests/issues/6711 (requests 2.32 collapses the '//' and presigned URLs fail)",
	},
	Evidence: []string{"code", "url"},
	Checks: []rules.Check{
		{Source: "code", Run: keyEncodingCode},
		{Source: "url", Run: keyEncodingURL},
		{Source: "code", Run: keyLeadingSlashCode},
		{Source: "code", Run: keyEncodedAny},
		{Source: "code", Run: keyEncodedRequest},
		{Source: "url", Run: keyLeadingSlashURL},
		{Source: rules.IncidentSource, Run: keyPlusForSpace},
	},
}
