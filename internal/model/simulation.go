package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// Simulation is one result of the IAM policy simulator (aws iam
// simulate-principal-policy / simulate-custom-policy, JSON output): the
// action and resource it evaluated and its decision (allowed,
// implicitDeny, explicitDeny).
type Simulation struct {
	Span     Span // the result's decision
	Action   string
	Resource string
	Decision string
}

// Denied reports whether the simulator denies the action.
func (s Simulation) Denied() bool {
	return s.Decision == "implicitDeny" || s.Decision == "explicitDeny"
}

// reSimulation is one EvaluationResults entry as the CLI prints it (its
// keys in this order).
var reSimulation = lazyre.New(`"EvalActionName"\s*:\s*"([^"]+)"\s*,\s*"EvalResourceName"\s*:\s*"([^"]*)"\s*,\s*"EvalDecision"\s*:\s*"(\w+)"`)

// simulations reads the policy simulator's results.
func (b *builder) simulations() {
	text := b.f.Text
	if !strings.Contains(text, "EvalDecision") {
		return
	}
	for _, m := range reSimulation.FindAllStringSubmatchIndex(text, 50) {
		b.f.Simulations = append(b.f.Simulations, Simulation{Span: Span{Start: m[6], End: m[7]},
			Action: text[m[2]:m[3]], Resource: text[m[4]:m[5]], Decision: text[m[6]:m[7]]})
	}
}
