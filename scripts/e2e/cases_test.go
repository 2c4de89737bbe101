//go:build e2e

package e2e

import (
	"bytes"
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// step results for the table: rule × (reproduced, named, fixed).
type row struct {
	rule, lang                 string
	reproduced, named, fixed   bool
	server, verdict, rulesSeen string
	note                       string
}

var (
	tableMu sync.Mutex
	table   []*row
)

// tcase is one failure mode, one row of the table: how the user's broken
// request is made (their program, how they send the URL it prints), what
// the server must refuse it with, the rule the engine must name, and the
// request the corrected code must make succeed. The steps are the same for
// every row (brokenStep, fixedStep): adding a failure mode is adding a row.
type tcase struct {
	rule string
	lang string // the row's label: the SDK of the user's code, or curl when only curl is pasted
	// also lists rules that may be reported as errors beside the verdict
	// (true of the paste, not the cause).
	also []string
	// notReproduced says why the server cannot show this failure: the row
	// stays in the table with that reason, and nothing runs.
	notReproduced string
	// gapFixed says why the engine's corrected code does not work yet: the
	// fixed step is not run and the table says so (a known gap).
	gapFixed string

	// object is stored before the broken request ("" for uploads).
	object string
	// code is the user's program: a template whose {{endpoint}}, {{host}},
	// {{bucket}} and {{region}} are the server's.
	code string
	// sdk runs code: python (the default), javascript or go.
	sdk string
	// clock runs the Python program on a machine whose clock is "ahead"
	// or "behind" by an hour.
	clock string
	// env is the user's own environment for the broken program; fixEnv
	// the one the corrected program runs with (the right secret).
	env, fixEnv []string
	// urlSuffix is what the user appends to the printed URL.
	urlSuffix string
	// method is how the URL is used: GET (default), PUT (curl -T of the
	// file) or POST (the presigned form with curl -F, the file last).
	method string
	// headers are the -H lines of the user's curl.
	headers []string
	// refusal is the error code the server's body must hold ("" for any
	// refusal: a TLS error, a code the server words its own way).
	refusal string
	// curlOnly pastes only the curl line and its output, not the code.
	curlOnly bool
	// typedSecret is the secret the user types in the verify field.
	typedSecret string
	// fixCode is the key of the answer's code the fixed step runs (in
	// the signing SDK's language): "" for the user's own code corrected
	// (code.python, code.go, …), pythonFull for the program generated
	// from the facts.
	fixCode string
}

// by is the SDK that signs.
func (c tcase) by() string {
	if c.sdk == "" {
		return "python"
	}
	return c.sdk
}

// runProgram runs the user's (or the corrected) program and returns what
// it printed.
func (c tcase) runProgram(t *testing.T, lang, code string, env []string) string {
	t.Helper()
	switch lang {
	case "python":
		return python(t, code, env...)
	case "javascript":
		return javascript(t, code)
	case "go":
		return golang(t, code)
	}
	t.Fatalf("no runner for %s", lang)
	return ""
}

// send uses what the program printed as the user does: the URL with curl
// (GET, or PUT of the file), or the presigned form with curl -F.
func (c tcase) send(t *testing.T, dir, printed string) curlResult {
	t.Helper()
	if c.method == "POST" {
		return postForm(t, dir, printed)
	}
	url := lastLine(printed) + c.urlSuffix
	var args []string
	for _, h := range c.headers {
		args = append(args, "-H", h)
	}
	if c.method == "PUT" {
		writeBody(dir)
		args = append([]string{"-X", "PUT"}, append(args, "-T", "report.csv")...)
	}
	return curl(t, dir, append(args, url)...)
}

// brokenStep makes the failing request, checks that the server refused it
// and returns the paste (and the secret typed in the verify field).
func (c tcase) brokenStep(t *testing.T, s *server, dir string) (paste, secretKey string) {
	t.Helper()
	if c.object != "" {
		s.put(t, c.object, body)
	}
	code := s.expand(c.code)
	var printed string
	if c.clock != "" {
		wrapper := pyClockAhead
		if c.clock == "behind" {
			wrapper = strings.Replace(pyClockAhead, "+ _dt.timedelta(hours=1)", "- _dt.timedelta(hours=1)", 1)
		}
		printed = pythonWrapped(t, wrapper, code)
	} else {
		printed = c.runProgram(t, c.by(), code, c.env)
	}
	res := c.send(t, dir, printed)
	refused(t, res, c.refusal)
	url := lastLine(printed) + c.urlSuffix
	if c.method == "POST" {
		url = "" // the form's fields are in the curl line
	}
	if c.curlOnly {
		code, url = "", ""
	}
	return pasteOf(code, url, res), c.typedSecret
}

// fixedStep runs the corrected code of the engine's answer (in the SDK
// the user signed with) and sends the request the user meant: a GET of
// the URL it prints, a PUT with the engine's curl line, or the form.
func (c tcase) fixedStep(t *testing.T, s *server, dir string, r response) curlResult {
	t.Helper()
	key := c.fixCode
	if key == "" {
		key = c.by()
	}
	code := codeFor(t, r, key)
	printed := c.runProgram(t, c.by(), code, c.fixEnv)
	switch c.method {
	case "POST":
		return postForm(t, dir, printed)
	case "PUT":
		u := lastLine(printed)
		if !strings.HasPrefix(u, "http") {
			t.Fatalf("the corrected %s code printed no URL:\n%s\n--- code ---\n%s", c.by(), printed, code)
		}
		return putWithEmittedCurl(t, dir, r, u)
	}
	u := lastLine(printed)
	if !strings.HasPrefix(u, "http") {
		t.Fatalf("the corrected %s code printed no URL:\n%s\n--- code ---\n%s", c.by(), printed, code)
	}
	return getOK(t, dir, u, body)
}

// refused checks the server's answer to the broken request: an error
// status and, when given, the error code in its body.
func refused(t *testing.T, c curlResult, code string) {
	t.Helper()
	if c.status >= 200 && c.status < 300 {
		t.Fatalf("the broken request succeeded (%d): the server does not reproduce this failure\n%s", c.status, c.pasted())
	}
	if code != "" && !strings.Contains(c.out+c.err, code) {
		t.Fatalf("the server refused with something else than %s:\n%s", code, c.pasted())
	}
}

// body is the object every upload sends.
const body = "id,amount\n1,42\n"

// writeBody writes the upload file into dir.
func writeBody(dir string) string {
	f := filepath.Join(dir, "report.csv")
	os.WriteFile(f, []byte(body), 0o644)
	return f
}

// codeFor returns the engine's corrected code for a language.
func codeFor(t *testing.T, r response, lang string) string {
	t.Helper()
	c := r.Code[lang]
	if c == "" {
		keys := make([]string, 0, len(r.Code))
		for k := range r.Code {
			keys = append(keys, k)
		}
		t.Fatalf("the engine emitted no %s code (has %v)", lang, keys)
	}
	return c
}

// getOK fetches a URL and checks the object came back.
func getOK(t *testing.T, dir, url, want string) curlResult {
	t.Helper()
	c := curl(t, dir, url)
	if c.status == 200 && c.out != want {
		t.Errorf("GET answered 200 with %q, want %q", c.out, want)
	}
	return c
}

func TestE2E(t *testing.T) {
	s := theServer(t)
	for _, c := range cases() {
		c := c
		t.Run(c.rule+"/"+c.lang, func(t *testing.T) {
			r := &row{rule: c.rule, lang: c.lang}
			tableMu.Lock()
			table = append(table, r)
			tableMu.Unlock()
			if c.notReproduced != "" {
				// A row of the table, not a skipped test: nothing of it can run here.
				r.note = c.notReproduced
				t.Logf("not reproduced by this server: %s", c.notReproduced)
				return
			}
			dir := t.TempDir()
			paste, key := c.brokenStep(t, s, dir)
			r.reproduced = true
			// The paste, for a look with scripts/analyze and for the corpus.
			pastes := filepath.Join(root, "dist", "e2e", "pastes")
			os.MkdirAll(pastes, 0o755)
			os.WriteFile(filepath.Join(pastes, c.rule+"-"+c.lang+".txt"), []byte(paste), 0o644)
			resp := analyze(t, paste, key)
			r.rulesSeen = strings.Join(resp.rulesOf(), " ")
			if resp.Verdict != nil {
				r.verdict = resp.Verdict.Rule
			}
			named := true
			// No verdict when no answer of the server is in the paste (a
			// TLS error of curl): then the first finding must be the rule.
			if r.verdict == "" && len(resp.Findings) > 0 && resp.Findings[0].Rule == c.rule && resp.Findings[0].Severity == "error" {
				r.verdict = c.rule + " (first finding, no verdict)"
			} else if r.verdict != c.rule {
				named = false
				t.Errorf("verdict %q, want %q; findings %s\n--- paste ---\n%s", r.verdict, c.rule, r.rulesSeen, paste)
			}
			// signature_mismatch states the server's answer (it computed
			// another signature); it names no cause, so it is never wrong.
			allowed := map[string]bool{c.rule: true, "signature_mismatch": true}
			for _, a := range c.also {
				allowed[a] = true
			}
			for _, f := range resp.Findings {
				if f.Severity == "error" && !allowed[f.Rule] {
					named = false
					t.Errorf("wrong rule %s (%s) named as an error beside %s\n--- paste ---\n%s", f.Rule, f.Title, c.rule, paste)
				}
			}
			r.named = named
			if !named {
				return
			}
			if c.gapFixed != "" {
				r.note = "gap: " + c.gapFixed
				t.Logf("known gap, fixed step not run: %s", c.gapFixed)
				return
			}
			res := c.fixedStep(t, s, dir, resp)
			if res.status < 200 || res.status > 299 {
				t.Fatalf("the corrected request failed (%d):\n%s", res.status, res.pasted())
			}
			r.fixed = true
		})
	}
	writeTable(t)
}

// writeTable prints the rule × step table and writes it to dist/e2e/table.md.
func writeTable(t *testing.T) {
	tableMu.Lock()
	defer tableMu.Unlock()
	sort.SliceStable(table, func(i, j int) bool { return table[i].rule < table[j].rule })
	mark := func(b bool) string {
		if b {
			return "yes"
		}
		return "NO"
	}
	var b strings.Builder
	b.WriteString("| rule | SDK | reproduced | named | fixed | note |\n| --- | --- | --- | --- | --- | --- |\n")
	all := 0
	rulesThrough := map[string]bool{}
	for _, r := range table {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", r.rule, r.lang, mark(r.reproduced), mark(r.named), mark(r.fixed), r.note)
		if r.reproduced && r.named && r.fixed {
			all++
			rulesThrough[r.rule] = true
		}
	}
	fmt.Fprintf(&b, "\n%d of %d cases through all three steps: %d rules.\n", all, len(table), len(rulesThrough))
	t.Log("\n" + b.String())
	os.MkdirAll(filepath.Join(root, "dist", "e2e"), 0o755)
	os.WriteFile(filepath.Join(root, "dist", "e2e", "table.md"), []byte(b.String()), 0o644)
}

// md5hex is what md5sum prints.
func md5hex(s string) string {
	h := md5.Sum([]byte(s))
	return hex.EncodeToString(h[:])
}

var _ = time.Second

// emittedCurl runs the first curl line of the engine's code.curl with URL
// set, in dir (where ./file is the upload), and returns what it printed.
func emittedCurl(t *testing.T, dir string, r response, url string) curlResult {
	t.Helper()
	line := ""
	for _, l := range strings.Split(codeFor(t, r, "curl"), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "curl ") {
			line = strings.TrimSpace(l)
			break
		}
	}
	if line == "" {
		t.Fatalf("no curl line in the engine's code.curl:\n%s", r.Code["curl"])
	}
	os.WriteFile(filepath.Join(dir, "file"), []byte(body), 0o644)
	script := "curl() { command curl -sS -w '\\n%{http_code}' \"$@\"; }\n" + line + "\n"
	cmd := exec.Command("bash", "-c", script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "URL="+url)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Run()
	s := out.String()
	i := strings.LastIndex(s, "\n")
	code := 0
	if i >= 0 {
		fmt.Sscanf(s[i+1:], "%d", &code)
	} else {
		i = len(s)
	}
	return curlResult{args: []string{line}, status: code, out: s[:i], err: errb.String()}
}

// putWithEmittedCurl uploads with the engine's curl line to the URL the
// corrected code printed.
func putWithEmittedCurl(t *testing.T, dir string, r response, url string) curlResult {
	t.Helper()
	return emittedCurl(t, dir, r, url)
}

// postForm sends the form a presigned POST describes (boto3's
// generate_presigned_post dict printed as JSON) with curl -F, the file last.
func postForm(t *testing.T, dir, printed string) curlResult {
	t.Helper()
	var post struct {
		URL    string            `json:"url"`
		Fields map[string]string `json:"fields"`
	}
	if err := json.Unmarshal([]byte(lastLine(printed)), &post); err != nil {
		t.Fatalf("the program printed no presigned POST: %v\n%s", err, printed)
	}
	keys := make([]string, 0, len(post.Fields))
	for k := range post.Fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var args []string
	for _, k := range keys {
		args = append(args, "-F", k+"="+post.Fields[k])
	}
	writeBody(dir)
	args = append(args, "-F", "file=@report.csv", post.URL)
	return curl(t, dir, args...)
}
