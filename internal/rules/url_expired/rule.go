// Package urlexpired is the rule url_expired: URL expired.
package urlexpired

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is url_expired: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "url_expired",
	Severity: rules.Error,
	Title:    "URL expired",
	Answers: []rules.Answer{
		{Code: "AccessDenied", Status: 403, Message: "Request has expired"},
	},
	Fix: "Generate the URL again just before use; the finding says when it expired.",
	Facts: []string{
		"X-Amz-Date and X-Amz-Expires of each URL",
		"the clock (now)",
		"S3's error with its Expires and ServerTime",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
	},
	Evidence: []string{"error", "url"},
	Checks: []rules.Check{
		{Source: "error", Run: urlExpiredError},
		{Source: "url", Run: urlExpiredURL},
	},
}
