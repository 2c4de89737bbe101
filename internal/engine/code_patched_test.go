//go:build !js && !wasip1

// These tests start other programs (compilers, the real SDKs), which a
// js/wasm or wasip1 test binary cannot: they are built natively only.

package engine

import (
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// goParses reports whether Go code parses as a file, as declarations or as
// the statements of a function body (what people paste).
func goParses(code string) bool {
	fs := token.NewFileSet()
	if _, err := parser.ParseFile(fs, "a.go", code, 0); err == nil {
		return true
	}
	if _, err := parser.ParseFile(fs, "a.go", "package p\n"+code, 0); err == nil {
		return true
	}
	_, err := parser.ParseFile(fs, "a.go", "package p\nfunc _() {\n"+code+"\n}\n", 0)
	return err == nil
}

// TestPatchedCodeStillParses checks, over the corpus, the code corpus and
// testdata/minimal, that the corrected code of the user's language still
// parses (Python compiles, JavaScript passes node --check as a module, Go
// parses) whenever the pasted code did, and that the generated programs
// kept beside it (pythonFull, javascriptFull, goFull) do.
func TestPatchedCodeStillParses(t *testing.T) {
	py := needTool(t, "python3")
	node := needTool(t, "node")
	dir := t.TempDir()
	type pair struct{ name, orig, fixed string }
	var pys, jss []pair
	goN := 0
	for name, in := range minimalPastes(t) {
		resp := Analyze(Request{Input: in[0], Now: in[1]})
		if resp.Error != "" {
			continue
		}
		facts, _ := analyseCode(in[0])
		code := codeMap(resp.Code)
		for key, u := range userCodeOf(facts) {
			got := code[key]
			if got == "" || got == u.text {
				continue
			}
			switch key {
			case "python":
				pys = append(pys, pair{name, u.text, got})
			case "javascript":
				jss = append(jss, pair{name, u.text, got})
			case "go":
				goN++
				if goParses(u.text) && !goParses(got) {
					t.Errorf("%s: the pasted Go parses, the corrected Go does not:\n%s", name, got)
				}
			}
		}
		if g := resp.Code.GoFull; g != "" && !goParses(g) {
			t.Errorf("%s: goFull does not parse", name)
		}
		if j := resp.Code.JavaScriptFull; j != "" {
			jss = append(jss, pair{name + " (javascriptFull)", "", j})
		}
	}
	write := func(i int, ext, text string) string {
		f := filepath.Join(dir, fmt.Sprintf("c%d.%s", i, ext))
		os.WriteFile(f, []byte(text), 0o644)
		return f
	}
	// One interpreter each for all files: a process per file is slow on a
	// loaded machine.
	var files []string
	for i, p := range pys {
		files = append(files, write(i, "orig.py", p.orig), write(i, "fixed.py", p.fixed))
	}
	pyOK := parsesAll(t, py, []string{"-c", pyCompileAll}, files)
	for i, p := range pys {
		if pyOK[2*i] && !pyOK[2*i+1] {
			t.Errorf("%s: the pasted Python compiles, the corrected Python does not:\n%s", p.name, p.fixed)
		}
	}
	files = nil
	for i, p := range jss {
		files = append(files, write(i, "orig.mjs", p.orig), write(i, "fixed.mjs", p.fixed))
	}
	jsOK := parsesAll(t, node, []string{"--experimental-vm-modules", "--no-warnings", "-e", `const vm = require("vm"), fs = require("fs");
for (const f of process.argv.slice(1).filter((a) => a !== "--")) { try { new vm.SourceTextModule(fs.readFileSync(f, "utf8")); console.log("ok"); } catch (e) { console.log("bad"); } }`}, files)
	for i, p := range jss {
		if (p.orig == "" || jsOK[2*i]) && !jsOK[2*i+1] {
			t.Errorf("%s: the corrected JavaScript does not parse while the pasted one did:\n%s", p.name, p.fixed)
		}
	}
	if len(pys)+len(jss)+goN < 20 {
		t.Errorf("only %d corrected programs checked", len(pys)+len(jss)+goN)
	}
	t.Logf("%d Python, %d JavaScript, %d Go corrected programs checked", len(pys), len(jss), goN)
}

// pyCompileAll is a Python program that compiles each file named on its
// command line and prints ok or bad for each: a file compiles as a module,
// or as the body of a function (a fragment: a top-level return, lines
// pasted from a function's body with their indentation), so a fragment
// the fixes broke is caught too.
const pyCompileAll = `import sys, textwrap
def ok(src, f):
    try:
        compile(src, f, 'exec')
        return True
    except Exception:
        pass
    try:
        compile('def _fragment():\n' + textwrap.indent(textwrap.dedent(src), '    ') + '\n    pass\n', f, 'exec')
        return True
    except Exception:
        return False
for f in sys.argv[1:]:
    if f == '--':
        continue
    print('ok' if ok(open(f).read(), f) else 'bad')`

// parsesAll runs one interpreter over files and returns, per file, whether
// it printed ok.
func parsesAll(t *testing.T, tool string, args, files []string) []bool {
	t.Helper()
	if len(files) == 0 {
		return nil
	}
	out, err := exec.Command(tool, append(append(args, "--"), files...)...).Output()
	if err != nil {
		t.Fatalf("%s: %v", tool, err)
	}
	lines := strings.Fields(string(out))
	if len(lines) != len(files) {
		t.Fatalf("%s answered %d lines for %d files", tool, len(lines), len(files))
	}
	res := make([]bool, len(files))
	for i, l := range lines {
		res[i] = l == "ok"
	}
	return res
}
