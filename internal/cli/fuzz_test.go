package cli

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// FuzzParse checks that the reader never panics and keeps every span inside
// the part it reads.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"$ aws s3 presign s3://b/k --expires-in 60 \\\n --region eu-west-1",
		"PS C:\\> aws sts assume-role --role-arn x `\n --duration-seconds 900",
		"export AWS_SECRET_ACCESS_KEY='x'; AWS_REGION=us-east-1 aws s3 ls && aws configure set region eu-west-1",
		"aws --x=\"a\\\"b\" 'unterminated",
		"\\", "^\n", "`", "\"", "--=", "$env:AWS_REGION = \"eu-west-1\"",
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
		in := func(s source.Span) bool { return s.Start >= a && s.End <= b && s.Start <= s.End }
		for _, c := range Parse(text, source.Span{Start: a, End: b}) {
			spans := []source.Span{c.Span}
			if c.Program != "" {
				spans = append(spans, c.ProgramSpan)
			}
			for _, w := range c.Words {
				spans = append(spans, w.Span)
			}
			for _, o := range c.Options {
				spans = append(spans, o.Span, o.NameSpan)
				if o.Value != nil {
					spans = append(spans, o.Value.Span)
				}
			}
			for _, e := range c.Env {
				spans = append(spans, e.Span, e.Value.Span)
			}
			for _, s := range spans {
				if !in(s) {
					t.Fatalf("span %v outside [%d,%d) in %q", s, a, b, text)
				}
			}
		}
	})
}
