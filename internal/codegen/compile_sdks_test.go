//go:build !js && !wasip1

// These tests start other programs (compilers, the real SDKs), which a
// js/wasm or wasip1 test binary cannot: they are built natively only.

package codegen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The emitted Java, C#, PHP, Ruby and JavaScript v2 pass their language's
// own checker (scripts/ensure-checkers.sh installs them from Debian). The
// Java and .NET SDKs are not in Debian's packages: javac and mcs compile
// the programs against stubs (testdata/stubs, read by the engine's paste
// tests too) that declare the SDK members the emitters use, with the
// signatures of the SDKs' sources and API references (aws-sdk-java-v2
// DefaultS3Presigner, S3Presigner and the S3 model builders; AWSSDK.S3's
// GetPreSignedUrlRequest, AmazonS3Config, AWSConfigsS3), so a misspelt
// member, a wrong type or a syntax error fails here.

func TestPHPLints(t *testing.T) {
	php := heavy(t, "php")
	dir := t.TempDir()
	for name, progs := range generated(t) {
		f := filepath.Join(dir, name+".php")
		os.WriteFile(f, []byte(progs[PHP]), 0o644)
		run(t, dir, php, "-l", f)
	}
}

func TestRubyParses(t *testing.T) {
	ruby := heavy(t, "ruby")
	dir := t.TempDir()
	for name, progs := range generated(t) {
		f := filepath.Join(dir, name+".rb")
		os.WriteFile(f, []byte(progs[Ruby]), 0o644)
		run(t, dir, ruby, "-c", f)
	}
}

func TestJavaScriptV2Parses(t *testing.T) {
	node := heavy(t, "node")
	dir := t.TempDir()
	for name, progs := range generated(t) {
		f := filepath.Join(dir, name+".cjs")
		os.WriteFile(f, []byte(progs[JavaScriptV2]), 0o644)
		run(t, dir, node, "--check", f)
	}
}

func TestJavaCompiles(t *testing.T) {
	javac := heavy(t, "javac")
	dir := t.TempDir()
	var files []string
	root, _ := filepath.Abs(filepath.Join("testdata", "stubs", "java"))
	filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(p, ".java") {
			files = append(files, p)
		}
		return nil
	})
	// One javac run for every program, each in a package of its own (the
	// only change to its text).
	for name, progs := range generated(t) {
		pkg := "p_" + strings.ReplaceAll(name, "-", "_")
		d := filepath.Join(dir, pkg)
		os.MkdirAll(d, 0o755)
		f := filepath.Join(d, "Presign.java")
		os.WriteFile(f, []byte("package "+pkg+";\n"+progs[Java]), 0o644)
		files = append(files, f)
	}
	run(t, dir, javac, append([]string{"-d", filepath.Join(dir, "classes")}, files...)...)
}

func TestCSharpCompiles(t *testing.T) {
	mcs := heavy(t, "mcs")
	dir := t.TempDir()
	stub, _ := filepath.Abs(filepath.Join("testdata", "stubs", "csharp", "AwsStubs.cs"))
	for name, progs := range generated(t) {
		f := filepath.Join(dir, name+".cs")
		os.WriteFile(f, []byte(progs[CSharp]), 0o644)
		run(t, dir, mcs, "-langversion:experimental", "-nologo", "-out:"+filepath.Join(dir, name+".exe"), f, stub)
	}
}
