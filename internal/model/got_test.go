package model

import (
	"testing"
	"time"
)

// got: got.put(url, {body}) is a request like fetch's, and
// got.stream.put(url) a request whose body is piped in without a length
// (sent chunked).
func TestGotSenders(t *testing.T) {
	text := `await got.put(sizedUrl, { body: buf, headers: { "content-type": "image/png" } });
await pipeline(fs.createReadStream("a.gz"), got.stream.put(streamUrl, { headers: { "content-type": "application/gzip" } }));
`
	f := Build(text, []Part{{Kind: KindText, Span: Span{Start: 0, End: len(text)}}}, time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC))
	want := map[string]string{"sizedUrl": "sized", "streamUrl": "stream"}
	seen := 0
	for _, s := range f.Incident.SentRequests {
		w, ok := want[s.URL.Expr]
		if !ok || s.Source != "got" {
			continue
		}
		seen++
		if s.Method.Str != "PUT" || s.Body.Str != w {
			t.Errorf("%s: %s with body %q, want PUT with %q", s.URL.Expr, s.Method.Str, s.Body.Str, w)
		}
	}
	if seen != len(want) {
		t.Errorf("read %d got requests, want %d", seen, len(want))
	}
}
