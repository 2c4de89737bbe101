package engine

import (
	"encoding/hex"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/presign-doctor/presign-doctor/internal/sigv4"
)

const (
	exKeyID  = "AKIAIOSFODNN7EXAMPLE"
	exSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
	docsURL  = "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"
	docsSig  = "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"
	docsNow  = "2013-05-24T01:00:00Z"
)

// signed presigns method host path?query with the SDK signer and the
// example keys (query: the non-auth parameters, already encoded).
func signed(t *testing.T, method, host, path, query string, headers []sigv4.Header, secret string) string {
	t.Helper()
	q := "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + exKeyID + "%2F20240115%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20240115T143000Z&X-Amz-Expires=3600"
	names := []string{"host"}
	for _, h := range headers {
		names = append(names, strings.ToLower(h.Name))
	}
	q += "&X-Amz-SignedHeaders=" + strings.Join(names, "%3B")
	if query != "" {
		q = query + "&" + q
	}
	r := sigv4.Request{Method: method, Host: host, Path: path, Query: sigv4.ParseQuery(q), Headers: headers}
	s, err := sigv4.SDKSign(r, secret)
	if err != nil {
		t.Fatal(err)
	}
	return "https://" + host + path + "?" + q + "&X-Amz-Signature=" + s.Signature
}

// s3Body is the SignatureDoesNotMatch body S3 answers when it receives the
// request sent (method, URL, headers) carrying the signature sig.
func s3Body(t *testing.T, method, url string, headers []sigv4.Header, fold bool) string {
	t.Helper()
	rest := strings.SplitN(url, "://", 2)[1]
	i := strings.IndexAny(rest, "/")
	host, pq := rest[:i], rest[i:]
	path, query, _ := strings.Cut(pq, "?")
	r := sigv4.Request{Method: method, Host: host, Path: path, Query: sigv4.ParseQuery(query), Headers: headers}
	rb, err := sigv4.Rebuild(r)
	if err != nil {
		t.Fatal(err)
	}
	sig, _ := r.Get("X-Amz-Signature")
	hexb := func(s string) string {
		h := hex.EncodeToString([]byte(s))
		var parts []string
		for i := 0; i < len(h); i += 2 {
			parts = append(parts, h[i:i+2])
		}
		return strings.Join(parts, " ")
	}
	cr, sts := rb.CanonicalRequest, rb.StringToSign
	if fold {
		cr, sts = strings.ReplaceAll(cr, "\n", " "), strings.ReplaceAll(sts, "\n", " ")
	}
	cr = strings.ReplaceAll(cr, "&", "&amp;")
	return "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>" + exKeyID +
		"</AWSAccessKeyId><StringToSign>" + sts + "</StringToSign><SignatureProvided>" + sig + "</SignatureProvided><StringToSignBytes>" + hexb(rb.StringToSign) +
		"</StringToSignBytes><CanonicalRequest>" + cr + "</CanonicalRequest><CanonicalRequestBytes>" + hexb(rb.CanonicalRequest) +
		"</CanonicalRequestBytes><RequestId>4442587FB7D0A2F9</RequestId></Error>"
}

func spanText(resp Response, start, end int) string {
	u := utf16.Encode([]rune(resp.Redacted))
	return string(utf16.Decode(u[start:end]))
}

