package engine

import (
	"encoding/json"
	"net/url"
	"runtime"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/redact"
)

// TestRedactionCorpusWholeResponse runs the generated corpus (at least
// 10,000 planted secrets natively, every kind, every context) through the
// whole engine and searches every field of the marshalled response for
// each planted secret, raw, percent-encoded and as hex bytes.
func TestRedactionCorpusWholeResponse(t *testing.T) {
	n := 2100
	if runtime.GOOS == "js" || testing.Short() {
		n = 150
	}
	secrets, checked := 0, 0
	for i, d := range redact.Corpus(1, n) {
		req := Request{Input: d.Text, Now: "2025-06-01T00:00:00Z"}
		// every third paste also sends a planted secret key as the
		// request's secretAccessKey (and the paste carries it too)
		var sk string
		if i%3 == 0 {
			for _, p := range d.Secrets {
				if p.Kind == redact.KindSecretAccessKey {
					sk = p.Value
					req.SecretAccessKey = sk
					break
				}
			}
		}
		for _, bucket := range []bool{false, true} {
			if bucket && i%10 != 0 {
				continue
			}
			req.Options.RedactBucketNames = bucket
			resp := Analyze(req)
			if resp.Error != "" {
				t.Fatalf("%s: %s", d.Context, resp.Error)
			}
			b, err := json.Marshal(resp)
			if err != nil {
				t.Fatal(err)
			}
			out := string(b)
			for _, p := range redact.Survivors(d, out) {
				t.Errorf("%s: planted %s survives in the response: %.40s…", d.Context, p.Kind, p.Value)
			}
			if sk != "" && (strings.Contains(out, sk) || strings.Contains(out, url.QueryEscape(sk))) {
				t.Errorf("%s: secretAccessKey echoed", d.Context)
			}
			checked++
		}
		secrets += len(d.Secrets)
	}
	t.Logf("%d pastes (%d responses), %d planted secrets: no survivor in any response field", n, checked, secrets)
}

// TestRedactionKnownSecretOnly: a secretAccessKey typed in the request and
// pasted unlabelled (no key ID around) is still never echoed.
func TestRedactionKnownSecretOnly(t *testing.T) {
	sk := "Zq8/" + strings.Repeat("k", 30) + "+x9Yw0"
	resp := Analyze(Request{Input: "my secret: " + sk + "\n" + url.QueryEscape(sk), SecretAccessKey: sk, Now: "2025-06-01T00:00:00Z"})
	b, _ := json.Marshal(resp)
	if strings.Contains(string(b), sk) || strings.Contains(string(b), url.QueryEscape(sk)) {
		t.Fatalf("secretAccessKey echoed: %s", b)
	}
}
