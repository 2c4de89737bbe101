package engine

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/codegen"
	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
)

// fillCode fills the corrected code and the diff. The corrected boto3 is
// the pasted Python with the first fix of every finding applied (what the
// page gives when the user applies them all) when any applies, else the
// program generated from the facts; the other targets are always
// generated.
func fillCode(resp *Response, f *model.Facts, findings []rules.Finding) {
	if plan := codegen.FromFacts(f); plan != nil {
		progs := codegen.Generate(plan)
		resp.Code = Code{
			Python:     progs[codegen.Python],
			PythonFull: progs[codegen.Python],
			CLI:        progs[codegen.CLI],
			JavaScript: progs[codegen.JavaScript],
			Go:         progs[codegen.Go],
			Curl:       progs[codegen.Curl],
			Fetch:      progs[codegen.Fetch],

			JavaScriptV2: progs[codegen.JavaScriptV2],
			Java:         progs[codegen.Java],
			CSharp:       progs[codegen.CSharp],
			PHP:          progs[codegen.PHP],
			Ruby:         progs[codegen.Ruby],
		}
		resp.CodePrimary = codegen.Primary(f)
		if braceDiff(resp, f, progs[resp.CodePrimary]) {
			return
		}
	}
	origs, outs, applied := codegen.PatchPythonParts(f.Text, f.Parts, firstFixes(findings))
	if len(origs) == 0 {
		return
	}
	patched := strings.Join(outs, "\n\n")
	if applied > 0 && !holdsCredential(patched, f) {
		// The patch of the user's own text is the diff; code.python is
		// that text when it can be a program once the REPL prompts, pins
		// and traceback lines around it are taken off, else the generated
		// program: code.python always compiles.
		resp.Diff = partDiffs(origs, outs)
		if clean, ok := codegen.CleanPython(patched); ok {
			resp.Code.Python = clean
		}
		return
	}
	if resp.Code.Python == "" {
		return
	}
	orig := strings.Join(origs, "\n\n")
	if n := strings.Count(orig, "\n") + strings.Count(resp.Code.Python, "\n"); n > maxRewriteDiffLines {
		resp.Limits = append(resp.Limits, fmt.Sprintf("the diff of the pasted Python against the corrected boto3 is left out: together they have %d lines, over %d", n, maxRewriteDiffLines))
		return
	}
	resp.Diff = diff.Unified("pasted.py", "corrected.py", orig, resp.Code.Python, 3)
}

// braceDiff diffs the user's code in a brace language (Java, C#, PHP,
// Ruby, JavaScript, Go) against the program generated in that language,
// and reports whether the paste's primary code is such code (then the
// Python patch does not apply).
func braceDiff(resp *Response, f *model.Facts, prog string) bool {
	switch resp.CodePrimary {
	case "", codegen.Python, codegen.CLI, codegen.JavaScript:
		// Python and JavaScript v3 code is patched in place (its own
		// fixes); the CLI has no program to diff.
		return false
	}
	sr := f.Incident.Target().Signed
	orig := codeAround(f, sr.Op.Span)
	if orig == "" || prog == "" {
		return true
	}
	if n := strings.Count(orig, "\n") + strings.Count(prog, "\n"); n > maxRewriteDiffLines {
		resp.Limits = append(resp.Limits, fmt.Sprintf("the diff of the pasted code against the corrected program is left out: together they have %d lines, over %d", n, maxRewriteDiffLines))
		return true
	}
	ext := codegen.Ext(resp.CodePrimary)
	resp.Diff = diff.Unified("pasted."+ext, "corrected."+ext, orig, prog, 3)
	return true
}

// codeAround returns the code of the paste around sp: the run of code
// parts (with the URL and credential lines cut out of them) that holds it.
func codeAround(f *model.Facts, sp model.Span) string {
	code := func(k string) bool {
		return k == model.KindPython || k == model.KindText || k == model.KindURL || k == model.KindCredentials
	}
	ps := f.Parts
	for i, p := range ps {
		if !code(p.Kind) || sp.Start < p.Span.Start || sp.Start >= p.Span.End {
			continue
		}
		a, b := i, i
		for a > 0 && code(ps[a-1].Kind) {
			a--
		}
		for b+1 < len(ps) && code(ps[b+1].Kind) {
			b++
		}
		start, end := ps[a].Span.Start, ps[b].Span.End
		if start < 0 || end > len(f.Text) || start >= end {
			return ""
		}
		return f.Text[start:end]
	}
	return ""
}

// maxRewriteDiffLines bounds the diff of pasted code against a generated
// program, which differs almost everywhere: its cost grows with the
// product of the sizes.
const maxRewriteDiffLines = 3000

// partDiffs diffs each Python part against its patched version: the fixes
// change few lines of each, so this stays cheap however long the paste (a
// single part over maxRewriteDiffLines is left out).
func partDiffs(origs, outs []string) string {
	var b strings.Builder
	for i := range origs {
		if strings.Count(origs[i], "\n")+strings.Count(outs[i], "\n") > maxRewriteDiffLines {
			continue
		}
		a, c := "pasted.py", "corrected.py"
		if len(origs) > 1 {
			a, c = fmt.Sprintf("pasted.py (Python part %d)", i+1), fmt.Sprintf("corrected.py (Python part %d)", i+1)
		}
		b.WriteString(diff.Unified(a, c, origs[i], outs[i], 3))
	}
	return b.String()
}

// firstFixes returns, for each finding, the edits of its first fix that
// has any.
func firstFixes(findings []rules.Finding) [][]diff.Edit {
	var out [][]diff.Edit
	for _, fd := range findings {
		for _, fx := range fd.Fixes {
			if len(fx.Edits) > 0 {
				out = append(out, fx.Edits)
				break
			}
		}
	}
	return out
}

// holdsCredential reports whether code still carries a credential literal
// of the paste (a placeholder by now): then the fixes did not remove it and
// the generated program, which reads the default chain, is given instead.
func holdsCredential(code string, f *model.Facts) bool {
	var vals []*model.Value
	for _, c := range f.Credentials {
		vals = append(vals, c.Value)
	}
	for _, c := range f.Clients {
		vals = append(vals, c.AccessKeyID, c.SecretKey, c.SessionToken)
	}
	for _, v := range vals {
		if v == nil || v.Span.Start < 0 || v.Span.End > len(f.Text) || v.Span.End <= v.Span.Start {
			continue
		}
		lit := strings.TrimSpace(f.Text[v.Span.Start:v.Span.End])
		if v.Known && v.Str != "" && strings.Contains(code, v.Str) || lit != "" && strings.Contains(code, lit) {
			return true
		}
	}
	return false
}
