//go:build !js && !wasip1

// These tests start other programs (compilers, the real SDKs), which a
// js/wasm or wasip1 test binary cannot: they are built natively only.

package engine

import (
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/presign-doctor/presign-doctor/internal/codegen"
)

// sdkFamilies maps the brace reader's corpus folders (pastes modelled on
// real threads of each SDK, internal/brace/testdata) to the code key the
// answer must lead with.
var sdkFamilies = map[string]string{
	"dotnet": codegen.CSharp, "go": codegen.Go, "java": codegen.Java, "jsv2": codegen.JavaScriptV2,
	"jsv3": codegen.JavaScript, "php": codegen.PHP, "ruby": codegen.Ruby,
}

// notCode lists the corpus pastes whose presign call the brace reader
// finds when given the text alone but the engine does not read as code.
var notCode = map[string]string{
	"dotnet/23_prose_question": "a sentence of prose naming the .NET members: the splitter keeps it as text",
}

type sdkPaste struct {
	name, family, paste string
	presigns            bool // the reader finds a presign call ("sdk …" want line)
}

func sdkPastes(t *testing.T) []sdkPaste {
	t.Helper()
	var out []sdkPaste
	for fam := range sdkFamilies {
		files, _ := filepath.Glob(filepath.Join("..", "brace", "testdata", fam, "*.txtar"))
		if len(files) < 25 {
			t.Fatalf("%s: %d pastes, want at least 25", fam, len(files))
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s := string(b)
			_, rest, ok := strings.Cut(s, "-- paste --\n")
			if !ok {
				t.Fatalf("%s: no paste section", f)
			}
			paste, want, _ := strings.Cut(rest, "-- want --\n")
			out = append(out, sdkPaste{fam + "/" + strings.TrimSuffix(filepath.Base(f), ".txtar"), fam, paste,
				strings.Contains("\n"+want, "\nsdk ")})
		}
	}
	return out
}

// programOf is the program generated in a language: when its code key
// holds the user's code with the fixes in place, the whole program beside
// it (the *Full key).
func programOf(c Code, key string) string {
	full := map[string]string{codegen.JavaScript: c.JavaScriptFull, codegen.Go: c.GoFull,
		codegen.Java: c.JavaFull, codegen.CSharp: c.CSharpFull, codegen.PHP: c.PHPFull, codegen.Ruby: c.RubyFull}[key]
	if full != "" {
		return full
	}
	return codeOf(c, key)
}

func codeOf(c Code, key string) string {
	return map[string]string{
		codegen.Python: c.Python, codegen.CLI: c.CLI, codegen.JavaScript: c.JavaScript, codegen.Go: c.Go,
		codegen.JavaScriptV2: c.JavaScriptV2, codegen.Java: c.Java, codegen.CSharp: c.CSharp, codegen.PHP: c.PHP, codegen.Ruby: c.Ruby,
	}[key]
}

// TestCodePrimaryPerSDK: every paste of each SDK's corpus in which the
// reader finds a presign call is answered first in that SDK's language,
// with a diff of the user's code against it (JavaScript v3's diff is the
// in-place patch's, not this one's), and the program passes the
// language's checker (TestSDKPastesCompile).
func TestCodePrimaryPerSDK(t *testing.T) {
	n := map[string]int{}
	for _, p := range sdkPastes(t) {
		if !p.presigns {
			continue
		}
		resp := Analyze(Request{Input: p.paste, Now: cgNow})
		want := sdkFamilies[p.family]
		if why, ok := notCode[p.name]; ok {
			if resp.CodePrimary != "" {
				t.Errorf("%s is listed in notCode (%s) but is now answered in %q: take it off the list", p.name, why, resp.CodePrimary)
			}
			continue
		}
		if resp.CodePrimary != want {
			t.Errorf("%s: codePrimary %q, want %q", p.name, resp.CodePrimary, want)
			continue
		}
		if codeOf(resp.Code, want) == "" {
			t.Errorf("%s: no %s program", p.name, want)
		}
		// The diff is the user's code with the fixes in place: there is
		// one when a fix edits it, and it is of their language.
		if resp.Diff != "" && want != codegen.JavaScript {
			ext := codegen.Ext(want)
			if !strings.HasPrefix(resp.Diff, "--- pasted."+ext) {
				t.Errorf("%s: the diff is not of the pasted %s code: %.200q", p.name, want, resp.Diff)
			}
		}
		n[p.family]++
	}
	for fam := range sdkFamilies {
		if n[fam] < 20 {
			t.Errorf("%s: only %d pastes answered in their language, want at least 20", fam, n[fam])
		}
	}
}

