package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/brace"
	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
)

// Java code that signs with literal keys wraps them in a static provider:
// StaticCredentialsProvider.create(AwsBasicCredentials.create(id, secret))
// in the SDK 2.x, new AWSStaticCredentialsProvider(new
// BasicAWSCredentials(id, secret)) in 1.x, inline or through a variable.
// The in-place fix replaces the static provider with the default chain's
// (DefaultCredentialsProvider.create(),
// DefaultAWSCredentialsProviderChain.getInstance()), drops the statement
// that held the keys when the provider was its only use, and imports the
// new class where the paste shows the static provider's import.

// javaProvider names, per SDK, the static provider and the default chain
// replacing it, with their imports.
var javaProviders = []struct {
	static, staticImport, chain, chainImport string
	isNew                                    bool // new X(...) rather than X.create(...)
}{
	{"StaticCredentialsProvider", "software.amazon.awssdk.auth.credentials.StaticCredentialsProvider",
		"DefaultCredentialsProvider.create()", "software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider", false},
	{"AWSStaticCredentialsProvider", "com.amazonaws.auth.AWSStaticCredentialsProvider",
		"DefaultAWSCredentialsProviderChain.getInstance()", "com.amazonaws.auth.DefaultAWSCredentialsProviderChain", true},
}

// javaCredentialEdits returns the edits replacing the static providers
// that hold the credential literals of Java code with the default chain.
func javaCredentialEdits(text string, f *model.Facts) []PlanEdit {
	var out []PlanEdit
	for _, run := range f.Syntax.Code {
		if run.Lang != "java" {
			continue
		}
		var toks []brace.Token
		done := map[int]bool{}
		for _, c := range f.Credentials {
			if c.Source != "java" || c.Value == nil || c.Span.Start < run.Span.Start || c.Span.End > run.Span.End {
				continue
			}
			if toks == nil {
				toks, _ = brace.Lex(text, run.Span, brace.Java)
			}
			open, _ := enclosingCall(toks, c.Span.Start)
			if open < 0 || done[open] {
				continue
			}
			done[open] = true
			if pe, ok := javaProviderEdit(text, toks, open); ok {
				out = append(out, pe)
			}
		}
	}
	return out
}

// javaProviderEdit builds the fix for the credentials object whose
// argument list opens at toks[open]: AwsBasicCredentials.create( or new
// BasicAWSCredentials(.
func javaProviderEdit(text string, toks []brace.Token, open int) (PlanEdit, bool) {
	closeAt := matching(toks, open)
	if closeAt < 0 || open < 1 {
		return PlanEdit{}, false
	}
	start := open - 1 // the credentials expression's first token
	switch {
	case start >= 2 && toks[start-1].Text == "." && toks[start].Text == "create":
		start -= 2 // AwsBasicCredentials.create(
	case start >= 1 && toks[start-1].Text == "new":
		start-- // new BasicAWSCredentials(
	default:
		return PlanEdit{}, false
	}
	creds := model.Span{Start: toks[start].Start, End: toks[closeAt].End}
	// The provider wrapping the credentials: directly, or through the
	// variable they are assigned to.
	var bind []diff.Edit
	argAt := start // the provider's argument: the credentials expression
	argEnd := closeAt
	if start >= 3 && toks[start-1].Text == "=" && toks[start-2].Kind == brace.Ident {
		name := toks[start-2].Text
		s, _ := lineOf(text, toks[start-2].Start)
		_, e := lineOf(text, toks[closeAt].End)
		semi := closeAt + 1
		if semi >= len(toks) || toks[semi].Text != ";" || toks[semi].End > e || strings.TrimSpace(text[toks[semi].End:e]) != "" {
			return PlanEdit{}, false
		}
		// The declaration starts the line: [final] Type name = ….
		if i := strings.Index(text[s:toks[start-2].Start], "="); i >= 0 {
			return PlanEdit{}, false
		}
		use := -1
		for j, t := range toks {
			if t.Kind == brace.Ident && t.Text == name && j != start-2 {
				if use >= 0 {
					return PlanEdit{}, false // used more than once
				}
				use = j
			}
		}
		if use < 0 {
			return PlanEdit{}, false
		}
		bind = []diff.Edit{{Start: s, End: e}}
		argAt, argEnd = use, use
	}
	if argAt < 2 || argEnd+1 >= len(toks) || toks[argAt-1].Text != "(" || toks[argEnd+1].Text != ")" {
		return PlanEdit{}, false
	}
	for _, p := range javaProviders {
		var first int
		switch {
		case p.isNew && argAt >= 3 && toks[argAt-2].Text == p.static && toks[argAt-3].Text == "new":
			first = argAt - 3
		case !p.isNew && argAt >= 4 && toks[argAt-2].Text == "create" && toks[argAt-3].Text == "." && toks[argAt-4].Text == p.static:
			first = argAt - 4
		default:
			continue
		}
		edits := append([]diff.Edit{{Start: toks[first].Start, End: toks[argEnd+1].End, New: p.chain}}, bind...)
		// The import of the static provider gets the chain's beside it.
		if i := strings.Index(text, "import "+p.staticImport+";"); i >= 0 {
			s, e := lineOf(text, i)
			line := text[s:e]
			indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
			edits = append(edits, diff.Edit{Start: e, End: e, New: indent + "import " + p.chainImport + ";\n"})
		}
		sortEdits(edits)
		return PlanEdit{Rules: []string{"hardcoded_credentials"}, Call: creds, Edits: edits}, true
	}
	return PlanEdit{}, false
}
