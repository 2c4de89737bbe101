package engine

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/presign-doctor/presign-doctor/internal/redact"
)

// fuzzTypedSecret is a secret typed into the page's secret field (generated
// for this test, not a real key).
const fuzzTypedSecret = "qZ3vT8xLmN2pR7sK4wY9bC1dF6gH0jA5eU8iO3rT"

// FuzzAnalyze: the whole engine on arbitrary text around a generated paste
// with planted secrets never panics, keeps every offset inside the redacted
// text (UTF-16), and lets no planted or typed secret into the response.
func FuzzAnalyze(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "requests", "*.json"))
	for i, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		var req Request
		if json.Unmarshal(b, &req) == nil {
			f.Add(req.Input, int64(i), "", i%2 == 0)
		}
	}
	f.Add("", int64(1), "", false)
	f.Add("import boto3\nx = "+strings.Repeat("[", 300), int64(2), "}", true)
	f.Add("<Error><Code>SignatureDoesNotMatch</Code>", int64(3), "aws s3 presign s3://b/k --expires-in 9", false)
	f.Add("curl -X PUT 'https://b.s3.amazonaws.com/k?X-Amz-Date=20240115T120000Z", int64(4), "\xff\xfe\x00", true)
	f.Fuzz(func(t *testing.T, pre string, seed int64, post string, typed bool) {
		docs := redact.Corpus(seed, 1+int(uint64(seed)%uint64(len(redact.Contexts))))
		doc := docs[len(docs)-1]
		req := Request{Input: pre + "\n\n" + doc.Text + "\n\n" + post, Now: "2024-01-15T14:30:00Z"}
		if typed {
			req.SecretAccessKey = fuzzTypedSecret
		}
		resp := Analyze(req)
		if strings.HasPrefix(resp.Error, "internal error") {
			t.Fatalf("panic: %s", resp.Error)
		}
		checkOffsets(t, resp)
		b, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		out := string(b)
		if typed && strings.Contains(out, fuzzTypedSecret) && !strings.Contains(req.Input, fuzzTypedSecret) {
			t.Fatalf("the typed secret is echoed")
		}
		for _, p := range redact.Survivors(doc, out) {
			if strings.Contains(pre, p.Value) || strings.Contains(post, p.Value) {
				continue
			}
			t.Fatalf("%s: planted %s survived in the response (%q)", doc.Context, p.Kind, p.Value)
		}
	})
}

// checkOffsets fails when an offset of resp lies outside its redacted text
// counted in UTF-16 code units, or a range ends before it starts.
func checkOffsets(t *testing.T, resp Response) {
	t.Helper()
	n := len(utf16.Encode([]rune(resp.Redacted)))
	in := func(what string, s, e int) {
		if s < 0 || s > e || e > n {
			t.Fatalf("%s [%d,%d) outside the redacted text of %d UTF-16 units", what, s, e, n)
		}
	}
	for _, p := range resp.Inputs {
		in("input", p.Start, p.End)
	}
	for _, r := range resp.Redactions {
		in("redaction", r.Start, r.End)
	}
	for _, f := range resp.Findings {
		in("finding "+f.Rule, f.Start, f.End)
		for _, r := range f.Related {
			in("related of "+f.Rule, r.Start, r.End)
		}
		for _, fx := range f.Fixes {
			for _, e := range fx.Edits {
				in("edit of "+f.Rule, e.Start, e.End)
			}
		}
	}
}
