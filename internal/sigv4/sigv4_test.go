package sigv4

import (
	"reflect"
	"strings"
	"testing"
)

func TestCanonicalURI(t *testing.T) {
	for in, want := range map[string]string{
		"/test.txt":      "/test.txt",
		"/a%20b/c":       "/a%20b/c",
		"/a+b":           "/a%20b", // S3 reads '+' as a space
		"/a%2Bb":         "/a%2Bb", // an encoded plus stays a plus
		"/(x)!*'@[]":     "/%28x%29%21%2A%27%40%5B%5D",
		"/%e2%82%ac":     "/%E2%82%AC",     // upper-case hex
		"/a%2520b":       "/a%2520b",       // decoded once only
		"/a/../b//c/./d": "/a/../b//c/./d", // no normalisation
		"/~user/-_.":     "/~user/-_.",
		"/a%2Fb":         "/a/b",
		"/caf\u00e9":     "/caf%C3%A9",
		"/100%":          "/100%25", // a malformed escape is a literal '%'
	} {
		if got := EncodePath(DecodePath(in)); got != want {
			t.Errorf("canonical URI of %q = %q, want %q", in, got, want)
		}
	}
}

func TestCanonicalQuery(t *testing.T) {
	got := CanonicalQuery(ParseQuery("b=2&a=x+y&X-Amz-Signature=abc&a=%7e&c&d=a/b&d=a-b&%E1%88%B4=1"))
	want := "%E1%88%B4=1&a=x%20y&a=~&b=2&c=&d=a%2Fb&d=a-b"
	if got != want {
		t.Errorf("CanonicalQuery = %q, want %q", got, want)
	}
}

func TestDecodeHexBytes(t *testing.T) {
	got, err := DecodeHexBytes("47 45 54 0a\n   2f 61")
	if err != nil || got != "GET\n/a" {
		t.Errorf("DecodeHexBytes = %q, %v", got, err)
	}
	if _, err := DecodeHexBytes("47 4"); err == nil {
		t.Error("a half byte decodes")
	}
	if _, err := DecodeHexBytes("zz"); err == nil {
		t.Error("non-hex decodes")
	}
}

func TestFirstDifference(t *testing.T) {
	base := docsCanonical
	for _, c := range []struct{ from, to, part string }{
		{"GET\n", "PUT\n", PartMethod},
		{"/test.txt", "/test%20.txt", PartURI},
		{"X-Amz-Expires=86400", "X-Amz-Expires=86401", PartQuery},
		{"host:examplebucket.s3.amazonaws.com", "host:examplebucket.s3.us-east-1.amazonaws.com", PartHeaders},
		{"\nhost\nUNSIGNED", "\nhost;x\nUNSIGNED", PartSignedHeaders},
		{"UNSIGNED-PAYLOAD", EmptySHA256, PartPayload},
	} {
		other := strings.Replace(base, c.from, c.to, 1)
		if other == base {
			t.Fatalf("replacement %q did not apply", c.from)
		}
		if got := FirstDifference(base, other); got != c.part {
			t.Errorf("%q→%q: first difference %q, want %q", c.from, c.to, got, c.part)
		}
	}
	if got := FirstDifference(base, base); got != "" {
		t.Errorf("equal requests differ in %q", got)
	}
	sts := "AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\nabc"
	if got := FirstStringToSignDifference(sts, strings.Replace(sts, "us-east-1/s3", "us-east-1/s3-object-lambda", 1)); got != PartScope {
		t.Errorf("scope change named %q", got)
	}
	if got := FirstStringToSignDifference(sts, strings.Replace(sts, "T000000Z", "T000001Z", 1)); got != PartDate {
		t.Errorf("date change named %q", got)
	}
}

func TestDiffLinesMarks(t *testing.T) {
	a := docsCanonical
	b := strings.Replace(a, "/test.txt", "/test%2Btxt", 1)
	lines := DiffLines(a, b, LinePart(a), LinePart(b))
	var minus, plus *DiffLine
	for i := range lines {
		switch lines[i].Kind {
		case "-":
			minus = &lines[i]
		case "+":
			plus = &lines[i]
		}
	}
	if minus == nil || plus == nil || minus.Part != PartURI || plus.Part != PartURI {
		t.Fatalf("diff lines %+v", lines)
	}
	if len(minus.Marks) != 1 || minus.Text[minus.Marks[0].Start:minus.Marks[0].End] != "." {
		t.Errorf("our marks %+v", minus.Marks)
	}
	if len(plus.Marks) != 1 || plus.Text[plus.Marks[0].Start:plus.Marks[0].End] != "%2B" {
		t.Errorf("S3 marks %+v", plus.Marks)
	}
	out := Render(lines)
	if !strings.Contains(out, "- /test.txt    ‹canonical URI›\n       ^\n") || !strings.Contains(out, "+ /test%2Btxt") {
		t.Errorf("render:\n%s", out)
	}
}

func TestQueryChanges(t *testing.T) {
	got := QueryChanges("a=1&b=2&c=3", "a=1&b=9&d=4")
	want := []QueryChange{{Name: "b", Kind: "changed", A: "2", B: "9"}, {Name: "c", Kind: "removed", A: "3"}, {Name: "d", Kind: "added", B: "4"}}
	if len(got) != len(want) {
		t.Fatalf("QueryChanges = %+v", got)
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("change %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestVariants checks that a signer mistake is recognised: a URL whose
// signature was computed over a double-encoded path.
func TestVariants(t *testing.T) {
	r := requestOf(t, "GET", "https://b.s3.us-west-2.amazonaws.com/a%20b.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20240115T000000Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host")
	rb, _ := Rebuild(r)
	c := rb.Canonical
	c.URI = "/a%2520b.txt"
	sig, _ := SignStringToSign(exampleSecret, StringToSign(rb.AmzDate, rb.Scope, c.String()))
	v, err := VerifyURL(r, exampleSecret, sig)
	if err != nil || v.URLSigns || v.Variant == nil || v.Variant.Part != PartURI || !strings.Contains(v.Variant.Description, "twice") {
		t.Errorf("VerifyURL = %+v, %v", v, err)
	}
}

func TestUnknownHeader(t *testing.T) {
	r := requestOf(t, "PUT", "https://b.s3.amazonaws.com/k?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T000000Z&X-Amz-SignedHeaders=content-type%3Bhost")
	c := Build(r)
	if len(c.Unknown) != 1 || c.Unknown[0] != "content-type" || c.Headers[0] != "content-type:" {
		t.Errorf("Build = %+v", c)
	}
	if _, err := SDKSign(r, exampleSecret); err == nil {
		t.Error("SDKSign signs an unknown header value")
	}
	r.Headers = []Header{{Name: "Content-Type", Value: " text/plain  ; charset=utf-8 "}}
	if c := Build(r); c.Headers[0] != "content-type:text/plain ; charset=utf-8" || len(c.Unknown) != 0 {
		t.Errorf("Build = %+v", c)
	}
}
