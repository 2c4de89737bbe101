package model

import (
	"strings"
	"testing"
	"time"
)

// A plan's policy is read as it will be after the plan; the actions the
// plan takes away from an Allow statement (granted before, by no Allow
// statement after) are PlanRemovals, whatever the plan adds or keeps.
func TestPlanRemovals(t *testing.T) {
	const head = "  # aws_iam_role_policy.p will be updated in-place\n  ~ resource \"aws_iam_role_policy\" \"p\" {\n      ~ policy = jsonencode(\n          ~ {\n              ~ Statement = [\n                  ~ {\n                      ~ Action   = [\n"
	const tail = "                        ]\n                        Effect   = \"Allow\"\n                        Resource = \"arn:aws:s3:::b/*\"\n                    },\n                ]\n                Version   = \"2012-10-17\"\n            }\n        )\n    }\n"
	for _, c := range []struct {
		name, actions string
		want          []string
	}{
		{"removed", "                          - \"s3:PutObject\",\n                            \"s3:GetObject\",\n", []string{"s3:PutObject"}},
		{"added", "                          + \"s3:PutObject\",\n                            \"s3:GetObject\",\n", nil},
		{"kept", "                            \"s3:PutObject\",\n                            \"s3:GetObject\",\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := head + c.actions + tail
			f := Build(text, []Part{{Kind: KindPolicy, Span: Span{Start: 0, End: len(text)}}}, time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC))
			if len(f.Policies) != 1 {
				t.Fatalf("%d policies, want 1", len(f.Policies))
			}
			var got []string
			for _, r := range f.PlanRemovals {
				got = append(got, r.Action.Value)
				if s := text[r.Action.Span.Start:r.Action.Span.End]; !strings.Contains(s, r.Action.Value) {
					t.Errorf("span %q does not hold %s", s, r.Action.Value)
				}
				if r.Policy != f.Policies[0] {
					t.Error("removal not tied to the policy after the plan")
				}
			}
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Errorf("removals %v, want %v", got, c.want)
			}
		})
	}
}
