package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/python"
	"github.com/presign-doctor/presign-doctor/internal/redact"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/all"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// codeCase is one snippet of testdata/code: its input, the hand-written
// expectations and the golden findings.
type codeCase struct {
	name     string
	header   string
	input    string
	want     []string
	findings string
}

func readCodeCase(fatalf func(string, ...any), path string) codeCase {
	b, err := os.ReadFile(path)
	if err != nil {
		fatalf("%v", err)
	}
	c := codeCase{name: strings.TrimSuffix(filepath.Base(path), ".txt")}
	sections := map[string]*strings.Builder{}
	cur := "header"
	sections[cur] = &strings.Builder{}
	for _, l := range strings.SplitAfter(string(b), "\n") {
		if strings.HasPrefix(l, "-- ") && strings.HasSuffix(strings.TrimSpace(l), " --") {
			cur = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(l), "-- "), " --")
			sections[cur] = &strings.Builder{}
			continue
		}
		sections[cur].WriteString(l)
	}
	get := func(n string) string {
		if s, ok := sections[n]; ok {
			return s.String()
		}
		return ""
	}
	c.header, c.input, c.findings = get("header"), get("input"), get("findings")
	for _, l := range strings.Split(get("want"), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			c.want = append(c.want, l)
		}
	}
	if c.input == "" {
		fatalf("%s: no -- input -- section", path)
	}
	return c
}

