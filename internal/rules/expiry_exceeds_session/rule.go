// Package expiryexceedssession is the rule expiry_exceeds_session: URL outlives the temporary credentials that signed it.
package expiryexceedssession

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is expiry_exceeds_session: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "expiry_exceeds_session",
	Severity: rules.Error,
	Title:    "URL outlives the temporary credentials that signed it",
	Answers: []rules.Answer{
		{Code: "ExpiredToken", Status: 400, Message: "The provided token has expired.", When: "before the URL's own expiry"},
	},
	Fix: "Ask for an expiry no longer than the session (DurationSeconds, 3600 by default, 1 hour when roles are chained, about 6 hours for instance profiles, 12 hours at most), or sign with long-term credentials dedicated to signing, or mint URLs on demand.",
	Facts: []string{
		"the URL's expiry (ExpiresIn, --expires-in, X-Amz-Expires)",
		"the credentials' kind (ASIA key, session token, assume_role, or S3's ExpiredToken answer to the URL, which shows a session token signed it) and lifetime (DurationSeconds, Expiration)",
		"where the code runs and so what signs: a Lambda role, an ECS task role (ECS's credential variables and endpoint, a task definition's taskRoleArn / TaskRoleArn / task_role_arn, the ecs-tasks.amazonaws.com trust principal), an instance profile, a web identity role (EKS IRSA, AWS_WEB_IDENTITY_TOKEN_FILE, WebIdentityTokenFileCredentialsProvider)",
	},
	CheckedAgainst: []string{
		"https://repost.aws/knowledge-center/presigned-url-s3-bucket-expiration",
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html",
	},
	Evidence: []string{"cli", "code", "url"},
	Checks: []rules.Check{
		{Source: "cli", Run: expiryExceedsSessionCLI},
		{Source: "code", Run: expiryExceedsSessionCode},
		{Source: "url", Run: expiryExceedsSessionURL},
	},
}
