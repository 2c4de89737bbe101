// Package missingsessiontoken is the rule missing_session_token: temporary key without its session token.
package missingsessiontoken

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is missing_session_token: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "missing_session_token",
	Severity: rules.Error,
	Title:    "temporary key without its session token",
	Note:     "InvalidAccessKeyId (403) \"The AWS Access Key Id you provided does not exist in our records.\"",
	Evidence: []string{"code", "url"},
	Checks: []rules.Check{
		{Source: "code", Run: missingSessionTokenCode},
		{Source: "url", Run: missingSessionTokenURL},
	},
}
