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
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html (S3 checks the expiry at the time of the HTTP request; a transfer started before it continues)",
		"https://help.aliyun.com/en/oss/user-guide/0002-00000418 (an S3-compatible store: expiry checked when the request is received)",
	},
	Evidence: []string{"error", "url"},
	Checks: []rules.Check{
		{Source: "error", Run: urlExpiredError},
		{Source: "url", Run: urlExpiredURL},
	},
}
