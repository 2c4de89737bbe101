//go:build js && wasm

package main

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
	if err := json.Unmarshal([]byte(engine.AnalyzeJSON(warmRequest)), &resp); err != nil {
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
	parts := warmParts()
	if len(parts) < 6 {
		t.Fatalf("%d parts in the warm-up paste, want one a reader (6)", len(parts))
	}
	for _, p := range parts {
		if out := engine.AnalyzeJSON(p); strings.Contains(out, `"error":"`) && !strings.Contains(out, `"error":""`) {
			t.Errorf("part %.40q: %s", p, out[:min(len(out), 200)])
		}
	}
	steps := warmSteps()
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
