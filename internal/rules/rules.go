// Package rules is the framework every rule is written against: the Rule
// (its documentation as data and its checks), the Pass a check reports
// to, Finding and Fix, and Run, which runs a list of rules on the facts of a
// paste and merges what they find.
//
// Each rule lives in its own folder below this one, internal/rules/<name>/
// (package <name> without underscores): rule.go holds its documentation as
// data and lists its checks, one file per evidence source (url.go, code.go,
// error.go, ...), and its tests. Rule packages import this package, the
// model and the helpers below the rules (derive, sigevidence), never each
// other. The list of every rule is internal/rules/all; RULES.md at the
// repository root is generated from it (go run ./scripts/rulesdoc).
package rules

import (
	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Severities of findings.
const (
	Error   = "error"
	Warning = "warning"
	Info    = "info"
)

// Finding is one diagnosis tied to a span of the redacted text.
type Finding struct {
	Rule     string
	Severity string
	Title    string
	Message  string
	Span     source.Span
	Related  []source.Span
	Fixes    []Fix
	// Key identifies the cause: findings of one rule with the same Key are
	// one cause seen in several places, and are merged.
	Key string
}

// Fix is a named set of non-overlapping edits to the redacted text.
type Fix struct {
	Message string
	Edits   []diff.Edit
	// cfg is set on fixes that edit a client's Config (ClientConfigFix):
	// Run widens them to one Config carrying every setting the client's
	// fixes need.
	cfg *configNeed
}

// Pass is what a check sees: the facts, and a place to report findings.
type Pass struct {
	Facts *model.Facts
	// Secret is the secret access key the user typed to verify a signature,
	// or "". Only signature checks may read it; it is never reported.
	Secret string
	// Reveal puts the original secrets back into a redacted text. Only
	// signature checks may call it, to recompute a signature with the typed
	// secret; what it returns must never be reported.
	Reveal   func(string) string
	rule     *Rule
	findings []Finding
}

// Report records a finding for the rule of the running check. Severity and
// title default to the catalog's.
func (p *Pass) Report(f Finding) {
	if f.Rule == "" {
		f.Rule = p.rule.Name
	}
	if f.Severity == "" {
		f.Severity = p.rule.Severity
	}
	if f.Title == "" {
		f.Title = p.rule.Title
	}
	p.findings = append(p.findings, f)
}

// Check is one way a rule finds evidence, named by the kind of source it
// reads (one of Sources).
type Check struct {
	Source string
	Run    func(*Pass)
}
