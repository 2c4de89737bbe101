package model

import (
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/redact"
)

// The redactor's record reaches the facts whole: every placeholder with
// its kind, AWS's example keys marked, and a credential's value finds
// its own record.
func TestSetRedactions(t *testing.T) {
	const paste = "import boto3\ns3 = boto3.client('s3', aws_access_key_id='AKIAIOSFODNN7EXAMPLE', aws_secret_access_key='Zk3pQ9rTbW1xY7uV5sN2mL8hJ4gF6dC0aE3iO7uQ')\n"
	red := redact.Redact(paste, redact.Options{})
	f := Build(red.Text, []Part{{Kind: KindPython, Span: Span{Start: 0, End: len(red.Text)}}}, time.Unix(0, 0))
	f.SetRedactions(red.Redactions)
	if len(f.Secrets) != 2 {
		t.Fatalf("%d secrets, want 2: %+v", len(f.Secrets), f.Secrets)
	}
	want := map[string]bool{redact.KindAccessKeyID: true, redact.KindSecretAccessKey: false}
	for _, s := range f.Secrets {
		if ex, ok := want[s.Kind]; !ok || s.Example != ex {
			t.Errorf("secret %q: kind %s, example %v", red.Text[s.Span.Start:s.Span.End], s.Kind, s.Example)
		}
	}
	if len(f.Credentials) != 2 {
		t.Fatalf("%d credentials, want 2", len(f.Credentials))
	}
	for _, c := range f.Credentials {
		s, ok := f.SecretOf(c.Value)
		if !ok || s.Kind != c.Kind {
			t.Errorf("credential %s: record %+v, %v", c.Name, s, ok)
		}
	}
	if _, ok := f.SecretOf(&Value{Known: true, Str: "boto3", Span: Span{Start: 7, End: 12}}); ok {
		t.Error("a word that is no placeholder has a record")
	}
}
