package main

import (
	"os"
	"strings"
	"testing"
)

const stream = `{"Action":"run","Package":"p","Test":"TestA"}
{"Action":"output","Package":"p","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"output","Package":"p","Test":"TestA","Output":"    a_test.go:9: boto3 is not installed\n"}
{"Action":"output","Package":"p","Test":"TestA","Output":"--- SKIP: TestA (0.00s)\n"}
{"Action":"skip","Package":"p","Test":"TestA"}
{"Action":"run","Package":"p","Test":"TestB"}
{"Action":"output","Package":"p","Test":"TestB","Output":"    b_test.go:3: quiet\n"}
{"Action":"pass","Package":"p","Test":"TestB"}
{"Action":"output","Package":"p","Output":"PASS\n"}
{"Action":"output","Package":"p","Output":"ok  \tp\t0.01s\n"}
{"Action":"pass","Package":"p"}
`

func TestSkipFailsOnlyWhenAsked(t *testing.T) {
	var out strings.Builder
	if code := run(strings.NewReader(stream), &out, false); code != 0 {
		t.Errorf("without -fail: exit %d, want 0\n%s", code, out.String())
	}
	if !strings.Contains(out.String(), "p TestA: a_test.go:9: boto3 is not installed") {
		t.Errorf("the skip and its reason are not listed:\n%s", out.String())
	}
	if strings.Contains(out.String(), "quiet") {
		t.Errorf("a passing test's output is printed:\n%s", out.String())
	}
	out.Reset()
	if code := run(strings.NewReader(stream), &out, true); code != 1 {
		t.Errorf("with -fail: exit %d, want 1", code)
	}
}

func TestFailurePrintsItsOutput(t *testing.T) {
	s := `{"Action":"output","Package":"p","Test":"TestC","Output":"    c_test.go:5: got 1, want 2\n"}
{"Action":"fail","Package":"p","Test":"TestC"}
{"Action":"output","Package":"p","Output":"FAIL\tp\t0.01s\n"}
{"Action":"fail","Package":"p"}
`
	var out strings.Builder
	if code := run(strings.NewReader(s), &out, false); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(out.String(), "got 1, want 2") || !strings.Contains(out.String(), "FAIL\tp") {
		t.Errorf("failure output missing:\n%s", out.String())
	}
}

// A package that times out: the test running then gets no result of its
// own, only the package fails (as go test -json reports a timeout's panic).
func TestTimeoutPrintsTheRunningTest(t *testing.T) {
	s := `{"Action":"run","Package":"p","Test":"TestSlow"}
{"Action":"output","Package":"p","Test":"TestSlow","Output":"=== RUN   TestSlow\n"}
{"Action":"output","Package":"p","Test":"TestSlow","Output":"panic: test timed out after 10m0s\n"}
{"Action":"output","Package":"p","Output":"FAIL\tp\t600.1s\n"}
{"Action":"fail","Package":"p"}
`
	var out strings.Builder
	if code := run(strings.NewReader(s), &out, false); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(out.String(), "p TestSlow: no result") || !strings.Contains(out.String(), "test timed out after 10m0s") {
		t.Errorf("the running test and the timeout are not printed:\n%s", out.String())
	}
}

func TestBuildErrorsFail(t *testing.T) {
	var out strings.Builder
	if code := run(strings.NewReader("# p\n./x.go:1:1: syntax error\n"), &out, false); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(out.String(), "syntax error") {
		t.Errorf("build error not printed:\n%s", out.String())
	}
}

func TestTAPSkips(t *testing.T) {
	f := t.TempDir() + "/x.tap"
	tap := "TAP version 13\n# Subtest: a\nok 1 - a\n  ---\n  ...\n# Subtest: b\n    ok 1 - inner # SKIP no fix yet\nok 2 - b\nnot ok 3 - c # TODO later\n"
	if err := os.WriteFile(f, []byte(tap), 0o644); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if code := runTAP([]string{f}, &out, true); code != 1 {
		t.Errorf("exit %d, want 1\n%s", code, out.String())
	}
	if !strings.Contains(out.String(), "ok 1 - inner (no fix yet)") || !strings.Contains(out.String(), "not ok 3 - c (todo later)") {
		t.Errorf("skip not listed:\n%s", out.String())
	}
	out.Reset()
	if code := runTAP([]string{f}, &out, false); code != 0 {
		t.Errorf("without -fail: exit %d", code)
	}
}
