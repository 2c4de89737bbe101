//go:build !js && !wasip1

// These tests start other programs (compilers, the real SDKs), which a
// js/wasm or wasip1 test binary cannot: they are built natively only.

package engine

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/codegen"
)

// The AWS documentation's example keys and a made-up session token.

// goClock pins the Go SDK's clock (its internal sdk.NowTime) in the test
// build only; the emitted program itself is unchanged.
const goClock = `package main

import (
	"time"
	_ "unsafe"

	_ "github.com/aws/aws-sdk-go-v2/aws"
)

//go:linkname sdkNowTime github.com/aws/aws-sdk-go-v2/internal/sdk.NowTime
var sdkNowTime func() time.Time

func init() {
	sdkNowTime = func() time.Time { return time.Date(2024, 1, 15, 14, 30, 0, 0, time.UTC) }
}
`

// jsClock pins Date for the JavaScript SDK (loaded with node --import).
const jsClock = `const fixed = Date.UTC(2024, 0, 15, 14, 30, 0);
const Real = Date;
class FixedDate extends Real {
  constructor(...args) { if (args.length === 0) { super(fixed); } else { super(...args); } }
  static now() { return fixed; }
}
globalThis.Date = FixedDate;
`

type runCase struct {
	name  string
	plan  codegen.Plan
	token bool
}

func runCases() []runCase {
	var out []runCase
	for _, op := range []string{"get_object", "put_object"} {
		for _, token := range []bool{false, true} {
			name := op
			if token {
				name += "-token"
			}
			out = append(out, runCase{name, codegen.Plan{
				Bucket: codegen.Value{Str: "presign-doctor-test"}, Key: codegen.Value{Str: "dir/a file+1 (copy).txt"},
				Region: "eu-west-1", RegionKnown: true, Operation: op, Kind: "url", Method: codegen.HTTPMethod(op),
				ExpiresIn: 900, Temporary: token,
			}, token})
		}
	}
	return out
}

func runEnv(home string, token bool) []string {
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + home, "AWS_ACCESS_KEY_ID=" + cgKeyID,
		"AWS_SECRET_ACCESS_KEY=" + cgSecret, "AWS_EC2_METADATA_DISABLED=true",
		"AWS_CONFIG_FILE=" + filepath.Join(home, "none"), "AWS_SHARED_CREDENTIALS_FILE=" + filepath.Join(home, "none")}
	for _, k := range []string{"GOPATH", "GOMODCACHE", "GOCACHE", "GOPROXY", "GOFLAGS", "GOROOT"} {
		if v := os.Getenv(k); v != "" {
			env = append(env, k+"="+v)
		}
	}
	if token {
		env = append(env, "AWS_SESSION_TOKEN="+cgToken)
	}
	return env
}

func needTool(t *testing.T, tool string) string {
	t.Helper()
	p, err := exec.LookPath(tool)
	if err != nil {
		t.Skipf("%s is not installed: the emitted code is not run", tool)
	}
	return p
}

// firstLine runs cmd and returns the first line of its output.
// pythonWithBoto3 is the first python3 that imports boto3: the one on PATH,
// else Debian's, where scripts/ensure-boto3.sh (make test) installs
// python3-boto3.
func pythonWithBoto3(t *testing.T) string {
	t.Helper()
	var tried []string
	for _, c := range []string{"python3", "/usr/bin/python3"} {
		p, err := exec.LookPath(c)
		if err != nil {
			continue
		}
		if exec.Command(p, "-c", "import boto3").Run() == nil {
			return p
		}
		tried = append(tried, p)
	}
	t.Skipf("no python3 imports boto3 (tried %v; scripts/ensure-boto3.sh installs Debian's python3-boto3): the emitted boto3 is not run", tried)
	return ""
}

func firstLine(t *testing.T, cmd *exec.Cmd) string {
	t.Helper()
	out, err := cmd.Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, msg)
	}
	line, _ := bufio.NewReader(strings.NewReader(string(out))).ReadString('\n')
	return strings.TrimSpace(line)
}

// checkVerified runs the URL and the secret through Analyze and wants our
// verifier's "match".
func checkVerified(t *testing.T, name, url string, c runCase) {
	t.Helper()
	if !strings.Contains(url, "X-Amz-Signature=") || !strings.Contains(url, "X-Amz-Date=20240115T143000Z") {
		t.Errorf("%s: not a presigned URL signed at the fixed clock: %s", name, url)
		return
	}
	if c.token != strings.Contains(url, "X-Amz-Security-Token=") {
		t.Errorf("%s: session token presence wrong: %s", name, url)
	}
	resp := Analyze(Request{Input: url, Now: cgNow, SecretAccessKey: cgSecret})
	if resp.SigV4.SignatureCheck != "match" {
		t.Errorf("%s: our verifier says %q for the emitted program's URL %s\n%+v", name, resp.SigV4.SignatureCheck, url, resp.SigV4)
	}
	bad := Analyze(Request{Input: url, Now: cgNow, SecretAccessKey: "x" + cgSecret[1:]})
	if bad.SigV4.SignatureCheck == "match" {
		t.Errorf("%s: the verifier accepts a wrong secret", name)
	}
}

