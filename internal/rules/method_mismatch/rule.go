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
		{Code: "SignatureDoesNotMatch", Status: 403, When: "a HEAD probe (curl -I, wget --spider, requests.head, fetch HEAD) on a URL signed for GET: only the status 403 Forbidden shows, since a HEAD response has no body to carry the code"},
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "MinIO: the same answer without <CanonicalRequest> or <StringToSign>; the cause is read from the URL, the code and the request sent (make e2e)"},
	},
	Fix: "Presign the operation you will call: put_object for an upload with PUT, get_object for a download with GET.",
	Facts: []string{
		"the incident's signed requests and the method each signs (a presign call of code, aws s3 presign, x-id in the URL, a presigned POST)",
		"the sent requests linked to each (curl -X, -T, --upload-file, -I; requests, fetch, axios, XHR; forms; HAR entries) and the request S3 quotes in its canonical request",
		"with a typed secret, the method that reproduces the URL's signature",
	},
	CheckedAgainst: []string{
		"https://repost.aws/knowledge-center/s3-presigned-url-signature-mismatch",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html",
		"https://github.com/adobe/S3Mock/issues/125 (HEAD on a presigned GET URL: S3 answers 403)",
		"https://github.com/dandi/dandi-cli/pull/675 (wget HEAD on a presigned GET URL: 403 Forbidden, no body)",
	},
	Evidence: []string{"code", "cli", "url", "curl", "http", "har", "form", "error"},
	Checks: []rules.Check{
		{Source: rules.IncidentSource, Run: methodMismatch},
		{Source: "error", Run: methodMismatchError},
		{Source: rules.IncidentSource, Run: headProbe},
	},
}
