// Package stsglobaltoken is the rule sts_global_token: global STS token used in an opt-in region.
package stsglobaltoken

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is sts_global_token: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "sts_global_token",
	Severity: rules.Error,
	Title:    "global STS token used in an opt-in region",
	Answers: []rules.Answer{
		{Code: "InvalidToken", Status: 400, Message: "The provided token is malformed or otherwise invalid."},
	},
	Fix: "Get the credentials from a regional STS endpoint (AWS_STS_REGIONAL_ENDPOINTS=regional), or make the global endpoint issue v2 tokens (aws iam set-security-token-service-preferences --global-endpoint-token-version v2Token).",
	Facts: []string{
		"S3's InvalidToken error",
		"the region the request is signed for (opt-in regions): the URL's scope, else the incident's resolved signing region",
		"evidence that the token was mis-encoded instead (a token still percent-encoded after one decoding, code that encodes the URL again): then token_encoding's case",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_region-endpoints.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
		"https://github.com/discourse/discourse/pull/8818 (InvalidToken from a re-encoded presigned URL)",
	},
	Evidence: []string{"error"},
	Checks: []rules.Check{
		{Source: "error", Run: stsGlobalTokenError},
	},
}
