// Package postpolicy is the rule post_policy: presigned POST fields and conditions disagree.
package postpolicy

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is post_policy: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "post_policy",
	Severity: rules.Error,
	Title:    "presigned POST fields and conditions disagree",
	Note:     "AccessDenied (403) \"Invalid according to Policy\"",
	Evidence: []string{"code"},
	Checks: []rules.Check{
		{Source: "code", Run: postPolicyCode},
	},
}
