// Package urlnotyetvalid is the rule url_not_yet_valid: URL signed in the future.
package urlnotyetvalid

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is url_not_yet_valid: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "url_not_yet_valid",
	Severity: rules.Error,
	Title:    "URL signed in the future",
	Answers: []rules.Answer{
		{Code: "AccessDenied", Status: 403, Message: "Request is not yet valid"},
		{Code: "AccessDenied", Status: 403, Message: "Request is not valid yet", When: "MinIO, in its wording (make e2e)"},
	},
	Fix: "Fix the signer's clock (NTP): it is ahead of S3's.",
	Facts: []string{
		"X-Amz-Date of each URL",
		"the clock (now)",
		"S3's error with its X-Amz-Date and ServerTime",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
	},
	Evidence: []string{"error", "url"},
	Checks: []rules.Check{
		{Source: "error", Run: urlNotYetValidError},
		{Source: "url", Run: urlNotYetValidURL},
	},
}
