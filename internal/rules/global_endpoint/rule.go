// Package globalendpoint is the rule global_endpoint: global endpoint for a bucket outside us-east-1.
package globalendpoint

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is global_endpoint: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "global_endpoint",
	Severity: rules.Error,
	Title:    "global endpoint for a bucket outside us-east-1",
	Answers:  answers,
	Note:     "Every botocore to this day (1.43) presigns on the legacy global host bucket.s3.amazonaws.com unless the Config names addressing_style 'virtual' (1.33.8 on), dual-stack, acceleration or us_east_1_regional_endpoint, whatever the region and signature version; a bucket name with dots goes path style on the regional host. S3 routes that host by DNS to a bucket in a region launched before 20 March 2019, so there a client's settings alone are no cause, nor the URL they print: the rule needs a URL on the global host that no code of the paste made (a URL pasted as the complaint), path style on the global host (301 for good), or the paste telling the request failed as the host makes it fail (TemporaryRedirect while a new bucket's DNS record still points to us-east-1, SignatureDoesNotMatch after the redirect (which counts only when the paste shows the redirect or no other cause of it, such as a request sent with another method than signed), a 3xx/4xx status, a CORS refusal, a comment such as '-> 307'). For a region launched after (the opt-in regions: af-south-1, me-south-1, il-central-1 …) S3 answers IllegalLocationConstraintException every time. The rule stays silent when the paste holds S3's answer to the request and that answer shows S3 routed and judged it: an error code not listed here (AuthorizationQueryParametersError naming the region, AccessDenied, NoSuchKey …), or a canonical request S3 received on the global host itself; the cause is then elsewhere.",
	Fix:      "boto3.client('s3', region_name=<bucket region>, config=Config(signature_version='s3v4', s3={'addressing_style': 'virtual'})) with botocore 1.33.8 or later: botocore presigns on the global host unless the addressing style is virtual. For a URL of a bucket name with dots, 'path' instead: virtual-hosted https fails its certificate (dotted_bucket_tls).",
	Facts: []string{
		"the URL's host (global, regional, legacy)",
		"the scope region of X-Amz-Credential",
		"the clients' region and addressing style, and the buckets they presign for (a name with dots goes path style on the regional host)",
		"whether the region was launched after 20 March 2019 (the opt-in regions)",
		"the botocore version the paste states, or the one its stated boto3 ships with (before 1.33.8 'virtual' still presigns on the global host)",
		"how the request ended: S3's answers and statuses linked to it, the browser's CORS refusal, a comment telling the outcome",
		"the bucket's region as the paste tells it",
		"S3's answers linked to the signed request (their code, and the host of the canonical request S3 received)",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/UsingRouting.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html (legacy global endpoint: 307 while DNS updates for regions before 20 March 2019, 400 for later regions)",
		"boto/botocore 1.43.67: botocore/signers.py (generate_presigned_url, _should_use_global_endpoint), botocore/handlers.py (customize_endpoint_resolver_builtins: AWS::Region aws-global, UseGlobalEndpoint), tests/functional/test_s3.py (_addressing_for_presigned_url_test_cases: us-west-2 and us-east-2 with s3v4 give https://bucket.s3.amazonaws.com/key)",
		"https://github.com/boto/botocore/pull/2799 (1.28.2: a bucket name that is not a host label presigns path style on the regional host)",
		"https://github.com/boto/botocore/pull/3081 (1.33.8: addressing_style 'virtual' presigns on the regional host); boto/boto3 setup.cfg (boto3 1.29.x requires botocore 1.32.x, 1.33.x the same 1.33.x)",
		"https://github.com/boto/boto3/issues/1982, https://github.com/boto/boto3/issues/2728, https://github.com/boto/boto3/issues/3015, https://github.com/boto/boto3/pull/4768",
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
// style gets 301 for good, a bucket in an opt-in region gets 400
// IllegalLocationConstraintException for good. Any other answer to the request shows S3
// routed it to the bucket and judged it: the rule is then silent.
var answers = []rules.Answer{
	{Code: "TemporaryRedirect", Status: 307, Message: "Please re-send this request to the specified temporary endpoint. Continue to use the original request endpoint for future requests.", When: "virtual-hosted style, while the bucket's DNS name still resolves to us-east-1 (up to 24 hours after the bucket is created)"},
	{Code: "PermanentRedirect", Status: 301, Message: "The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.", When: "path style (s3.amazonaws.com/bucket)"},
	{Code: "IllegalLocationConstraintException", Status: 400, Message: "The af-south-1 location constraint is incompatible for the region specific endpoint this request was sent to.", When: "the bucket is in a region launched after 20 March 2019 (an opt-in region), which the global host never routes to"},
	{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "after the redirect is followed", After: "TemporaryRedirect"},
}
