package engine

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/codegen"
	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/all"
)

// applyFixesOneByOne applies the first fix with edits of the first finding
// that still offers one, re-analysing in between, as a user pressing every
// "Apply fix" button in turn does. A fix already applied once (same rule,
// same edits) is not applied again. It returns the final text, the steps
// taken and whether no fix was left.
func applyFixesOneByOne(t *testing.T, name, text string, limit int) (string, int, bool) {
	t.Helper()
	seen := map[string]bool{}
	for step := 0; step < limit; step++ {
		facts, findings := analyseCode(text)
		text = facts.Text // fixes edit the redacted text
		var pick *rules.Fix
		var rule string
		for i := range findings {
			for j := range findings[i].Fixes {
				fx := &findings[i].Fixes[j]
				if len(fx.Edits) == 0 {
					continue
				}
				id := fmt.Sprintf("%s %v", findings[i].Rule, fx.Edits)
				if seen[id] {
					break // this finding's fix did not make it go away: skip it
				}
				pick, rule = fx, findings[i].Rule
				seen[id] = true
				break
			}
			if pick != nil {
				break
			}
		}
		if pick == nil {
			return text, step, true
		}
		out, err := diff.Apply(text, pick.Edits)
		if err != nil {
			t.Errorf("%s: step %d: the %s fix %q does not apply: %v", name, step, rule, pick.Message, err)
			return text, step, false
		}
		text = out
	}
	return text, limit, false
}

// pythonOf returns the Python parts of a text, joined by blank lines.
func pythonOf(text string) string {
	orig, _, _ := codegen.PatchPython(text, Split(text), nil)
	return orig
}

// findingsOf runs the rules on facts.
func findingsOf(f *model.Facts) []rules.Finding {
	return all.Run(f, "", nil)
}

func fires(f *model.Facts, rule string) bool {
	for _, fd := range findingsOf(f) {
		if fd.Rule == rule {
			return true
		}
	}
	return false
}

// oneConfigWith reports whether one Config(...) call of the text holds
// every string of want, and the text has no second config= in that call.
func oneConfigWith(text string, want ...string) bool {
	for rest := text; ; {
		i := strings.Index(rest, "Config(")
		if i < 0 {
			return false
		}
		rest = rest[i+len("Config("):]
		end := strings.Index(rest, "\n")
		if end < 0 {
			end = len(rest)
		}
		line := strings.ReplaceAll(rest[:end], `"`, "'")
		all := true
		for _, w := range want {
			if strings.Count(line, w) != 1 {
				all = false
			}
		}
		if all && !strings.Contains(line, "config=") {
			return true
		}
	}
}

// TestFixesConvergeOnCodeCorpus applies every fix of each code corpus
// snippet one at a time, re-analysing in between, and checks that the
// process ends (no fix left) within a few steps and that the result still
// parses: python3 -m py_compile when the snippet compiled before (with
// python3 at hand), else our parser finds no new syntax problem. It also
// checks one client call never gets config= twice.
func TestFixesConvergeOnCodeCorpus(t *testing.T) {
	files, _ := filepath.Glob("testdata/code/*.txt")
	if len(files) < 10 {
		t.Fatalf("only %d corpus snippets", len(files))
	}
	py := ""
	if runtime.GOOS != "js" && runtime.GOOS != "wasip1" {
		py, _ = exec.LookPath("python3")
	}
	dir := t.TempDir()
	type pair struct{ name, before, after string }
	var compiled []pair
	fixed := 0
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		c := readCodeCase(t.Fatalf, path)
		first, _ := analyseCode(c.input)
		final, steps, done := applyFixesOneByOne(t, name, first.Text, 12)
		if !done {
			t.Errorf("%s: fixes still offered after %d steps:\n%s", name, steps, final)
			continue
		}
		if steps > 0 {
			fixed++
		}
		before, after := pythonOf(first.Text), pythonOf(final)
		fb := model.Build(first.Text, Split(first.Text), testNow)
		fa := model.Build(final, Split(final), testNow)
		if pb, pa := pyProblems(first.Text, fb), pyProblems(final, fa); pa > pb {
			t.Errorf("%s: %d syntax problems before the fixes, %d after:\n%s", name, pb, pa, after)
		}
		// All first fixes at once, as the corrected boto3 is made.
		_, outs, _ := codegen.PatchPythonParts(first.Text, first.Parts, firstFixes(findingsOf(first)))
		patched := strings.Join(outs, "\n\n")
		if fires(first, "global_endpoint") {
			for what, text := range map[string]string{"one by one": after, "all at once": patched} {
				if !oneConfigWith(text, "signature_version='s3v4'", "'addressing_style': 'virtual'") {
					t.Errorf("%s: fixes applied %s leave no single Config with s3v4 and virtual addressing:\n%s", name, what, text)
				}
			}
		}
		if py != "" && steps > 0 {
			b := filepath.Join(dir, name+".before.py")
			a := filepath.Join(dir, name+".after.py")
			pa := filepath.Join(dir, name+".patched.py")
			os.WriteFile(b, []byte(before), 0o644)
			os.WriteFile(a, []byte(after), 0o644)
			os.WriteFile(pa, []byte(patched), 0o644)
			compiled = append(compiled, pair{name, b, a}, pair{name + " (all at once)", b, pa})
		}
	}
	if fixed < 10 {
		t.Errorf("only %d snippets had a fix to apply", fixed)
	}
	if py == "" || len(compiled) == 0 {
		return
	}
	// One python3 process compiles every file and prints those that fail.
	script := "import sys\nfor p in sys.argv[1:]:\n    try:\n        compile(open(p).read(), p, 'exec')\n    except SyntaxError as e:\n        print(p, '::', e)\n"
	args := []string{"-c", script}
	for _, c := range compiled {
		args = append(args, c.before, c.after)
	}
	out, err := exec.Command(py, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, out)
	}
	bad := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if p, why, ok := strings.Cut(line, " :: "); ok {
			bad[p] = why
		}
	}
	var names []string
	for _, c := range compiled {
		if _, was := bad[c.before]; was {
			continue
		}
		if why, is := bad[c.after]; is {
			src, _ := os.ReadFile(c.after)
			t.Errorf("%s: compiled before the fixes, not after: %s\n%s", c.name, why, src)
		}
		names = append(names, c.name)
	}
	sort.Strings(names)
	t.Logf("%d snippets fixed to the end; %d results (one by one, all at once) compiled by python3 before and after", fixed, len(names))
}

