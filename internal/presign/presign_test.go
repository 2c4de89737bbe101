package presign

import "testing"

func TestFindSigV4(t *testing.T) {
	text := `see https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000&X-Amz-Signature=x for details`
	us := Find(text)
	if len(us) != 1 {
		t.Fatalf("found %d URLs", len(us))
	}
	u := us[0]
	if u.Version != "v4" || u.Host != "examplebucket.s3.amazonaws.com" || u.Path != "/test.txt" {
		t.Fatalf("bad URL: %+v", u)
	}
	n, p, ok := u.Expires()
	if !ok || n != 700000 || text[p.Span.Start:p.Span.End] != "X-Amz-Expires=700000" || text[p.ValSpan.Start:p.ValSpan.End] != "700000" {
		t.Fatalf("Expires = %d %v %+v", n, ok, p)
	}
}
