package engine

import (
	"sort"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/sigv4"
)

// TestSignedHeaderValueFromSentRequest: a URL that signs content-type or
// x-amz-meta-* carries no value for them; the request the paste sends with
// it does. With the right secret the check must say match, whichever
// client sends the headers (curl, fetch, axios, a HAR entry), and name the
// header when no part of the paste gives its value.
func TestSignedHeaderValueFromSentRequest(t *testing.T) {
	hs := []sigv4.Header{{Name: "content-type", Value: "image/png"}, {Name: "x-amz-meta-owner", Value: "u-42"}}
	url := signedSorted(t, "PUT", "avatars-demo.s3.us-west-2.amazonaws.com", "/u-42/profile.png", "x-id=PutObject", hs)
	cases := []struct{ name, paste, want, note string }{
		{"curl", "curl -X PUT -T profile.png -H 'Content-Type: image/png' -H 'x-amz-meta-owner: u-42' '" + url + "'", "match", ""},
		{"curl-upload-file", "curl --upload-file profile.png \\\n  -H \"content-type: image/png\" \\\n  -H \"X-Amz-Meta-Owner: u-42\" \\\n  \"" + url + "\"", "match", ""},
		{"fetch", "const url = '" + url + "';\nawait fetch(url, {\n  method: 'PUT',\n  headers: { 'Content-Type': 'image/png', 'x-amz-meta-owner': 'u-42' },\n  body: file,\n});", "match", ""},
		{"axios", "const url = \"" + url + "\"\nawait axios.put(url, file, { headers: { \"Content-Type\": \"image/png\", \"x-amz-meta-owner\": \"u-42\" } })", "match", ""},
		{"har", `{"log":{"entries":[{"request":{"method":"PUT","url":"` + url + `","headers":[{"name":"Content-Type","value":"image/png"},{"name":"x-amz-meta-owner","value":"u-42"}]},"response":{"status":200}}]}}`, "match", ""},
		{"wrong-value", "curl -X PUT -T profile.png -H 'Content-Type: image/jpeg' -H 'x-amz-meta-owner: u-42' '" + url + "'", "mismatch", ""},
		{"one-missing", "curl -X PUT -T profile.png -H 'Content-Type: image/png' '" + url + "'", "not-checked", "x-amz-meta-owner"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp := Analyze(Request{Input: c.paste, Now: "2024-01-15T14:40:00Z", SecretAccessKey: exSecret})
			if resp.SigV4.SignatureCheck != c.want {
				t.Fatalf("signatureCheck %q, want %q (notes %q)", resp.SigV4.SignatureCheck, c.want, resp.SigV4.Notes)
			}
			if c.note != "" && !strings.Contains(strings.Join(resp.SigV4.Notes, " "), c.note) {
				t.Errorf("notes %q do not name %s", resp.SigV4.Notes, c.note)
			}
			if strings.Contains(resp.Redacted, exSecret) || strings.Contains(encodeResponse(&resp), exSecret) {
				t.Error("the secret is in the response")
			}
		})
	}
}

// signedSorted presigns like the SDKs do: X-Amz-SignedHeaders sorted.
func signedSorted(t *testing.T, method, host, path, query string, headers []sigv4.Header) string {
	t.Helper()
	names := []string{"host"}
	for _, h := range headers {
		names = append(names, strings.ToLower(h.Name))
	}
	sort.Strings(names)
	q := query + "&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + exKeyID + "%2F20240115%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20240115T143000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=" + strings.Join(names, "%3B")
	r := sigv4.Request{Method: method, Host: host, Path: path, Query: sigv4.ParseQuery(q), Headers: headers}
	s, err := sigv4.SDKSign(r, exSecret)
	if err != nil {
		t.Fatal(err)
	}
	return "https://" + host + path + "?" + q + "&X-Amz-Signature=" + s.Signature
}