// combineFirstFixes applies the first fix of every finding of one
// analysis together, without re-analysing and without any check of the
// result (as a user copying each suggested edit by hand does); an edit
// already made is not made twice, and a fix whose replaced ranges collide
// with one already taken is left out.
func combineFirstFixes(t *testing.T, text string, fs []rules.Finding) string {
	t.Helper()
	var taken []diff.Edit
	for _, fx := range firstFixes(fs) {
		clash := false
		var fresh []diff.Edit
		for _, e := range fx {
			same := false
			for _, k := range taken {
				if e == k {
					same = true // the same edit, already made
				} else if e.Start < k.End && k.Start < e.End {
					clash = true
				}
			}
			if !same {
				fresh = append(fresh, e)
			}
		}
		if !clash {
			taken = append(taken, fresh...)
		}
	}
	out, err := diff.Apply(text, taken)
	if err != nil {
		t.Fatalf("the fixes do not combine: %v", err)
	}
	return out
}

// TestConfigFixesCompose checks that fixes touching one client call
// compose: inserted arguments keep their commas whatever else is inserted
// at the same point, and the Config fixes of one client (sigv2_signature,
// global_endpoint, checksum_parameters) each carry everything the client
// needs, so that applying them in any order gives one Config.
func TestConfigFixesCompose(t *testing.T) {
	for _, c := range []struct {
		name, input string
		want        []string
	}{
		{"trailing comma, three inserts at one point", "import boto3\n\ns3 = boto3.client(\n    's3',\n    aws_access_key_id='AKIAIOSFODNN7EXAMPLE',\n    aws_secret_access_key='wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',\n)\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=3600)\n",
			[]string{"region_name='us-east-1'", "signature_version='s3v4'"}},
		// af-south-1: the global host never serves an opt-in region, so
		// global_endpoint fires on the client alone once it signs SigV4;
		// 'auto' is botocore's default style (the global host).
		{"existing Config with auto style, sigv2 first", "import boto3\nfrom botocore.config import Config\ns3 = boto3.client('s3', region_name='af-south-1', config=Config(s3={'addressing_style': 'auto'}))\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=3600)\n",
			[]string{"signature_version='s3v4'", "'addressing_style': 'virtual'"}},
		{"no Config, us-west-2", "import boto3\ns3 = boto3.client('s3', region_name='us-west-2')\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=3600)\n",
			[]string{"signature_version='s3v4'", "'addressing_style': 'virtual'"}},
		{"custom endpoint with checksums", "import boto3\ns3 = boto3.client('s3', endpoint_url='https://minio.internal:9000', region_name='us-east-1')\nurl = s3.generate_presigned_url('put_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=3600)\n",
			// botocore 1.36's settings, given only where Config knows them.
			[]string{"{'request_checksum_calculation': 'when_required', 'response_checksum_validation': 'when_required'} if 'request_checksum_calculation' in Config.OPTION_DEFAULTS else {}"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			f, fs := analyseCode(c.input)
			all := combineFirstFixes(t, f.Text, fs)
			_, outs, _ := codegen.PatchPythonParts(f.Text, f.Parts, firstFixes(fs))
			patched := strings.Join(outs, "\n\n")
			final, _, done := applyFixesOneByOne(t, c.name, f.Text, 12)
			if !done {
				t.Errorf("fixes still offered:\n%s", final)
			}
			for what, text := range map[string]string{"combined by hand": all, "patched": patched, "one by one": final} {
				fa := model.Build(text, Split(text), testNow)
				if n := pyProblems(text, fa); n > 0 {
					t.Errorf("%s: %d syntax problems:\n%s", what, n, text)
				}
				if strings.Count(text, "config=") > 1 {
					t.Errorf("%s: config= twice:\n%s", what, text)
				}
				if what != "combined by hand" && !oneConfigWith(text, c.want[len(c.want)-1]) {
					t.Errorf("%s: no Config with %s:\n%s", what, c.want[len(c.want)-1], text)
				}
				for _, w := range c.want {
					if !strings.Contains(text, w) && what != "combined by hand" {
						t.Errorf("%s: lacks %s:\n%s", what, w, text)
					}
				}
			}
		})
	}
}
