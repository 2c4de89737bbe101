// Package globalendpoint is the rule global_endpoint: global endpoint for a bucket outside us-east-1.
package globalendpoint

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is global_endpoint: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "global_endpoint",
	Severity: rules.Error,
	Title:    "global endpoint for a bucket outside us-east-1",
	Answers: []rules.Answer{
		{Code: "TemporaryRedirect", Status: 307, Message: "Please re-send this request to the specified temporary endpoint. Continue to use the original request endpoint for future requests."},
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "after the redirect is followed", After: "TemporaryRedirect"},
	},
	Fix: "boto3.client('s3', region_name=<bucket region>, config=Config(signature_version='s3v4', s3={'addressing_style': 'virtual'})): botocore presigns on the global host unless the addressing style is virtual. For a bucket name with dots, 'path' instead: virtual-hosted https fails its certificate (dotted_bucket_tls).",
	Facts: []string{
		"the URL's host (global, regional, legacy)",
		"the scope region of X-Amz-Credential",
		"the clients' region and addressing style",
		"the bucket's region as the paste tells it",
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
