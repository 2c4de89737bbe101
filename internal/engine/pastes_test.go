package engine

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pastes returns the inputs of the golden requests and of the code
// corpus, by name.
func pastes(t *testing.T) map[string]string {
	out := map[string]string{"hostile": hostilePaste, "codegen": codegenPaste}
	reqs, _ := filepath.Glob("testdata/requests/*.json")
	for _, p := range reqs {
		var r Request
		b, _ := os.ReadFile(p)
		if json.Unmarshal(b, &r) == nil && r.Input != "" {
			out["req-"+strings.TrimSuffix(filepath.Base(p), ".json")] = r.Input
		}
	}
	corpus, _ := filepath.Glob("testdata/code/*.txt")
	for _, p := range corpus {
		b, _ := os.ReadFile(p)
		s := string(b)
		i := strings.Index(s, "-- input --\n")
		if i < 0 {
			continue
		}
		s = s[i+len("-- input --\n"):]
		if j := strings.Index(s, "\n-- "); j >= 0 {
			s = s[:j+1]
		}
		out["code-"+strings.TrimSuffix(filepath.Base(p), ".txt")] = s
	}
	return out
}

// The example credentials and clock of the tests that run emitted code.
const (
	cgKeyID  = "AKIAIOSFODNN7EXAMPLE"
	cgSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
	cgToken  = "IQoJb3JpZ2luX2VjEXAMPLE//presign+doctor/test+token=="
	// cgClock is the fixed signing time of the runs, and cgNow the analysis
	// time (five minutes later).
	cgClock = "2024-01-15T14:30:00Z"
	cgNow   = "2024-01-15T14:35:00Z"
)
