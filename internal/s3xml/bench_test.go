package s3xml

import (
	"strings"
	"testing"
	"time"
)

// TestManyOpenTagsIsLinear guards against rescanning: thousands of
// unclosed tags must parse quickly.
func TestManyOpenTagsIsLinear(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("<a>x", 50000) + strings.Repeat("<b>", 50000),
		strings.Repeat("<a", 200000),
		strings.Repeat("<a></b>", 50000),
		strings.Repeat("{'Code': 'x', ", 50000),
		strings.Repeat("<a>x</a>", 30000) + strings.Repeat("{'b': 'x', ", 30000),
	} {
		start := time.Now()
		parseAll(text)
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("%.20q…: took %v", text, d)
		}
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
