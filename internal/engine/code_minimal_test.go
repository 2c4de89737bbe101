package engine

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/codegen"
	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// The minimal-fix measure (issue 23): the corrected code of the language
// the user pasted is their code with the fixes applied in place, so its
// diff against the paste changes only the calls the fixes change. For
// every paste with user code and a finding on it that carries a fix, it
// counts the changed lines of that diff (removed lines, and added lines at
// their place in the paste) and how many lie outside the fixed calls: the
// calls (presign operation, client, STS call, HTTP call, credential) that
// hold a fix's edit or the finding itself, and the lines the edits touch.

// codeKeyOf is the key of the response's code object for a language of
// the paste.
func codeKeyOf(lang string) string {
	switch lang {
	case "typescript":
		return "javascript"
	case model.KindPython:
		return "python"
	}
	return lang
}

// userCode is the user's code of one language in a paste: the spans of its
// runs (text offsets) and the text they make, joined by a blank line as
// the engine joins them.
type userCode struct {
	spans []model.Span
	text  string
	// offs are the starts of each run in text.
	offs []int
}

func (u *userCode) add(text string, sp model.Span) {
	if u.text != "" {
		u.text += "\n\n"
	}
	u.offs = append(u.offs, len(u.text))
	u.spans = append(u.spans, sp)
	u.text += text[sp.Start:sp.End]
}

// line returns the 0-based line in u.text of the paste offset off, or -1.
func (u *userCode) line(off int) int {
	for i, sp := range u.spans {
		if off >= sp.Start && off <= sp.End {
			return strings.Count(u.text[:u.offs[i]+off-sp.Start], "\n")
		}
	}
	return -1
}

func (u *userCode) holds(sp model.Span) bool {
	for _, s := range u.spans {
		if sp.Start >= s.Start && sp.End <= s.End {
			return true
		}
	}
	return false
}

// userCodeOf groups the code runs of a paste by code key.
func userCodeOf(f *model.Facts) map[string]*userCode {
	out := map[string]*userCode{}
	get := func(k string) *userCode {
		if out[k] == nil {
			out[k] = &userCode{}
		}
		return out[k]
	}
	for _, r := range codegen.Runs(f) {
		get(codeKeyOf(r.Lang)).add(f.Text, r.Span)
	}
	return out
}

// callSpans are the spans of the calls the facts know.
func callSpans(f *model.Facts) []model.Span {
	var out []model.Span
	for _, o := range f.Operations {
		out = append(out, o.Span)
	}
	for _, c := range f.Clients {
		out = append(out, c.Span)
	}
	for _, c := range f.STSCalls {
		out = append(out, c.Span)
	}
	for _, c := range f.HTTPCalls {
		out = append(out, c.Span)
	}
	for _, c := range f.Credentials {
		out = append(out, c.Span)
	}
	return out
}

// fixedLines returns the lines of u that the findings with a fix name: the
// lines of their edits and of the calls that hold an edit or the finding's
// span; ok is false when no finding with a fix lies in u.
func fixedLines(f *model.Facts, findings []rules.Finding, u *userCode) (map[int]bool, bool) {
	lines := map[int]bool{}
	mark := func(sp model.Span) {
		a, b := u.line(sp.Start), u.line(sp.End)
		if a < 0 || b < 0 {
			return
		}
		for l := a; l <= b; l++ {
			lines[l] = true
		}
	}
	calls := callSpans(f)
	markCalls := func(sp model.Span) {
		for _, c := range calls {
			if c.End > c.Start && within(sp, c) && u.holds(c) {
				mark(c)
			}
		}
	}
	any := false
	for _, fd := range findings {
		if len(fd.Fixes) == 0 {
			continue
		}
		about := u.holds(fd.Span)
		for _, fx := range fd.Fixes {
			for _, e := range fx.Edits {
				sp := model.Span{Start: e.Start, End: e.End}
				if u.holds(sp) {
					about = true
					mark(sp)
					markCalls(sp)
				}
			}
		}
		if about {
			any = true
			if u.holds(fd.Span) {
				mark(fd.Span)
				markCalls(fd.Span)
			}
		}
	}
	return lines, any
}

