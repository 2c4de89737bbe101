// Package missingsessiontoken is the rule missing_session_token: temporary key without its session token.
package missingsessiontoken

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is missing_session_token: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "missing_session_token",
	Severity: rules.Error,
	Title:    "temporary key without its session token",
	Answers: []rules.Answer{
		{Code: "InvalidAccessKeyId", Status: 403, Message: "The AWS Access Key Id you provided does not exist in our records."},
		{Code: "InvalidTokenId", Status: 403, Message: "The security token included in the request is invalid", When: "MinIO, for a temporary key (its own STS's) sent without the session token (make e2e)"},
	},
	Fix: "Pass the session token with the temporary key (aws_session_token=, sessionToken:, AwsSessionCredentials, SessionAWSCredentials, 'token' =>, AWS_SESSION_TOKEN).",
	Facts: []string{
		"the access key ID's kind (ASIA is temporary)",
		"X-Amz-Security-Token in the URL",
		"the credentials passed to the client, in any SDK (aws_session_token, sessionToken, NewStaticCredentialsProvider's token, AwsSessionCredentials, SessionAWSCredentials, 'token', Aws::Credentials.new)",
		"AWS_ACCESS_KEY_ID / aws_access_key_id set to a temporary key with no AWS_SESSION_TOKEN / aws_session_token in the paste",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html",
	},
	Evidence: []string{"code", "url", "env"},
	Checks: []rules.Check{
		{Source: "code", Run: missingSessionTokenCode},
		{Source: "url", Run: missingSessionTokenURL},
		{Source: "env", Run: missingSessionTokenEnv},
	},
}
