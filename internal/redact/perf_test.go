package redact

import (
	"encoding/base64"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestKnownWrites: isKnown's length filter (st.knownLen) holds only while
// every write to st.known is add's or bare's (bare is called through judge,
// which marks the length). A new writer must mark st.knownLen too.
func TestKnownWrites(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	write := regexp.MustCompile(`\bknown\[[^\]]*\]\s*=[^=]`)
	allowed := map[string]int{"scan.go": 1, "residue.go": 1}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(write.FindAll(b, -1)); n != allowed[f] {
			t.Errorf("%s writes st.known %d times, want %d: keep st.knownLen in step (see state.knownLen)", f, n, allowed[f])
		}
	}
	bare := 0
	for _, f := range files {
		if !strings.HasSuffix(f, "_test.go") {
			bare += strings.Count(string(mustRead(t, f)), "st.bare(")
		}
	}
	if bare != 1 {
		t.Errorf("st.bare is called %d times: only judge may call it (it keeps st.knownLen)", bare)
	}
}

func mustRead(t *testing.T, f string) []byte {
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestB64Encode: everywhere's encoder is base64.StdEncoding's.
func TestB64Encode(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 200; n++ {
		b := make([]byte, n%70)
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
		dst := make([]byte, base64.StdEncoding.EncodedLen(len(b)))
		b64Encode(dst, string(b))
		if want := base64.StdEncoding.EncodeToString(b); string(dst) != want {
			t.Fatalf("b64Encode(%q) = %q, want %q", b, dst, want)
		}
	}
}

// TestPack8: the chain key is the first 8 bytes, whatever follows.
func TestPack8(t *testing.T) {
	if pack8("ABCDEFGHxyz") != pack8("ABCDEFGH") || pack8("ABCDEFGH") == pack8("ABCDEFGI") || pack8("BBCDEFGH") == pack8("ABCDEFGH") {
		t.Fatal("pack8 does not key by the first 8 bytes")
	}
}