// changedLines counts the lines of the diff of a against b and those
// outside the given lines of a; an added line is inside when a line next
// to its place is, and a removed Go import is inside when b no longer uses
// its package (the fix took its last use away: Go refuses to compile an
// unused import).
func changedLines(a, b string, inside map[int]bool) (changed, outside int, sample []string) {
	pos := 0
	for _, op := range diff.LineOps(diff.Lines(a), diff.Lines(b)) {
		switch op.Kind {
		case diff.Equal:
			pos = op.A + 1
		case diff.Delete:
			changed++
			if !inside[op.A] && !unusedGoImport(op.Text, b) {
				outside++
				sample = append(sample, "-"+op.Text)
			}
			pos = op.A + 1
		case diff.Insert:
			changed++
			if !inside[pos] && !inside[pos-1] {
				outside++
				sample = append(sample, "+"+op.Text)
			}
		}
	}
	return changed, outside, sample
}

// unusedGoImport reports whether line is a Go import line ("net/url",
// alias "x/y") whose package b does not use (no "name." left in b).
func unusedGoImport(line, b string) bool {
	t := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "import"))
	alias, path, ok := strings.Cut(t, " ")
	if !ok {
		alias, path = "", t
	}
	if len(path) < 3 || path[0] != '"' || path[len(path)-1] != '"' {
		return false
	}
	path = path[1 : len(path)-1]
	name := alias
	if name == "" {
		name = path[strings.LastIndexByte(path, '/')+1:]
	}
	return name != "_" && name != "." && !strings.Contains(b, name+".")
}

// minimalPastes are the pastes the measure runs on: the corpus, the code
// corpus and testdata/minimal, by name.
func minimalPastes(t *testing.T) map[string][2]string {
	out := map[string][2]string{}
	for _, p := range loadCorpus(t) {
		now := p.now
		if now == "" {
			now = corpusDefaultNow
		}
		if p.secret == "" {
			out[p.path] = [2]string{p.paste, now}
		}
	}
	for name, in := range pastes(t) {
		out["engine/"+name] = [2]string{in, "2024-01-15T14:35:00Z"}
	}
	for _, c := range readMinimalCases(t) {
		out["minimal/"+c.name] = [2]string{c.paste, c.now}
	}
	return out
}

type minimalCase struct {
	name, paste, now string
	keep, changes    []string
}

func readMinimalCases(t *testing.T) []minimalCase {
	t.Helper()
	files, _ := filepath.Glob("testdata/minimal/*.txt")
	var out []minimalCase
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		head, rest, ok := strings.Cut(string(b), "-- paste --\n")
		paste, rest, ok2 := strings.Cut(rest, "-- keep --\n")
		if !ok || !ok2 || !strings.Contains(head, "source: ") || !strings.Contains(head, "written: ") {
			t.Fatalf("%s: want source: and written: lines, -- paste -- and -- keep --", f)
		}
		keep, changes, _ := strings.Cut(rest, "-- changes --\n")
		c := minimalCase{name: filepath.Base(f), paste: paste, now: corpusDefaultNow}
		for _, l := range strings.Split(head, "\n") {
			if v, ok := strings.CutPrefix(l, "now: "); ok {
				c.now = strings.TrimSpace(v)
			}
		}
		for _, l := range strings.Split(keep, "\n") {
			if strings.TrimSpace(l) != "" {
				c.keep = append(c.keep, l)
			}
		}
		for _, l := range strings.Split(changes, "\n") {
			if strings.TrimSpace(l) != "" {
				c.changes = append(c.changes, strings.TrimSpace(l))
			}
		}
		out = append(out, c)
	}
	if len(out) < 4 {
		t.Fatalf("only %d minimal pastes", len(out))
	}
	return out
}

func codeMap(c Code) map[string]string {
	b, _ := json.Marshal(c)
	m := map[string]string{}
	json.Unmarshal(b, &m)
	return m
}

