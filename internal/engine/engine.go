// Package engine is the one entry point of Presign Doctor: Analyze takes the
// contract's request and returns its response. It runs the stages in order
// (redact, split, read, facts, rules, code, report) and converts offsets to
// UTF-16 of the redacted text.
package engine

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/redact"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/all"
	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/timefmt"
)

// Version is the engine version reported in every response.
const Version = "0.1.0"

// MaxInputBytes is the largest input accepted (UTF-8 bytes).
const MaxInputBytes = 2 << 20

// stageHook, when set by a test, sees the text each stage after redaction
// receives.
var stageHook func(stage, text string)

func observe(stage, text string) {
	if stageHook != nil {
		stageHook(stage, text)
	}
}

// Analyze runs the whole analysis. It never panics: a panic inside becomes
// the response's error.
func Analyze(req Request) (resp Response) {
	resp = empty()
	defer func() {
		if r := recover(); r != nil {
			resp = empty()
			// Only the panic value, never input text: the value of a
			// runtime panic names no part of the paste.
			resp.Error = fmt.Sprintf("internal error: %v", r)
		}
	}()
	if len(req.Input) > MaxInputBytes {
		resp.Error = fmt.Sprintf("input is %s; the limit is %s: paste the part that fails (the URL, the error body, the code that signs)", sizeText(len(req.Input)), sizeText(MaxInputBytes))
		return resp
	}
	now := time.Now().UTC()
	if req.Now != "" {
		t, ok := timefmt.RFC3339(req.Now)
		if !ok {
			resp.Error = fmt.Sprintf("now: %q is not an RFC 3339 time such as 2024-01-15T14:30:00Z", req.Now)
			return resp
		}
		now = t.UTC()
	}

	ropts := redact.Options{RedactBucketNames: req.Options.RedactBucketNames}
	if req.SecretAccessKey != "" {
		ropts.Known = []string{req.SecretAccessKey} // never echoed, even if pasted too
	}
	red := redact.Redact(req.Input, ropts)
	text := blankLineNumbers(red.Text)
	observe("split", text)
	parts := Split(text)
	binary := binaryShare(text) >= binaryMinShare
	if binary {
		// A file's bytes pasted as text: no line of it is code, whatever
		// it happens to start with.
		parts = []model.Part{{Kind: model.KindText, Span: source.Span{Start: 0, End: len(text)}}}
	}
	read, limits := limitParts(text, parts)
	if binary {
		read = nil // not even the brace reader, which reads text parts too
	}
	observe("facts", text)
	facts := model.Build(text, read, now)
	facts.SetRedactions(red.Redactions)
	limits = append(limits, limitFacts(facts)...)
	findings, more := limitFindings(all.Run(facts, req.SecretAccessKey, red.Reveal))
	findings, verdict := rules.Rank(all.Catalog(), facts, findings)
	if verdict != nil {
		resp.Verdict = &Verdict{Rule: verdict.Rule, Summary: verdict.Summary, Fix: verdict.Fix, Confidence: verdict.Confidence, Why: verdict.Why}
	}
	resp.Limits = append(append(resp.Limits, limits...), more...)
	fillSigV4(&resp, facts, req.SecretAccessKey, red.Reveal)
	resp.Triage = triageSteps(facts)
	fillCode(&resp, facts, findings)
	fillReport(&resp, facts, findings)

	src := source.New(text)
	fillURLs(&resp, facts, src)
	resp.NothingRecognised = nothingRecognised(parts, facts, findings, len(resp.URLs), binary)
	u := src.UTF16
	resp.Redacted = text
	for _, p := range parts {
		resp.Inputs = append(resp.Inputs, Input{Kind: p.Kind, Start: u(p.Span.Start), End: u(p.Span.End)})
	}
	for _, r := range red.Redactions {
		resp.Redactions = append(resp.Redactions, Redaction{Kind: r.Kind, Placeholder: r.Placeholder, Start: u(r.Start), End: u(r.End), Note: r.Note, Store: r.Store})
	}
	for _, f := range findings {
		out := Finding{Rule: f.Rule, Severity: f.Severity, Title: f.Title, Message: f.Message,
			Start: u(f.Span.Start), End: u(f.Span.End), Fixes: []Fix{}}
		for _, r := range f.Related {
			out.Related = append(out.Related, Range{u(r.Start), u(r.End)})
		}
		for _, fx := range f.Fixes {
			of := Fix{Message: fx.Message, Edits: []Edit{}}
			for _, e := range fx.Edits {
				of.Edits = append(of.Edits, Edit{Start: u(e.Start), End: u(e.End), New: e.New})
			}
			out.Fixes = append(out.Fixes, of)
		}
		resp.Findings = append(resp.Findings, out)
	}
	return resp
}

// binaryMinShare is the share of unreadable characters from which a paste
// is taken for binary data.
const binaryMinShare = 0.05

// binaryShare is the share of the runes of text that no text holds: the
// replacement character (what invalid UTF-8 becomes) and control
// characters other than tab, line feed and carriage return.
func binaryShare(text string) float64 {
	n, bad := 0, 0
	for _, r := range text {
		n++
		if r == utf8.RuneError || r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r < 0xa0 {
			bad++
		}
	}
	if n == 0 || bad < 8 {
		return 0
	}
	return float64(bad) / float64(n)
}

// nothingRecognised is the message for a paste nothing could read: every
// part is plain text, no reader found code, a URL or anything else, and
// no rule fired. "" otherwise.
func nothingRecognised(parts []model.Part, f *model.Facts, findings []rules.Finding, urls int, binary bool) string {
	if len(findings) > 0 || urls > 0 || len(f.Syntax.Code) > 0 || len(f.Operations) > 0 || len(f.HTTPCalls) > 0 {
		return ""
	}
	if strings.TrimSpace(f.Text) == "" {
		return "" // nothing pasted yet
	}
	for _, p := range parts {
		if p.Kind != model.KindText {
			return ""
		}
	}
	what := "nothing recognised yet"
	if binary {
		what += ": this looks like binary data (a file's bytes), not text"
	}
	return what + "; paste the presigned URL, S3's XML error, the code that signs the URL, an aws or curl command, or a policy"
}

// sizeText says a size in KB or MB (1024-based, as the page and the
// operating system's file dialogs show them): "640 KB", "2.5 MB".
func sizeText(n int) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1023)/1024)
	}
	mb := float64(n) / (1 << 20)
	if mb == float64(int(mb)) {
		return fmt.Sprintf("%d MB", int(mb))
	}
	return fmt.Sprintf("%.1f MB", mb)
}

func empty() Response {
	return Response{
		Version:    Version,
		Inputs:     []Input{},
		Redactions: []Redaction{},
		Findings:   []Finding{},
		Triage:     []TriageStep{},
		SigV4:      SigV4{SignatureCheck: "not-checked"},
	}
}

// AnalyzeJSON is Analyze behind the JSON boundary of the contract: it never
// fails, and answers bad JSON with a response whose error is set.
func AnalyzeJSON(requestJSON string) string {
	var resp Response
	req, keys, err := decodeRequest(requestJSON)
	if err != nil {
		resp = empty()
		resp.Error = "request is not valid JSON: " + err.Error()
	} else if msg := checkRequest(keys); msg != "" {
		resp = empty()
		resp.Error = msg
	} else {
		resp = Analyze(req)
	}
	return encodeResponse(&resp)
}

// ErrorJSON returns a response carrying only an error message.
func ErrorJSON(msg string) string {
	resp := empty()
	resp.Error = msg
	return encodeResponse(&resp)
}