// TestSDKPastesCompile runs each language's checker on the program the
// answer leads with, for every paste of the SDK corpora.
func TestSDKPastesCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("starts compilers")
	}
	progs := map[string]map[string]string{} // code key → paste name → program
	for _, p := range sdkPastes(t) {
		resp := Analyze(Request{Input: p.paste, Now: cgNow})
		if resp.CodePrimary == "" {
			continue
		}
		if progs[resp.CodePrimary] == nil {
			progs[resp.CodePrimary] = map[string]string{}
		}
		progs[resp.CodePrimary][strings.ReplaceAll(p.name, "/", "_")] = programOf(resp.Code, resp.CodePrimary)
	}
	for name, src := range progs[codegen.Go] {
		if got, err := format.Source([]byte(src)); err != nil || string(got) != src {
			t.Errorf("%s: the Go program is not gofmt-clean Go: %v", name, err)
		}
	}
	stubs, _ := filepath.Abs(filepath.Join("..", "codegen", "testdata", "stubs"))
	// JavaScript v3 output is checked by codegen's TestJavaScriptParses
	// and run for real by TestEmittedJavaScriptSignsForReal; v2's presigned
	// URLs run for real in TestEmittedJavaScriptV2SignsForReal, and every
	// v2 program of the corpora is syntax-checked here.
	for _, c := range codegen.Checkers {
		t.Run(c.Tool, func(t *testing.T) {
			needTool(t, c.Tool)
			dir := t.TempDir()
			for _, args := range c.Commands(dir, stubs, progs[c.Key]) {
				cmd := exec.Command(args[0], args[1:]...)
				cmd.Dir = dir
				check(t, cmd)
			}
		})
	}
	for key, m := range progs {
		t.Logf("%s: %d programs checked", key, len(m))
	}
}

func check(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, out)
	}
}

// rbClock pins the Ruby SDK's signing time (Time.now) for the run.
const rbClock = `class Time
  class << self
    alias_method :real_now, :now
    def now(*args) = Time.utc(2024, 1, 15, 14, 30, 0)
  end
end
`

// TestEmittedRubySignsForReal runs the emitted Ruby with Debian's AWS SDK
// for Ruby (ruby-aws-sdk-s3), the example keys and a fixed clock, and
// checks its URLs with our verifier.
func TestEmittedRubySignsForReal(t *testing.T) {
	ruby := needTool(t, "ruby")
	if err := exec.Command(ruby, "-e", `require "aws-sdk-s3"`).Run(); err != nil {
		t.Skip("the aws-sdk-s3 gem is not installed (scripts/ensure-checkers.sh installs ruby-aws-sdk-s3): the emitted Ruby is not run")
	}
	dir := t.TempDir()
	clock := filepath.Join(dir, "clock.rb")
	os.WriteFile(clock, []byte(rbClock), 0o644)
	for _, c := range runCases() {
		f := filepath.Join(dir, c.name+".rb")
		os.WriteFile(f, []byte(codegen.RubyV3(&c.plan)), 0o644)
		cmd := exec.Command(ruby, "-r", clock, f)
		cmd.Env = runEnv(dir, c.token)
		checkVerified(t, "ruby/"+c.name, firstLine(t, cmd), c)
	}
}