func (c codeCase) write(path, findings string) error {
	var b strings.Builder
	b.WriteString(c.header)
	b.WriteString("-- input --\n" + c.input)
	b.WriteString("-- want --\n" + strings.Join(c.want, "\n") + "\n")
	b.WriteString("-- findings --\n" + findings)
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

var testNow = time.Date(2024, 1, 15, 14, 30, 0, 0, time.UTC)

// analyseCode runs the pipeline up to the rules and returns the facts and
// findings.
func analyseCode(input string) (*model.Facts, []rules.Finding) {
	red := redact.Redact(input, redact.Options{})
	text := blankLineNumbers(red.Text) // as Analyze reads it
	parts := Split(text)
	facts := model.Build(text, parts, testNow)
	facts.SetRedactions(red.Redactions)
	return facts, all.Run(facts, "", red.Reveal)
}

func showVal(v *model.Value) string {
	switch {
	case v == nil:
		return "-"
	case v.Known:
		return v.Str
	}
	return "?" + v.Expr
}

// factLines is a line-per-fact summary of the python facts, which want
// lines starting with "fact " are matched against.
func factLines(f *model.Facts) []string {
	var out []string
	for _, c := range f.Clients {
		if c.Source != "python" {
			continue
		}
		region := c.Region
		if region == nil && c.Session != nil {
			region = c.Session.Region
		}
		s := fmt.Sprintf("client %s region=%s endpoint=%s sig=%s style=%s", c.Service, showVal(region), showVal(c.Endpoint), showVal(c.SignatureVersion), showVal(c.AddressingStyle))
		if c.Service == "" {
			s = fmt.Sprintf("session region=%s profile=%s", showVal(c.Region), showVal(c.Profile))
		}
		if c.AccessKeyID != nil {
			s += " key=" + showVal(c.AccessKeyID)
		}
		if c.SessionToken != nil {
			s += " token"
		}
		if c.CredentialsFrom != nil {
			s += " creds-from=" + c.CredentialsFrom.Name
		}
		if c.Var != "" {
			s += " var=" + c.Var
		}
		out = append(out, s)
	}
	for _, o := range f.Operations {
		if o.Source != "python" {
			continue
		}
		s := fmt.Sprintf("op %s %s %s bucket=%s key=%s expires=%s", o.Kind, o.Name, o.Method, showVal(o.Bucket), showVal(o.Key), showVal(o.ExpiresIn))
		for _, p := range o.Params {
			if p.Name != "Bucket" && p.Name != "Key" {
				s += fmt.Sprintf(" %s=%s", p.Name, showVal(p.Value))
			}
		}
		for _, p := range o.Fields {
			s += fmt.Sprintf(" field:%s=%s", p.Name, showVal(p.Value))
		}
		for _, p := range o.ConditionParams {
			s += " cond:" + p.Name
		}
		if o.Func != "" {
			s += " func=" + o.Func
		}
		if o.Client == nil {
			s += " client=?"
		}
		out = append(out, s)
	}
	for _, s := range f.STSCalls {
		if s.Source == "python" {
			out = append(out, fmt.Sprintf("sts %s duration=%s module=%v", s.Name, showVal(s.Duration), s.ModuleLevel))
		}
	}
	for _, c := range f.Credentials {
		if c.Source == "python" {
			out = append(out, fmt.Sprintf("credential %s %s", c.Kind, c.Name))
		}
	}
	for _, h := range f.HTTPCalls {
		if h.Source == "python" {
			out = append(out, fmt.Sprintf("http %s %s url=%s headers=%d", h.Library, h.Method, showVal(h.URL), len(h.Headers)))
		}
	}
	for _, e := range f.URLEdits {
		out = append(out, "url-edit "+e.What)
	}
	if f.Runtime.Lambda {
		out = append(out, "runtime lambda")
	}
	for _, e := range f.Runtime.EnvVarsRead {
		out = append(out, "env "+e.Name)
	}
	return out
}

func pyProblems(text string, f *model.Facts) int {
	n := 0
	for _, p := range f.Parts {
		if p.Kind == model.KindPython {
			n += len(python.Parse(text, p.Span).Problems)
		}
	}
	return n
}

// TestCodeCorpus reads every snippet of testdata/code, checks its
// hand-written expectations (facts, rules that fire or stay silent, fixes)
// and compares the findings with the golden section (refresh with -update
// after reading the diff).
func TestCodeCorpus(t *testing.T) {
	files, _ := filepath.Glob("testdata/code/*.txt")
	if len(files) < minCorpus {
		t.Fatalf("corpus has %d snippets, want at least 60", len(files))
	}
	for _, path := range files {
		c := readCodeCase(t.Fatalf, path)
		t.Run(c.name, func(t *testing.T) {
			facts, findings := analyseCode(c.input)
			if resp := Analyze(Request{Input: c.input, Now: testNow.Format(time.RFC3339)}); resp.Error != "" {
				t.Fatalf("engine error: %s", resp.Error)
			}
			lines := factLines(facts)
			byRule := map[string][]rules.Finding{}
			for _, f := range findings {
				byRule[f.Rule] = append(byRule[f.Rule], f)
				if f.Span.Start < 0 || f.Span.End > len(facts.Text) || f.Span.Start > f.Span.End {
					t.Errorf("%s: span %v out of the text", f.Rule, f.Span)
				}
				for _, fx := range f.Fixes {
					if len(fx.Edits) == 0 {
						continue
					}
					fixed, err := diff.Apply(facts.Text, fx.Edits)
					if err != nil {
						t.Errorf("%s: fix %q does not apply: %v", f.Rule, fx.Message, err)
						continue
					}
					// A fix must not break code that read cleanly.
					if before := pyProblems(facts.Text, facts); before == 0 {
						ff := model.Build(fixed, Split(fixed), testNow)
						if after := pyProblems(fixed, ff); after > 0 {
							t.Errorf("%s: fix %q leaves code that does not parse:\n%s", f.Rule, fx.Message, fixed)
						}
					}
				}
			}
			for _, w := range c.want {
				verb, arg, _ := strings.Cut(w, " ")
				switch verb {
				case "fact":
					found := false
					for _, l := range lines {
						if strings.Contains(l, arg) {
							found = true
						}
					}
					if !found {
						t.Errorf("no fact line contains %q; facts:\n  %s", arg, strings.Join(lines, "\n  "))
					}
				case "nofact":
					for _, l := range lines {
						if strings.Contains(l, arg) {
							t.Errorf("fact line %q contains %q", l, arg)
						}
					}
				case "fires":
					if len(byRule[arg]) == 0 {
						t.Errorf("%s does not fire", arg)
					}
				case "silent":
					if len(byRule[arg]) > 0 {
						t.Errorf("%s fires: %s", arg, byRule[arg][0].Message)
					}
				case "hints-only":
					for _, f := range findings {
						if f.Severity != rules.Info {
							t.Errorf("%s (%s) fires: %s", f.Rule, f.Severity, f.Message)
						}
					}
				case "at":
					// at RULE TEXT: the finding of RULE points at TEXT.
					rule, text, _ := strings.Cut(arg, " ")
					ok := false
					for _, f := range byRule[rule] {
						if facts.Text[f.Span.Start:f.Span.End] == text {
							ok = true
						}
					}
					if !ok {
						t.Errorf("no %s finding points at %q", rule, text)
					}
				case "fix":
					// fix RULE TEXT: applying a fix of RULE gives code containing TEXT.
					rule, text, _ := strings.Cut(arg, " ")
					text = strings.ReplaceAll(text, `\n`, "\n")
					ok := false
					var got []string
					for _, f := range byRule[rule] {
						for _, fx := range f.Fixes {
							if fixed, err := diff.Apply(facts.Text, fx.Edits); err == nil && len(fx.Edits) > 0 {
								got = append(got, fixed)
								if strings.Contains(fixed, text) {
									ok = true
								}
							}
						}
					}
					if !ok {
						t.Errorf("no fix of %s gives code containing %q; fixed versions:\n%s", rule, text, strings.Join(got, "\n----\n"))
					}
				case "problems":
					if len(facts.Problems) == 0 {
						t.Errorf("no syntax problems reported")
					}
				default:
					t.Fatalf("unknown want line %q", w)
				}
			}
			got := dumpFindings(facts.Text, findings)
			if *update {
				if err := c.write(path, got); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != c.findings {
				t.Errorf("findings differ from the golden section (run with -update after checking):\n%s", got)
			}
		})
	}
}

// dumpFindings renders findings for the golden section: rule, severity,
// the text pointed at, and each fix with its edits.
func dumpFindings(text string, fs []rules.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s %s %q key=%q\n  %s\n", f.Rule, f.Severity, clip(text[f.Span.Start:f.Span.End]), f.Key, f.Message)
		for _, fx := range f.Fixes {
			fmt.Fprintf(&b, "  fix: %s\n", fx.Message)
			es := append([]diff.Edit(nil), fx.Edits...)
			sort.SliceStable(es, func(i, j int) bool { return es[i].Start < es[j].Start })
			for _, e := range es {
				fmt.Fprintf(&b, "    edit %q -> %q\n", clip(text[e.Start:e.End]), e.New)
			}
		}
	}
	return b.String()
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}

// minCorpus is the least number of snippets the corpus must hold.
var minCorpus = envInt("CODE_CORPUS_MIN", 60)

func envInt(name string, def int) int {
	var n int
	if _, err := fmt.Sscan(os.Getenv(name), &n); err == nil {
		return n
	}
	return def
}

// bigPython builds a python file of about n lines from the corpus snippets
// (each wrapped in its own def so names stay apart).
func bigPython(tb testing.TB, n int) string {
	files, _ := filepath.Glob("testdata/code/style_*.txt")
	var b strings.Builder
	b.WriteString("import os\nimport boto3\nfrom botocore.config import Config\n\n")
	lines := 4
	for i := 0; lines < n; i++ {
		c := readCodeCase(tb.Fatalf, files[i%len(files)])
		if strings.Contains(c.input, ">>>") || strings.Contains(c.input, "In [") || strings.Contains(c.input, "@@") || strings.HasPrefix(c.input, " ") || strings.HasPrefix(c.input, "-") {
			continue
		}
		fmt.Fprintf(&b, "def snippet_%d():\n", i)
		for _, l := range strings.Split(strings.TrimRight(c.input, "\n"), "\n") {
			b.WriteString("    " + l + "\n")
			lines++
		}
		b.WriteString("\n")
		lines += 2
	}
	return b.String()
}

// BenchmarkCodeRead2000 reads (parses) a 2,000-line python file.
func BenchmarkCodeRead2000(b *testing.B) {
	src := bigPython(b, 2000)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		python.Parse(src, source.Span{End: len(src)})
	}
}

// BenchmarkCodeAnalyze2000 runs the whole analysis (redaction, split,
// facts, rules, code output) on a 2,000-line python file.
func BenchmarkCodeAnalyze2000(b *testing.B) {
	src := bigPython(b, 2000)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if r := Analyze(Request{Input: src, Now: testNow.Format(time.RFC3339)}); r.Error != "" {
			b.Fatal(r.Error)
		}
	}
}
