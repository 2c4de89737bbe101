package redact

import (
	"strings"
	"testing"
)

// A command line as wide as the terminal is followed either by its own
// wrapped rest or by its output: b2 key create prints
// "<applicationKeyId> <applicationKey>" on the next line
// (backblaze.com/docs/cloud-storage-command-line-tools). Both readings are
// redacted, and a command wrapped inside a secret still loses it.
func TestCommandLineAtWrapWidth(t *testing.T) {
	cmd := "$ b2 key create --bucket tf4yz1x-uploads uploader listFiles,readFiles,writeFiles"
	if len(cmd) != 80 {
		t.Fatalf("the command line is %d wide, want 80", len(cmd))
	}
	paste := "$ b2 account authorize DO009NZAZOOMRCY3CASD 7zcxLbC402\n" + cmd + "\nFAHACIAGXBZJ0K5OGV8F bbkwzevenfebpc\n$ b2 ls tf4yz1x-uploads\n"
	r := Redact(paste, Options{})
	for _, v := range []string{"FAHACIAGXBZJ0K5OGV8F", "bbkwzevenfebpc", "7zcxLbC402"} {
		if strings.Contains(r.Text, v) {
			t.Errorf("%q survived:\n%s", v, r.Text)
		}
	}
	if !strings.Contains(r.Text, "listFiles,readFiles,writeFiles\n") {
		t.Errorf("the command line was altered:\n%s", r.Text)
	}
	if again := Redact(r.Text, Options{}); again.Text != r.Text {
		t.Errorf("not idempotent:\n%s\n%s", r.Text, again.Text)
	}
	joins := wrapJoins(paste)
	fewer, ok := commandJoins(paste, joins)
	if len(joins) != 1 || !ok || len(fewer) != 0 {
		t.Errorf("joins %v, without the command line's %v %v", joins, fewer, ok)
	}

	// a command cut inside its secret by the terminal: the joined reading
	// finds it
	const secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Lm2Xw9LkT"
	long := "$ aws configure set aws_secret_access_key " + secret + " --profile ci"
	paste = long[:80] + "\n" + long[80:] + "\n$ aws s3 ls\n"
	if r := Redact(paste, Options{}); strings.Contains(r.Text, secret[:20]) || strings.Contains(r.Text, secret[len(secret)-10:]) {
		t.Errorf("the wrapped secret survived:\n%s", r.Text)
	}
	// a line that is no command keeps the one reading
	if _, ok := commandJoins("x", [][2]int{{0, 1}}); ok {
		t.Errorf("a line without a prompt read twice")
	}
}

// A terminal's wrap with a trailing \ can cut a JSON string's escape: the
// line ends in the escape's backslash and the wrap's, the next starts with
// the escaped quote (aws secretsmanager get-secret-value's SecretString,
// docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html).
// The value after it is read as if unwrapped; a line that really ends in
// an escaped backslash, followed by a line of its own, is not joined.
func TestWrapCutInsideAnEscape(t *testing.T) {
	head := `    "SecretString": "{\"accessKey\":\"minio-uploader\",\"secretKey\":\`
	line := head + `\`
	if len(line) < wrapMin {
		t.Fatalf("the cut line is %d wide", len(line))
	}
	paste := "{\n" + line + "\n" + `"2107000A\",\"endpoint\":\"https://minio.internal.example:9000\"}",` + "\n}\n"
	r := Redact(paste, Options{})
	if strings.Contains(r.Text, "2107000A") {
		t.Errorf("the secret key after the cut escape survived:\n%s", r.Text)
	}
	if again := Redact(r.Text, Options{}); again.Text != r.Text {
		t.Errorf("not idempotent:\n%s\n%s", r.Text, again.Text)
	}
	if n := escapeCut(paste, strings.Index(paste, `\\`+"\n")); n != 4 {
		t.Errorf("escapeCut = %d, want 4 (both backslashes, the break, the quote)", n)
	}
	short := "dir C:\\\\\n\"next\"\n"
	if n := escapeCut(short, strings.Index(short, `\\`)); n != 0 {
		t.Errorf("a short line ending in an escaped backslash was joined (%d)", n)
	}
}

// A base64 secret wrapped so that its padded tail starts the next line
// ("I4U= > ~/.passwd-s3fs") reads whole: a run of letters and digits
// whose '=' a blank follows is no assignment; a name with '_' stays one
// ("S3_BUCKET= acme-uploads" after a full-width line).
func TestWrapPaddedTailIsNoAssignment(t *testing.T) {
	first := "$ echo ec93873ec4450eb759a8e6079dcde407:lVK+KAVe4MPBoeVpXd4xIwt2cyZCiwBZUgtamP03"
	if len(first) != 80 {
		t.Fatalf("the line is %d wide, want 80", len(first))
	}
	r := Redact(first+"\nI4U= > ${HOME}/.passwd-s3fs\n$ chmod 600 ${HOME}/.passwd-s3fs\n", Options{})
	for _, v := range []string{"ec93873ec4450eb759a8e6079dcde407", "I4U="} {
		if strings.Contains(r.Text, v) {
			t.Errorf("%q survived:\n%s", v, r.Text)
		}
	}
	env := strings.Repeat("X", 70) + "_ENABLED=1"
	if got := wrapJoins(env + "\nS3_BUCKET= acme-uploads\n"); len(got) != 0 {
		t.Errorf("environment lines joined: %v", got)
	}
}
