package redact

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func checkSpans(t *testing.T, r Result) {
	t.Helper()
	for _, x := range r.Redactions {
		if x.Start < 0 || x.End > len(r.Text) || x.Start > x.End || r.Text[x.Start:x.End] != x.Placeholder {
			t.Fatalf("bad span %+v in %q", x, r.Text)
		}
	}
}

// FuzzRedact: redaction never panics, its spans hold the placeholders, it
// keeps valid UTF-8 valid, and it is idempotent.
func FuzzRedact(f *testing.F) {
	for _, d := range Corpus(7, len(Contexts)) {
		f.Add(d.Text, false)
	}
	f.Add("X-Amz-Security-Token=%252B%253D%3D===&Signature==", true)
	f.Add("<StringToSignBytes>41 4b 49 41</StringToSignBytes>", false)
	f.Fuzz(func(t *testing.T, in string, buckets bool) {
		opts := Options{RedactBucketNames: buckets}
		r := Redact(in, opts)
		checkSpans(t, r)
		if utf8.ValidString(in) && !utf8.ValidString(r.Text) {
			t.Fatalf("redaction broke UTF-8: %q -> %q", in, r.Text)
		}
		if r2 := Redact(r.Text, opts); r2.Text != r.Text {
			t.Fatalf("not idempotent:\n%q\n%q", r.Text, r2.Text)
		}
	})
}

// FuzzPlanted: a generated paste wrapped in arbitrary text (kept apart by
// blank lines) never lets a planted secret through.
func FuzzPlanted(f *testing.F) {
	f.Add(int64(1), "", "")
	f.Add(int64(4), "<StringToSignBytes>", "</Error>")
	f.Add(int64(11), "aws_secret_access_key = \"", "'\"")
	f.Fuzz(func(t *testing.T, seed int64, pre, post string) {
		d := Corpus(seed, 1+int(uint64(seed)%uint64(len(Contexts))))
		doc := d[len(d)-1]
		off := len(pre) + 2
		shifted := doc
		shifted.Text = pre + "\n\n" + doc.Text + "\n\n" + post
		_ = off
		r := Redact(shifted.Text, Options{})
		checkSpans(t, r)
		// secrets are judged on the redacted paste minus what pre and post
		// contributed unchanged around it
		if left := Survivors(doc, r.Text); len(left) > 0 {
			for _, p := range left {
				if strings.Contains(pre, p.Value) || strings.Contains(post, p.Value) {
					continue
				}
				t.Fatalf("%s: %s survived (%q)", doc.Context, p.Kind, p.Value)
			}
		}
	})
}
