package sigv4

import (
	"strings"
	"testing"
)

// benchURL is a JS SDK v3 style presigned GET with a session token.
const benchURL = "https://my-bucket.s3.eu-west-1.amazonaws.com/a%20b/%C3%BC%2B~%25%3D.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T143000Z&X-Amz-Expires=900&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEXAMPLE%2F%2B%3Dtoken&X-Amz-Signature=f588a6b13fcde29ce99005d323422b6360f698d16ed4219937ccafcdf45da5ae&X-Amz-SignedHeaders=host&x-amz-checksum-mode=ENABLED&x-id=GetObject"

// decode splits a URL into a request without net/url (no re-encoding).
func decodeURL(raw string) (Request, string) {
	rest := raw[strings.Index(raw, "://")+3:]
	i := strings.IndexAny(rest, "/?")
	host, pq := rest[:i], rest[i:]
	path, query, _ := strings.Cut(pq, "?")
	r := Request{Method: "GET", Host: host, Path: path, Query: ParseQuery(query)}
	sig, _ := r.Get("X-Amz-Signature")
	return r, sig
}

func TestBenchURLVerifies(t *testing.T) {
	r, sig := decodeURL(benchURL)
	v, err := VerifyURL(r, exampleSecret, sig)
	if err != nil || !v.URLSigns {
		t.Fatalf("bench URL (signed by the JS SDK v3) does not verify: %+v %v", v, err)
	}
}

// BenchmarkDecodeVerifyURL measures decoding one presigned URL and
// verifying its signature (SDK signer, own rebuild and HMAC cross-check).
func BenchmarkDecodeVerifyURL(b *testing.B) {
	for i := 0; i < b.N; i++ {
		r, sig := decodeURL(benchURL)
		v, err := VerifyURL(r, exampleSecret, sig)
		if err != nil || !v.URLSigns {
			b.Fatal(v, err)
		}
	}
}

// BenchmarkVerifyWrongSecret measures the slow path: the signature does
// not match, so every signer-mistake variant is tried.
func BenchmarkVerifyWrongSecret(b *testing.B) {
	r, sig := decodeURL(benchURL)
	for i := 0; i < b.N; i++ {
		if v, _ := VerifyURL(r, "wrong", sig); v.URLSigns {
			b.Fatal("verifies")
		}
	}
}
