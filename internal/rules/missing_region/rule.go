// Package missingregion is the rule missing_region: client without an explicit region.
package missingregion

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is missing_region: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "missing_region",
	Severity: rules.Warning,
	Title:    "client without an explicit region",
	Answers:  answers,
	Note:     "The client signs for whatever the environment says, us-east-1 when nothing; the Rust SDK, which has no fallback region, returns the request unsigned (no host, no signature: aws-sdk-rust#861), so a Rust client is reported against a custom endpoint too (smithy-rs#3403). The rule is silent when the paste shows S3's answer to the client's request and it is none of these (or a client error before S3 reads the request, such as a refused certificate): the evidence names another cause (rules.AnsweredOtherwise).",
	Fix:      "Set the client's region (region_name, region:, config.WithRegion, .region(…), RegionEndpoint, 'region' =>, or --region) explicitly to the bucket's region.",
	Facts: []string{
		"the clients' region setting in any SDK (region_name, region:, config.WithRegion, .region(…), RegionEndpoint, 'region' =>) and their session's",
		"regions set elsewhere in the paste (AWS_REGION, aws configure set region)",
		"the bucket's region as the paste tells it",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/cli/latest/reference/s3/presign.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/UsingRouting.html",
	},
	Evidence: []string{"cli", "code"},
	Checks: []rules.Check{
		{Source: "cli", Run: missingRegionCLI},
		{Source: "code", Run: missingRegionCode},
	},
}

// answers are what S3 answers a request signed for another region than
// the bucket's.
var answers = []rules.Answer{
	{Code: "AuthorizationQueryParametersError", Status: 400, Message: "Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting '<bucket region>'", When: "the environment gives another region than the bucket's"},
	{Code: "PermanentRedirect", Status: 301, Message: "The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint."},
}
