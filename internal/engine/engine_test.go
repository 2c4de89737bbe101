package engine

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestAnalyzeJSONBadInput(t *testing.T) {
	for _, in := range []string{"", "not json", "[]", `{"input": 5}`, `"x"`} {
		var resp Response
		if err := json.Unmarshal([]byte(AnalyzeJSON(in)), &resp); err != nil {
			t.Fatalf("%q: response is not JSON: %v", in, err)
		}
		if resp.Error == "" || resp.Version != Version {
			t.Errorf("%q: want an error, got %+v", in, resp)
		}
	}
}

func TestAnalyzeLimit(t *testing.T) {
	resp := Analyze(Request{Input: strings.Repeat("x", MaxInputBytes+1)})
	if !strings.Contains(resp.Error, "limit") {
		t.Fatalf("error = %q", resp.Error)
	}
}

func TestExpiresTooLongSpanUTF16(t *testing.T) {
	url := "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000"
	resp := Analyze(Request{Input: "😀 ключ " + url, Now: "2024-01-15T14:30:00Z"})
	var found *Finding
	for i := range resp.Findings {
		if resp.Findings[i].Rule == "expires_too_long" {
			found = &resp.Findings[i]
		}
	}
	if found == nil {
		t.Fatalf("no expires_too_long: %+v", resp)
	}
	u := utf16.Encode([]rune(resp.Redacted))
	if got := string(utf16.Decode(u[found.Start:found.End])); got != "X-Amz-Expires=700000" {
		t.Fatalf("span covers %q", got)
	}
}

func TestExpiresWithinRangeIsSilent(t *testing.T) {
	for _, v := range []string{"1", "3600", "604800"} {
		resp := Analyze(Request{Input: "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=" + v})
		for _, f := range resp.Findings {
			if f.Rule == "expires_too_long" {
				t.Errorf("X-Amz-Expires=%s: unexpected finding", v)
			}
		}
	}
	for _, v := range []string{"0", "-5", "604801"} {
		resp := Analyze(Request{Input: "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=" + v})
		n := 0
		for _, f := range resp.Findings {
			if f.Rule == "expires_too_long" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("X-Amz-Expires=%s: %d findings, want 1", v, n)
		}
	}
}

func TestRedactionBeforeEveryStage(t *testing.T) {
	const key = "AKIAZ5UQF3QBFXAMPLE7"
	seen := map[string]bool{}
	stageHook = func(stage, text string) {
		seen[stage] = true
		if strings.Contains(text, key) {
			t.Errorf("stage %s received the raw key", stage)
		}
	}
	defer func() { stageHook = nil }()
	Analyze(Request{Input: "s3 = boto3.client('s3', aws_access_key_id='" + key + "')"})
	if !seen["split"] || !seen["facts"] {
		t.Fatalf("stages not observed: %v", seen)
	}
}

// TestRequestNeedsInput: the contract makes "input" required. A request
// without it, or with unknown fields only (a misspelt "text", "Input "),
// answers with an error that names the problem; an empty string is a valid,
// empty paste, and unknown fields beside input are still ignored.
func TestRequestNeedsInput(t *testing.T) {
	for in, want := range map[string]string{
		`{}`: `no "input" field`,
		`{"text":"aws s3 presign s3://b/k --expires-in 700000"}`: `only fields this version does not know ("text")`,
		`{"Input ":"x","now":"2024-01-15T14:30:00Z"}`:            `("Input ")`,
		`{"now":"2024-01-15T14:30:00Z"}`:                         `no "input" field`,
		`null`:                                                   `request is null`,
		`{"input":null}`:                                         `"input" is null`,
	} {
		var resp Response
		if err := json.Unmarshal([]byte(AnalyzeJSON(in)), &resp); err != nil {
			t.Fatalf("%s: response is not JSON: %v", in, err)
		}
		if !strings.Contains(resp.Error, want) || !strings.Contains(resp.Error, `{"input":`) {
			t.Errorf("%s: error %q, want it to contain %q and say what to send", in, resp.Error, want)
		}
		if len(resp.Findings) != 0 || resp.Redacted != "" {
			t.Errorf("%s: analysed anyway: %+v", in, resp)
		}
	}
	for _, in := range []string{`{"input":""}`, `{"INPUT":"","text":"ignored"}`, `{"input":"x","input":null}`} {
		var resp Response
		if err := json.Unmarshal([]byte(AnalyzeJSON(in)), &resp); err != nil {
			t.Fatal(err)
		}
		if resp.Error != "" {
			t.Errorf("%s: error %q for a request with an input", in, resp.Error)
		}
	}
}
