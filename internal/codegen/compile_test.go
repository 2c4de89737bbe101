//go:build !js && !wasip1

// These tests start other programs (compilers, the real SDKs), which a
// js/wasm or wasip1 test binary cannot: they are built natively only.

package codegen

import (
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// heavy skips tests that start other programs where they cannot run.
func heavy(t *testing.T, tool string) string {
	t.Helper()
	path, err := exec.LookPath(tool)
	if err != nil {
		t.Skipf("%s is not installed: the emitted code is not checked with it", tool)
	}
	return path
}

func run(t *testing.T, dir, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}

func TestGoFormatted(t *testing.T) {
	for name, progs := range generated(t) {
		src := progs[Go]
		got, err := format.Source([]byte(src))
		if err != nil {
			t.Errorf("%s: the Go program does not parse: %v\n%s", name, err, src)
		} else if string(got) != src {
			t.Errorf("%s: the Go program is not gofmt-formatted:\n%s", name, got)
		}
	}
}

func TestPythonCompiles(t *testing.T) {
	py := heavy(t, "python3")
	dir := t.TempDir()
	var files []string
	for name, progs := range generated(t) {
		f := filepath.Join(dir, strings.ReplaceAll(name, "-", "_")+".py")
		os.WriteFile(f, []byte(progs[Python]), 0o644)
		files = append(files, f)
	}
	run(t, dir, py, append([]string{"-m", "py_compile"}, files...)...)
}

func TestJavaScriptParses(t *testing.T) {
	node := heavy(t, "node")
	dir := t.TempDir()
	for name, progs := range generated(t) {
		f := filepath.Join(dir, name+".mjs")
		os.WriteFile(f, []byte(progs[JavaScript]), 0o644)
		run(t, dir, node, "--check", f)
		g := filepath.Join(dir, name+".fetch.mjs")
		os.WriteFile(g, []byte("export async function use(url, pastedUrl, file, fields) {\n"+progs[Fetch]+"return response;\n}\n"), 0o644)
		run(t, dir, node, "--check", g)
	}
}

func TestShellParses(t *testing.T) {
	bash := heavy(t, "bash")
	dir := t.TempDir()
	for name, progs := range generated(t) {
		for _, target := range []string{CLI, Curl} {
			f := filepath.Join(dir, name+"."+target+".sh")
			os.WriteFile(f, []byte(progs[target]), 0o644)
			run(t, dir, bash, "-n", f)
		}
	}
}

// TestGoVets builds every emitted Go program in one generated module that
// requires the AWS SDK for Go v2 (go.mod and go.sum in testdata/gomod).
func TestGoVets(t *testing.T) {
	goTool := heavy(t, "go")
	dir := t.TempDir()
	for _, f := range []string{"go.mod", "go.sum"} {
		b, err := os.ReadFile(filepath.Join("testdata", "gomod", f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, f), b, 0o644)
	}
	for name, progs := range generated(t) {
		d := filepath.Join(dir, name)
		os.Mkdir(d, 0o755)
		os.WriteFile(filepath.Join(d, "main.go"), []byte(progs[Go]), 0o644)
	}
	// The SDK comes from the module cache or the Go module proxy; without
	// either the programs cannot be built here, which is no fault of theirs.
	dl := exec.Command(goTool, "mod", "download")
	dl.Dir = dir
	dl.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := dl.CombinedOutput(); err != nil {
		t.Skipf("cannot download the AWS SDK for Go v2 (offline?): %v\n%s", err, out)
	}
	cmd := exec.Command(goTool, "vet", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go vet of the emitted programs: %v\n%s", err, out)
	}
}
