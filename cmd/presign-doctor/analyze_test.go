//go:build !js

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/engine"
)

// A paste from aws-cli#5464: the presign command is accepted, S3 refuses
// the URL.
const cliPaste = "$ aws s3 presign s3://any-object/report.csv --expires-in 604801 --region eu-west-1\n"

func analyzeIn(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"analyze"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestAnalyzeJSONIsTheEngineResponse: --format json prints what
// engine.AnalyzeJSON (the wasm's function) returns for the request the
// page would send, and a newline. The Node tier compares it with the wasm
// itself (scripts/test/cli-node.test.mjs).
func TestAnalyzeJSONIsTheEngineResponse(t *testing.T) {
	code, out, _ := analyzeIn(t, cliPaste, "--format", "json", "--now", testNow)
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	req, _ := json.Marshal(map[string]string{"input": cliPaste, "now": testNow})
	if want := engine.AnalyzeJSON(string(req)) + "\n"; out != want {
		t.Errorf("json differs from the engine's response:\n got %s\nwant %s", out, want)
	}
	if !strings.Contains(out, `"rule":"expires_too_long"`) {
		t.Errorf("no expires_too_long: %s", out)
	}
}

func TestAnalyzeText(t *testing.T) {
	code, out, _ := analyzeIn(t, cliPaste, "--now", testNow)
	if code != exitOK {
		t.Errorf("exit %d", code)
	}
	for _, want := range []string{"<stdin>:1:", "error expires_too_long", "604801", "fix: Ask for at most 604800 seconds"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	// --fail-on error turns the error finding into exit 1.
	if code, _, _ := analyzeIn(t, cliPaste, "--now", testNow, "--fail-on", "error"); code != exitFindings {
		t.Errorf("--fail-on error: exit %d", code)
	}
	code, md, _ := analyzeIn(t, cliPaste, "--format", "markdown", "--now", testNow)
	if code != exitOK || !strings.Contains(md, "expires_too_long") {
		t.Errorf("markdown: exit %d\n%s", code, md)
	}
}

// TestAnalyzeRequestContract: with --request the file is the contract's
// request; one without "input" (or with a misspelt field only) is refused
// with the engine's message and exit 2; an empty input is a valid, empty
// paste.
func TestAnalyzeRequestContract(t *testing.T) {
	dir := t.TempDir()
	for body, want := range map[string]string{
		`{}`:                                 `no "input" field`,
		`{"text":"aws s3 presign s3://b/k"}`: `only fields this version does not know ("text")`,
		`{"input": 5}`:                       `not valid JSON`,
		`not json`:                           `not valid JSON`,
	} {
		p := filepath.Join(dir, "req.json")
		os.WriteFile(p, []byte(body), 0o644)
		code, out, errs := analyzeIn(t, "", "--request", "--format", "json", p)
		var resp engine.Response
		if err := json.Unmarshal([]byte(out), &resp); err != nil {
			t.Errorf("%s: stdout is not the response JSON: %v", body, err)
		}
		if code != exitUsage || !strings.Contains(errs, want) || !strings.Contains(resp.Error, want) {
			t.Errorf("%s: exit %d, stderr %q, stdout %q; want exit 2 and %q", body, code, errs, out, want)
		}
	}
	p := filepath.Join(dir, "empty.json")
	os.WriteFile(p, []byte(`{"input":"","now":"`+testNow+`"}`), 0o644)
	if code, out, errs := analyzeIn(t, "", "--request", p); code != exitOK || !strings.Contains(out, "no findings") {
		t.Errorf("empty input: exit %d, %q %q", code, out, errs)
	}
	// An empty paste on standard input is valid too.
	if code, out, _ := analyzeIn(t, "", "--format", "json"); code != exitOK || !strings.Contains(out, `"error":""`) {
		t.Errorf("empty stdin: exit %d %s", code, out)
	}
	// Over the size limit: the engine's error, exit 3.
	if code, _, errs := analyzeIn(t, strings.Repeat("a", engine.MaxInputBytes+1)); code != exitInput || !strings.Contains(errs, "limit") {
		t.Errorf("over the limit: exit %d %s", code, errs)
	}
	if code, _, _ := analyzeIn(t, "", "--request", "--now", testNow, p); code != exitUsage {
		t.Errorf("--request with --now: exit %d", code)
	}
	if code, _, errs := analyzeIn(t, "", filepath.Join(dir, "missing.txt")); code != exitInput || !strings.Contains(errs, "no such file") {
		t.Errorf("missing file: exit %d %s", code, errs)
	}
}

// TestAnalyzeSecretFromEnv: the secret comes from the named variable, is
// used for the signature check and is never printed.
func TestAnalyzeSecretFromEnv(t *testing.T) {
	const secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
	t.Setenv("PD_TEST_SECRET", secret)
	url := "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404\n"
	code, out, _ := analyzeIn(t, url, "--format", "json", "--now", "2013-05-24T01:00:00Z", "--secret-from-env", "PD_TEST_SECRET")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var resp engine.Response
	if err := json.Unmarshal([]byte(out), &resp); err != nil {
		t.Fatal(err)
	}
	if resp.SigV4.SignatureCheck != "match" {
		t.Errorf("signatureCheck %q, want match (AWS's documented example)", resp.SigV4.SignatureCheck)
	}
	if strings.Contains(out, secret) || strings.Contains(out, "wJalrXUtnFEMI") {
		t.Errorf("the secret is printed")
	}
	if code, _, errs := analyzeIn(t, url, "--secret-from-env", "PD_TEST_UNSET_VARIABLE"); code != exitUsage || !strings.Contains(errs, "not set") {
		t.Errorf("unset variable: exit %d %s", code, errs)
	}
}
