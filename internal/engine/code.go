package engine

import (
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
		}
	}
	orig, patched, applied := codegen.PatchPython(f.Text, f.Parts, firstFixes(findings))
	if orig == "" {
		return
	}
	if applied > 0 && !holdsCredential(patched, f) {
		resp.Code.Python = patched
	}
	if resp.Code.Python != "" {
		resp.Diff = diff.Unified("pasted.py", "corrected.py", orig, resp.Code.Python, 3)
	}
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
