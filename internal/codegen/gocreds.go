package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/brace"
	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
)

// Go code that signs with literal keys builds a static provider:
// credentials.NewStaticCredentials(id, secret, token) in the SDK v1,
// credentials.NewStaticCredentialsProvider(id, secret, token) in v2. The
// in-place fix replaces the static provider with the default chain and
// keeps every other line: in v1 the provider call becomes the default
// chain's own (defaults.CredChain, same type, so a variable holding it and
// every use of it stay); in v2 the config.WithCredentialsProvider option
// of LoadDefaultConfig goes (the default chain is what LoadDefaultConfig
// reads without it), with the statement binding the provider when that
// option was its only use.

const (
	goV1DefaultChain = "defaults.CredChain(defaults.Config(), defaults.Handlers())"
	goV1Credentials  = `"github.com/aws/aws-sdk-go/aws/credentials"`
	goV1Defaults     = `"github.com/aws/aws-sdk-go/aws/defaults"`
)

// goCredentialEdits returns the edits replacing the static providers that
// hold the credential literals of Go code with the default chain.
func goCredentialEdits(text string, f *model.Facts) []PlanEdit {
	var out []PlanEdit
	done := map[int]bool{}
	for _, run := range f.Syntax.Code {
		if run.Lang != Go {
			continue
		}
		var toks []brace.Token
		for _, c := range f.Credentials {
			if c.Source != Go || c.Value == nil || c.Span.Start < run.Span.Start || c.Span.End > run.Span.End {
				continue
			}
			if toks == nil {
				toks, _ = brace.Lex(text, run.Span, brace.Go)
			}
			open, name := enclosingCall(toks, c.Span.Start)
			if open < 0 || done[open] || name < 2 || toks[name-1].Text != "." || toks[name-2].Text != "credentials" {
				continue
			}
			done[open] = true
			closeAt := matching(toks, open)
			if closeAt < 0 {
				continue
			}
			call := model.Span{Start: toks[name-2].Start, End: toks[closeAt].End}
			var edits []diff.Edit
			switch toks[name].Text {
			case "NewStaticCredentials":
				edits = goV1Edits(text, toks, call)
			case "NewStaticCredentialsProvider":
				edits = goV2Edits(text, toks, name-2, closeAt)
			}
			if len(edits) > 0 {
				out = append(out, PlanEdit{Rules: []string{"hardcoded_credentials"}, Call: call, Edits: edits})
			}
		}
	}
	return out
}

// goV1Edits replaces a v1 static provider call with the default chain,
// and imports aws/defaults where the paste shows the credentials import
// (in its place when nothing else uses credentials).
func goV1Edits(text string, toks []brace.Token, call model.Span) []diff.Edit {
	edits := []diff.Edit{{Start: call.Start, End: call.End, New: goV1DefaultChain}}
	uses := 0
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Kind == brace.Ident && toks[i].Text == "credentials" && toks[i+1].Text == "." {
			uses++
		}
	}
	for _, t := range toks {
		if t.Kind != brace.String || t.Text != goV1Credentials {
			continue
		}
		if uses <= 1 {
			edits = append(edits, diff.Edit{Start: t.Start, End: t.End, New: goV1Defaults})
		} else {
			s, e := lineOf(text, t.Start)
			line := text[s:e]
			indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
			edits = append(edits, diff.Edit{Start: e, End: e, New: indent + goV1Defaults + "\n"})
		}
		break
	}
	sortEdits(edits)
	return edits
}

// goV2Edits removes the config.WithCredentialsProvider option that gives
// the static provider (the tokens first..last) to LoadDefaultConfig, with
// the statement binding it to a name when that option is the name's only
// use; nil when the provider is used some other way.
func goV2Edits(text string, toks []brace.Token, first, last int) []diff.Edit {
	var bind []diff.Edit
	opt := first
	// name := credentials.NewStaticCredentialsProvider(...) alone on its lines.
	if op := toks[max(first-1, 0)].Text; first >= 2 && (op == ":=" || op == "=") {
		i := first - 1
		if op == "=" && toks[i-1].Text == ":" {
			i-- // a lexer that gives ':' and '=' apart
		}
		if i < 1 || toks[i-1].Kind != brace.Ident {
			return nil
		}
		name := toks[i-1].Text
		s, _ := lineOf(text, toks[i-1].Start)
		_, e := lineOf(text, toks[last].End)
		if strings.TrimSpace(text[s:toks[i-1].Start]) != "" || strings.TrimSpace(text[toks[last].End:e]) != "" {
			return nil
		}
		use := -1
		for j, t := range toks {
			if t.Kind == brace.Ident && t.Text == name && j != i-1 {
				if use >= 0 {
					return nil // used more than once
				}
				use = j
			}
		}
		if use < 0 || use+1 >= len(toks) || toks[use+1].Text != ")" {
			return nil
		}
		bind = []diff.Edit{{Start: s, End: e}}
		opt, last = use, use
	}
	// config.WithCredentialsProvider( <provider> ) as an argument.
	if opt < 4 || toks[opt-1].Text != "(" || toks[opt-2].Text != "WithCredentialsProvider" || toks[opt-3].Text != "." || toks[opt-4].Text != "config" {
		return nil
	}
	if last+1 >= len(toks) || toks[last+1].Text != ")" {
		return nil
	}
	argStart, argEnd := opt-4, last+1 // tokens of the option
	var edits []diff.Edit
	switch {
	case argEnd+1 < len(toks) && toks[argEnd+1].Text == ",":
		// Followed by a comma: remove through it, and the line when the
		// option is alone on it.
		s, _ := lineOf(text, toks[argStart].Start)
		_, e := lineOf(text, toks[argEnd+1].End)
		if strings.TrimSpace(text[s:toks[argStart].Start]) == "" && strings.TrimSpace(text[toks[argEnd+1].End:e]) == "" {
			edits = append(edits, diff.Edit{Start: s, End: e})
		} else {
			end := toks[argEnd+1].End
			for end < len(text) && (text[end] == ' ' || text[end] == '\t') {
				end++
			}
			edits = append(edits, diff.Edit{Start: toks[argStart].Start, End: end})
		}
	case argStart > 0 && toks[argStart-1].Text == ",":
		// The last argument: remove from the comma before it.
		edits = append(edits, diff.Edit{Start: toks[argStart-1].Start, End: toks[argEnd].End})
	default:
		return nil
	}
	edits = append(edits, bind...)
	sortEdits(edits)
	return edits
}

// enclosingCall returns the index of the '(' of the innermost call whose
// arguments hold the token starting at off, and the index of the call's
// name (the identifier before the '('), or -1.
func enclosingCall(toks []brace.Token, off int) (open, name int) {
	at := -1
	for i, t := range toks {
		if t.Start == off {
			at = i
			break
		}
	}
	depth := 0
	for i := at - 1; i >= 0; i-- {
		switch toks[i].Text {
		case ")", "]", "}":
			depth++
		case "(", "[", "{":
			if depth > 0 {
				depth--
				continue
			}
			if toks[i].Text != "(" || i == 0 || toks[i-1].Kind != brace.Ident {
				return -1, -1
			}
			return i, i - 1
		}
	}
	return -1, -1
}

// matching returns the index of the bracket closing the one at open, or -1.
func matching(toks []brace.Token, open int) int {
	depth := 0
	for i := open; i < len(toks); i++ {
		switch toks[i].Text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

func sortEdits(es []diff.Edit) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].Start < es[j-1].Start; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}
