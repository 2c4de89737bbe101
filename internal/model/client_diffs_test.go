package model

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/presign"
)

func parseURL(t *testing.T, s string) *presign.URL {
	t.Helper()
	us := presign.Find(s)
	if len(us) != 1 {
		t.Fatalf("%d URLs in %q", len(us), s)
	}
	return us[0]
}

// Two requests of the same signed URL whose query is written differently
// (Postman decodes %2F) give a "query" difference naming the parameter;
// the same request twice gives none.
func TestClientDiffsQuery(t *testing.T) {
	const q = "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20250304%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20250304T095500Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Signature=abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"
	a := parseURL(t, "https://b.s3.us-east-1.amazonaws.com/k"+q)
	b := parseURL(t, "https://b.s3.us-east-1.amazonaws.com/k"+
		"?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE/20250304/us-east-1/s3/aws4_request&X-Amz-Date=20250304T095500Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Signature=abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789")
	sr := &SignedRequest{URL: a}
	sa := &SentRequest{Source: "curl", SignedURL: a, Method: Fact{Str: "GET"}}
	sb := &SentRequest{Source: "console", SignedURL: b, Method: Fact{Str: "GET"}, Status: 403}
	inc := &Incident{SignedRequests: []*SignedRequest{sr}, SentRequests: []*SentRequest{sa, sb},
		Links: []Link{{Kind: LinkSentSigned, Sent: sa, Signed: sr}}}
	ds := inc.ClientDiffs(a)
	if len(ds) != 1 || ds[0].Kind != "query" || ds[0].Name != "X-Amz-Credential" || ds[0].A != sa || ds[0].B != sb {
		t.Fatalf("diffs %+v, want one query difference on X-Amz-Credential between curl and console", ds)
	}
	same := &SentRequest{Source: "wget", SignedURL: a, Method: Fact{Str: "GET"}}
	inc2 := &Incident{SignedRequests: []*SignedRequest{sr}, SentRequests: []*SentRequest{sa, same}}
	if ds := inc2.ClientDiffs(a); len(ds) != 0 {
		t.Errorf("same URL twice: diffs %+v", ds)
	}
}

func TestTemplateURL(t *testing.T) {
	for v, want := range map[string]bool{
		"<%- url %>": true, "{{ upload_url }}": true, "${url}": true,
		"https://b.s3.amazonaws.com/k": false, "/api/upload": false, "": false,
	} {
		if got := templateURL(v); got != want {
			t.Errorf("templateURL(%q) = %v, want %v", v, got, want)
		}
	}
}

// An object entry preceded by a line comment is still read (jQuery's
// type: 'PUT' after url: '…', // a comment).
func TestJSObjectAfterComment(t *testing.T) {
	text := "{\n  url: u, // the presigned URL\n  type: 'PUT',\n  /* body */ data: d\n}"
	o := jsObject(text, Span{Start: 0, End: len(text)})
	for _, k := range []string{"url", "type", "data"} {
		if _, ok := o.Get(k); !ok {
			t.Errorf("key %q not read from %q", k, text)
		}
	}
	if v, _ := o.Get("type"); text[v.Start:v.End] != "'PUT'" {
		t.Errorf("type = %q", text[v.Start:v.End])
	}
}
