package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/codegen"
)

// heldoutFamilies maps the file-name prefix of the heldout-d corpus
// pastes (written before the code, from SDK issue threads) to the code
// key the answer must lead with and the SDK's path-style setting, which
// a message asking for path style must name.
var heldoutFamilies = map[string]struct{ key, pathStyle string }{
	"jsv3": {codegen.JavaScript, "forcePathStyle"}, "jsv2": {codegen.JavaScriptV2, "s3ForcePathStyle"},
	"gov2": {codegen.Go, "UsePathStyle"}, "javav2": {codegen.Java, "pathStyleAccessEnabled"},
	"javav1": {codegen.Java, "withPathStyleAccessEnabled"}, "dotnet": {codegen.CSharp, "ForcePathStyle"},
	"php": {codegen.PHP, "use_path_style_endpoint"}, "ruby": {codegen.Ruby, "force_path_style"},
	"boto3": {codegen.Python, "addressing_style"},
}

// TestHeldoutSDKAnswers: every heldout-d paste of an SDK family is
// answered first in that SDK's language, its diff (when a fix edits the
// code) is of the user's code in that language, and a message that asks
// for path-style addressing, or names a client's region or endpoint
// setting, names the SDK's own setting rather than boto3's.
func TestHeldoutSDKAnswers(t *testing.T) {
	var files []string
	for _, g := range []string{"../rules/*/testdata/*.txtar", "testdata/corpus/*/*.txtar"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if !strings.HasPrefix(s, "heldout-d\n") {
			continue
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txtar")
		fam, ok := heldoutFamilies[name[:strings.IndexByte(name, '_')]]
		if !ok {
			t.Errorf("%s: no SDK family prefix", f)
			continue
		}
		head, rest, _ := strings.Cut(s, "-- paste --\n")
		paste, _, _ := strings.Cut(rest, "-- want --\n")
		now := "2025-06-02T12:00:00Z"
		for _, l := range strings.Split(head, "\n") {
			if v, ok := strings.CutPrefix(l, "now: "); ok {
				now = v
			}
		}
		n++
		resp := Analyze(Request{Input: paste, Now: now})
		if resp.CodePrimary != fam.key {
			t.Errorf("%s: codePrimary %q, want %q", name, resp.CodePrimary, fam.key)
		}
		if resp.Diff != "" && fam.key != codegen.JavaScript && !strings.HasPrefix(resp.Diff, "--- pasted."+codegen.Ext(fam.key)) {
			t.Errorf("%s: the diff is not of the pasted %s code: %.80q", name, fam.key, resp.Diff)
		}
		for _, fd := range resp.Findings {
			text := fd.Message
			for _, fx := range fd.Fixes {
				text += " " + fx.Message
			}
			low := strings.ToLower(text)
			if (strings.Contains(low, "path-style") || strings.Contains(low, "path style")) && !strings.Contains(text, fam.pathStyle) {
				t.Errorf("%s: %s asks for path style without naming %s: %s", name, fd.Rule, fam.pathStyle, text)
			}
			if fam.key != codegen.Python && (fd.Rule == "region_mismatch" || fd.Rule == "custom_endpoint") &&
				(strings.Contains(text, "region_name") || strings.Contains(text, "endpoint_url") || strings.Contains(text, "addressing_style")) {
				t.Errorf("%s: %s names boto3's settings for %s code: %s", name, fd.Rule, fam.key, text)
			}
		}
	}
	if n < 56 {
		t.Errorf("%d heldout-d pastes, want at least 56", n)
	}
}
