package warm

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/engine"
	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// The warm-up paste must be read as meant: every reader, findings, a
// signature check and code, or the first real analysis stays cold.
func TestWarmRequestCoversTheEngine(t *testing.T) {
	var resp struct {
		Error  string `json:"error"`
		Inputs []struct {
			Kind string `json:"kind"`
		} `json:"inputs"`
		Findings []json.RawMessage `json:"findings"`
		Code     map[string]string `json:"code"`
		Report   struct {
			HTML string `json:"html"`
		} `json:"report"`
	}
	if err := json.Unmarshal([]byte(engine.AnalyzeJSON(Request)), &resp); err != nil {
		t.Fatal(err)
	}
	if resp.Error != "" {
		t.Fatalf("error: %s", resp.Error)
	}
	kinds := map[string]bool{}
	for _, in := range resp.Inputs {
		kinds[in.Kind] = true
	}
	for _, k := range []string{"python", "presigned-url", "s3-error", "cli", "curl", "policy"} {
		if !kinds[k] {
			t.Errorf("no %s part in the warm-up paste (parts: %v)", k, kinds)
		}
	}
	if len(resp.Findings) < 3 || resp.Code["python"] == "" || resp.Report.HTML == "" {
		t.Errorf("warm-up analysis too thin: %d findings, code %v, report %d bytes", len(resp.Findings), len(resp.Code) > 0, len(resp.Report.HTML))
	}
}

// The warm-up runs in steps: the patterns a few at a time, each part of the
// paste alone, then the whole paste last.
func TestWarmStepsArePartsThenWhole(t *testing.T) {
	parts := parts()
	if len(parts) < 6 {
		t.Fatalf("%d parts in the warm-up paste, want one a reader (6)", len(parts))
	}
	for _, p := range parts {
		if out := engine.AnalyzeJSON(p); strings.Contains(out, `"error":"`) && !strings.Contains(out, `"error":""`) {
			t.Errorf("part %.40q: %s", p, out[:min(len(out), 200)])
		}
	}
	steps := Steps()
	if len(steps) < len(parts)+1 {
		t.Fatalf("%d steps for %d parts", len(steps), len(parts))
	}
	for _, s := range steps {
		s()
	}
	if left := lazyre.CompileSome(0); left != 0 {
		t.Errorf("%d patterns left after the warm-up", left)
	}
}

// Each further paste is read as meant: no error, and the corrected code in
// the language of its presign call (the brace languages' code is a text part
// to the splitter) or, with no presign call, a part that is not plain text;
// the last request is refused.
func TestMorePastesReadAsMeant(t *testing.T) {
	reqs := moreRequests()
	if len(reqs) != len(more)+2 {
		t.Fatalf("%d requests for %d pastes", len(reqs), len(more))
	}
	for i, m := range more {
		var resp struct {
			Error       string `json:"error"`
			CodePrimary string `json:"codePrimary"`
			Inputs      []struct {
				Kind string `json:"kind"`
			} `json:"inputs"`
			Findings []json.RawMessage `json:"findings"`
		}
		if err := json.Unmarshal([]byte(engine.AnalyzeJSON(reqs[i])), &resp); err != nil {
			t.Fatal(err)
		}
		read := m.Primary != ""
		var kinds []string
		for _, in := range resp.Inputs {
			kinds = append(kinds, in.Kind)
			read = read || in.Kind != "text"
		}
		t.Logf("paste %d: kinds %v, code %q, %d findings", i, kinds, resp.CodePrimary, len(resp.Findings))
		if resp.Error != "" || !read || resp.CodePrimary != m.Primary {
			t.Errorf("paste %d (%.50q): error %q, kinds %v, code %q, want code %q", i, m.Input, resp.Error, kinds, resp.CodePrimary, m.Primary)
		}
	}
	if out := engine.AnalyzeJSON(reqs[len(more)]); !strings.Contains(out, `"error":"now: `) {
		t.Errorf("the refused request was answered: %.200s", out)
	}
	// The whole PUT: signed as image/png, sent as image/jpeg; S3's canonical
	// request compared with the URL's.
	var put struct {
		Error    string `json:"error"`
		Findings []struct {
			Rule string `json:"rule"`
		} `json:"findings"`
		SigV4 struct {
			SignatureCheck       string `json:"signatureCheck"`
			CanonicalRequestDiff string `json:"canonicalRequestDiff"`
		} `json:"sigv4"`
	}
	if err := json.Unmarshal([]byte(engine.AnalyzeJSON(reqs[len(more)+1])), &put); err != nil {
		t.Fatal(err)
	}
	if put.Error != "" || len(put.Findings) == 0 || put.SigV4.SignatureCheck == "not-checked" || put.SigV4.CanonicalRequestDiff == "" {
		t.Errorf("whole PUT: %+v", put)
	}
}
