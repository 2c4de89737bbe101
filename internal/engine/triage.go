package engine

import (
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/triage"
)

// triageSteps fills the response's triage checklist from the facts.
func triageSteps(f *model.Facts) []TriageStep {
	out := []TriageStep{}
	for _, s := range triage.Steps(f) {
		out = append(out, TriageStep{Command: s.Command, Why: s.Why})
	}
	return out
}
