//go:build e2e

// Package e2e is the end-to-end tier (make e2e): a real S3-compatible
// server (MinIO, built from the Go module proxy by setup.sh) on 127.0.0.1
// checks the signatures. Each case makes a broken request the way users do
// (boto3 from Debian's python3-boto3, the JavaScript SDK v3 of
// scripts/node_modules, the Go SDK v2, curl), pastes what the user saw into
// the engine, checks the rule it names, runs the corrected code the engine
// emits and checks that the same server now accepts the request.
package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/presign-doctor/presign-doctor/internal/engine"
)

// The server's root credentials: AWS's documented example keys.
const (
	keyID  = "AKIAIOSFODNN7EXAMPLE"
	secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
	// region is the server's: every case signs for it unless its mistake is
	// the region.
	region = "eu-west-1"
	bucket = "e2e-bucket"
)

// root is the repository's top folder.
var root = func() string {
	wd, _ := os.Getwd()
	return filepath.Clean(filepath.Join(wd, "..", ".."))
}()

// server is a running MinIO.
type server struct {
	endpoint string // http://127.0.0.1:PORT
	host     string // 127.0.0.1:PORT
	port     int
	client   *s3.Client
}

var (
	srvOnce sync.Once
	srv     *server
	srvErr  error
	srvStop func()
)

func TestMain(m *testing.M) {
	code := m.Run()
	if srvStop != nil {
		srvStop()
	}
	os.Exit(code)
}

// minioBin is the server binary setup.sh builds.
func minioBin() string {
	if p := os.Getenv("E2E_MINIO"); p != "" {
		return p
	}
	return filepath.Join(root, "dist", "e2e", "bin", "minio")
}

// freePort asks the kernel for a port that is free now.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// theServer starts MinIO once for the whole run (random port, temporary
// folder) and stops it when the tests end, whatever happens: TestMain stops
// it, and the kernel kills it if this process dies first (Pdeathsig).
func theServer(t *testing.T) *server {
	t.Helper()
	srvOnce.Do(func() { srv, srvErr = startServer() })
	if srvErr != nil {
		t.Fatalf("MinIO: %v", srvErr)
	}
	return srv
}

