// Package missingregion is the rule missing_region: client without an explicit region.
package missingregion

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is missing_region: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "missing_region",
	Severity: rules.Warning,
	Title:    "client without an explicit region",
	Note:     "signs for whatever the environment says (us-east-1 when nothing), then AuthorizationQueryParametersError (400) or a redirect",
	Evidence: []string{"cli", "code"},
	Checks: []rules.Check{
		{Source: "cli", Run: missingRegionCLI},
		{Source: "code", Run: missingRegionCode},
	},
}
