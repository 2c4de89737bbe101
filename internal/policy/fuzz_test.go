package policy

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// FuzzParse checks that the reader never panics and keeps every span inside
// the part it reads.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`{"Statement": [{"Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}`,
		`{"Policy": "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"}`,
		"policy = jsonencode({ Statement = [{ Effect = \"Allow\" Action = [\"s3:*\"] Resource = aws_s3_bucket.b.arn }] })",
		"policy = <<EOF\n{\"Statement\": {\"Effect\": \"Allow\"}}\nEOF",
		"{ // c\n \"Statement\": [,,{\"Effect\": \"Allow\",},] /* x */ }",
		`{"a": "\u00e9\"", "b": [1, -2.5e3, true, null, f(x, "y")]}`,
		"<<", "{", "[\"", `"{\"`, "jsonencode(",
	} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		if a < 0 || a > len(text) {
			a = 0
		}
		if b < a || b > len(text) {
			b = len(text)
		}
		sp := source.Span{Start: a, End: b}
		docs, probs := Parse(text, sp)
		in := func(s source.Span) bool { return s.Start >= a && s.End <= b && s.Start <= s.End }
		for _, p := range probs {
			if !in(p.Span) {
				t.Fatalf("problem span %v outside %v", p.Span, sp)
			}
		}
		for _, d := range docs {
			if !in(d.Span) {
				t.Fatalf("document span %v outside %v", d.Span, sp)
			}
			for _, s := range d.Statements {
				spans := []source.Span{s.Span, s.EffectSpan, s.ActionSpan, s.ResourceSpan, s.ConditionSpan}
				for _, l := range [][]Str{s.Action, s.NotAction, s.Resource, s.NotResource} {
					for _, x := range l {
						spans = append(spans, x.Span)
					}
				}
				for _, c := range s.Conditions {
					spans = append(spans, c.Span, c.KeySpan, c.OpSpan)
				}
				for _, x := range spans {
					if x != (source.Span{}) && !in(x) {
						t.Fatalf("span %v outside %v in %q", x, sp, text)
					}
				}
			}
		}
	})
}
