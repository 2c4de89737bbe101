// Package syntax is the rule syntax: part of the paste could not be read.
package syntax

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is syntax: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "syntax",
	Severity: rules.Info,
	Title:    "part of the paste could not be read",
	Note:     "The rest of the paste is still analysed.",
	Fix:      "Paste the part again whole (a cut line, an unclosed bracket or quote).",
	Facts: []string{
		"the readers' problems (what could not be read, and where)",
	},
	Evidence: []string{"paste"},
	Checks: []rules.Check{
		{Source: "paste", Run: syntaxProblems},
	},
}
