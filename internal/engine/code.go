package engine

import (
	"fmt"
	"slices"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/codegen"
	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// fillCode fills the corrected code and the diff. The corrected code of
// a language the user pasted is their own code with the fixes applied in
// place (the first fix of every finding, as the page gives when the user
// applies them all, and the plan's own changes to the presign call): their
// functions, parameters, names and comments stay, and the diff shows the
// fixes and nothing else. The program generated from the facts is the
// fallback for a language the paste has no code in (and stays whole in the
// *Full fields when the user's code takes its place); it is also given when the user's code, fixed, would still
// hold a credential literal, or when no fix applies to Python that reads
// with problems (a fragment that cannot be a program is given as the
// user's fragment with the fixes in place).
func fillCode(resp *Response, f *model.Facts, findings []rules.Finding) {
	plan := codegen.FromFacts(f)
	if plan != nil {
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
	}
	runs := codegen.Runs(f)
	if len(runs) == 0 {
		return
	}
	giveEdits(findings, append(append(codegen.PlanEdits(f.Text, plan), codegen.CredentialEdits(f.Text, f)...), codegen.SendEdits(f.Text, f)...))
	fixes := firstFixes(findings)
	patched := codegen.PatchRuns(f.Text, f, runs, fixes)
	resp.Diff = runDiffs(patched)
	byKey := map[string][]codegen.Patched{}
	var keys []string
	for _, p := range patched {
		k := codeKey(p.Lang)
		if byKey[k] == nil {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], p)
	}
	slots := map[string]*string{codegen.Python: &resp.Code.Python, codegen.JavaScript: &resp.Code.JavaScript, codegen.Go: &resp.Code.Go,
		codegen.Java: &resp.Code.Java, codegen.CSharp: &resp.Code.CSharp, codegen.PHP: &resp.Code.PHP, codegen.Ruby: &resp.Code.Ruby}
	// The generated program stays whole beside the user's code.
	full := map[string]*string{codegen.JavaScript: &resp.Code.JavaScriptFull, codegen.Go: &resp.Code.GoFull,
		codegen.Java: &resp.Code.JavaFull, codegen.CSharp: &resp.Code.CSharpFull, codegen.PHP: &resp.Code.PHPFull, codegen.Ruby: &resp.Code.RubyFull}
	for _, k := range keys {
		slot := slots[k]
		if slot == nil {
			continue // no code key for this language yet: its fixes are in the diff
		}
		var outs []string
		applied := 0
		for _, p := range byKey[k] {
			outs = append(outs, p.Out)
			applied += p.Applied
		}
		if plan == nil && applied == 0 {
			continue // no presign code and nothing fixed: nothing to correct
		}
		code := strings.Join(outs, "\n\n")
		if k == codegen.Go && !strings.HasSuffix(code, "\n") {
			code += "\n" // a Go file ends with a newline (gofmt); the run's span stops at its last '}'
		}
		if holdsCredential(code, f) {
			continue
		}
		if k == codegen.Python {
			clean, ok := codegen.CleanPython(code)
			switch {
			case ok && (applied > 0 || codegen.PyReadsClean(clean)):
				code = clean
			case !ok:
				// A fragment (a function's body, a top-level return, mixed
				// tabs): the user's lines with the fixes in place (none when
				// the fixes are for other code), never re-indented or
				// re-emitted, only a REPL's prompts or a diff's markers taken
				// off; the generated program stays whole in PythonFull.
				code = clean
			default:
				continue
			}
		}
		if f := full[k]; f != nil && *slot != code {
			*f = *slot
		}
		*slot = code
	}
}

// giveEdits gives each change the plan makes to the user's call to the
// finding it fixes, as the edits of that finding's first fix when it has
// none (the finding then carries the exact change, and "Apply fix" makes
// it): the findings of its rules on that call (their span, or a related
// span, inside the call), else the first finding of its rules.
func giveEdits(findings []rules.Finding, pes []codegen.PlanEdit) {
	for _, pe := range pes {
		best := -1
		for i := range findings {
			fd := &findings[i]
			if !slices.Contains(pe.Rules, fd.Rule) || len(fd.Fixes) == 0 || hasEdits(fd) {
				continue
			}
			on := within(fd.Span, pe.Call)
			for _, r := range fd.Related {
				on = on || within(r, pe.Call)
			}
			if on {
				// Every finding of the rule on that call gets the edits
				// (two literals of one client: one fix, applied once).
				findings[i].Fixes[0].Edits = append([]diff.Edit(nil), pe.Edits...)
				best = -2
				continue
			}
			if best == -1 {
				best = i
			}
		}
		if best >= 0 {
			findings[best].Fixes[0].Edits = append([]diff.Edit(nil), pe.Edits...)
		}
	}
}

