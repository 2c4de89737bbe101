package curl

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// FuzzParse checks that the reader never panics and keeps every span inside
// the part it reads.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"curl -X PUT -H 'Content-Type: a' -T f \"https://h/k?X-Amz-SignedHeaders=host\"",
		"$ curl -sSIHx:y -XGET --data-binary @a \\\n https://h/k",
		"curl.exe ^\n -d x https://h", "curl -", "curl -H", "curl --request=", "curl '", "curl \"\\",
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
			if c.MethodFrom != "" {
				spans = append(spans, c.MethodSpan)
			}
			for _, h := range c.Headers {
				spans = append(spans, h.Span, h.Flag)
			}
			for _, w := range c.Words {
				spans = append(spans, w.Span)
			}
			if c.URL != nil {
				spans = append(spans, c.URL.Span)
			}
			for _, s := range spans {
				if !in(s) {
					t.Fatalf("span %v outside [%d,%d) in %q", s, a, b, text)
				}
			}
		}
	})
}