// maxOutsideShare and maxPastesOutside are the ratchet of the measure:
// the share of changed lines outside the fixed calls, over the whole
// corpus, in per mille, and the pastes with any such line.
const (
	maxOutsideShare  = 0
	maxPastesOutside = 0
)

// minimalGaps are held-out pastes written before the code (heldout-d)
// whose corrected code is not yet a patch of the user's code, with why:
// they are measured apart, and the test fails once one of them passes,
// so that it leaves the list (the corpus-gaps ratchet, for this measure).
var minimalGaps = map[string]string{}

// signatureRE finds the lines that declare a function or method, per code
// key: their text must come back unchanged.
var signatureRE = map[string]*regexp.Regexp{
	"python":     regexp.MustCompile(`(?m)^[ \t]*(?:async[ \t]+)?def[ \t]+\w+[ \t]*\(.*$`),
	"ruby":       regexp.MustCompile(`(?m)^[ \t]*def[ \t]+[\w.]+.*$`),
	"go":         regexp.MustCompile(`(?m)^[ \t]*func\b.*$`),
	"javascript": regexp.MustCompile(`(?m)^.*(?:\bfunction\b[ \t]*\*?[ \t]*\w*[ \t]*\(|=[ \t]*(?:async[ \t]*)?\([^()]*\)[ \t]*=>).*$`),
	"php":        regexp.MustCompile(`(?m)^.*\bfunction[ \t]+\w+[ \t]*\(.*$`),
	"java":       regexp.MustCompile(`(?m)^[ \t]*(?:public|private|protected|static)\b[^=;\n]*\([^;\n]*$`),
	"csharp":     regexp.MustCompile(`(?m)^[ \t]*(?:public|private|protected|internal|static)\b[^=;\n]*\([^;\n]*$`),
}

// lostCode returns what of the user's code (prog, as the corrected code
// is compared against it) the corrected code got lost that no fix names:
// a line declaring a function or method, or the source text of a
// non-literal argument (a name, a call, an f-string: the values the facts
// read as not constant) outside every fix's edits.
func lostCode(f *model.Facts, findings []rules.Finding, u *userCode, key, prog, got string) []string {
	var lost []string
	squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
	have := squash(got)
	if re := signatureRE[key]; re != nil {
		gotLines := map[string]bool{}
		for _, l := range strings.Split(got, "\n") {
			gotLines[strings.TrimSpace(l)] = true
		}
		for _, sig := range re.FindAllString(prog, -1) {
			if !gotLines[strings.TrimSpace(sig)] {
				lost = append(lost, fmt.Sprintf("the signature %q", strings.TrimSpace(sig)))
			}
		}
	}
	var edits []model.Span
	for _, fd := range findings {
		for _, fx := range fd.Fixes {
			for _, e := range fx.Edits {
				edits = append(edits, model.Span{Start: e.Start, End: e.End})
			}
		}
	}
	touched := func(sp model.Span) bool {
		for _, e := range edits {
			if sp.Start <= e.End && e.Start <= sp.End {
				return true
			}
		}
		return false
	}
	var vals []*model.Value
	for _, o := range f.Operations {
		vals = append(vals, o.Bucket, o.Key, o.ExpiresIn, o.HTTPMethod)
		for _, p := range o.Params {
			vals = append(vals, p.Value)
		}
		for _, p := range o.Fields {
			vals = append(vals, p.Value)
		}
	}
	for _, c := range f.Clients {
		vals = append(vals, c.Region, c.Endpoint, c.Profile, c.SignatureVersion, c.AddressingStyle)
	}
	for _, c := range f.HTTPCalls {
		vals = append(vals, c.URL)
		for _, p := range c.Headers {
			vals = append(vals, p.Value)
		}
	}
	for _, c := range f.STSCalls {
		vals = append(vals, c.Duration, c.RoleARN)
	}
	seen := map[string]bool{}
	for _, v := range vals {
		if v == nil || v.Known || v.Placeholder || v.Span.End <= v.Span.Start || v.Span.End > len(f.Text) || !u.holds(v.Span) || touched(v.Span) {
			continue
		}
		expr := f.Text[v.Span.Start:v.Span.End]
		if strings.Contains(expr, "\n") || seen[expr] {
			continue // a multi-line expression may carry a REPL's prompts
		}
		seen[expr] = true
		if !strings.Contains(have, squash(expr)) {
			lost = append(lost, fmt.Sprintf("the argument %q", expr))
		}
	}
	return lost
}

