package model

import (
	"testing"
	"time"
)

// The user's words that a parameter the URL carries was added to it after
// signing are a fact (Signals.QueryAdded); code, a sentence without the
// "after", a parameter the URL lacks and the SDK adding it are not.
func TestProseQueryAdded(t *testing.T) {
	const u = "https://b.s3.us-east-1.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20250304%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20250304T095500Z&X-Amz-Expires=600&X-Amz-SignedHeaders=host&response-content-disposition=attachment&X-Amz-Signature=c3d2e1f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8"
	for _, c := range []struct {
		name, prose string
		want        int
	}{
		{"after the SDK", "our code adds response-content-disposition to the URL returned by the SDK so the browser downloads.", 1},
		{"appended to the signed link", "We append the response-content-disposition parameter to the signed link.", 1},
		{"no after", "our code adds response-content-disposition to the URL.", 0},
		{"not carried", "our code adds versionId to the URL returned by the SDK.", 0},
		{"the SDK adds it", "the SDK adds response-content-disposition to the presigned URL because we pass ResponseContentDisposition.", 0},
		{"code", "url = url + '&response-content-disposition=attachment'  # adds response-content-disposition to the signed URL", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := u + "\n\n" + c.prose + "\n"
			parts := []Part{{Kind: KindURL, Span: Span{Start: 0, End: len(u)}}, {Kind: KindText, Span: Span{Start: len(u) + 2, End: len(text)}}}
			f := Build(text, parts, time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC))
			if got := len(f.Incident.Signals.QueryAdded); got != c.want {
				t.Errorf("%d facts, want %d", got, c.want)
			}
		})
	}
}
