package curl

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

func parse(text string) []*Command { return Parse(text, source.Span{Start: 0, End: len(text)}) }

func TestMethod(t *testing.T) {
	tests := []struct {
		text, method, from, span string
	}{
		{`curl "https://b.s3.amazonaws.com/k?X-Amz-Signature=x"`, "GET", "", ""},
		{`curl -X PUT --upload-file a.txt "https://h/k"`, "PUT", "-X", "-X PUT"},
		{`curl --request=DELETE https://h/k`, "DELETE", "-X", "--request=DELETE"},
		{`curl -XPOST https://h/k`, "POST", "-X", "-XPOST"},
		{`curl -I https://h/k`, "HEAD", "-I", "-I"},
		{`curl -sSI https://h/k`, "HEAD", "-I", "-sSI"},
		{`curl --head https://h/k`, "HEAD", "-I", "--head"},
		{`curl -d @file https://h/k`, "POST", "-d", "-d @file"},
		{`curl --data-binary @a.bin https://h/k`, "POST", "-d", "--data-binary @a.bin"},
		{`curl -F file=@a.txt https://h/k`, "POST", "-F", "-F file=@a.txt"},
		{`curl -T a.txt https://h/k`, "PUT", "-T", "-T a.txt"},
		{`curl -G -d x=1 https://h/k`, "GET", "-G", "-G"},
		{`curl -X PUT -d @a https://h/k`, "PUT", "-X", "-X PUT"},
	}
	for _, tt := range tests {
		cs := parse(tt.text)
		if len(cs) != 1 {
			t.Fatalf("%s: %d commands", tt.text, len(cs))
		}
		c := cs[0]
		span := tt.text[c.MethodSpan.Start:c.MethodSpan.End]
		if c.Method != tt.method || c.MethodFrom != tt.from || span != tt.span {
			t.Errorf("%s: got %s from %q span %q", tt.text, c.Method, c.MethodFrom, span)
		}
		if (c.Data != nil) != (c.DataFlag != "") {
			t.Errorf("%s: data %v but flag %q", tt.text, c.Data, c.DataFlag)
		}
		if c.URL == nil || c.URL.Text[:4] != "http" {
			t.Errorf("%s: URL %+v", tt.text, c.URL)
		}
	}
}

func TestHeadersAndContinuations(t *testing.T) {
	text := "$ curl -v -X PUT \\\n  -H 'Content-Type: image/png' \\\n  --header \"x-amz-acl:public-read\" -HAccept:x \\\n  --upload-file ./a.png \\\n  'https://b.s3.eu-west-1.amazonaws.com/a.png?X-Amz-SignedHeaders=content-type%3Bhost'\n"
	cs := parse(text)
	if len(cs) != 1 {
		t.Fatalf("%d commands", len(cs))
	}
	c := cs[0]
	want := []struct{ name, value, span string }{
		{"Content-Type", "image/png", "'Content-Type: image/png'"},
		{"x-amz-acl", "public-read", `"x-amz-acl:public-read"`},
		{"Accept", "x", "-HAccept:x"},
	}
	if len(c.Headers) != len(want) {
		t.Fatalf("headers %+v", c.Headers)
	}
	for i, w := range want {
		h := c.Headers[i]
		if h.Name != w.name || h.Value != w.value || text[h.Span.Start:h.Span.End] != w.span {
			t.Errorf("header %d: %+v covers %q", i, h, text[h.Span.Start:h.Span.End])
		}
	}
	if c.Header("content-type") == nil || c.Upload == nil || c.Upload.Text != "./a.png" {
		t.Errorf("lookup or upload: %+v", c)
	}
	if c.URL == nil || text[c.URL.Span.Start:c.URL.Span.End] != "'https://b.s3.eu-west-1.amazonaws.com/a.png?X-Amz-SignedHeaders=content-type%3Bhost'" {
		t.Errorf("URL %+v", c.URL)
	}
}

func TestWindowsAndSkips(t *testing.T) {
	text := "curl.exe -X PUT ^\n  -H \"Content-Type: text/plain\" ^\n  https://h/k\necho done\ncurl -o out.bin -w '%{http_code}' https://h/k2"
	cs := parse(text)
	if len(cs) != 2 {
		t.Fatalf("%d commands", len(cs))
	}
	if cs[0].Method != "PUT" || len(cs[0].Headers) != 1 || cs[0].URL.Text != "https://h/k" {
		t.Errorf("windows curl: %+v", cs[0])
	}
	if cs[1].URL == nil || cs[1].URL.Text != "https://h/k2" {
		t.Errorf("option values taken as URL: %+v", cs[1].URL)
	}
}
