package codegen

import (
	"strings"

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
		// The starts of the credential values: literals, or names bound
		// to literals (const string AccessKey = "…").
		lit := map[int]bool{}
		for _, c := range f.Credentials {
			if c.Value != nil && (c.Value.Known || c.Value.Placeholder) {
				lit[c.Value.Span.Start] = true
			}
		}
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
			if pe, ok := csharpCtorEdit(toks, open, lit); ok {
				out = append(out, pe)
			}
		}
		if toks != nil {
			if pe, ok := csharpSettingsEdit(text, f, toks); ok {
				out = append(out, pe)
			}
		}
	}
	return out
}

// Keys kept in appsettings.json ("S3": { "AccessKey": "…", "SecretKey":
// "…" }) reach the client through IConfiguration: new
// AmazonS3Client(cfg["S3:AccessKey"], cfg["S3:SecretKey"], region). When
// the paste shows both, the fix removes the key entries from the JSON and
// the arguments reading them from the constructor, which then reads the
// default chain; either alone would leave a key or break the code.

// csharpSettingsEdit returns the edit removing the JSON entries that hold
// the run's credentials and the constructor arguments reading them.
func csharpSettingsEdit(text string, f *model.Facts, toks []brace.Token) (PlanEdit, bool) {
	fl := &flow{text: text, toks: toks, lang: brace.CSharp}
	type entry struct{ list, at int }
	var drop []entry
	var keys [][2]string // section, key
	for _, c := range f.Credentials {
		if c.Source != "csharp" || c.Value == nil || !(c.Value.Known || c.Value.Placeholder) {
			continue
		}
		i := fl.tokAt(c.Value.Span.Start)
		if i < 2 || toks[i].Kind != brace.String || !fl.is(i-1, ":") || toks[i-2].Kind != brace.String {
			continue // not a JSON entry "Name": "value"
		}
		o := fl.opener(i)
		if o < 0 || !fl.is(o, "{") {
			continue
		}
		section := ""
		if fl.is(o-1, ":") && o >= 2 && toks[o-2].Kind == brace.String {
			section = toks[o-2].Val
		}
		drop = append(drop, entry{o, i - 2})
		keys = append(keys, [2]string{section, toks[i-2].Val})
	}
	if len(drop) == 0 {
		return PlanEdit{}, false
	}
	// reads reports whether the argument from a to b reads one of the
	// keys: cfg["S3:AccessKey"], GetValue<string>("S3:AccessKey"),
	// GetSection("S3")["AccessKey"], settings.AccessKey.
	reads := func(a, b int) bool {
		for k := a; k <= b; k++ {
			t := toks[k]
			for _, key := range keys {
				switch {
				case t.Kind == brace.String:
					segs := strings.Split(t.Val, ":")
					if segs[len(segs)-1] == key[1] && (len(segs) < 2 || key[0] == "" || segs[len(segs)-2] == key[0]) {
						return true
					}
				case t.Kind == brace.Ident && t.Text == key[1] && fl.is(k-1, "."):
					return true
				}
			}
		}
		return false
	}
	var ctor []diff.Edit
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Text != "AmazonS3Client" || toks[k-1].Text != "new" || !fl.is(k+1, "(") {
			continue
		}
		args, closeAt := fl.entries(k + 1)
		n := 0
		for n < len(args) && reads(args[n][0], args[n][1]) {
			n++
		}
		if n < 2 || len(args)-n > 1 {
			continue
		}
		end := toks[closeAt].Start
		if n < len(args) {
			end = toks[args[n][0]].Start
		}
		ctor = append(ctor, diff.Edit{Start: toks[args[0][0]].Start, End: end})
	}
	if len(ctor) == 0 {
		return PlanEdit{}, false
	}
	for _, d := range drop {
		es, closeAt := fl.entries(d.list)
		fl.removeEntries(d.list, es, closeAt, func(i int) bool {
			for _, x := range drop {
				if x.list == d.list && es[i][0] == x.at {
					return true
				}
			}
			return false
		})
	}
	fl.cuts = append(fl.cuts, ctor...)
	fl.tidy()
	call := model.Span{Start: fl.cuts[0].Start, End: fl.cuts[len(fl.cuts)-1].End}
	return PlanEdit{Rules: []string{"hardcoded_credentials"}, Call: call, Edits: fl.cuts}, true
}

// csharpCtorEdit drops the two or three leading arguments of the
// constructor whose argument list opens at toks[open] that are each a
// string literal or a name lit says is bound to one.
func csharpCtorEdit(toks []brace.Token, open int, lit map[int]bool) (PlanEdit, bool) {
	closeAt := matching(toks, open)
	if closeAt < 0 {
		return PlanEdit{}, false
	}
	// The leading arguments that are one string literal each.
	n, i := 0, open+1
	for i+1 <= closeAt && (toks[i].Kind == brace.String || toks[i].Kind == brace.Ident && lit[toks[i].Start]) && (toks[i+1].Text == "," || i+1 == closeAt) {
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
