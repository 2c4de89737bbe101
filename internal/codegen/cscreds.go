package codegen

import (
	"github.com/presign-doctor/presign-doctor/internal/brace"
	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
)

// .NET code that signs with literal keys passes them first to the client's
// constructor: new AmazonS3Client("AKIA…", "secret"[, "token"],
// RegionEndpoint.USEast1 | config). The in-place fix drops those leading
// string arguments, so the constructor left (new AmazonS3Client(region),
// new AmazonS3Client(config), new AmazonS3Client()) reads the default
// credential chain.

// csharpCredentialEdits returns the edits dropping the literal key
// arguments of .NET S3 client constructors.
func csharpCredentialEdits(text string, f *model.Facts) []PlanEdit {
	var out []PlanEdit
	for _, run := range f.Syntax.Code {
		if run.Lang != "csharp" {
			continue
		}
		var toks []brace.Token
		done := map[int]bool{}
		for _, c := range f.Credentials {
			if c.Source != "csharp" || c.Value == nil || !(c.Value.Known || c.Value.Placeholder) ||
				c.Value.Span.Start < run.Span.Start || c.Value.Span.End > run.Span.End {
				continue
			}
			if toks == nil {
				toks, _ = brace.Lex(text, run.Span, brace.CSharp)
			}
			at := -1
			for i, t := range toks {
				if t.Start <= c.Value.Span.Start && c.Value.Span.Start < t.End {
					at = i
					break
				}
			}
			if at < 0 {
				continue
			}
			open, name := enclosingCall(toks, toks[at].Start)
			if open < 0 || done[open] || name < 1 || toks[name].Text != "AmazonS3Client" || toks[name-1].Text != "new" {
				continue
			}
			done[open] = true
			if pe, ok := csharpCtorEdit(toks, open); ok {
				out = append(out, pe)
			}
		}
	}
	return out
}

// csharpCtorEdit drops the two or three leading string arguments of the
// constructor whose argument list opens at toks[open].
func csharpCtorEdit(toks []brace.Token, open int) (PlanEdit, bool) {
	closeAt := matching(toks, open)
	if closeAt < 0 {
		return PlanEdit{}, false
	}
	// The leading arguments that are one string literal each.
	n, i := 0, open+1
	for i+1 <= closeAt && toks[i].Kind == brace.String && (toks[i+1].Text == "," || i+1 == closeAt) {
		n++
		if i+1 == closeAt {
			i++
			break
		}
		i += 2
	}
	if n < 2 || n > 3 {
		return PlanEdit{}, false
	}
	// Drop from the first string to the next argument (or the ')').
	end := toks[i].Start
	if i > closeAt {
		end = toks[closeAt].Start
	}
	call := model.Span{Start: toks[open-1].Start, End: toks[closeAt].End}
	return PlanEdit{Rules: []string{"hardcoded_credentials"}, Call: call, Edits: []diff.Edit{{Start: toks[open+1].Start, End: end}}}, true
}
