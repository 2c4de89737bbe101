// Package cachedstscredentials is the rule cached_sts_credentials: temporary credentials cached and reused.
package cachedstscredentials

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is cached_sts_credentials: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "cached_sts_credentials",
	Severity: rules.Error,
	Title:    "temporary credentials cached and reused",
	Answers: []rules.Answer{
		{Code: "ExpiredToken", Status: 400, Message: "The provided token has expired.", When: "once the cached session ends"},
	},
	Fix: "Assume the role again for each use (or per request), or use a refreshing credential provider (a boto3 Session with a role profile) instead of keeping AssumeRole's result in a module-level variable.",
	Facts: []string{
		"STS calls (assume_role and friends) and where their result is kept (module level, global, memoised function)",
		"the presign operations that sign with those credentials",
	},
	CheckedAgainst: []string{
		"https://repost.aws/knowledge-center/presigned-url-s3-bucket-expiration",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
	},
	Evidence: []string{"code"},
	Checks: []rules.Check{
		{Source: "code", Run: cachedSTSCredentialsCode},
	},
}