// TestMinimalFixDiff measures, over every paste with user code and a fix
// for it, the changed lines of the corrected code's diff against the
// user's code that lie outside the fixed calls; checks that the corrected
// code keeps every function signature and every non-literal argument of
// the user's code that no fix edits; and checks the pastes of
// testdata/minimal keep their lines.
func TestMinimalFixDiff(t *testing.T) {
	type row struct {
		name, key        string
		changed, outside int
		sample           []string
	}
	var rows []row
	kept := 0                    // pastes checked for signatures and non-literal arguments
	byKey := map[string][3]int{} // pastes, changed, outside
	all := minimalPastes(t)
	names := make([]string, 0, len(all))
	for n := range all {
		names = append(names, n)
	}
	sort.Strings(names)
	for name := range minimalGaps {
		if _, ok := all[name]; !ok {
			t.Errorf("minimalGaps lists %s, which is no paste", name)
		}
	}
	for _, name := range names {
		in := all[name]
		resp := Analyze(Request{Input: in[0], Now: in[1]})
		if resp.Error != "" {
			continue
		}
		facts, _ := analyseCode(in[0])
		findings := respFindings(&resp)
		if facts.Text != resp.Redacted {
			t.Fatalf("%s: the facts were read from another text than the response's", name)
		}
		code := codeMap(resp.Code)
		for key, u := range userCodeOf(facts) {
			inside, ok := fixedLines(facts, findings, u)
			got, has := code[key]
			if !ok || !has || got == "" {
				continue
			}
			prog, in := asProgram(key, u.text, inside)
			changed, outside, sample := changedLines(prog, got, in)
			lost := lostCode(facts, findings, u, key, prog, got)
			if why, gap := minimalGaps[name]; gap {
				if outside == 0 && len(lost) == 0 {
					t.Errorf("%s is listed in minimalGaps (%s) but its corrected %s is now a patch of the user's code: take it off the list", name, why, key)
				}
				continue
			}
			rows = append(rows, row{name, key, changed, outside, sample})
			for _, l := range lost {
				t.Errorf("%s: the corrected %s lost %s", name, key, l)
			}
			kept++
			s := byKey[key]
			byKey[key] = [3]int{s[0] + 1, s[1] + changed, s[2] + outside}
		}
	}
	changed, outside, bad := 0, 0, 0
	for _, r := range rows {
		changed += r.changed
		outside += r.outside
		if r.outside > 0 {
			bad++
			if testing.Verbose() {
				t.Logf("%s (%s): %d of %d changed lines outside the fixed calls, e.g. %q", r.name, r.key, r.outside, r.changed, first(r.sample, 3))
			}
		}
	}
	var keys []string
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s := byKey[k]
		t.Logf("%s: %d pastes, %d changed lines, %d outside the fixed calls", k, s[0], s[1], s[2])
	}
	share := 0
	if changed > 0 {
		share = outside * 1000 / changed
	}
	t.Logf("minimal-fix measure: %d pastes with user code and a fix; %d changed lines, %d outside the fixed calls (%d‰); %d pastes with a change outside", len(rows), changed, outside, share, bad)
	if len(rows) < 20 {
		t.Errorf("only %d pastes measured", len(rows))
	}
	if share > maxOutsideShare {
		t.Errorf("%d‰ of the changed lines lie outside the fixed calls, over the ratchet's %d‰", share, maxOutsideShare)
	}
	if bad > maxPastesOutside {
		t.Errorf("%d pastes have a changed line outside the fixed calls, over the ratchet's %d", bad, maxPastesOutside)
	}
	if kept < 20 {
		t.Errorf("only %d pastes checked for kept signatures and arguments", kept)
	}
	for _, c := range readMinimalCases(t) {
		resp := Analyze(Request{Input: c.paste, Now: c.now})
		facts, _ := analyseCode(c.paste)
		findings := respFindings(&resp)
		code := codeMap(resp.Code)
		// Each change is in the corrected code of one of the paste's
		// languages (the sending side's, or the signer's).
		for _, ch := range c.changes {
			found := false
			for key := range userCodeOf(facts) {
				found = found || strings.Contains(code[key], ch)
			}
			if !found {
				t.Errorf("%s: no corrected code carries %q: %q", c.name, ch, code)
			}
		}
		for key, u := range userCodeOf(facts) {
			got := code[key]
			for _, k := range c.keep {
				if strings.Contains(u.text, k) && !strings.Contains(got, k) {
					t.Errorf("%s: the corrected %s lost the line %q:\n%s", c.name, key, k, got)
				}
			}
			inside, _ := fixedLines(facts, findings, u)
			prog, in := asProgram(key, u.text, inside)
			if _, outside, sample := changedLines(prog, got, in); outside > 0 {
				t.Errorf("%s: %d changed lines of the corrected %s lie outside the fixed calls: %q", c.name, outside, key, first(sample, 5))
			}
		}
	}
}

