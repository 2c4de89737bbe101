// Package hardcodedcredentials is the rule hardcoded_credentials: credentials written into code.
package hardcodedcredentials

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is hardcoded_credentials: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "hardcoded_credentials",
	Severity: rules.Error,
	Title:    "credentials written into code",
	Note:     "(security) S3 answers normally, but anyone who sees the code, its history or the paste has the key. Not reported: a local emulator's documented dummy credentials (LocalStack's test/test, MinIO's minioadmin/minioadmin, Moto's testing, LocalStack's LSIA/LKIA key IDs, values under 8 characters) when every endpoint the paste shows is local or private (localhost, a docker service, a private address); against AWS or a public host they are reported like any key.",
	Fix:      "Let the SDK find credentials itself (boto3.Session(), the default credential chain, aws configure or a role), and rotate the key.",
	Facts: []string{
		"credential literals in code, aws configure set lines and environment exports (all redacted to typed placeholders first)",
		"the redactor's record of every placeholder (Secrets: where it stands, the kind of secret, whether it was AWS's documentation example key)",
		"Dummy of credentials and placeholders: an emulator's documented dummy value used where every endpoint (client endpoint, endpoint settings and *ENDPOINT* variables, presigned URL hosts) is local or private",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/boto3/latest/guide/credentials.html",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
		"https://docs.localstack.cloud/aws/capabilities/config/credentials",
	},
	Evidence: []string{"cli", "code", "env", "shell", "curl", "paste"},
	Checks: []rules.Check{
		{Source: "cli", Run: hardcodedCredentialsCLI},
		{Source: "code", Run: hardcodedCredentialsCode},
		{Source: "paste", Run: hardcodedCredentialsPaste},
	},
}
