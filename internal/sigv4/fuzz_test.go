package sigv4

import (
	"strings"
	"testing"
)

// FuzzRebuild checks, for any path and query, that rebuilding never panics,
// that S3's canonical URI and query are fixed points (canonicalising them
// again changes nothing), and that Split reads back what String wrote.
func FuzzRebuild(f *testing.F) {
	f.Add("/test.txt", "X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-SignedHeaders=host", "text/plain")
	f.Add("/a+b/%2520/(x)/caf%C3%A9", "a&&b=&=c&%zz=1+2&X-Amz-SignedHeaders=content-type%3Bhost", "  a   b ")
	f.Add("", "", "")
	f.Add("/k", "X-Amz-SignedHeaders=host%0Ax%3Bcontent-type%0D", "v")
	f.Fuzz(func(t *testing.T, path, query, ct string) {
		r := Request{Method: "PUT", Host: "b.s3.amazonaws.com", Path: path, Query: ParseQuery(query),
			Headers: []Header{{Name: "Content-Type", Value: ct}}}
		c := Build(r)
		if u := EncodePath(DecodePath(c.URI)); u != c.URI {
			t.Fatalf("canonical URI %q is not a fixed point: %q", c.URI, u)
		}
		if q := CanonicalQuery(ParseQuery(c.Query)); q != c.Query {
			t.Fatalf("canonical query %q is not a fixed point: %q", c.Query, q)
		}
		text := c.String()
		back := Split(text)
		if back.Method != c.Method || back.URI != c.URI || back.Query != c.Query || back.Payload != c.Payload ||
			back.SignedHeaders != c.SignedHeaders || strings.Join(back.Headers, "\n") != strings.Join(c.Headers, "\n") {
			t.Fatalf("Split(String()) = %+v, want %+v", back, c)
		}
		if FirstDifference(text, text) != "" {
			t.Fatal("a canonical request differs from itself")
		}
	})
}
