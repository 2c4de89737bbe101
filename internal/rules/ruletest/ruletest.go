// Package ruletest runs one rule on a small paste, for the fast unit tests
// of a rule's folder (in the spirit of x/tools' analysistest). The paste is
// redacted first, as in the engine, and read as one part of the given kind;
// the corpus harness (internal/engine/corpus_test.go) is where whole mixed
// pastes go through the real splitter.
package ruletest

import (
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/redact"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Now is the clock of every test run.
var Now = time.Date(2024, 1, 15, 14, 30, 0, 0, time.UTC)

// Part is a piece of the paste and its kind (model.KindPython...).
type Part struct {
	Kind string
	Text string
}

// sep stands between parts: no scanner of the redaction or reader of the
// model takes it for anything.
const sep = "\n\x1e\n"

// Run redacts the parts (joined), reads each as its kind, and runs the
// rule alone. It returns the findings and the redacted text their spans
// point into.
func Run(t testing.TB, r *rules.Rule, parts ...Part) ([]rules.Finding, string) {
	t.Helper()
	texts := make([]string, len(parts))
	for i, p := range parts {
		texts[i] = p.Text
	}
	red := redact.Redact(strings.Join(texts, sep), redact.Options{})
	pieces := strings.Split(red.Text, sep)
	if len(pieces) != len(parts) {
		t.Fatalf("ruletest: %d parts became %d after redaction", len(parts), len(pieces))
	}
	var mparts []model.Part
	off := 0
	for i, p := range parts {
		mparts = append(mparts, model.Part{Kind: p.Kind, Span: source.Span{Start: off, End: off + len(pieces[i])}})
		off += len(pieces[i]) + len(sep)
	}
	facts := model.Build(red.Text, mparts, Now)
	facts.SetRedactions(red.Redactions)
	return rules.Run(rules.NewCatalog(r), facts, "", red.Reveal), red.Text
}

// Messages returns the findings' messages, one a line.
func Messages(fs []rules.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Rule + ": " + f.Message + "\n")
	}
	return b.String()
}

// Python is a part of boto3 code.
func Python(text string) Part { return Part{model.KindPython, text} }

// CLI is a part of aws commands.
func CLI(text string) Part { return Part{model.KindCLI, text} }

// Answer is one row of an AnsweredOtherwise table: S3's answer beside the
// code ("" for none) and whether the rule must fire.
type Answer struct {
	Name, XML string
	Fires     bool
}

// RunAnswers runs r on code alone and beside each answer (an S3 error
// part), and fails each row where the rule fires other than its row says:
// the table of a rule whose finding, inferred from what code leaves out,
// is silent when S3's answer names another cause.
func RunAnswers(t *testing.T, r *rules.Rule, code Part, rows []Answer) {
	t.Helper()
	for _, c := range rows {
		t.Run(c.Name, func(t *testing.T) {
			parts := []Part{code}
			if c.XML != "" {
				parts = append(parts, Part{Kind: model.KindS3Error, Text: c.XML})
			}
			fs, _ := Run(t, r, parts...)
			if got := len(fs) > 0; got != c.Fires {
				t.Errorf("fires=%v, want %v:\n%s", got, c.Fires, Messages(fs))
			}
		})
	}
}
