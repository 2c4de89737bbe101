// Package rules holds the rule catalog, the checks that report findings on
// the facts of a paste, and the registry that runs them.
//
// A rule is a stable name from the catalog (rules.md). A check is one way of
// finding evidence for a rule from one kind of source (url, error, code,
// policy, cli, curl); a rule may have several. Checks live in files named
// <rule>_<source>.go and are listed in the registry_<source>.go files.
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
	// cfg is set on fixes that edit a client's Config: Run widens them to
	// one Config carrying every setting the client's fixes need.
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

// Check is one evidence source of a rule.
type Check struct {
	Rule   string
	Source string // url, error, code, policy, cli, curl, paste
	Run    func(*Pass)
}
