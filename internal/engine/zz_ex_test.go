package engine

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZExamples(t *testing.T) {
	for _, name := range strings.Split(os.Getenv("ZZEX"), ",") {
		if name == "" {
			continue
		}
		b, _ := os.ReadFile(name)
		resp := Analyze(Request{Input: string(b), Now: "2024-01-15T14:30:00Z"})
		v := "<none>"
		if resp.Verdict != nil {
			v = resp.Verdict.Rule
		}
		fmt.Println("=====", name, "verdict:", v)
		fmt.Printf("  code: py=%d cli=%d js=%d go=%d diff=%d\n", len(resp.Code.Python), len(resp.Code.CLI), len(resp.Code.JavaScript), len(resp.Code.Go), len(resp.Diff))
		for _, f := range resp.Findings {
			fmt.Printf("  %s %s: %.160s\n", f.Severity, f.Rule, f.Message)
		}
	}
}