// TestExpiresFixInSDKTerms: for each SDK's too-long expiry (the rule's
// corpus pastes), expires_too_long names the SDK's own setting, its first
// fix rewrites the expression in that SDK's terms, and the fixed paste no
// longer fires it.
func TestExpiresFixInSDKTerms(t *testing.T) {
	want := map[string][2]string{
		"dotnet_expires_add_days":         {"GetPreSignedUrlRequest.Expires", "DateTime.UtcNow.AddDays(7)"},
		"go_v2_presign_expires_hours":     {"s3.WithPresignExpires", "7 * 24 * time.Hour"},
		"java_v2_signature_duration_days": {"signatureDuration", "Duration.ofDays(7)"},
		"js_v3_expiresin_month":           {"expiresIn", "604800"},
		"php_plus_two_weeks":              {"createPresignedRequest", "'+7 days'"},
		"ruby_expires_in_8_days":          {"expires_in:", "604800"},
	}
	for name, w := range want {
		b, err := os.ReadFile(filepath.Join("..", "rules", "expires_too_long", "testdata", name+".txtar"))
		if err != nil {
			t.Fatal(err)
		}
		_, rest, _ := strings.Cut(string(b), "-- paste --\n")
		paste, _, _ := strings.Cut(rest, "-- want --\n")
		resp := Analyze(Request{Input: paste, Now: cgNow})
		var fd *Finding
		for i := range resp.Findings {
			if resp.Findings[i].Rule == "expires_too_long" {
				fd = &resp.Findings[i]
			}
		}
		if fd == nil {
			t.Errorf("%s: expires_too_long does not fire", name)
			continue
		}
		if !strings.Contains(fd.Message, w[0]) {
			t.Errorf("%s: the message does not name %s: %s", name, w[0], fd.Message)
		}
		if len(fd.Fixes) == 0 || len(fd.Fixes[0].Edits) != 1 || fd.Fixes[0].Edits[0].New != w[1] {
			t.Errorf("%s: the fix does not write %s: %+v", name, w[1], fd.Fixes)
			continue
		}
		e := fd.Fixes[0].Edits[0]
		u := utf16.Encode([]rune(resp.Redacted))
		fixed := string(utf16.Decode(u[:e.Start])) + e.New + string(utf16.Decode(u[e.End:]))
		again := Analyze(Request{Input: fixed, Now: cgNow})
		for _, f := range again.Findings {
			if f.Rule == "expires_too_long" {
				t.Errorf("%s: still fires after the fix:\n%s", name, fixed)
			}
		}
		if again.CodePrimary != resp.CodePrimary {
			t.Errorf("%s: the fixed paste is answered in %q, not %q", name, again.CodePrimary, resp.CodePrimary)
		}
	}
}

// TestTwoClientsFixTheOneThatPresigns: a paste with two clients in
// different regions is answered with the region of the client its
// presign call uses, whichever is written first.
func TestTwoClientsFixTheOneThatPresigns(t *testing.T) {
	for name, want := range map[string][2]string{
		"jsv2/31_two_clients_china":          {"ap-southeast-1", "cn-north-1"},
		"jsv3/32_two_clients_presign_second": {"ap-southeast-2", "us-east-1"},
		"jsv3/33_two_clients_presign_first":  {"ap-southeast-2", "us-east-1"},
		"ruby/31_two_clients_bucket_region":  {"eu-central-1", "us-east-1"},
		"ruby/32_two_clients_presign_first":  {"eu-central-1", "us-east-1"},
		"go/31_two_clients_presign_eu":       {"eu-west-1", "us-east-1"},
	} {
		b, err := os.ReadFile(filepath.Join("..", "brace", "testdata", name+".txtar"))
		if err != nil {
			t.Fatal(err)
		}
		_, rest, _ := strings.Cut(string(b), "-- paste --\n")
		paste, _, _ := strings.Cut(rest, "-- want --\n")
		resp := Analyze(Request{Input: paste, Now: cgNow})
		prog := programOf(resp.Code, resp.CodePrimary)
		if !strings.Contains(prog, `"`+want[0]+`"`) || strings.Contains(prog, `"`+want[1]+`"`) {
			t.Errorf("%s: the %s program does not use %s only:\n%s", name, resp.CodePrimary, want[0], prog)
		}
	}
}