func hasEdits(fd *rules.Finding) bool {
	for _, fx := range fd.Fixes {
		if len(fx.Edits) > 0 {
			return true
		}
	}
	return false
}

func within(in, out source.Span) bool {
	return out.End > out.Start && in.Start >= out.Start && in.End <= out.End
}

// codeKey is the key of the code object for a language of the paste.
func codeKey(lang string) string {
	if lang == "typescript" {
		return codegen.JavaScript
	}
	return lang
}

// diffExt names a language's file in the diff headers.
var diffExt = table.Pairs(codegen.Python, "py", codegen.JavaScript, "js", "typescript", "ts", codegen.Go, "go",
	"java", "java", "csharp", "cs", "php", "php", "ruby", "rb", "rust", "rs")

// maxRewriteDiffLines bounds the diff of one run of code against its
// corrected version (a run longer than that is left out of the diff).
const maxRewriteDiffLines = 3000

// runDiffs diffs each run of the user's code that the fixes change against
// its corrected version: the fixes change few lines of each, so this stays
// cheap however long the paste.
func runDiffs(ps []codegen.Patched) string {
	count := map[string]int{}
	for _, p := range ps {
		count[p.Lang]++
	}
	seen := map[string]int{}
	var b strings.Builder
	for _, p := range ps {
		seen[p.Lang]++
		if p.Out == p.Orig || strings.Count(p.Orig, "\n")+strings.Count(p.Out, "\n") > maxRewriteDiffLines {
			continue
		}
		ext := diffExt[p.Lang]
		if ext == "" {
			ext = "txt"
		}
		a, c := "pasted."+ext, "corrected."+ext
		if count[p.Lang] > 1 {
			what := fmt.Sprintf(" (%s part %d)", langName(p.Lang), seen[p.Lang])
			a, c = a+what, c+what
		}
		b.WriteString(diff.Unified(a, c, p.Orig, p.Out, 3))
	}
	return b.String()
}

func langName(lang string) string {
	switch lang {
	case codegen.Python:
		return "Python"
	case codegen.JavaScript:
		return "JavaScript"
	case "typescript":
		return "TypeScript"
	case codegen.Go:
		return "Go"
	case "csharp":
		return "C#"
	case "php":
		return "PHP"
	}
	return strings.ToUpper(lang[:1]) + lang[1:]
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
// of the paste (a placeholder by now; expressions that read a credential
// from elsewhere are no literal): then the fixes did not remove it and
// the generated program, which reads the default chain, is given instead.
func holdsCredential(code string, f *model.Facts) bool {
	// A presigned URL inside the run (a URL line the run goes on over)
	// names the key ID in its X-Amz-Credential: read, not written.
	for _, u := range f.URLs {
		if u.Span.Start >= 0 && u.Span.End <= len(f.Text) && u.Span.End > u.Span.Start {
			code = strings.ReplaceAll(code, f.Text[u.Span.Start:u.Span.End], "")
		}
	}
	var vals []*model.Value
	for _, c := range f.Credentials {
		vals = append(vals, c.Value)
	}
	for _, c := range f.Clients {
		vals = append(vals, c.AccessKeyID, c.SecretKey, c.SessionToken)
	}
	for _, v := range vals {
		if v == nil || !v.Known && !v.Placeholder || v.IsNum || v.Span.Start < 0 || v.Span.End > len(f.Text) || v.Span.End <= v.Span.Start {
			continue // an expression (c["AccessKeyId"], settings.KEY) is no literal
		}
		if sec, ok := f.SecretOf(v); ok && sec.Dummy != "" {
			continue // an emulator's dummy value against a local endpoint stays (LocalStack's presign validation needs test/test)
		}
		lit := strings.TrimSpace(f.Text[v.Span.Start:v.Span.End])
		if v.Known && v.Str != "" && strings.Contains(code, v.Str) || lit != "" && strings.Contains(code, lit) {
			return true
		}
	}
	return false
}
