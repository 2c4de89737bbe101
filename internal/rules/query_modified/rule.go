// Package querymodified is the rule query_modified: query string changed after signing.
package querymodified

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is query_modified: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "query_modified",
	Severity: rules.Error,
	Title:    "query string changed after signing",
	Answers: []rules.Answer{
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "S3's canonical query string differs from the URL's"},
		{Code: "AuthorizationQueryParametersError", Status: 400, Message: "Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".", When: "X-Amz-Credential encoded twice (%252F) after signing (the message as quoted in ionic-team/ionic-native#20 and EvaporateJS#491)"},
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "MinIO: the same answer without <CanonicalRequest> or <StringToSign>; the cause is read from the URL, the code and the request sent (make e2e)"},
	},
	Fix: "Put every parameter into Params before signing (ResponseContentDisposition, VersionId...), and never append to or re-serialise a signed URL.",
	Facts: []string{
		"the URL's query parameters and their order",
		"X-Amz-* parameters encoded twice (%252F): the URL was encoded again after signing",
		"S3's canonical query string",
		"two requests of the paste that send the same presigned URL with the query written differently (Postman fails, curl works): the incident's ClientDiffs",
		"a request that sends the URL with an escaped ampersand (\\u0026, &amp;) it does not read between the parameters (curl in a shell): SentRequest.AsSent",
		"a parameter of the URL that the paste's own words say is added after signing (Signals.QueryAdded)",
		"code that adds query parameters to a presigned URL after signing: an HTTP client's params (requests/httpx params=), a string appended to it (url += \"&download=1\", f\"{url}&v=2\")",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html",
		"boto/botocore: botocore/auth.py (S3SigV4QueryAuth, HmacV1QueryAuth)",
	},
	Evidence: []string{"error", "url", "curl", "console", "har", "code"},
	Checks: []rules.Check{
		{Source: "error", Run: queryModifiedError},
		{Source: "code", Run: queryModifiedCode},
		{Source: "url", Run: queryModifiedURL},
		{Source: "url", Run: queryDoubleEncoded},
		{Source: rules.IncidentSource, Run: queryModifiedClients},
		{Source: rules.IncidentSource, Run: queryAddedAfterSigning},
		{Source: rules.IncidentSource, Run: queryEscapesSent},
	},
}