func findings(resp Response, rule string) []Finding {
	var out []Finding
	for _, f := range resp.Findings {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

var sigRules = []string{"signature_mismatch", "secret_mismatch", "query_modified", "host_rewritten", "method_mismatch"}

func noSigFindings(t *testing.T, resp Response) {
	t.Helper()
	for _, r := range sigRules {
		if fs := findings(resp, r); len(fs) > 0 {
			t.Errorf("unexpected %s: %s", r, fs[0].Message)
		}
	}
}

func TestSigV4DocsExampleVerifies(t *testing.T) {
	resp := Analyze(Request{Input: docsURL, Now: docsNow, SecretAccessKey: exSecret})
	if resp.SigV4.SignatureCheck != "match" || resp.SigV4.Verdict != "url-signs" {
		t.Fatalf("sigv4 = %+v", resp.SigV4)
	}
	if !strings.HasPrefix(resp.SigV4.CanonicalRequest, "GET\n/test.txt\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=") ||
		!strings.HasSuffix(resp.SigV4.StringToSign, "\n3bfa292879f6447bbcda7001decf97f4a54dc650c8942174ae0a9121cf58ad04") {
		t.Errorf("rebuilt:\n%s\n%s", resp.SigV4.CanonicalRequest, resp.SigV4.StringToSign)
	}
	noSigFindings(t, resp)
	// Without a secret nothing is checked, and nothing fires.
	resp = Analyze(Request{Input: docsURL, Now: docsNow})
	if resp.SigV4.SignatureCheck != "not-checked" {
		t.Errorf("check without a secret: %q", resp.SigV4.SignatureCheck)
	}
	noSigFindings(t, resp)
}

func TestSecretMismatch(t *testing.T) {
	// The SigV4 test suite's secret: '+' where the docs' has '/'.
	resp := Analyze(Request{Input: docsURL, Now: docsNow, SecretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"})
	fs := findings(resp, "secret_mismatch")
	if len(fs) != 1 || resp.SigV4.SignatureCheck != "mismatch" || resp.SigV4.Verdict != "neither" {
		t.Fatalf("findings %+v sigv4 %+v", resp.Findings, resp.SigV4)
	}
	if got := spanText(resp, fs[0].Start, fs[0].End); !strings.HasPrefix(got, "X-Amz-Signature=") || strings.Contains(got, docsSig) {
		t.Errorf("span covers %q", got)
	}
}

// TestNoSecretInResponse plants a session token, a key ID and signatures
// in a URL and an error body, types the secret, and checks the whole
// marshalled response: the typed secret never appears, and no value that
// redaction removed from the text comes back through the signature check.
func TestNoSecretInResponse(t *testing.T) {
	token := "IQoJb3JpZ2luX2VjEXAMPLETOKEN" + strings.Repeat("Zm9vYmFy", 20)
	u := signed(t, "GET", "b.s3.us-west-2.amazonaws.com", "/k.txt", "X-Amz-Security-Token="+sigv4.Encode(token), nil, exSecret)
	body := s3Body(t, "PUT", u, nil, false)
	sig := u[strings.LastIndex(u, "=")+1:]
	for _, secret := range []string{exSecret, "not" + exSecret, ""} {
		resp := Analyze(Request{Input: u + "\n\n" + body, Now: "2024-01-15T14:35:00Z", SecretAccessKey: secret})
		b, _ := json.Marshal(resp)
		out := string(b)
		if secret != "" && strings.Contains(out, secret) {
			t.Errorf("response contains the typed secret")
		}
		planted := map[string]string{"signature": sig, "key ID": exKeyID, "session token": token}
		checked := 0
		for name, v := range planted {
			if strings.Contains(resp.Redacted, v) {
				continue // not redacted (yet) by the redactor: not this check's promise
			}
			checked++
			if strings.Contains(out, v) {
				t.Errorf("secret %q: response contains the %s that redaction removed", secret, name)
			}
		}
		if checked == 0 {
			t.Errorf("redaction removed none of the planted values")
		}
		if resp.SigV4.CanonicalRequest == "" || resp.SigV4.S3CanonicalRequest == "" {
			t.Errorf("sigv4 not filled: %+v", resp.SigV4)
		}
	}
}

// TestNoRevealedValueInNotes checks that a URL the signer cannot sign (a
// malformed credential) is reported without the revealed key ID.
func TestNoRevealedValueInNotes(t *testing.T) {
	u := "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + exKeyID + "%2F20240115&X-Amz-Date=20240115T143000Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Signature=" + strings.Repeat("ab", 32)
	resp := Analyze(Request{Input: u, Now: "2024-01-15T14:35:00Z", SecretAccessKey: exSecret})
	b, _ := json.Marshal(resp)
	if strings.Contains(resp.Redacted, exKeyID) {
		t.Skip("the redactor leaves this key ID in the text")
	}
	if strings.Contains(string(b), exKeyID) || strings.Contains(string(b), exSecret) {
		t.Errorf("response reveals a secret: %s", resp.SigV4.Notes)
	}
	if resp.SigV4.SignatureCheck != "not-checked" || len(resp.SigV4.Notes) == 0 {
		t.Errorf("sigv4 %+v", resp.SigV4)
	}
}

func TestMethodMismatch(t *testing.T) {
	u := signed(t, "GET", "b.s3.us-west-2.amazonaws.com", "/photos/cat.jpg", "x-id=GetObject", nil, exSecret)
	body := s3Body(t, "PUT", u, nil, false)
	resp := Analyze(Request{Input: u + "\n\n" + body, Now: "2024-01-15T14:35:00Z"})
	fs := findings(resp, "method_mismatch")
	if len(fs) != 1 || spanText(resp, fs[0].Start, fs[0].End) != "PUT" {
		t.Fatalf("method_mismatch %+v", fs)
	}
	sm := findings(resp, "signature_mismatch")
	if len(sm) != 1 || !strings.Contains(sm[0].Message, "is the method") || spanText(resp, sm[0].Start, sm[0].End) != "SignatureDoesNotMatch" {
		t.Errorf("signature_mismatch %+v", sm)
	}
	if resp.SigV4.FirstDifference != "method" || !strings.Contains(resp.SigV4.CanonicalRequestDiff, "-GET") && !strings.Contains(resp.SigV4.CanonicalRequestDiff, "- GET") {
		t.Errorf("diff %q first %q", resp.SigV4.CanonicalRequestDiff, resp.SigV4.FirstDifference)
	}
	// With the secret and no x-id, the typed secret finds the method.
	u = signed(t, "GET", "b.s3.us-west-2.amazonaws.com", "/photos/cat.jpg", "", nil, exSecret)
	body = s3Body(t, "PUT", u, nil, false)
	resp = Analyze(Request{Input: u + "\n\n" + body, Now: "2024-01-15T14:35:00Z", SecretAccessKey: exSecret})
	if fs := findings(resp, "method_mismatch"); len(fs) != 1 || !strings.Contains(fs[0].Message, "signed for GET") {
		t.Errorf("with secret: %+v (sigv4 %+v)", fs, resp.SigV4)
	}
	// Same method: silent.
	body = s3Body(t, "GET", u, nil, false)
	resp = Analyze(Request{Input: u + "\n\n" + body, Now: "2024-01-15T14:35:00Z"})
	if fs := findings(resp, "method_mismatch"); len(fs) != 0 {
		t.Errorf("same method fires: %+v", fs)
	}
}

func TestHostRewritten(t *testing.T) {
	u := signed(t, "GET", "b.s3.us-west-2.amazonaws.com", "/k", "", nil, exSecret)
	sent := strings.Replace(u, "b.s3.us-west-2.amazonaws.com", "files.example.com", 1)
	resp := Analyze(Request{Input: u + "\n\n" + s3Body(t, "GET", sent, nil, false), Now: "2024-01-15T14:35:00Z", SecretAccessKey: exSecret})
	fs := findings(resp, "host_rewritten")
	if len(fs) != 1 || spanText(resp, fs[0].Start, fs[0].End) != "b.s3.us-west-2.amazonaws.com" || !strings.Contains(fs[0].Message, "files.example.com") {
		t.Fatalf("host_rewritten %+v", fs)
	}
	if resp.SigV4.FirstDifference != "canonical headers" || resp.SigV4.Verdict != "url-signs" {
		t.Errorf("sigv4 %+v", resp.SigV4)
	}
	sm := findings(resp, "signature_mismatch")
	if len(sm) != 1 || !strings.Contains(sm[0].Message, "request changed in transit") {
		t.Errorf("signature_mismatch %+v", sm)
	}
	resp = Analyze(Request{Input: u + "\n\n" + s3Body(t, "GET", u, nil, false), Now: "2024-01-15T14:35:00Z"})
	if fs := findings(resp, "host_rewritten"); len(fs) != 0 {
		t.Errorf("same host fires: %+v", fs)
	}
}

func TestQueryModifiedError(t *testing.T) {
	u := signed(t, "GET", "b.s3.us-west-2.amazonaws.com", "/k", "", nil, exSecret)
	// A cache buster added on the way, and X-Amz-Expires edited.
	sent := strings.Replace(u, "X-Amz-Expires=3600", "X-Amz-Expires=7200", 1) + "&cb=17"
	resp := Analyze(Request{Input: u + "\n\n" + s3Body(t, "GET", sent, nil, false), Now: "2024-01-15T14:35:00Z"})
	fs := findings(resp, "query_modified")
	if len(fs) != 2 {
		t.Fatalf("query_modified %+v", fs)
	}
	var sawExpires, sawCB bool
	for _, f := range fs {
		txt := spanText(resp, f.Start, f.End)
		switch {
		case txt == "X-Amz-Expires=3600" && strings.Contains(f.Message, "7200"):
			sawExpires = true
		case strings.Contains(f.Message, "cb=17") && strings.Contains(f.Message, "added after signing"):
			sawCB = true
		}
	}
	if !sawExpires || !sawCB {
		t.Errorf("query_modified %+v", fs)
	}
	if resp.SigV4.FirstDifference != "canonical query" {
		t.Errorf("first difference %q", resp.SigV4.FirstDifference)
	}
}

func TestQueryModifiedURL(t *testing.T) {
	u := signed(t, "GET", "b.s3.us-west-2.amazonaws.com", "/k", "", nil, exSecret)
	resp := Analyze(Request{Input: u + "&utm_source=mail", Now: "2024-01-15T14:35:00Z"})
	fs := findings(resp, "query_modified")
	if len(fs) != 1 || spanText(resp, fs[0].Start, fs[0].End) != "utm_source=mail" {
		t.Fatalf("query_modified %+v", fs)
	}
	e := fs[0].Fixes[0].Edits[0]
	if got := spanText(resp, e.Start, e.End); got != "&utm_source=mail" || e.New != "" {
		t.Errorf("fix removes %q", got)
	}
	// Clean: silent.
	resp = Analyze(Request{Input: u, Now: "2024-01-15T14:35:00Z", SecretAccessKey: exSecret})
	noSigFindings(t, resp)
	if resp.SigV4.SignatureCheck != "match" {
		t.Errorf("check %q", resp.SigV4.SignatureCheck)
	}
}

func TestFoldedErrorBodyIsRestored(t *testing.T) {
	u := signed(t, "GET", "b.s3.us-west-2.amazonaws.com", "/a%20b.txt", "", nil, exSecret)
	sent := strings.Replace(u, "/a%20b.txt", "/a+b.txt", 1)
	resp := Analyze(Request{Input: u + "\n\n" + s3Body(t, "GET", sent, nil, true), Now: "2024-01-15T14:35:00Z"})
	if !strings.Contains(strings.Join(resp.SigV4.Notes, ";"), "restored") {
		t.Errorf("notes %v", resp.SigV4.Notes)
	}
	// '+' in the path is a space for S3: the same canonical URI.
	if resp.SigV4.FirstDifference != "" {
		t.Errorf("first difference %q\n%s", resp.SigV4.FirstDifference, resp.SigV4.CanonicalRequestDiff)
	}
	sent = strings.Replace(u, "/a%20b.txt", "/a%2520b.txt", 1)
	resp = Analyze(Request{Input: u + "\n\n" + s3Body(t, "GET", sent, nil, true), Now: "2024-01-15T14:35:00Z"})
	if resp.SigV4.FirstDifference != "canonical URI" || len(resp.SigV4.Lines) == 0 {
		t.Fatalf("sigv4 %+v", resp.SigV4)
	}
	var marked bool
	for _, l := range resp.SigV4.Lines {
		if l.Kind == "+" && len(l.Marks) == 1 && l.Text[l.Marks[0].Start:l.Marks[0].End] == "52" {
			marked = true
		}
	}
	if !marked {
		t.Errorf("lines %+v", resp.SigV4.Lines)
	}
}

func TestSignerVariant(t *testing.T) {
	// A hand-made signer that encodes the path twice.
	r := sigv4.Request{Method: "GET", Host: "b.s3.us-west-2.amazonaws.com", Path: "/a%20b.txt",
		Query: sigv4.ParseQuery("X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + exKeyID + "%2F20240115%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20240115T143000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host")}
	rb, _ := sigv4.Rebuild(r)
	c := rb.Canonical
	c.URI = "/a%2520b.txt"
	sig, _ := sigv4.SignStringToSign(exSecret, sigv4.StringToSign(rb.AmzDate, rb.Scope, c.String()))
	u := "https://b.s3.us-west-2.amazonaws.com/a%20b.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + exKeyID + "%2F20240115%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20240115T143000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=" + sig
	resp := Analyze(Request{Input: u + "\n\n" + s3Body(t, "GET", u, nil, false), Now: "2024-01-15T14:35:00Z", SecretAccessKey: exSecret})
	sm := findings(resp, "signature_mismatch")
	if resp.SigV4.Verdict != "variant" || len(sm) != 1 || !strings.Contains(sm[0].Message, "twice") || len(findings(resp, "secret_mismatch")) != 0 {
		t.Fatalf("verdict %q findings %+v", resp.SigV4.Verdict, resp.Findings)
	}
}

func TestS3SignsVerdict(t *testing.T) {
	// The body says S3 received what the secret signs, but the pasted URL
	// was edited afterwards (X-Amz-Expires).
	u := signed(t, "GET", "b.s3.us-west-2.amazonaws.com", "/k", "", nil, exSecret)
	body := s3Body(t, "GET", u, nil, false)
	edited := strings.Replace(u, "X-Amz-Expires=3600", "X-Amz-Expires=3601", 1)
	resp := Analyze(Request{Input: edited + "\n\n" + body, Now: "2024-01-15T14:35:00Z", SecretAccessKey: exSecret})
	if resp.SigV4.Verdict != "s3-signs" || resp.SigV4.SignatureCheck != "match" {
		t.Fatalf("sigv4 %+v", resp.SigV4)
	}
}

func TestSigV2(t *testing.T) {
	u := "https://johnsmith.s3.amazonaws.com/photos/puppy.jpg?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Signature=NpgCjnDzrM%2BWFzoENXmpNDUsSn8%3D&Expires=1175139620"
	resp := Analyze(Request{Input: u, Now: "2007-03-29T00:00:00Z", SecretAccessKey: exSecret})
	if resp.SigV4.Algorithm != "SigV2" || resp.SigV4.SignatureCheck != "match" || resp.SigV4.StringToSign != "GET\n\n\n1175139620\n/johnsmith/photos/puppy.jpg" {
		t.Fatalf("sigv4 %+v", resp.SigV4)
	}
	noSigFindings(t, resp)
	resp = Analyze(Request{Input: u, Now: "2007-03-29T00:00:00Z", SecretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"})
	fs := findings(resp, "secret_mismatch")
	if len(fs) != 1 || !strings.HasPrefix(spanText(resp, fs[0].Start, fs[0].End), "Signature=") {
		t.Fatalf("secret_mismatch %+v", fs)
	}
}

func TestSignatureMismatchWithoutURL(t *testing.T) {
	u := signed(t, "GET", "b.s3.us-west-2.amazonaws.com", "/k", "", nil, exSecret)
	resp := Analyze(Request{Input: s3Body(t, "GET", u, nil, false), Now: "2024-01-15T14:35:00Z", SecretAccessKey: exSecret})
	sm := findings(resp, "signature_mismatch")
	if len(sm) != 1 || !strings.Contains(sm[0].Message, "paste the presigned URL too") {
		t.Fatalf("signature_mismatch %+v", sm)
	}
	// The secret signs S3's own string to sign to SignatureProvided.
	if resp.SigV4.Verdict != "s3-signs" {
		t.Errorf("verdict %q", resp.SigV4.Verdict)
	}
}

// BenchmarkAnalyzeVerifyURL measures a whole analysis of one presigned URL
// with a typed secret: redaction, reading, every rule, the SigV4 section.
func BenchmarkAnalyzeVerifyURL(b *testing.B) {
	req := Request{Input: docsURL, Now: docsNow, SecretAccessKey: exSecret}
	for i := 0; i < b.N; i++ {
		if resp := Analyze(req); resp.SigV4.SignatureCheck != "match" {
			b.Fatal(resp.SigV4)
		}
	}
}
