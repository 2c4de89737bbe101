package sigv4

import (
	"net/url"
	"strings"
	"testing"
)

const (
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE"
	exampleSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
)

// docsURL is the S3 documentation's SigV4 query-auth example.
const docsURL = "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"

const docsCanonical = "GET\n/test.txt\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host\nhost:examplebucket.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD"

// requestOf splits a URL into a Request for method.
func requestOf(t testing.TB, method, raw string) Request {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return Request{Method: method, Host: u.Host, Path: u.EscapedPath(), Query: ParseQuery(u.RawQuery)}
}

func TestDocsExample(t *testing.T) {
	r := requestOf(t, "GET", docsURL)
	rb, err := Rebuild(r)
	if err != nil {
		t.Fatal(err)
	}
	if rb.CanonicalRequest != docsCanonical {
		t.Fatalf("canonical request:\n%s\nwant:\n%s", rb.CanonicalRequest, docsCanonical)
	}
	if got := strings.Split(rb.StringToSign, "\n")[3]; got != "3bfa292879f6447bbcda7001decf97f4a54dc650c8942174ae0a9121cf58ad04" {
		t.Errorf("canonical request hash %s", got)
	}
	sdk, err := SDKSign(r, exampleSecret)
	if err != nil {
		t.Fatal(err)
	}
	const want = "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"
	if sdk.Signature != want || sdk.CanonicalRequest != docsCanonical || sdk.StringToSign != rb.StringToSign {
		t.Errorf("SDK: signature %s, canonical %q, sts %q", sdk.Signature, sdk.CanonicalRequest, sdk.StringToSign)
	}
	v, err := VerifyURL(r, exampleSecret, want)
	if err != nil || !v.URLSigns {
		t.Errorf("docs example does not verify: %+v %v", v, err)
	}
	// The SigV4 test suite's secret has '+' where the docs' has '/'.
	v, err = VerifyURL(r, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", want)
	if err != nil || v.URLSigns || v.Variant != nil {
		t.Errorf("the suite's secret verifies the docs example: %+v %v", v, err)
	}
}

func TestSigV2DocsVectors(t *testing.T) {
	for _, c := range []struct{ sts, want string }{
		{"GET\n\n\n1175139620\n/johnsmith/photos/puppy.jpg", "NpgCjnDzrM+WFzoENXmpNDUsSn8="},
		{"GET\n\n\n1175139620\n/awsexamplebucket1/photos/puppy.jpg", "1No4mq5ETf02z8aet9voy6gui6E="},
	} {
		if got := V2Sign(exampleSecret, c.sts); got != c.want {
			t.Errorf("V2Sign(%q) = %s, want %s", c.sts, got, c.want)
		}
	}
	// The string to sign rebuilt from the documented URL.
	u, _ := url.Parse("https://johnsmith.s3.amazonaws.com/photos/puppy.jpg?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Signature=NpgCjnDzrM%2BWFzoENXmpNDUsSn8%3D&Expires=1175139620")
	r := V2Request{Method: "GET", Bucket: V2BucketFromHost(u.Host), Path: u.EscapedPath(), Query: ParseQuery(u.RawQuery)}
	sts := V2StringToSign(r)
	if sts != "GET\n\n\n1175139620\n/johnsmith/photos/puppy.jpg" {
		t.Errorf("string to sign %q", sts)
	}
	sig, _ := (&Request{Query: r.Query}).Get("Signature")
	if V2Sign(exampleSecret, sts) != sig {
		t.Errorf("documented URL does not verify")
	}
}

func TestSigV2Botocore(t *testing.T) {
	// botocore's worked values (sigv4-notes §3.3), with its test secret.
	const secret = "secret_key"
	r := V2Request{Method: "GET", Path: "/mybucket/myobject", Query: []Param{{Name: "Expires", Value: "1427430247"}}}
	if got := V2StringToSign(r); got != "GET\n\n\n1427430247\n/mybucket/myobject" {
		t.Fatalf("sts %q", got)
	}
	r.AmzHeaders = []Header{{Name: "X-Amz-ACL", Value: "read-only"}}
	r.Query = append(r.Query, Param{Name: "x-amz-security-token", Value: "foo"})
	if got := V2StringToSign(r); got != "GET\n\n\n1427430247\nx-amz-acl:read-only\nx-amz-security-token:foo\n/mybucket/myobject" {
		t.Fatalf("sts %q", got)
	}
}

func TestV2BucketFromHost(t *testing.T) {
	for host, want := range map[string]string{
		"johnsmith.s3.amazonaws.com":             "johnsmith",
		"my.bucket.s3-eu-west-1.amazonaws.com":   "my.bucket",
		"s3.amazonaws.com":                       "",
		"s3-us-west-2.amazonaws.com":             "",
		"images.example.com":                     "images.example.com",
		"b.s3.dualstack.us-east-1.amazonaws.com": "b",
	} {
		if got := V2BucketFromHost(host); got != want {
			t.Errorf("V2BucketFromHost(%q) = %q, want %q", host, got, want)
		}
	}
}
