// Package globalendpoint is the rule global_endpoint: global endpoint for a bucket outside us-east-1.
package globalendpoint

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is global_endpoint: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "global_endpoint",
	Severity: rules.Error,
	Title:    "global endpoint for a bucket outside us-east-1",
	Answers:  answers,
	Note:     "The legacy global host routes a virtual-hosted request to the bucket's region by DNS, so the rule stays silent when the paste holds S3's answer to the request and that answer shows S3 routed and judged it: an error code not listed here (AuthorizationQueryParametersError naming the region, IllegalLocationConstraintException, AccessDenied, NoSuchKey …), or a canonical request S3 received on the global host itself; the cause is then elsewhere.",
	Fix:      "boto3.client('s3', region_name=<bucket region>, config=Config(signature_version='s3v4', s3={'addressing_style': 'virtual'})): botocore presigns on the global host unless the addressing style is virtual. For a bucket name with dots, 'path' instead: virtual-hosted https fails its certificate (dotted_bucket_tls).",
	Facts: []string{
		"the URL's host (global, regional, legacy)",
		"the scope region of X-Amz-Credential",
		"the clients' region and addressing style",
		"the bucket's region as the paste tells it",
		"S3's answers linked to the signed request (their code, and the host of the canonical request S3 received)",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/UsingRouting.html",
		"boto/botocore: botocore/signers.py (generate_presigned_url, generate_presigned_post)",
	},
	Evidence: []string{"code", "url"},
	Checks: []rules.Check{
		{Source: "code", Run: globalEndpointCode},
		{Source: "url", Run: globalEndpointURL},
	},
}

// answers are what S3 answers a request on the global host for a bucket
// outside us-east-1: virtual-hosted style gets 307 while the bucket's DNS
// name still points to us-east-1 (the first hours after creation), path
// style gets 301 for good. Any other answer to the request shows S3
// routed it to the bucket and judged it: the rule is then silent.
var answers = []rules.Answer{
	{Code: "TemporaryRedirect", Status: 307, Message: "Please re-send this request to the specified temporary endpoint. Continue to use the original request endpoint for future requests.", When: "virtual-hosted style, while the bucket's DNS name still resolves to us-east-1 (up to 24 hours after the bucket is created)"},
	{Code: "PermanentRedirect", Status: 301, Message: "The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.", When: "path style (s3.amazonaws.com/bucket)"},
	{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "after the redirect is followed", After: "TemporaryRedirect"},
}
