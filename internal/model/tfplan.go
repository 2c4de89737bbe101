package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/policy"
)

// reTFPlanHeader is the comment terraform plan writes above each resource
// it changes: "# aws_iam_role_policy.x will be updated in-place".
var reTFPlanHeader = lazyre.New(`^#\s+\S+\s+(?:will be|must be)\s+(?:created|updated|destroyed|replaced|read)`)

// IsTFPlanHeader reports whether line (trimmed) opens a resource of
// terraform plan output.
func IsTFPlanHeader(line string) bool { return reTFPlanHeader.MatchString(line) }

// TFPlanView returns text with span seen as the configuration the plan
// leads to: lines the plan removes ("- …") are blanked, the markers of
// added and changed lines ("+", "~", "-/+") become spaces, and "->"
// changes keep their new value. Offsets do not move, so every span read
// from the view points into the paste.
func TFPlanView(text string, span Span) string { return tfPlanSide(text, span, true) }

func firstLine(s string) string {
	s = strings.TrimLeft(s, " \t\r\n")
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// TFPlanBeforeView is TFPlanView's other side: text with span seen as the
// configuration the plan starts from: lines the plan adds ("+ …") are
// blanked, the markers of removed and changed lines become spaces, and
// "old -> new" keeps its old value. Offsets do not move.
func TFPlanBeforeView(text string, span Span) string { return tfPlanSide(text, span, false) }

// tfPlanSide is the configuration one side of the plan describes (after:
// the one it leads to): the other side's lines ("- …" or "+ …") are
// blanked, the markers of this side's and changed lines ("+"/"-", "~",
// "-/+") become spaces, plan comments go, and "old -> new" keeps this
// side's value. Offsets do not move.
func tfPlanSide(text string, span Span, after bool) string {
	drop, keep := "- ", "+ "
	if !after {
		drop, keep = keep, drop
	}
	b := []byte(text)
	for ls := span.Start; ls < span.End; {
		le := strings.IndexByte(text[ls:span.End], '\n')
		if le < 0 {
			le = span.End
		} else {
			le += ls
		}
		line := text[ls:le]
		ind := len(line) - len(strings.TrimLeft(line, " \t"))
		rest := line[ind:]
		switch {
		case strings.HasPrefix(rest, "-/+ ") || strings.HasPrefix(rest, "+/- "):
			copy(b[ls+ind:], "   ")
		case strings.HasPrefix(rest, drop), strings.HasPrefix(rest, "#"):
			for k := ls; k < le; k++ {
				b[k] = ' '
			}
		case strings.HasPrefix(rest, keep) || strings.HasPrefix(rest, "~ "):
			b[ls+ind] = ' '
		}
		if a := strings.Index(line, " -> "); a >= 0 {
			eq := strings.Index(line[:a], "= ")
			switch {
			case eq >= 0 && after:
				for k := ls + eq + 2; k < ls+a+4; k++ {
					b[k] = ' ' // name = old -> new: keep the new value
				}
			case eq >= 0:
				for k := ls + a; k < le; k++ {
					b[k] = ' ' // keep the old value
				}
			}
		}
		ls = le + 1
	}
	return string(b)
}

// PlanRemoval is an action terraform plan takes away from a policy: an
// action of an Allow statement before the plan that no Allow statement
// of the policy grants after it.
type PlanRemoval struct {
	// Policy is the policy after the plan (one of Facts.Policies).
	Policy *policy.Document
	// Action is the action as the plan's removed line writes it.
	Action policy.Str
}

// planRemovals compares a plan's policies before and after it (the same
// documents in the same order) and returns the actions it takes away.
func planRemovals(text string, sp Span, after []*policy.Document) []PlanRemoval {
	before, _ := policy.Parse(TFPlanBeforeView(text, sp), sp)
	if len(before) != len(after) {
		return nil
	}
	var out []PlanRemoval
	for i, d := range before {
		seen := map[string]bool{}
		for _, st := range d.Statements {
			if st.Deny() {
				continue
			}
			for _, a := range st.Action {
				if a.Expr || seen[strings.ToLower(a.Value)] || allowsAction(after[i], a.Value) {
					continue
				}
				seen[strings.ToLower(a.Value)] = true
				out = append(out, PlanRemoval{Policy: after[i], Action: a})
			}
		}
	}
	return out
}

// allowsAction reports whether an Allow statement of d covers action.
func allowsAction(d *policy.Document, action string) bool {
	for _, st := range d.Statements {
		if st.Deny() {
			continue
		}
		if _, ok := st.CoversAction(action); ok {
			return true
		}
	}
	return false
}
