package redact

import (
	"strings"
	"testing"
)

// Layer 0 on its own: a line continuation (a trailing backslash) on a line
// as wide as a terminal is both an escape and a hard wrap; the view used to
// step over that join and then leave every later hard wrap of the paste
// unjoined, so a wrapped session token further down was redacted line by
// line and its last piece survived (the planted property's wrap80 survivors
// in shell-export, windows-set, s3-xml-error …).
func TestViewJoinsWrapsAfterContinuation(t *testing.T) {
	cont := "$ aws s3 cp ./build s3://demo-bucket/releases/ --recursive --exclude '*.mapzz' \\"
	if len(cont) != 80 {
		t.Fatalf("continuation line is %d wide, want 80", len(cont))
	}
	// a made-up token: no two wrapped lines start alike
	const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	var sb strings.Builder
	for i, x := 0, uint32(7); i < 220; i++ {
		x = x*1664525 + 1013904223
		sb.WriteByte(b64[x>>26])
	}
	tok := "IQoJb3JpZ2luX2Vj" + sb.String() + "=="
	line := "$ export AWS_SESSION_TOKEN=\"" + tok + "\""
	var wrapped []string
	for len(line) > 80 {
		wrapped = append(wrapped, line[:80])
		line = line[80:]
	}
	wrapped = append(wrapped, line)
	paste := cont + "\n  --region us-east-1\n\n" + strings.Join(wrapped, "\n") + "\n"
	v := decodeView(paste)
	if !strings.Contains(v.text, tok) {
		t.Fatalf("the view does not join the wrapped token:\n%s", v.text)
	}
	r := Redact(paste, Options{})
	for _, piece := range wrapped[1:] {
		if len(piece) >= 8 && strings.Contains(r.Text, strings.TrimRight(piece, "\"")) {
			t.Errorf("a piece of the wrapped token survived: %q\n%s", piece, r.Text)
		}
	}
}
