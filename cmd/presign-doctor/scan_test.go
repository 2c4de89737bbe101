//go:build !js

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/redact"
)

const testNow = "2024-01-15T14:30:00Z"

// runCmd runs the command in-process and returns its exit code, standard
// output and standard error.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

type jsonReport struct {
	Files    int        `json:"files"`
	Findings []result   `json:"findings"`
	Errors   []fileNote `json:"errors"`
	Skipped  []fileNote `json:"skipped"`
}

func scanJSON(t *testing.T, args ...string) (int, jsonReport, string) {
	t.Helper()
	code, out, errs := runCmd(t, append([]string{"scan", "--format", "json", "--now", testNow}, args...)...)
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("scan --format json is not JSON: %v\n%s\nstderr: %s", err, out, errs)
	}
	return code, rep, errs
}

// TestScanTree: the fixture tree (a file per language, .gitignore files at
// two levels with a negation) gives exactly the findings of want.txt, at
// their line and column, and none from ignored or clean files. A "gap"
// line is a finding the engine's readers do not give yet: the test fails
// when one appears, so the marker goes.
func TestScanTree(t *testing.T) {
	t.Chdir("testdata/tree")
	code, rep, errs := scanJSON(t, ".")
	if code != exitFindings {
		t.Errorf("exit %d, want %d (errors in the tree); stderr: %s", code, exitFindings, errs)
	}
	got := map[string]bool{}
	gotLine := map[string]bool{}
	for _, f := range rep.Findings {
		got[fmt.Sprintf("%s:%d:%d %s", f.Path, f.Line, f.Column, f.Rule)] = true
		gotLine[fmt.Sprintf("%s:%d %s", f.Path, f.Line, f.Rule)] = true
	}
	want := map[string]bool{}
	fh, err := os.Open("want.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if gap, ok := strings.CutPrefix(line, "gap "); ok {
			if gotLine[gap] {
				t.Errorf("gap %q is found now: drop its marker in want.txt (with the column)", gap)
			}
			continue
		}
		want[line] = true
	}
	for k := range want {
		if !got[k] {
			t.Errorf("missing finding %s", k)
		}
	}
	var extra []string
	for k := range got {
		if !want[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	for _, k := range extra {
		t.Errorf("unexpected finding %s", k)
	}
	for _, f := range rep.Findings {
		for _, bad := range []string{"build/", "logs/", "clean/", ".generated.py", "ignored.mjs"} {
			if strings.Contains(f.Path, bad) && f.Path != "sub/keep.generated.py" {
				t.Errorf("finding in a file that is ignored or clean: %s", f.Path)
			}
		}
		if f.Fingerprint == "" || len(f.Fingerprint) != 32 {
			t.Errorf("%s:%d: fingerprint %q", f.Path, f.Line, f.Fingerprint)
		}
	}
	if len(rep.Errors) != 0 {
		t.Errorf("errors: %+v", rep.Errors)
	}
}

// TestScanSpansMapToFile: a finding after a redacted secret on the same
// line still points at the file's own column (the placeholder is shorter
// or longer than the secret it replaced), and the snippet is redacted.
func TestScanSpansMapToFile(t *testing.T) {
	dir := t.TempDir()
	src := "import boto3\ns3 = boto3.client('s3', aws_secret_access_key='wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region_name='eu-west-1', config=Config(signature_version='s3v4', s3={'addressing_style': 'virtual'}))\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=700000)\n"
	path := filepath.Join(dir, "a.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, rep, _ := scanJSON(t, path)
	var sawSecret, sawExpiry bool
	for _, f := range rep.Findings {
		lines := strings.Split(src, "\n")
		text := lines[f.Line-1]
		if f.EndLine != f.Line {
			continue
		}
		covered := text[f.Column-1 : f.EndColumn-1] // ASCII: columns are bytes here
		switch f.Rule {
		case "hardcoded_credentials":
			sawSecret = true
			if !strings.Contains(covered, "wJalrXUtnFEMI") {
				t.Errorf("hardcoded_credentials covers %q in the file", covered)
			}
			if strings.Contains(f.Snippet, "wJalr") || !strings.Contains(f.Snippet, "SECRET_ACCESS_KEY") {
				t.Errorf("snippet %q", f.Snippet)
			}
		case "expires_too_long":
			sawExpiry = true
			if covered != "700000" {
				t.Errorf("expires_too_long covers %q", covered)
			}
		}
	}
	if !sawSecret || !sawExpiry {
		t.Errorf("findings %+v", rep.Findings)
	}
}

func TestOriginMap(t *testing.T) {
	file := "a=SECRETVALUE1;b=X;c=LONGERSECRET2\nd"
	red := "a=P1;b=X;c=PLACEHOLDER_2\nd"
	o := newOrigin(file, red, nil)
	if got := o.at(3, false); got != 3 {
		t.Errorf("no redactions: %d", got)
	}
	rs := redactionsAt(red, "P1", "PLACEHOLDER_2")
	o = newOrigin(file, red, rs)
	for _, c := range []struct {
		red  int
		end  bool
		want int
	}{
		{0, false, 0}, {2, false, 2}, {3, false, 2}, {3, true, 14}, {4, true, 14}, {5, false, 15},
		{strings.Index(red, "c="), false, strings.Index(file, "c=")},
		{strings.Index(red, "\nd"), false, strings.Index(file, "\nd")},
		{len(red), true, len(file)},
	} {
		if got := o.at(c.red, c.end); got != c.want {
			t.Errorf("at(%d, %v) = %d, want %d", c.red, c.end, got, c.want)
		}
	}
}

// TestSuppression: a comment naming the rule with a reason, on the line
// or the line above, suppresses; one without a reason does not and is
// reported; another rule's name does not suppress. (Three different
// lifetimes: the engine merges one cause seen in several places into one
// finding.)
func TestSuppression(t *testing.T) {
	dir := t.TempDir()
	src := `import boto3
s3 = boto3.client("s3", region_name="eu-central-1", config=Config(signature_version="s3v4", s3={"addressing_style": "virtual"}))
# presign-doctor:ignore expires_too_long -- the partner's MinIO accepts 30 days
a = s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"}, ExpiresIn=2592000)
b = s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"}, ExpiresIn=1209600)  # presign-doctor:ignore expires_too_long
c = s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"}, ExpiresIn=864000)  # presign-doctor:ignore params_expires -- wrong rule
`
	path := filepath.Join(dir, "links.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	code, rep, errs := scanJSON(t, path)
	if code != exitFindings {
		t.Errorf("exit %d", code)
	}
	byLine := map[int]*result{}
	for i := range rep.Findings {
		f := &rep.Findings[i]
		if f.Rule == "expires_too_long" {
			byLine[f.Line] = f
		}
	}
	if f := byLine[4]; f == nil || f.Suppressed == nil || f.Suppressed.Kind != "inline" || f.Suppressed.Reason != "the partner's MinIO accepts 30 days" {
		t.Errorf("line 4: %+v", f)
	}
	if f := byLine[5]; f == nil || f.Suppressed != nil {
		t.Errorf("line 5 (no reason) must be reported: %+v", f)
	}
	if !strings.Contains(errs, "links.py:5: presign-doctor:ignore expires_too_long has no reason") {
		t.Errorf("no warning for the suppression without a reason: %s", errs)
	}
	if f := byLine[6]; f == nil || f.Suppressed != nil {
		t.Errorf("line 6 (another rule named) must be reported: %+v", f)
	}
	// Text and github show only what is reported; SARIF keeps the
	// suppressed one with its justification.
	_, text, _ := runCmd(t, "scan", "--now", testNow, path)
	if strings.Contains(text, "links.py:4:") || !strings.Contains(text, "links.py:5:") || !strings.Contains(text, "1 suppressed inline") {
		t.Errorf("text:\n%s", text)
	}
	_, sarif, _ := runCmd(t, "scan", "--format", "sarif", "--now", testNow, path)
	if !strings.Contains(sarif, `"kind": "inSource"`) || !strings.Contains(sarif, `"justification": "the partner's MinIO accepts 30 days"`) {
		t.Errorf("SARIF lacks the suppression:\n%s", sarif)
	}
	// --fail-on never: exit 0 whatever is found.
	if code, _, _ := runCmd(t, "scan", "--fail-on", "never", "--now", testNow, path); code != exitOK {
		t.Errorf("--fail-on never: exit %d", code)
	}
}

// TestBaseline: --write-baseline records what is found; with --baseline
// those are not reported (exit 0), and stay so when lines are added above
// them; a new finding is reported.
func TestBaseline(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "old.py")
	old := `import boto3
s3 = boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
url = s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"}, ExpiresIn=700000)
`
	if err := os.WriteFile(path, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(dir, "baseline.json")
	code, _, errs := runCmd(t, "scan", "--now", testNow, "--write-baseline", base, path)
	if code != exitOK {
		t.Fatalf("write-baseline: exit %d: %s", code, errs)
	}
	b, _ := os.ReadFile(base)
	if bytes.Contains(b, []byte("AKIAIOSFODNN7EXAMPLE")) || bytes.Contains(b, []byte("wJalrXUtnFEMI")) {
		t.Fatalf("baseline holds a secret:\n%s", b)
	}
	var bf baselineFile
	if err := json.Unmarshal(b, &bf); err != nil || len(bf.Findings) < 3 {
		t.Fatalf("baseline %s: %v", b, err)
	}
	code, rep, _ := scanJSON(t, "--baseline", base, path)
	if code != exitOK {
		t.Errorf("with the baseline: exit %d", code)
	}
	for _, f := range rep.Findings {
		if f.Suppressed == nil || f.Suppressed.Kind != "baseline" {
			t.Errorf("not covered by the baseline: %+v", f)
		}
	}
	// Lines added above, and a new cause below.
	edited := "# moved down by a header\n\n" + old + `other = s3.generate_presigned_url("put_object", Params={"Bucket": "b", "Key": "k", "Expires": 60})
`
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	code, rep, _ = scanJSON(t, "--baseline", base, path)
	if code != exitFindings {
		t.Errorf("new finding: exit %d", code)
	}
	var reported []string
	for _, f := range rep.Findings {
		if f.Suppressed == nil {
			reported = append(reported, fmt.Sprintf("%d %s", f.Line, f.Rule))
		}
	}
	if len(reported) != 1 || reported[0] != "6 params_expires" {
		t.Errorf("reported with the baseline after the edit: %v", reported)
	}
	// A file that is not a baseline is a usage error.
	if code, _, _ := runCmd(t, "scan", "--baseline", path, path); code != exitUsage {
		t.Errorf("bad baseline: exit %d", code)
	}
}

// TestUnreadableReported: a path that does not exist and a file that
// cannot be read are reported (stderr, JSON errors, SARIF notifications)
// and give exit 3, and the rest is still scanned.
func TestUnreadableReported(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.sh")
	os.WriteFile(good, []byte("aws s3 presign s3://b/k --expires-in 604801 --region eu-west-1\n"), 0o644)
	locked := filepath.Join(dir, "locked.py")
	os.WriteFile(locked, []byte("x = 1\n"), 0o000)
	unreadable := true
	if f, err := os.Open(locked); err == nil { // root reads anything
		f.Close()
		unreadable = false
	}
	code, rep, errs := scanJSON(t, good, locked, filepath.Join(dir, "missing.py"))
	if code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	if !strings.Contains(errs, "missing.py: no such file or directory") {
		t.Errorf("stderr: %s", errs)
	}
	if unreadable && !strings.Contains(errs, "locked.py: permission denied") {
		t.Errorf("stderr: %s", errs)
	}
	if len(rep.Findings) == 0 {
		t.Errorf("the readable file was not scanned")
	}
	_, sarif, _ := runCmd(t, "scan", "--format", "sarif", good, filepath.Join(dir, "missing.py"))
	if !strings.Contains(sarif, `"executionSuccessful": false`) || !strings.Contains(sarif, "not read: no such file or directory") {
		t.Errorf("SARIF does not say the file was not read")
	}
	// Over the size limit: skipped and said so, not an error.
	big := filepath.Join(dir, "big.json")
	os.WriteFile(big, bytes.Repeat([]byte(" "), 3<<20), 0o644)
	code, _, errs = runCmd(t, "scan", big)
	if code != exitOK || !strings.Contains(errs, "big.json: skipped: 3145728 bytes, over the engine's limit") {
		t.Errorf("big file: exit %d, stderr %s", code, errs)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{}, {"frobnicate"}, {"scan", "--format", "xml"}, {"scan", "--fail-on", "sometimes"},
		{"scan", "--now", "yesterday"}, {"analyze", "--format", "sarif"}, {"analyze", "a", "b"},
	} {
		if code, _, errs := runCmd(t, args...); code != exitUsage || errs == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
}

// TestGitHubAnnotations: one workflow command per reported finding, with
// the properties escaped as the runner reads them.
func TestGitHubAnnotations(t *testing.T) {
	t.Chdir("testdata/tree")
	_, out, _ := runCmd(t, "scan", "--format", "github", "--now", testNow, "shell")
	want := "::error file=shell/presign.sh,line=5,col=56,endLine=5,endColumn=62,title=expires_too_long%3A expiry outside 1 to 604800 seconds::"
	if !strings.Contains(out, want) {
		t.Errorf("github output lacks %q:\n%s", want, out)
	}
	if !strings.Contains(out, "::warning file=shell/presign.sh,line=5,col=8,") {
		t.Errorf("no warning annotation:\n%s", out)
	}
	if ghProp("a:b,c%\nd") != "a%3Ab%2Cc%25%0Ad" || ghData("a:b,c%\r\n") != "a:b,c%25%0D%0A" {
		t.Errorf("escaping")
	}
}

// TestGitignoreMatchesGit compares the files scan walks with the files git
// itself lists as not ignored (git ls-files --others --exclude-standard),
// on patterns of every kind gitignore(5) describes.
func TestGitignoreMatchesGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	files := []string{
		"a.py", "b.py", "debug.py", "x/debug.py", "build/out.py", "src/build/out.py", "doc/build/out.py",
		"logs/a.py", "x/logs/a.py", "deep/a/b/c/z.py", "deep/keep.py", "gen/x.gen.py", "gen/keep.gen.py",
		"vendor/lib/a.py", "vendor/lib/b.py", "tmp1.py", "tmpA.py", "tmp.py", "#hash.py", "!bang.py", "sp ace.py",
		"nested/a.py", "nested/inner/a.py", "nested/inner/b.py", "only/dir.py/x.py", "only/file.py", "abc/x.py",
		"class/t1.py", "class/t9.py", "class/tz.py", "star/one/two/x.py", "star/x.py",
	}
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x = 1\n"), 0o644)
	}
	write := func(rel, body string) {
		os.WriteFile(filepath.Join(dir, filepath.FromSlash(rel)), []byte(body), 0o644)
	}
	write(".gitignore", "# comment\n\ndebug.py\n/build/\nlogs\ndeep/**/z.py\n*.gen.py\n!keep.gen.py\nvendor/lib/\n!vendor/lib/b.py\ntmp?.py\n\\#hash.py\n\\!bang.py\nsp\\ ace.py\nonly/dir.py/\nclass/t[0-5].py\nstar/**\n!star/x.py\n")
	write("nested/.gitignore", "inner/a.py\n/a.py\n")
	write("abc/.gitignore", "*\n!.gitignore\n")
	cmd := exec.Command("git", "init", "-q", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("git init: %v %s", err, out)
	}
	cmd = exec.Command("git", "ls-files", "--others", "--exclude-standard")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if strings.HasSuffix(l, ".py") {
			want = append(want, strings.Trim(l, `"`))
		}
	}
	sort.Strings(want)
	got, errs := collect([]string{dir}, dir, true)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	var gotNames []string
	for _, f := range got {
		gotNames = append(gotNames, f.show)
	}
	sort.Strings(gotNames)
	if strings.Join(gotNames, "\n") != strings.Join(want, "\n") {
		t.Errorf("walk differs from git:\n got %q\nwant %q", gotNames, want)
	}
	// --no-ignore reads every file.
	all, _ := collect([]string{dir}, dir, false)
	if len(all) != len(files) {
		t.Errorf("--no-ignore: %d files, want %d", len(all), len(files))
	}
}

// redactionsAt builds redactions at each placeholder's first place in red.
func redactionsAt(red string, phs ...string) []redact.Redaction {
	var rs []redact.Redaction
	for _, p := range phs {
		i := strings.Index(red, p)
		rs = append(rs, redact.Redaction{Kind: "x", Placeholder: p, Start: i, End: i + len(p)})
	}
	return rs
}

// TestPartialFilesCounted: a file the engine reads only in part (more
// parts than its limit) is counted on standard error, and listed with
// --verbose.
func TestPartialFilesCounted(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 260; i++ {
		fmt.Fprintf(&b, "def f%d(rows, limit = 10)\n  rows.select { |r| r[:score] > %d }.first(limit)\nend\n\n", i, i)
	}
	path := filepath.Join(t.TempDir(), "many.rb")
	os.WriteFile(path, []byte(b.String()), 0o644)
	_, _, errs := runCmd(t, "scan", path)
	if !strings.Contains(errs, "1 file(s) not read whole") {
		t.Fatalf("no count of files not read whole (the engine's part limit, MaxParts, changed?): %s", errs)
	}
	_, _, errs = runCmd(t, "scan", "--verbose", path)
	if !strings.Contains(errs, "many.rb: part not read: ") {
		t.Errorf("--verbose: %s", errs)
	}
}
