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

// Hard wraps at 80 (the planted property's wrap80 survivors): a quoted
// "NAME=value" argument cut inside its name is the rest of the open string,
// not an assignment of its own; a line as wide as the terminal before a
// prompt ("$ s3fs …") ends there, so the line-based reader of s3fs's
// "bucket:key:secret" file still sees its line.
func TestViewWrapsOpenQuoteAndPrompt(t *testing.T) {
	const secret = "b70a2e3a76f43a3550fb2201d3f613d9b76ec967d81a7708bfa8ac154906fc7d"
	docker := `$ docker run --rm -e AWS_ACCESS_KEY_ID=DO007T3F88AAUPKAO1NY -e "AWS_SECRET_ACCESS_KEY=` + secret + `" uploader`
	var lines []string
	for line := docker; ; line = line[80:] {
		if len(line) <= 80 {
			lines = append(lines, line)
			break
		}
		lines = append(lines, line[:80])
	}
	if !strings.HasSuffix(lines[0], `"AWS_SECRET_ACCES`) {
		t.Fatalf("the first line does not end inside the name: %q", lines[0])
	}
	paste := strings.Join(lines, "\n")
	if v := decodeView(paste); !strings.Contains(v.text, docker) {
		t.Errorf("the view does not join the wrapped argument:\n%s", v.text)
	}
	if r := Redact(paste, Options{}); strings.Contains(r.Text, secret[:16]) {
		t.Errorf("the secret survived:\n%s", r.Text)
	}

	passwd := "prod-b4k6q7hnwomg-uploads:83e0118faf80d9fd6ba487b5b6293214:ZXUyBNIERiv*gr4+WIPMO"
	if len(passwd) != 80 {
		t.Fatalf("passwd line is %d wide, want 80", len(passwd))
	}
	paste = "$ cat /etc/passwd-s3fs\n" + passwd + "\n$ s3fs prod-b4k6q7hnwomg-uploads /mnt/s3 -o passwd_file=${HOME}/.passwd-s3fs -o \nurl=https://minio.internal.example:9000 -o use_path_request_style\n"
	if v := decodeView(paste); !strings.Contains(v.text, passwd+"\n$ s3fs") {
		t.Errorf("the view joins the prompt line to the one before:\n%s", v.text)
	}
	r := Redact(paste, Options{})
	for _, v := range []string{"83e0118faf80d9fd6ba487b5b6293214", "ZXUyBNIERiv*gr4+WIPMO"} {
		if strings.Contains(r.Text, v) {
			t.Errorf("%q survived:\n%s", v, r.Text)
		}
	}
}

// nextEsc's eight-byte steps find the same byte as a byte-by-byte walk,
// wherever in a word the escape byte falls and whatever surrounds it
// (bytes ≥ 0x80, which a borrow between bytes could confuse).
func TestNextEsc(t *testing.T) {
	const alphabet = "ab%&\\\"'\x80\xff\x00 z"
	for seed := 0; seed < 2000; seed++ {
		b := make([]byte, seed%41)
		for k := range b {
			b[k] = alphabet[(seed*7+k*k*13+k*seed)%len(alphabet)]
			if (seed+k)%3 != 0 {
				b[k] = 'a' + byte((seed+k)%26)
			}
		}
		s := string(b)
		for i := 0; i <= len(s); i++ {
			for stop := i; stop <= len(s); stop++ {
				want := i
				for want < stop && !escStart[s[want]] {
					want++
				}
				if got := nextEsc(s, i, stop); got != want {
					t.Fatalf("nextEsc(%q, %d, %d) = %d, want %d", s, i, stop, got, want)
				}
			}
		}
	}
}

// lastIndexByte answers as strings.LastIndexByte: the byte in every
// position of every 8-byte block, alone, twice and absent, and bytes that
// differ from it in one bit (the block test's borrow).
func TestLastIndexByte(t *testing.T) {
	for n := 0; n < 40; n++ {
		for _, c := range []byte{'\n', 0, 0x80, 0xff, 'a'} {
			for _, fill := range []byte{'x', c ^ 1, c ^ 0x80, c + 1, 0} {
				base := []byte(strings.Repeat(string([]byte{fill}), n))
				if fill == c {
					continue
				}
				cases := []string{string(base)}
				for p := 0; p < n; p++ {
					b := append([]byte(nil), base...)
					b[p] = c
					cases = append(cases, string(b))
					for q := p + 1; q < n; q += 3 {
						b2 := append([]byte(nil), b...)
						b2[q] = c
						cases = append(cases, string(b2))
					}
				}
				for _, s := range cases {
					if got, want := lastIndexByte(s, c), strings.LastIndexByte(s, c); got != want {
						t.Fatalf("lastIndexByte(%q, %q) = %d, want %d", s, c, got, want)
					}
				}
			}
		}
	}
}

