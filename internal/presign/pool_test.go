package presign

import "testing"

// urllib3's connection errors join into the URL they were sent to, each
// byte's span where the text writes it.
func TestFindPoolErrors(t *testing.T) {
	text := `requests.exceptions.SSLError: HTTPSConnectionPool(host='media.example.com.s3.eu-west-1.amazonaws.com', port=443): Max retries exceeded with url: /a/b.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=ab (Caused by SSLError(...))
MaxRetryError("HTTPConnectionPool(host='minio', port=9000): Max retries exceeded with url: /bkt/k.pdf?X-Amz-Expires=60 (Caused by NewConnectionError(...)")
HTTPConnectionPool(host='x', port=80): Max retries exceeded (no url)`
	us := FindPoolErrors(text)
	if len(us) != 2 {
		t.Fatalf("found %d URLs", len(us))
	}
	if us[0].Raw != "https://media.example.com.s3.eu-west-1.amazonaws.com/a/b.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=ab" {
		t.Errorf("first: %s", us[0].Raw)
	}
	if us[1].Raw != "http://minio:9000/bkt/k.pdf?X-Amz-Expires=60" {
		t.Errorf("second: %s", us[1].Raw)
	}
	if h := us[0].HostSpan; text[h.Start:h.End] != "media.example.com.s3.eu-west-1.amazonaws.com" {
		t.Errorf("host span %q", text[h.Start:h.End])
	}
	if p := us[1].Param("X-Amz-Expires"); p == nil || text[p.Span.Start:p.Span.End] != "X-Amz-Expires=60" {
		t.Errorf("param span %+v", p)
	}
	if us[1].Host != "minio:9000" || us[1].Path != "/bkt/k.pdf" {
		t.Errorf("host %q path %q", us[1].Host, us[1].Path)
	}
}
