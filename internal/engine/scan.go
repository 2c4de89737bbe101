package engine

import (
	"fmt"
	"sync"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/redact"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/all"
)

// Scan is the engine for one file of a repository (the presign-doctor
// command's scan): the same redaction, split, readers and model as
// Analyze, but only the checks that find a cause in what a repository
// holds by itself, before anything ran. A check qualifies by its Source:
// code, an aws command, a policy, environment exports, a shell script,
// Terraform, CloudFormation, CDK, or the text as a whole (credentials
// written anywhere). Checks of a URL, an S3 error, a log, a HAR file or a
// browser console need something to have happened, and checks of the
// incident (IncidentSource) combine facts of every source, so neither
// runs: a URL pasted into a test fixture is not an incident. The syntax
// rule (a part the readers could not read whole) is about a paste, not
// code, and is left out too.
//
// Spans are byte offsets in Redacted; the caller maps them back to its
// file (ScanResult.Redactions says where the text changed length).
func Scan(input string, now time.Time) (res ScanResult) {
	defer func() {
		if r := recover(); r != nil {
			res = ScanResult{Error: fmt.Sprintf("internal error: %v", r)}
		}
	}()
	if len(input) > MaxInputBytes {
		return ScanResult{Error: fmt.Sprintf("%s; the limit is %s", sizeText(len(input)), sizeText(MaxInputBytes))}
	}
	red := redact.Redact(input, redact.Options{})
	text := red.Text
	observe("split", text)
	read, limits := limitParts(text, Split(text))
	observe("facts", text)
	facts := model.Build(text, read, now.UTC())
	facts.SetRedactions(red.Redactions)
	limits = append(limits, limitFacts(facts)...)
	found := rules.Run(ScanCatalog(), facts, "", nil)
	res = ScanResult{Redacted: text, Redactions: red.Redactions, Limits: limits}
	for _, f := range found {
		res.Findings = append(res.Findings, ScanFinding{Rule: f.Rule, Severity: f.Severity, Title: f.Title,
			Message: f.Message, Start: f.Span.Start, End: f.Span.End})
	}
	return res
}

// ScanResult is what Scan found in one text.
type ScanResult struct {
	// Error is set when the text was not analysed (over the size limit, or
	// a panic inside); nothing else is then.
	Error string
	// Redacted is the text with every secret replaced: the only text a
	// caller may show.
	Redacted   string
	Redactions []redact.Redaction
	Findings   []ScanFinding
	// Limits says which parts were not read (too long a line, too deep).
	Limits []string
}

// ScanFinding is one finding of Scan; Start and End are byte offsets in
// ScanResult.Redacted, half-open.
type ScanFinding struct {
	Rule, Severity, Title, Message string
	Start, End                     int
}

// scanSource reports whether Scan runs checks of this Source. (A switch
// and a function rather than package variables: a variable's initialiser
// stays in the wasm, which never scans, even when nothing reads it.)
func scanSource(src string) bool {
	switch src {
	case "code", "cli", "policy", "env", "shell", "terraform", "cloudformation", "cdk", "paste":
		return true
	}
	return false
}

var scanCatalog struct {
	once sync.Once
	c    rules.Catalog
}

// ScanCatalog is the catalog as Scan runs it: the rules that have a check
// of a source a repository holds by itself, with only those checks.
func ScanCatalog() rules.Catalog {
	scanCatalog.once.Do(func() {
		var out []*rules.Rule
		for _, r := range all.Catalog() {
			if r.Name == "syntax" {
				continue
			}
			var checks []rules.Check
			for _, c := range r.Checks {
				if scanSource(c.Source) {
					checks = append(checks, c)
				}
			}
			if len(checks) == 0 {
				continue
			}
			cp := *r
			cp.Checks = checks
			out = append(out, &cp)
		}
		scanCatalog.c = rules.NewCatalog(out...)
	})
	return scanCatalog.c
}