// TestEmittedGoSignsForReal builds the emitted Go programs (one module,
// SDK from the module cache or the proxy), runs them with the example keys
// and a fixed clock, and checks their URLs with our verifier.
func TestEmittedGoSignsForReal(t *testing.T) {
	goTool := needTool(t, "go")
	dir := t.TempDir()
	for _, f := range []string{"go.mod", "go.sum"} {
		b, err := os.ReadFile(filepath.Join("..", "codegen", "testdata", "gomod", f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, f), b, 0o644)
	}
	cases := runCases()
	for _, c := range cases {
		d := filepath.Join(dir, "cmd", c.name)
		os.MkdirAll(d, 0o755)
		os.WriteFile(filepath.Join(d, "main.go"), []byte(codegen.GoV2(&c.plan)), 0o644)
		os.WriteFile(filepath.Join(d, "clock.go"), []byte(goClock), 0o644)
	}
	// The SDK comes from the module cache or the Go module proxy; without
	// either the programs cannot be built here, which is no fault of theirs.
	dl := exec.Command(goTool, "mod", "download")
	dl.Dir = dir
	dl.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := dl.CombinedOutput(); err != nil {
		t.Skipf("cannot download the AWS SDK for Go v2 (offline?): %v\n%s", err, out)
	}
	bin := filepath.Join(dir, "bin") + string(filepath.Separator)
	build := exec.Command(goTool, "build", "-o", bin, "./cmd/...")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build of the emitted programs: %v\n%s", err, out)
	}
	for _, c := range cases {
		cmd := exec.Command(filepath.Join(bin, c.name))
		cmd.Env = runEnv(dir, c.token)
		checkVerified(t, "go/"+c.name, firstLine(t, cmd), c)
	}
}

// TestEmittedJavaScriptSignsForReal runs the emitted ES modules with the
// SDK of scripts/node_modules, the example keys and a fixed Date, and
// checks their URLs with our verifier.
func TestEmittedJavaScriptSignsForReal(t *testing.T) {
	node := needTool(t, "node")
	mods, err := filepath.Abs(filepath.Join("..", "..", "scripts", "node_modules"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(mods, "@aws-sdk", "s3-request-presigner")); err != nil {
		t.Skip("scripts/node_modules has no @aws-sdk/s3-request-presigner (make deps-node): the emitted JavaScript is not run")
	}
	dir := t.TempDir()
	if err := os.Symlink(mods, filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	clock := filepath.Join(dir, "clock.mjs")
	os.WriteFile(clock, []byte(jsClock), 0o644)
	for _, c := range runCases() {
		f := filepath.Join(dir, c.name+".mjs")
		os.WriteFile(f, []byte(codegen.JSv3(&c.plan)), 0o644)
		cmd := exec.Command(node, "--import", "file://"+clock, f)
		cmd.Env = runEnv(dir, c.token)
		checkVerified(t, "js/"+c.name, firstLine(t, cmd), c)
	}
}

// TestEmittedJavaScriptV2SignsForReal runs the emitted CommonJS programs
// for the AWS SDK for JavaScript v2 (aws-sdk, pinned in scripts/package.json
// for the tests only) with the example keys and a fixed Date, and checks
// their URLs with our verifier, as the v3 test does.
func TestEmittedJavaScriptV2SignsForReal(t *testing.T) {
	node := needTool(t, "node")
	mods, err := filepath.Abs(filepath.Join("..", "..", "scripts", "node_modules"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(mods, "aws-sdk", "clients", "s3.js")); err != nil {
		t.Skip("scripts/node_modules has no aws-sdk (make deps-node): the emitted JavaScript v2 is not run")
	}
	dir := t.TempDir()
	if err := os.Symlink(mods, filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	clock := filepath.Join(dir, "clock.mjs")
	os.WriteFile(clock, []byte(jsClock), 0o644)
	for _, c := range runCases() {
		f := filepath.Join(dir, c.name+".cjs")
		os.WriteFile(f, []byte(codegen.JSv2(&c.plan)), 0o644)
		cmd := exec.Command(node, "--import", "file://"+clock, f)
		cmd.Env = append(runEnv(dir, c.token), "AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE=1")
		checkVerified(t, "js-v2/"+c.name, firstLine(t, cmd), c)
	}
}

// pyClock runs a program with botocore's clock pinned to the fixed time.
const pyClock = `import datetime, runpy, sys
import botocore.auth
botocore.auth.get_current_datetime = lambda *a, **k: datetime.datetime(2024, 1, 15, 14, 30, 0)
runpy.run_path(sys.argv[1], run_name='__main__')
`

// TestEmittedPythonSignsForReal runs the emitted boto3 programs (when
// boto3 is installed) with the example keys and botocore's clock pinned,
// and checks their URLs with our verifier.
func TestEmittedPythonSignsForReal(t *testing.T) {
	py := pythonWithBoto3(t)
	dir := t.TempDir()
	clock := filepath.Join(dir, "clock.py")
	os.WriteFile(clock, []byte(pyClock), 0o644)
	for _, c := range runCases() {
		f := filepath.Join(dir, strings.ReplaceAll(c.name, "-", "_")+".py")
		os.WriteFile(f, []byte(codegen.Boto3(&c.plan)), 0o644)
		cmd := exec.Command(py, clock, f)
		cmd.Env = runEnv(dir, c.token)
		checkVerified(t, "python/"+c.name, firstLine(t, cmd), c)
	}
}
