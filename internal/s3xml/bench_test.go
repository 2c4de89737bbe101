package s3xml

import (
	"strings"
	"testing"
	"time"
)

// TestManyOpenTagsIsLinear guards against rescanning: thousands of
// unclosed tags must parse quickly.
func TestManyOpenTagsIsLinear(t *testing.T) {
	text := strings.Repeat("<a>x", 50000) + strings.Repeat("<b>", 50000)
	start := time.Now()
	parseAll(text)
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("took %v", d)
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
