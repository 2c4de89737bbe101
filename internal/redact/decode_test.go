package redact

import (
	"encoding/base64"
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

// A base64-wrapped block that ends the paste: its last line ("…M0Q=")
// has nothing after its '=', and was read as an assignment of its own, so
// the wrap before it stayed and the signature's tail in it survived.
func TestViewJoinsBase64AtEndOfPaste(t *testing.T) {
	const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	// a signature long enough that the block's last line is short (a
	// fragment of the signature's tail, too short to judge on its own)
	// and ends in one '='
	var enc string
	for n := 300; n < 400; n++ {
		var sig strings.Builder
		for i, x := 0, uint32(11); i < n; i++ {
			x = x*1664525 + 1013904223
			sig.WriteByte(b64[x>>26])
		}
		u := "https://storage.googleapis.com/demo-bucket/a.png?GoogleAccessId=uploader%40demo.iam.gserviceaccount.com&Expires=1705327200&Signature=" +
			strings.NewReplacer("+", "%2B", "/", "%2F").Replace(sig.String()) + "%3D%3D"
		enc = base64.StdEncoding.EncodeToString([]byte(u))
		if r := len(enc) % 76; r >= 40 && r <= 52 && strings.HasSuffix(enc, "=") && !strings.HasSuffix(enc, "==") {
			break
		}
	}
	var lines []string
	for len(enc) > 76 {
		lines = append(lines, enc[:76])
		enc = enc[76:]
	}
	lines = append(lines, enc)
	if !strings.HasSuffix(enc, "=") || strings.HasSuffix(enc, "==") {
		t.Fatalf("the last line %q must end in one '=' for this test", enc)
	}
	paste := "$ base64 url.txt\n" + strings.Join(lines, "\n") // no newline at the end
	r := Redact(paste, Options{})
	for _, l := range lines {
		if strings.Contains(r.Text, l) {
			t.Errorf("a line of the base64 block survived: %q\n%s", l, r.Text)
		}
	}
}
