//go:build !js && !wasip1

// These tests start other programs (compilers, the real SDKs), which a
// js/wasm or wasip1 test binary cannot: they are built natively only.

package engine

import (
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/codegen"
)

// TestEmittedCodeCompilesOnPastes runs every golden request and code
// corpus paste through Analyze and checks the code it gives: the generated
// boto3 compiles, the pasted Python with the fixes applied compiles
// whenever the pasted Python did, the Go parses and is gofmt-formatted,
// the JavaScript parses, and the shell lines pass bash -n.
func TestEmittedCodeCompilesOnPastes(t *testing.T) {
	py := needTool(t, "python3")
	node := needTool(t, "node")
	bash := needTool(t, "bash")
	dir := t.TempDir()
	var pyFull, pyPatched, pyOrig, js, sh []string
	n := 0
	for name, input := range pastes(t) {
		resp := Analyze(Request{Input: input, Now: "2024-01-15T14:35:00Z"})
		if resp.Error != "" {
			t.Errorf("%s: %s", name, resp.Error)
			continue
		}
		if resp.Code.Go == "" {
			continue
		}
		n++
		write := func(ext, text string) string {
			f := filepath.Join(dir, fmt.Sprintf("%s.%s", strings.NewReplacer("-", "_", ".", "_").Replace(name), ext))
			os.WriteFile(f, []byte(text), 0o644)
			return f
		}
		pyFull = append(pyFull, write("full.py", resp.Code.PythonFull))
		if resp.Code.Python != resp.Code.PythonFull {
			orig, _, _ := codegen.PatchPython(resp.Redacted, Split(resp.Redacted), nil)
			pyOrig = append(pyOrig, write("orig.py", orig))
			pyPatched = append(pyPatched, write("patched.py", resp.Code.Python))
		}
		js = append(js, write("mjs", resp.Code.JavaScript))
		js = append(js, write("fetch.mjs", "export async function use(url, pastedUrl, file, fields) {\n"+resp.Code.Fetch+"return response;\n}\n"))
		sh = append(sh, write("cli.sh", resp.Code.CLI), write("curl.sh", resp.Code.Curl))
		if src, err := format.Source([]byte(resp.Code.Go)); err != nil || string(src) != resp.Code.Go {
			t.Errorf("%s: the Go program does not parse or is not gofmt-formatted (%v):\n%s", name, err, resp.Code.Go)
		}
	}
	if n < 5 {
		t.Fatalf("only %d pastes gave code", n)
	}
	if out, err := exec.Command(py, append([]string{"-m", "py_compile"}, pyFull...)...).CombinedOutput(); err != nil {
		t.Errorf("generated boto3 does not compile: %v\n%s", err, out)
	}
	// One interpreter for every pair (a process per file is slow).
	var pairs []string
	for i := range pyPatched {
		pairs = append(pairs, pyOrig[i], pyPatched[i])
	}
	pyOK := parsesAll(t, py, []string{"-c", pyCompileAll}, pairs)
	for i, f := range pyPatched {
		if pyOK[2*i] && !pyOK[2*i+1] {
			b, _ := os.ReadFile(f)
			t.Errorf("the pasted Python compiled, but not with the fixes applied:\n%s", b)
		}
	}
	check := exec.Command(bash, append([]string{"-c", `rc=0; pids=(); for f in "$@"; do "$NODE" --check "$f" & pids+=($!); done; for p in "${pids[@]}"; do wait "$p" || rc=1; done; exit $rc`, "check"}, js...)...)
	check.Env = append(os.Environ(), "NODE="+node)
	if out, err := check.CombinedOutput(); err != nil {
		t.Errorf("emitted JavaScript does not parse: %v\n%s", err, out)
	}
	for _, f := range sh {
		if out, err := exec.Command(bash, "-n", f).CombinedOutput(); err != nil {
			t.Errorf("%s: %v\n%s", filepath.Base(f), err, out)
		}
	}
	t.Logf("%d pastes: %d boto3 programs, %d patched pastes, %d JavaScript files, %d shell files checked", n, len(pyFull), len(pyPatched), len(js), len(sh))
}