// lastIndexPair answers as strings.LastIndex of the byte twice, on texts of
// that byte and another in every arrangement up to 12 bytes.
func TestLastIndexPair(t *testing.T) {
	for n := 0; n <= 12; n++ {
		for bits := 0; bits < 1<<n; bits++ {
			b := make([]byte, n)
			for k := range b {
				b[k] = 'x'
				if bits&(1<<k) != 0 {
					b[k] = '\n'
				}
			}
			if got, want := lastIndexPair(string(b), '\n'), strings.LastIndex(string(b), "\n\n"); got != want {
				t.Fatalf("lastIndexPair(%q) = %d, want %d", b, got, want)
			}
		}
	}
}

// Layer 0 decodes a character beyond ASCII escaped byte by byte (UTF-8,
// as every URL encoder writes it), once or twice, only when its sequence
// is whole: a box-drawn table inside a URL's query reads as drawn, so the
// table reader sees its columns. A lone or cut sequence stays as written.
func TestViewDecodesPercentUTF8(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"a%E2%94%82b", "a│b"},
		{"a%25E2%2594%2582b", "a│b"},
		{"caf%C3%A9", "café"},
		{"%F0%9F%94%91key", "🔑key"},
		{"a%E2%94b", "a%E2%94b"},           // cut
		{"a%94%82b", "a%94%82b"},           // continuation bytes alone
		{"a%E2%2594%82b", "a%E2%2594%82b"}, // the bytes escaped unlike
		{"x%C0%80", "x%C0%80"},             // an overlong lead
	} {
		if got := decodeView(c.in).text; got != c.want {
			t.Errorf("view of %q = %q, want %q", c.in, got, c.want)
		}
	}
	r := Redact("https://gist.example.net/new?content=%E2%94%82%20id%20%E2%94%82%20access_key%20%20%20%E2%94%82%20secret_key%20%20%20%E2%94%82%0A%E2%94%9C%E2%94%80%E2%94%80%E2%94%BC%E2%94%80%E2%94%80%E2%94%BC%E2%94%80%E2%94%80%E2%94%A4%0A%E2%94%82%2041%20%E2%94%82%20009ebd678ab90000000001099%20%E2%94%82%20omghaiqtkdon%20%E2%94%82%0A", Options{})
	for _, v := range []string{"009ebd678ab90000000001099", "omghaiqtkdon"} {
		if strings.Contains(r.Text, v) {
			t.Errorf("%s survived in a percent-encoded box table:\n%s", v, r.Text)
		}
	}
}

// Layer 0 joins a table's row that a terminal cut inside a column gap (the
// line fills the width and ends with a blank, the next starts with one):
// the header then names as many columns as the rows hold, so the column
// under "Secret Key" is read. A line that is no padded row stays apart.
func TestViewJoinsRowCutInColumnGap(t *testing.T) {
	head := "Name        Access Key              Secret Key                                  "
	if len(head) != 80 {
		t.Fatalf("header is %d wide, want 80", len(head))
	}
	paste := head + "\n   Grants                                   Created At\n" +
		"uploader    DO00932YO1T8XK28XER2    oZWQc9pTRFCVum90    bucket=wxsmv;permission=\nreadwrite    2024-01-15 12:30:00 +0000 UTC\n"
	if v := decodeView(paste); !strings.Contains(v.text, "Secret Key                                     Grants") {
		t.Fatalf("the header's wrap is not joined:\n%s", v.text)
	}
	if r := Redact(paste, Options{}); strings.Contains(r.Text, "oZWQc9pTRFCVum90") {
		t.Errorf("the secret column survived:\n%s", r.Text)
	}
	prose := "The upload fails with SignatureDoesNotMatch when the header is sent twice.      \n    aws s3 cp a.txt s3://acme-uploads/\n"
	if n := strings.IndexByte(prose, '\n'); n != 80 {
		t.Fatalf("prose line is %d wide, want 80", n)
	}
	if v := decodeView(prose); v.text != prose {
		t.Errorf("a line that is no padded row was joined:\n%s", v.text)
	}
}

// Layer 0 joins a split literal whose first piece ends with ',' (the
// quote after it closes a literal), and leaves a list's next item alone.
func TestViewJoinsPieceEndingWithComma(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"h = {'Authorization': 'Bearer ' + '000,' '0127'}", "h = {'Authorization': 'Bearer 000,0127'}"},
		{"xs = ['a','x,' 'b']", "xs = ['a','x,b']"},
		{"xs = ['a', 'b']", "xs = ['a', 'b']"},
	} {
		if got := decodeView(c.in).text; got != c.want {
			t.Errorf("view of %q = %q, want %q", c.in, got, c.want)
		}
	}
}
