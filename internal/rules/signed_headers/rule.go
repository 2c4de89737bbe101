// Package signedheaders is the rule signed_headers: headers signed into the URL must be sent exactly.
package signedheaders

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is signed_headers: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "signed_headers",
	Severity: rules.Warning,
	Title:    "headers signed into the URL must be sent exactly",
	Answers: []rules.Answer{
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "a signed header is sent with another value or not at all"},
		{Code: "AccessDenied", Status: 403, Message: "There were headers present in the request which were not signed", When: "the client sends x-amz-* headers that were not signed"},
		{Code: "AccessDenied", Status: 403, Message: "There were headers present in the request which were not signed", When: "MinIO, also when a signed header (content-type) is not sent at all, where S3 answers SignatureDoesNotMatch (make e2e)"},
	},
	Fix: "Send exactly the signed headers with the same values (the fix shows the curl / fetch line), or stop signing them.",
	Facts: []string{
		"X-Amz-SignedHeaders of each URL",
		"the Params of each presign call (ContentType, ACL, Metadata, ServerSideEncryption...), in any SDK, and which of them that SDK signs (JavaScript v3: content-type only with signableHeaders, x-amz-* other than SSE hoisted to the query; PHP: neither Content-Type nor Content-Length; boto3, Go v2, Java v2, .NET: all)",
		"the headers each curl line and HTTP call sends",
		"the incident's sent requests linked to each signed request, their headers (client-wide defaults included) and statuses",
		"S3's <HeadersNotSigned>",
		"the signed headers S3's canonical request shows with an empty value (signed into the URL, not sent)",
		"x-amz-* headers a linked sent request carries that the URL does not sign, and a signed header a sent request sets twice (joined values in S3's canonical request)",
		"two requests of the paste that send the same presigned URL with different values of a signed header (curl works, Postman fails)",
		"S3's SignatureDoesNotMatch linked to the signed or sent request, or told in the paste's words with its status (403 SignatureDoesNotMatch: Signals.Refusals) when the paste has one signed request: then a signed value the paste does not show (a variable, new Tika().detect(key)) is not taken as equal to the value sent",
		"an x-amz-* header a client adds to every request (axios defaults, an interceptor, a ky hook) on an upload to a URL the code receives, when the paste shows no signed request",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html",
		"boto/botocore: botocore/auth.py (S3SigV4QueryAuth, HmacV1QueryAuth)",
		"aws/aws-sdk-js-v3: packages/s3-request-presigner/src/presigner.spec.ts",
		"https://github.com/aws/aws-sdk-go-v2/issues/1808 (PresignPutObject's SignedHeader holds Content-Type)",
		"https://github.com/aws/aws-sdk-php/issues/1392 (what the PHP presigner signs)",
	},
	Evidence: []string{"code", "curl", "url", "error", "http", "har"},
	Checks: []rules.Check{
		{Source: "code", Run: signedHeadersCode},
		{Source: "code", Run: signedHeadersSDK},
		{Source: "curl", Run: signedHeadersCurl},
		{Source: "url", Run: signedHeadersURL},
		{Source: rules.IncidentSource, Run: headersNotSigned},
		{Source: rules.IncidentSource, Run: emptySignedHeaders},
		{Source: rules.IncidentSource, Run: signedHeadersClients},
		{Source: rules.IncidentSource, Run: signedHeadersSent},
	},
}
