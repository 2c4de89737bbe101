package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/expiry"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// The corrected code of a paste is the user's own code with the fixes
// applied where they are: each fix is a set of edits to the spans the
// readers gave (python, brace), so the user's functions, parameters,
// names, comments and layout stay, and the diff shows the fix and nothing
// else. A generated program is the fallback for a paste with no code.

// Run is one run of the user's code: its language (python, or the brace
// reader's name: javascript, typescript, go, java, csharp, php, ruby) and
// its span in the text.
type Run struct {
	_    [0]func() // not comparable: no generated equality function in the wasm
	Lang string
	Span source.Span
}

// Patched is a run as pasted and with the fixes applied.
type Patched struct {
	_ [0]func() // not comparable: no generated equality function in the wasm
	Run
	Orig, Out string
	// Applied counts the fixes applied to the run.
	Applied int
}

// Runs lists the runs of code of the facts, in text order: the python
// parts, then merged in the brace runs.
func Runs(f *model.Facts) []Run {
	var out []Run
	for _, p := range f.Parts {
		if p.Kind == model.KindPython && !inBraceRun(f, p.Span) {
			out = append(out, Run{Lang: Python, Span: withIndent(f.Text, p.Span)})
		}
	}
	for _, c := range f.Syntax.Code {
		out = append(out, Run{Lang: c.Lang, Span: c.Span})
	}
	for i := 1; i < len(out); i++ { // few runs: insertion sort
		for j := i; j > 0 && out[j].Span.Start < out[j-1].Span.Start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// withIndent widens a span to the start of its first line when only
// blanks come before it there: a fragment pasted from a function's body
// keeps its first line's indentation, as its other lines do.
func withIndent(text string, sp source.Span) source.Span {
	if sp.Start < 0 || sp.Start > len(text) {
		return sp
	}
	s := strings.LastIndexByte(text[:sp.Start], '\n') + 1
	if strings.Trim(text[s:sp.Start], " \t") == "" {
		sp.Start = s
	}
	return sp
}

// inBraceRun reports whether a part the splitter took for Python is part
// of a run the brace reader read (JavaScript with Python-like lines).
func inBraceRun(f *model.Facts, sp source.Span) bool {
	for _, c := range f.Syntax.Code {
		if sp.Start < c.Span.End && c.Span.Start < sp.End {
			return true
		}
	}
	return false
}

// PatchRuns applies fixes (each a set of edits to the whole text, in
// order) to the runs of code: Python runs as PatchPythonParts does (a fix
// applies when it reads no worse), the others when all of a fix's edits
// lie in the run and none collides with an edit already taken.
func PatchRuns(text string, f *model.Facts, runs []Run, fixes [][]diff.Edit) []Patched {
	var parts []model.Part
	var pyRuns []Run
	for _, r := range runs {
		if r.Lang == Python {
			parts = append(parts, model.Part{Kind: model.KindPython, Span: r.Span})
			pyRuns = append(pyRuns, r)
		}
	}
	var out []Patched
	if len(parts) > 0 {
		origs, outs, applied := patchPythonParts(text, parts, fixes)
		for i := range origs {
			out = append(out, Patched{Run: pyRuns[i], Orig: origs[i], Out: outs[i], Applied: applied[i]})
		}
	}
	for _, r := range runs {
		if r.Lang == Python || r.Span.Start < 0 || r.Span.End > len(text) || r.Span.Start > r.Span.End {
			continue
		}
		src := text[r.Span.Start:r.Span.End]
		p := Patched{Run: r, Orig: src, Out: src}
		var taken []diff.Edit
		for _, fx := range fixes {
			fx = notTaken(fx, taken, r.Span.Start)
			if len(fx) == 0 || !inside(fx, r.Span) || overlaps(fx, taken, r.Span.Start) {
				continue
			}
			try := append([]diff.Edit(nil), taken...)
			for _, e := range fx {
				try = append(try, diff.Edit{Start: e.Start - r.Span.Start, End: e.End - r.Span.Start, New: e.New})
			}
			cand, err := diff.Apply(src, try)
			if err != nil {
				continue
			}
			taken, p.Out = try, cand
			p.Applied++
		}
		if r.Lang == Go && p.Applied > 0 {
			p.Out = dropUnusedGoImports(p.Orig, p.Out)
		}
		out = append(out, p)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Span.Start < out[j-1].Span.Start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// PlanEdit is one change the plan makes to the user's presign call, as
// edits to the call's own spans, with the rules whose findings it fixes.
type PlanEdit struct {
	Rules []string
	Edits []diff.Edit
	// Call is the span of the user's call the edits change.
	Call source.Span
}

// PlanEdits are the changes the plan makes to the user's presign call that
// the fixes of the rules may not carry: the expiry made valid (over 7
// days, or longer than the credentials live) written in the call's
// language, and the operation the URL is actually used for (a quoted
// operation name). The engine gives each to the finding it fixes when
// that finding's fix has no edit; an edit a rule's fix already makes is
// dropped as a duplicate when both are applied.
func PlanEdits(text string, p *Plan) []PlanEdit {
	if p == nil || p.op == nil {
		return nil
	}
	op := p.op
	var out []PlanEdit
	if v := op.ExpiresIn; p.expiryFixed && v != nil && v.Known && v.IsNum && (v.Num > p.ExpiresIn || v.Num < 1) && validSpan(text, v.Span) {
		if s := expiry.In(op.Source, text[v.Span.Start:v.Span.End], p.ExpiresIn); s != "" {
			out = append(out, PlanEdit{Rules: []string{"expires_too_long", "expiry_exceeds_session"}, Call: op.Span,
				Edits: []diff.Edit{{Start: v.Span.Start, End: v.Span.End, New: s}}})
		}
	}
	if p.opFromSent && p.Kind == "url" && op.Name != "" && op.Name != p.Operation && validSpan(text, op.NameSpan) {
		old := text[op.NameSpan.Start:op.NameSpan.End]
		if s := renameOp(old, op.Name, p.Operation); s != "" {
			out = append(out, PlanEdit{Rules: []string{"method_mismatch"}, Call: op.Span,
				Edits: []diff.Edit{{Start: op.NameSpan.Start, End: op.NameSpan.End, New: s}}})
		}
	}
	return out
}

func validSpan(text string, sp source.Span) bool {
	return sp.Start >= 0 && sp.End <= len(text) && sp.Start < sp.End
}

// renameOp rewrites a quoted operation name (get_object, getObject,
// GetObject) from one operation to another in the same spelling, or
// returns "" when old is not such a literal.
func renameOp(old, from, to string) string {
	if len(old) < 3 || !strings.ContainsRune("\"'`", rune(old[0])) || old[len(old)-1] != old[0] {
		return ""
	}
	inner := old[1 : len(old)-1]
	pf, pt := Pascal(from), Pascal(to)
	cf, ct := camel(pf), camel(pt)
	for _, pair := range [][2]string{{from, to}, {pf, pt}, {cf, ct}} {
		if inner == pair[0] {
			return string(old[0]) + pair[1] + string(old[0])
		}
	}
	return ""
}

func camel(pascal string) string {
	if pascal == "" {
		return ""
	}
	return strings.ToLower(pascal[:1]) + pascal[1:]
}

// CredentialEdits remove the literal credentials of the user's clients so
// they read the default chain: the static providers of Go and Java code
// (goCredentialEdits, javaCredentialEdits), the key arguments of .NET's
// constructor (csharpCredentialEdits), and in every language the holders
// the literals reach the client through and the bindings left unused
// (flowCredentialEdits). The edits go to hardcoded_credentials, whose fix
// says to remove them.
func CredentialEdits(text string, f *model.Facts) []PlanEdit {
	out := append(goCredentialEdits(text, f), javaCredentialEdits(text, f)...)
	out = append(out, csharpCredentialEdits(text, f)...)
	return append(out, flowCredentialEdits(text, f, out)...)
}

// lineOf returns the line holding off: its start and its end after the
// newline.
func lineOf(text string, off int) (int, int) {
	s := strings.LastIndexByte(text[:off], '\n') + 1
	e := strings.IndexByte(text[off:], '\n')
	if e < 0 {
		return s, len(text)
	}
	return s, off + e + 1
}

// prevLine returns the line before the one starting at start, or -1.
func prevLine(text string, start int) (int, int) {
	if start == 0 {
		return -1, -1
	}
	return lineOf(text, start-1)
}
