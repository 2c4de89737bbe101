package presign

import (
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

func FuzzFind(f *testing.F) {
	f.Add(docsURL)
	f.Add(strings.ReplaceAll(docsURL, "&", "&amp;"))
	f.Add("x “https://a.s3.amazonaws.com/k?X-Amz-Date=2024&\nX-Amz-Expires=9” y https://[::1]:9000/b?a=%zz&&=")
	f.Add("http://@/?\\u0026&#x26;amp;(]")
	f.Fuzz(func(t *testing.T, text string) {
		in := func(sp source.Span) bool { return 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(text) }
		for _, u := range Find(text) {
			if u.HostSpan.Len() == 0 {
				// Every URL has a host, and the reader maps it to the
				// text: rules read the span and never search for it.
				t.Fatalf("no host span for %q", u.Raw)
			}
			for _, sp := range []source.Span{u.Span, u.HostSpan, u.PathSpan} {
				if !in(sp) {
					t.Fatalf("span %v out of %d", sp, len(text))
				}
			}
			for _, p := range u.Params {
				if !in(p.Span) || !in(p.ValSpan) {
					t.Fatalf("param span %+v out of %d", p, len(text))
				}
				if p.Span.Start < u.Span.Start || p.Span.End > u.Span.End {
					t.Fatalf("param %+v outside URL %+v", p, u.Span)
				}
			}
			u.Credential()
			u.ExpiresAt()
			u.ExpiresIn(time.Unix(0, 0))
			u.SignedHeaders()
			u.Temporary()
		}
		for _, fm := range FindForms(text) {
			for _, fl := range fm.Fields {
				if !in(fl.ValSpan) {
					t.Fatalf("field span out of bounds")
				}
			}
		}
	})
}

// BenchmarkDecodeURL measures reading and decoding one presigned URL.
func BenchmarkDecodeURL(b *testing.B) {
	text := "here: " + docsURL + "\n"
	for b.Loop() {
		u := Find(text)[0]
		u.Credential()
		u.ExpiresAt()
		u.SignedHeaders()
	}
}
