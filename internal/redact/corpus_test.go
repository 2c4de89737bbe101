package redact

import (
	"runtime"
	"sort"
	"strings"
	"testing"
)

// corpusDocs is sized for at least 10,000 planted secrets natively, and
// smaller under wasm (Node) to keep the tier fast.
func corpusDocs() int {
	if runtime.GOOS == "js" || testing.Short() {
		return 300
	}
	return 2100
}

func TestCorpusNoSurvivors(t *testing.T) {
	docs := Corpus(1, corpusDocs())
	secrets, byKind, ctxs := 0, map[string]int{}, map[string]bool{}
	for _, d := range docs {
		ctxs[d.Context] = true
		r := Redact(d.Text, Options{})
		for _, p := range Survivors(d, r.Text) {
			t.Errorf("%s: %s survived: %.60s…", d.Context, p.Kind, p.Value)
		}
		for _, p := range d.Secrets {
			secrets++
			byKind[p.Kind]++
		}
		if r2 := Redact(r.Text, Options{}); r2.Text != r.Text {
			t.Errorf("%s: not idempotent", d.Context)
		}
		for _, x := range r.Redactions {
			if r.Text[x.Start:x.End] != x.Placeholder {
				t.Fatalf("%s: redaction span %d-%d is %q, not %q", d.Context, x.Start, x.End, r.Text[x.Start:x.End], x.Placeholder)
			}
			if !IsPlaceholder(x.Placeholder) {
				t.Errorf("IsPlaceholder(%q) = false", x.Placeholder)
			}
		}
	}
	t.Logf("%d pastes, %d planted secrets, %d contexts", len(docs), secrets, len(ctxs))
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		t.Logf("  %-18s %6d", k, byKind[k])
	}
	want := 10000
	if corpusDocs() < 2100 {
		want = 1500
	}
	if secrets < want || len(ctxs) < 12 {
		t.Errorf("corpus too small: %d secrets in %d contexts", secrets, len(ctxs))
	}
	for _, k := range []string{KindAccessKeyID, KindUniqueID, KindSecretAccessKey, KindSessionToken, KindSignature,
		KindAccountID, KindPrivateKey, KindBearerToken, KindPassword, KindCredential} {
		if byKind[k] == 0 {
			t.Errorf("no %s planted", k)
		}
	}
}

func TestCorpusBucketOption(t *testing.T) {
	for _, d := range Corpus(2, 60) {
		r := Redact(d.Text, Options{RedactBucketNames: true})
		for _, p := range Survivors(d, r.Text) {
			t.Errorf("%s: %s survived with bucket redaction", d.Context, p.Kind)
		}
		if strings.Contains(r.Text, "demo-bucket") {
			t.Errorf("%s: bucket name survived RedactBucketNames:\n%s", d.Context, r.Text)
		}
		if r2 := Redact(r.Text, Options{RedactBucketNames: true}); r2.Text != r.Text {
			t.Errorf("%s: not idempotent with buckets", d.Context)
		}
	}
}

func TestBenignFalsePositives(t *testing.T) {
	n := 4000
	if runtime.GOOS == "js" || testing.Short() {
		n = 800
	}
	pastes, items, cats := Benign(3, n)
	fp, total := map[string]int{}, map[string]int{}
	all := 0
	for i, p := range pastes {
		total[cats[i]]++
		r := Redact(p, Options{})
		if !strings.Contains(r.Text, items[i]) {
			fp[cats[i]]++
			all++
			if fp[cats[i]] <= 2 {
				t.Logf("false positive (%s): %.100s", cats[i], r.Text)
			}
		}
	}
	names := make([]string, 0, len(total))
	for c := range total {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		t.Logf("  %-14s %4d/%4d false positives (%.2f%%)", c, fp[c], total[c], 100*float64(fp[c])/float64(total[c]))
	}
	rate := 100 * float64(all) / float64(len(pastes))
	t.Logf("benign corpus: %d/%d items changed: %.2f%% false positives", all, len(pastes), rate)
	if rate >= 1 {
		t.Errorf("false positive rate %.2f%% is not under 1%%", rate)
	}
}
