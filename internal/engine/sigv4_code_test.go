package engine

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestSignedHeaderValueFromCode: the URL does not carry the value of a
// signed content-type, the code's Params do. The rebuilt canonical request
// must use what the code signed, so the diff against S3's names the header
// the browser changed, and the example secret verifies the URL as intact.
func TestSignedHeaderValueFromCode(t *testing.T) {
	b, err := os.ReadFile("testdata/requests/content-type-put.json")
	if err != nil {
		t.Fatal(err)
	}
	req := Request{}
	if err := json.Unmarshal(b, &req); err != nil {
		t.Fatal(err)
	}
	resp := Analyze(req)
	if !strings.Contains(resp.SigV4.CanonicalRequest, "\ncontent-type:image/png\n") {
		t.Fatalf("rebuilt canonical request does not carry the signed value:\n%s", resp.SigV4.CanonicalRequest)
	}
	if !strings.Contains(resp.SigV4.S3CanonicalRequest, "\ncontent-type:image/jpeg\n") {
		t.Fatalf("S3's canonical request lost the sent value:\n%s", resp.SigV4.S3CanonicalRequest)
	}
	if resp.SigV4.FirstDifference != "canonical headers" {
		t.Fatalf("first difference = %q, want canonical headers", resp.SigV4.FirstDifference)
	}
	req.SecretAccessKey = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY"
	resp = Analyze(req)
	if resp.SigV4.SignatureCheck != "match" {
		t.Fatalf("signature check = %q (%s), want match", resp.SigV4.SignatureCheck, resp.SigV4.Verdict)
	}
}
