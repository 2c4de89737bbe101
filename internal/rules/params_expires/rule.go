// Package paramsexpires is the rule params_expires: Params['Expires'] used as the URL lifetime.
package paramsexpires

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is params_expires: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "params_expires",
	Severity: rules.Error,
	Title:    "Params['Expires'] used as the URL lifetime",
	Answers: []rules.Answer{
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "the upload does not send the signed Expires header"},
		{Code: "AccessDenied", Status: 403, Message: "There were headers present in the request which were not signed", When: "MinIO: the upload does not send the signed Expires header (make e2e)"},
	},
	Note: "Params['Expires'] is the object's Expires header, not the URL's lifetime: it gets signed.",
	Fix:  "Use ExpiresIn= for the URL's lifetime, and drop Expires from Params.",
	Facts: []string{
		"the Params of each presign call, in any SDK: boto3's Params, JavaScript v3's command input, Go's input struct, Java v2's object request (.expires(…)), PHP's getCommand array, Ruby's expires: beside expires_in:",
		"the operation (only PutObject, CopyObject and CreateMultipartUpload have an Expires member; other SDKs drop it elsewhere)",
		"its ExpiresIn (or the SDK's lifetime setting)",
	},
	CheckedAgainst: []string{
		"boto/botocore: botocore/signers.py (generate_presigned_url, generate_presigned_post)",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html",
	},
	Evidence: []string{"code"},
	Checks: []rules.Check{
		{Source: "code", Run: paramsExpiresCode},
	},
}