// TestLostCodeBites checks that lostCode catches a rewrite: the generated
// boto3 program (pythonFull), given in place of the user's code, loses a
// signature or a non-literal argument of at least a few pastes, as the
// corrected code did before it was the user's code with the fixes in place.
func TestLostCodeBites(t *testing.T) {
	caught := 0
	for _, c := range readMinimalCases(t) {
		resp := Analyze(Request{Input: c.paste, Now: c.now})
		facts, _ := analyseCode(c.paste)
		findings := respFindings(&resp)
		u := userCodeOf(facts)["python"]
		if u == nil || resp.Code.PythonFull == "" {
			continue
		}
		inside, _ := fixedLines(facts, findings, u)
		prog, _ := asProgram("python", u.text, inside)
		if len(lostCode(facts, findings, u, "python", prog, resp.Code.PythonFull)) > 0 {
			caught++
		}
		if len(lostCode(facts, findings, u, "python", prog, resp.Code.Python)) > 0 {
			t.Errorf("%s: the corrected code loses what the user's code has", c.name)
		}
	}
	if caught < 2 {
		t.Errorf("lostCode caught the generated program's rewrite in %d pastes only", caught)
	}
}

// respFindings are the response's findings with byte offsets: the fixes
// the user sees (the engine gives the plan's changes to findings too).
func respFindings(resp *Response) []rules.Finding {
	src := source.New(resp.Redacted)
	b := func(u int) int { return src.FromUTF16(u) }
	var out []rules.Finding
	for _, f := range resp.Findings {
		fd := rules.Finding{Rule: f.Rule, Span: model.Span{Start: b(f.Start), End: b(f.End)}}
		for _, fx := range f.Fixes {
			x := rules.Fix{Message: fx.Message}
			for _, e := range fx.Edits {
				x.Edits = append(x.Edits, diff.Edit{Start: b(e.Start), End: b(e.End), New: e.New})
			}
			fd.Fixes = append(fd.Fixes, x)
		}
		out = append(out, fd)
	}
	return out
}

// asProgram is the user's Python as the corrected code gives it back,
// a program or a fragment: a REPL's or notebook's prompts and output, a
// diff's markers and removed lines, pins and traceback lines taken off (codegen.CleanPythonLines says which
// line of the paste each line of the program is, so the lines the fixes
// name still hold). Other code is compared as pasted.
func asProgram(key, code string, inside map[int]bool) (string, map[int]bool) {
	if key != "python" {
		return code, inside
	}
	clean, from, _ := codegen.CleanPythonLines(code)
	if clean == code {
		return code, inside
	}
	in := map[int]bool{}
	for i, l := range from {
		in[i] = inside[l]
	}
	return clean, in
}

func first(l []string, n int) []string {
	if len(l) > n {
		return l[:n]
	}
	return l
}

var _ = fmt.Sprint
