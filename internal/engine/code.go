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
// has any. Findings S3's answer contradicts (rules.Rank makes them info:
// "it is not why this request failed") are left out: their fix is offered
// with the finding, but the corrected code changes only what can explain
// the failure or what nothing contradicts. Applied anyway, such a fix can
// break the code on the user's SDK for nothing (boto3 before 1.36, as
// Debian 12 ships it, rejects the checksum settings of Config).
func firstFixes(findings []rules.Finding) [][]diff.Edit {
	var out [][]diff.Edit
	for _, fd := range findings {
		if fd.Severity == rules.Info {
			continue
		}
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
