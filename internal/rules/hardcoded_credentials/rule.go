// Package hardcodedcredentials is the rule hardcoded_credentials: credentials written into code.
package hardcodedcredentials

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is hardcoded_credentials: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "hardcoded_credentials",
	Severity: rules.Error,
	Title:    "credentials written into code",
	Note:     "(security) anyone who sees the code or the paste has the key",
	Evidence: []string{"cli", "code"},
	Checks: []rules.Check{
		{Source: "cli", Run: hardcodedCredentialsCLI},
		{Source: "code", Run: hardcodedCredentialsCode},
	},
}
