// Package report writes the Markdown report of an analysis (summary,
// findings by severity with their evidence, decoded URLs, the SigV4
// comparison, corrected code, triage commands) and renders it to a
// self-contained HTML document with goldmark in its safe default. User text
// never becomes markup: it is escaped in prose and fenced in code blocks.
package report

import (
	"strings"
)

// Finding is one diagnosis as the report shows it.
type Finding struct {
	Rule     string
	Severity string // error, warning, info
	Title    string
	Message  string
	// Evidence is the redacted text the finding points at; Line is its
	// 1-based line in the redacted paste.
	Evidence string
	Line     int
	// Fixes are the fix messages.
	Fixes []string
}

// Field is a named value of a decoded URL.
type Field struct {
	_           [0]func() // not comparable: no generated equality function in the wasm
	Name, Value string
}

// URL is a decoded presigned URL.
type URL struct {
	// URL is the redacted URL as pasted.
	URL    string
	Fields []Field
}

// SigV4 is the signature comparison: the rebuilt canonical request and
// string to sign beside S3's, the line diff, and the signature check.
type SigV4 struct {
	_                    [0]func() // not comparable: no generated equality function in the wasm
	CanonicalRequest     string
	StringToSign         string
	S3CanonicalRequest   string
	S3StringToSign       string
	CanonicalRequestDiff string
	SignatureCheck       string
}

// Block is a titled block of code or commands.
type Block struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Title string
	Lang  string // the fence's info string: python, sh, js, go, diff, text
	Text  string
}

// Input is everything the report shows, as plain values.
type Input struct {
	Version string
	// Now is the analysis time, RFC 3339.
	Now string
	// Kinds are the kinds of the paste's parts, in order.
	Kinds    []string
	Findings []Finding
	URLs     []URL
	SigV4    SigV4
	Code     []Block
	// Diff is the unified diff of the pasted Python against the corrected
	// boto3.
	Diff   string
	Triage []Block
	Limits []string
}

// severities orders the sections.
var severities = []struct{ name, heading string }{
	{"error", "Errors"}, {"warning", "Warnings"}, {"info", "Notes"},
}

// Markdown writes the report.
func Markdown(in *Input) string {
	var b strings.Builder
	b.WriteString("# Presign Doctor report\n\n")
	b.WriteString(Text("Presign Doctor " + in.Version + ", analysed at " + in.Now + ". Secrets in the paste were replaced by placeholders before the analysis; nothing left the browser."))
	b.WriteString("\n\n## Summary\n\n")
	b.WriteString(Text(summary(in)) + "\n\n")
	for _, l := range in.Limits {
		b.WriteString("- " + Text(l) + "\n")
	}
	if len(in.Limits) > 0 {
		b.WriteString("\n")
	}
	for _, sev := range severities {
		var fs []Finding
		for _, f := range in.Findings {
			if f.Severity == sev.name {
				fs = append(fs, f)
			}
		}
		if len(fs) == 0 {
			continue
		}
		b.WriteString("## " + sev.heading + "\n\n")
		for _, f := range fs {
			b.WriteString("### " + Text(f.Title) + " (" + Code(f.Rule) + ")\n\n")
			b.WriteString(Text(f.Message) + "\n\n")
			if f.Evidence != "" {
				b.WriteString("Evidence, line " + itoa(f.Line) + ":\n\n")
				b.WriteString(Fence("text", f.Evidence))
			}
			for _, fx := range f.Fixes {
				b.WriteString("- Fix: " + Text(fx) + "\n")
			}
			if len(f.Fixes) > 0 {
				b.WriteString("\n")
			}
		}
	}
	for i, u := range in.URLs {
		b.WriteString("## Decoded URL")
		if len(in.URLs) > 1 {
			b.WriteString(" " + itoa(i+1))
		}
		b.WriteString("\n\n")
		b.WriteString(Fence("text", u.URL))
		for _, f := range u.Fields {
			b.WriteString("- " + Text(f.Name) + ": " + Code(f.Value) + "\n")
		}
		b.WriteString("\n")
	}
	if s := in.SigV4; s.CanonicalRequest != "" || s.S3CanonicalRequest != "" || (s.SignatureCheck != "" && s.SignatureCheck != "not-checked") {
		b.WriteString("## SigV4 comparison\n\n")
		b.WriteString("Signature check: " + Code(orDash(s.SignatureCheck)) + "\n\n")
		for _, part := range []Block{
			{Title: "Canonical request rebuilt from the URL", Lang: "text", Text: s.CanonicalRequest},
			{Title: "Canonical request S3 computed", Lang: "text", Text: s.S3CanonicalRequest},
			{Title: "Difference (rebuilt against S3's)", Lang: "diff", Text: s.CanonicalRequestDiff},
			{Title: "String to sign rebuilt from the URL", Lang: "text", Text: s.StringToSign},
			{Title: "String to sign S3 computed", Lang: "text", Text: s.S3StringToSign},
		} {
			if part.Text != "" {
				b.WriteString("### " + part.Title + "\n\n" + Fence(part.Lang, part.Text))
			}
		}
	}
	if len(in.Code) > 0 {
		b.WriteString("## Corrected code\n\n")
		b.WriteString("Each program reads credentials from the default chain (environment, shared config, SSO, container or instance role); none holds a key.\n\n")
		for _, c := range in.Code {
			if c.Text != "" {
				b.WriteString("### " + Text(c.Title) + "\n\n" + Fence(c.Lang, c.Text))
			}
		}
	}
	if in.Diff != "" {
		b.WriteString("## Changes to the pasted code\n\n" + Fence("diff", in.Diff))
	}
	if len(in.Triage) > 0 {
		b.WriteString("## Triage commands\n\n")
		for _, t := range in.Triage {
			if t.Title != "" {
				b.WriteString(Text(t.Title) + "\n\n")
			}
			b.WriteString(Fence(t.Lang, t.Text))
		}
	}
	return b.String()
}

func summary(in *Input) string {
	count := map[string]int{}
	for _, f := range in.Findings {
		count[f.Severity]++
	}
	var s strings.Builder
	if len(in.Kinds) == 0 {
		s.WriteString("The paste was empty or held nothing to analyse. ")
	} else {
		s.WriteString("The paste held: " + strings.Join(dedupe(in.Kinds), ", ") + ". ")
	}
	if len(in.Findings) == 0 {
		s.WriteString("No problem was found.")
		return s.String()
	}
	s.WriteString(plural(len(in.Findings), "finding") + ": ")
	s.WriteString(plural(count["error"], "error") + ", " + plural(count["warning"], "warning") + ", " + plural(count["info"], "note") + ".")
	return s.String()
}

func dedupe(xs []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return itoa(n) + " " + word + "s"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