func startServer() (*server, error) {
	if ep := os.Getenv("E2E_ENDPOINT"); ep != "" {
		// A server already running (its root keys the example keys): for
		// debugging the tier against another store.
		return connect(ep, func() {})
	}
	bin := minioBin()
	if _, err := os.Stat(bin); err != nil {
		return nil, fmt.Errorf("%s missing: run scripts/e2e/setup.sh (make e2e does)", bin)
	}
	dir, err := os.MkdirTemp("", "presign-doctor-e2e-")
	if err != nil {
		return nil, err
	}
	var cmd *exec.Cmd
	var log bytes.Buffer
	for try := 0; try < 5; try++ {
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		console, _ := freePort()
		cmd = exec.Command(bin, "server", "--quiet", "--address", fmt.Sprintf("127.0.0.1:%d", port),
			"--console-address", fmt.Sprintf("127.0.0.1:%d", console), filepath.Join(dir, "data"))
		cmd.Env = append(os.Environ(), "MINIO_ROOT_USER="+keyID, "MINIO_ROOT_PASSWORD="+secret,
			"MINIO_REGION="+region, "MINIO_BROWSER=off", "MINIO_UPDATE=off", "HOME="+dir)
		cmd.Stdout, cmd.Stderr = &log, &log
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
		if err := cmd.Start(); err != nil {
			return nil, err
		}
		stop := func() {
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			cmd.Wait()
			os.RemoveAll(dir)
		}
		s := &server{endpoint: fmt.Sprintf("http://127.0.0.1:%d", port), host: fmt.Sprintf("127.0.0.1:%d", port), port: port}
		deadline := time.Now().Add(60 * time.Second)
		ready := false
		for time.Now().Before(deadline) {
			r, err := http.Get(s.endpoint + "/minio/health/ready")
			if err == nil {
				r.Body.Close()
				if r.StatusCode == 200 {
					ready = true
					break
				}
			}
			if cmd.ProcessState != nil {
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
		if !ready {
			stop()
			dir, _ = os.MkdirTemp("", "presign-doctor-e2e-")
			continue // most likely the port was taken in between
		}
		srvStop = stop
		return connect(s.endpoint, stop)
	}
	return nil, fmt.Errorf("MinIO did not become ready:\n%s", log.String())
}

// connect makes the admin client of a running server and its bucket.
func connect(endpoint string, stop func()) (*server, error) {
	s := &server{endpoint: endpoint, host: strings.TrimPrefix(endpoint, "http://")}
	fmt.Sscanf(s.host[strings.LastIndex(s.host, ":")+1:], "%d", &s.port)
	s.client = s3.New(s3.Options{
		Region: region, BaseEndpoint: aws.String(s.endpoint), UsePathStyle: true,
		Credentials: credentials.NewStaticCredentialsProvider(keyID, secret, ""),
	})
	// MinIO may say ready before it serves S3 calls (503
	// XMinioServerNotInitialized on a loaded machine): retry that for a
	// minute, any other error ends the run.
	deadline := time.Now().Add(60 * time.Second)
	for {
		_, err := s.client.CreateBucket(context.Background(), &s3.CreateBucketInput{Bucket: aws.String(bucket)})
		if err == nil || strings.Contains(err.Error(), "BucketAlready") {
			return s, nil
		}
		if !strings.Contains(err.Error(), "XMinioServerNotInitialized") || time.Now().After(deadline) {
			stop()
			return nil, fmt.Errorf("create bucket: %v", err)
		}
		time.Sleep(time.Second)
	}
}

// put stores an object with the admin client.
func (s *server) put(t *testing.T, key, body string) {
	t.Helper()
	_, err := s.client.PutObject(context.Background(), &s3.PutObjectInput{
		Bucket: aws.String(bucket), Key: aws.String(key), Body: strings.NewReader(body)})
	if err != nil {
		t.Fatalf("put %q: %v", key, err)
	}
}

// expand puts the server's address into a code template.
func (s *server) expand(code string) string {
	r := strings.NewReplacer("{{endpoint}}", s.endpoint, "{{host}}", s.host, "{{bucket}}", bucket, "{{region}}", region)
	return r.Replace(code)
}

// env is the environment of every program run: the default credential chain
// finds the server's keys there, nothing else of the user's machine leaks in.
func env(dir string) []string {
	out := []string{"HOME=" + dir, "PATH=" + os.Getenv("PATH"),
		"AWS_ACCESS_KEY_ID=" + keyID, "AWS_SECRET_ACCESS_KEY=" + secret,
		"AWS_EC2_METADATA_DISABLED=true", "AWS_CONFIG_FILE=" + filepath.Join(dir, "none"),
		"AWS_SHARED_CREDENTIALS_FILE=" + filepath.Join(dir, "none")}
	for _, k := range []string{"GOPATH", "GOMODCACHE", "GOCACHE", "GOPROXY", "GOFLAGS", "GOROOT", "GOTOOLCHAIN"} {
		if v, ok := os.LookupEnv(k); ok {
			out = append(out, k+"="+v)
		}
	}
	return out
}

// run runs a command and returns its stdout; a failure ends the test.
func run(t *testing.T, dir string, name string, args ...string) string {
	t.Helper()
	return runEnv(t, dir, nil, name, args...)
}

// runEnv is run with more environment (the user's own variables).
func runEnv(t *testing.T, dir string, extra []string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(env(dir), extra...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s\n%s", name, strings.Join(args, " "), err, out.String(), errb.String())
	}
	return out.String()
}

// lastLine is the last non-empty line of a program's output (the URL it
// prints).
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// python runs code with Debian's python3 (and its python3-boto3), with
// the user's own environment variables when given.
func python(t *testing.T, code string, extra ...string) string {
	t.Helper()
	dir := t.TempDir()
	f := filepath.Join(dir, "main.py")
	os.WriteFile(f, []byte(code), 0o644)
	return runEnv(t, dir, extra, pythonBin(), f)
}

// pythonWrapped runs code under a wrapper script that receives its path
// (a machine whose clock is off, say).
func pythonWrapped(t *testing.T, wrapper, code string) string {
	t.Helper()
	dir := t.TempDir()
	f := filepath.Join(dir, "main.py")
	w := filepath.Join(dir, "wrapper.py")
	os.WriteFile(f, []byte(code), 0o644)
	os.WriteFile(w, []byte(wrapper), 0o644)
	return run(t, dir, pythonBin(), w, f)
}

func pythonBin() string {
	if p := os.Getenv("E2E_PYTHON"); p != "" {
		return p
	}
	return "/usr/bin/python3"
}

// javascript runs an ES module with the SDK of scripts/node_modules.
func javascript(t *testing.T, code string) string {
	t.Helper()
	dir := t.TempDir()
	mods := filepath.Join(root, "scripts", "node_modules")
	if _, err := os.Stat(filepath.Join(mods, "@aws-sdk", "s3-request-presigner")); err != nil {
		t.Fatalf("scripts/node_modules lacks the JavaScript SDK v3 (make deps-node)")
	}
	os.Symlink(mods, filepath.Join(dir, "node_modules"))
	f := filepath.Join(dir, "main.mjs")
	os.WriteFile(f, []byte(code), 0o644)
	return run(t, dir, "node", f)
}

// golang builds and runs a Go program in a module holding the SDK (the
// versions of internal/codegen/testdata/gomod, which the emitted code is
// built with elsewhere).
func golang(t *testing.T, code string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"go.mod", "go.sum"} {
		b, err := os.ReadFile(filepath.Join(root, "internal", "codegen", "testdata", "gomod", f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, f), b, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "main.go"), []byte(code), 0o644)
	cmd := exec.Command("go", "build", "-o", "prog", ".")
	cmd.Dir = dir
	cmd.Env = append(env(dir), "GOFLAGS=-mod=mod", "GOWORK=off")
	if h, err := os.UserHomeDir(); err == nil && os.Getenv("GOPATH") == "" {
		cmd.Env = append(cmd.Env, "GOPATH="+filepath.Join(h, "go"))
	}
	if c, err := os.UserCacheDir(); err == nil && os.Getenv("GOCACHE") == "" {
		cmd.Env = append(cmd.Env, "GOCACHE="+filepath.Join(c, "go-build"))
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s\n%s", err, out, code)
	}
	return run(t, dir, filepath.Join(dir, "prog"))
}

// curlResult is what curl printed: its stdout (the server's body, the
// status line when -i) and its stderr.
type curlResult struct {
	args   []string
	status int
	out    string
	err    string
}

// curl runs curl with -sS, writing the status code on a last line of its
// own so that the body stays what the user sees.
func curl(t *testing.T, dir string, args ...string) curlResult {
	t.Helper()
	full := append([]string{"-sS", "-w", "\n%{http_code}"}, args...)
	cmd := exec.Command("curl", full...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Run() // a failure shows in the status and stderr
	s := out.String()
	i := strings.LastIndex(s, "\n")
	code := 0
	fmt.Sscanf(s[i+1:], "%d", &code)
	return curlResult{args: args, status: code, out: s[:i], err: errb.String()}
}

// shellQuote quotes an argument for the pasted curl line.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./:=@", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// pasted is the curl command line and what it printed, as a user pastes it.
func (c curlResult) pasted() string {
	var b strings.Builder
	b.WriteString("$ curl")
	for _, a := range c.args {
		b.WriteString(" " + shellQuote(a))
	}
	b.WriteString("\n")
	if c.err != "" {
		b.WriteString(c.err)
		if !strings.HasSuffix(c.err, "\n") {
			b.WriteString("\n")
		}
	}
	b.WriteString(c.out)
	return b.String()
}

// response is the part of the engine's answer the tier reads.
type response struct {
	Error    string `json:"error"`
	Findings []struct {
		Rule     string `json:"rule"`
		Severity string `json:"severity"`
		Title    string `json:"title"`
	} `json:"findings"`
	Verdict *struct {
		Rule    string `json:"rule"`
		Summary string `json:"summary"`
	} `json:"verdict"`
	Code        map[string]string `json:"code"`
	CodePrimary string            `json:"codePrimary"`
}

// analyze runs the engine on a paste as the page does, with the clock now.
func analyze(t *testing.T, paste string, secretKey string) response {
	t.Helper()
	req := map[string]any{"input": paste, "now": time.Now().UTC().Format(time.RFC3339)}
	if secretKey != "" {
		req["secretAccessKey"] = secretKey
	}
	b, _ := json.Marshal(req)
	var r response
	if err := json.Unmarshal([]byte(engine.AnalyzeJSON(string(b))), &r); err != nil {
		t.Fatal(err)
	}
	if r.Error != "" {
		t.Fatalf("engine error: %s", r.Error)
	}
	return r
}

// rulesOf lists the findings as rule/severity.
func (r response) rulesOf() []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Rule+"/"+f.Severity)
	}
	return out
}
