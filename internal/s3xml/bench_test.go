package s3xml

import (
	"fmt"
	"strings"
	"testing"
)

// manyOpenTags are bodies with thousands of unclosed tags: a reader that
// rescans takes minutes on them.
func manyOpenTags() []string {
	return []string{
		strings.Repeat("<a>x", 50000) + strings.Repeat("<b>", 50000),
		strings.Repeat("<a", 200000),
		strings.Repeat("<a></b>", 50000),
		strings.Repeat("{'Code': 'x', ", 50000),
		strings.Repeat("<a>x</a>", 30000) + strings.Repeat("{'b': 'x', ", 30000),
	}
}

// TestManyOpenTags parses them to the end (a quadratic reader shows up as a
// test timeout and in BenchmarkManyOpenTags; no wall-clock assertion here).
func TestManyOpenTags(t *testing.T) {
	for _, text := range manyOpenTags() {
		e := parseAll(text)
		for _, f := range e.Fields {
			if f.Span.Start < 0 || f.Span.End > len(text) {
				t.Fatalf("%.20q…: field span %v out of bounds", text, f.Span)
			}
		}
	}
}

// BenchmarkManyOpenTags reports the time to parse each of them.
func BenchmarkManyOpenTags(b *testing.B) {
	for i, text := range manyOpenTags() {
		b.Run(fmt.Sprint(i), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				parseAll(text)
			}
		})
	}
}

func BenchmarkParseSignatureBody(b *testing.B) {
	text := sigBody(docsCR, docsSTS)
	for b.Loop() {
		e := parseAll(text)
		e.CanonicalRequest()
		e.StringToSign()
	}
}
