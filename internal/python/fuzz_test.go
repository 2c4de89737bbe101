package python

import (
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

func seeds(t testing.TB) []string {
	var out []string
	for _, dir := range []string{"testdata/*.py", "../engine/testdata/code/*.txt"} {
		files, _ := filepath.Glob(dir)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err == nil {
				out = append(out, string(b))
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no seed snippets")
	}
	return out
}

// parseChecked parses s (also as a part in the middle of a longer text) and
// checks the tree's invariants and that it finishes promptly.
func parseChecked(t testing.TB, s string) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f := Parse(s, source.Span{Start: 0, End: len(s)})
		checkTree(t, s, f)
		_ = Dump(f)
		if len(s) > 4 {
			sp := source.Span{Start: len(s) / 4, End: len(s) - len(s)/4}
			checkTree(t, s, Parse(s, sp))
		}
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatalf("parse did not finish on %q", s)
	}
}

// FuzzParse: the parser never panics, never loops and keeps every span in
// bounds, on arbitrary bytes and on mutated real snippets.
func FuzzParse(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Add("def f(:\n\t  x = (\n>>> y\n+ z\n- w\n'''")
	f.Fuzz(func(t *testing.T, s string) { parseChecked(t, s) })
}

// TestMutatedSnippets runs the fuzz invariants on deterministic mutations of
// the corpus (cut, duplicated, spliced and byte-flipped snippets).
func TestMutatedSnippets(t *testing.T) {
	n := 3000
	if testing.Short() || runtime.GOOS == "js" {
		n = 300
	}
	ss := seeds(t)
	r := rand.New(rand.NewSource(1))
	alphabet := []byte("()[]{}'\"\\#:=,.\n\t +-*>@fbr\x00\xff")
	for i := 0; i < n; i++ {
		b := []byte(ss[r.Intn(len(ss))])
		for k := 0; k < 1+r.Intn(6); k++ {
			if len(b) == 0 {
				break
			}
			j := r.Intn(len(b))
			switch r.Intn(5) {
			case 0:
				b[j] = alphabet[r.Intn(len(alphabet))]
			case 1:
				b = append(b[:j:j], b[min(len(b), j+r.Intn(40)):]...)
			case 2:
				o := ss[r.Intn(len(ss))]
				k := r.Intn(len(o) + 1)
				b = append(b[:j:j], append([]byte(o[k:min(len(o), k+r.Intn(200))]), b[j:]...)...)
			case 3:
				b = append(b[:j:j], append([]byte{alphabet[r.Intn(len(alphabet))]}, b[j:]...)...)
			case 4:
				b = b[:j]
			}
		}
		parseChecked(t, string(b))
	}
}

func TestRandomBytes(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 500; i++ {
		b := make([]byte, r.Intn(300))
		r.Read(b)
		parseChecked(t, string(b))
	}
}