// TestSigV2ContentTypeFromQueryOrSent: the JavaScript SDK v2 signs a PUT
// with Content-Type and x-amz-acl and writes both into the SigV2 URL's
// query (the shape of aws-sdk-js issue threads); the check must find them
// there or in the request that sends the URL.
func TestSigV2ContentTypeFromQueryOrSent(t *testing.T) {
	host, path := "files-demo.s3-us-west-1.amazonaws.com", "/filestest/profiles.csv"
	q := "AWSAccessKeyId=" + exKeyID + "&Content-Type=text%2Fcsv&Expires=1705330800&x-amz-acl=public-read"
	v2 := sigv4.V2Request{Method: "PUT", ContentType: "text/csv", Bucket: sigv4.V2BucketFromHost(host), Path: path,
		Query: sigv4.ParseQuery(q), AmzHeaders: []sigv4.Header{{Name: "x-amz-acl", Value: "public-read"}}}
	sig := sigv4.V2Sign(exSecret, sigv4.V2StringToSign(v2))
	url := "https://" + host + path + "?" + q + "&Signature=" + sigv4.Encode(sig)
	for name, paste := range map[string]string{
		"query-only": url,
		"axios":      "const url = '" + url + "'\nawait axios.put(url, file, { headers: { 'Content-Type': 'text/csv', 'x-amz-acl': 'public-read' } })",
		"curl":       "curl -X PUT -T profiles.csv -H 'Content-Type: text/csv' -H 'x-amz-acl: public-read' '" + url + "'",
	} {
		t.Run(name, func(t *testing.T) {
			resp := Analyze(Request{Input: paste, Now: "2024-01-15T14:40:00Z", SecretAccessKey: exSecret})
			if resp.SigV4.SignatureCheck != "match" || resp.SigV4.Algorithm != "SigV2" {
				t.Fatalf("check %q algorithm %q notes %q", resp.SigV4.SignatureCheck, resp.SigV4.Algorithm, resp.SigV4.Notes)
			}
			if !strings.HasPrefix(resp.SigV4.StringToSign, "PUT\n\ntext/csv\n1705330800\nx-amz-acl:public-read\n") {
				t.Errorf("string to sign %q", resp.SigV4.StringToSign)
			}
		})
	}
	resp := Analyze(Request{Input: url, Now: "2024-01-15T14:40:00Z", SecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEz"})
	if resp.SigV4.SignatureCheck != "mismatch" {
		t.Errorf("another secret: check %q", resp.SigV4.SignatureCheck)
	}
}

// TestSignatureEvidenceOneForRulesAndPanel: the rules and the sigv4 panel
// read one signature evidence, so the signed header values the paste sends
// count for both. With another secret, secret_mismatch names the headers
// whose values came from the sent request; with the right one it stays
// silent. Without a secret, the rebuilt canonical request already carries
// the values sent (and a note says where they came from).
func TestSignatureEvidenceOneForRulesAndPanel(t *testing.T) {
	hs := []sigv4.Header{{Name: "content-type", Value: "image/png"}, {Name: "x-amz-meta-owner", Value: "u-42"}}
	url := signedSorted(t, "PUT", "avatars-demo.s3.us-west-2.amazonaws.com", "/u-42/profile.png", "x-id=PutObject", hs)
	paste := "curl -X PUT -T profile.png -H 'Content-Type: image/png' -H 'x-amz-meta-owner: u-42' '" + url + "'"
	rule := func(resp Response, id string) *Finding {
		for i := range resp.Findings {
			if resp.Findings[i].Rule == id {
				return &resp.Findings[i]
			}
		}
		return nil
	}
	other := "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"
	resp := Analyze(Request{Input: paste, Now: "2024-01-15T14:40:00Z", SecretAccessKey: other})
	if resp.SigV4.SignatureCheck != "mismatch" {
		t.Fatalf("another secret: check %q (notes %q)", resp.SigV4.SignatureCheck, resp.SigV4.Notes)
	}
	f := rule(resp, "secret_mismatch")
	if f == nil {
		t.Fatalf("another secret: no secret_mismatch finding; rules %v", resp.Findings)
	}
	if !strings.Contains(f.Message, "content-type, x-amz-meta-owner") || !strings.Contains(f.Message, "the values the paste sends") {
		t.Errorf("secret_mismatch does not name the headers taken from the sent request: %q", f.Message)
	}
	resp = Analyze(Request{Input: paste, Now: "2024-01-15T14:40:00Z", SecretAccessKey: exSecret})
	if resp.SigV4.SignatureCheck != "match" || rule(resp, "secret_mismatch") != nil {
		t.Errorf("right secret: check %q, secret_mismatch %v", resp.SigV4.SignatureCheck, rule(resp, "secret_mismatch"))
	}
	resp = Analyze(Request{Input: paste, Now: "2024-01-15T14:40:00Z"})
	if !strings.Contains(resp.SigV4.CanonicalRequest, "\ncontent-type:image/png\n") || !strings.Contains(resp.SigV4.CanonicalRequest, "\nx-amz-meta-owner:u-42\n") {
		t.Errorf("no secret: the rebuilt canonical request lacks the values sent:\n%s", resp.SigV4.CanonicalRequest)
	}
	if !strings.Contains(strings.Join(resp.SigV4.Notes, " "), "as the paste sends them (curl)") {
		t.Errorf("no secret: notes %q do not say where the values came from", resp.SigV4.Notes)
	}
}
