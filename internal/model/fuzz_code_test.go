package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzCodeFacts: code in any language, read by the model's code readers
// (the brace run detection, braceRead/braceClient, the Python reader and
// the JavaScript senders), gives facts whose spans stay inside the text,
// without a panic. Seeds are the brace corpus's pastes, per SDK family,
// and Python fragments.
func FuzzCodeFacts(f *testing.F) {
	files, _ := filepath.Glob("../brace/testdata/*/*.txtar")
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			f.Fatal(err)
		}
		s := string(data)
		if i := strings.Index(s, "-- paste --\n"); i >= 0 {
			s = s[i+len("-- paste --\n"):]
			if j := strings.Index(s, "\n-- "); j >= 0 {
				s = s[:j+1]
			}
			f.Add(s, false)
		}
	}
	for _, s := range []string{
		"s3 = boto3.client('s3', aws_access_key_id='ASIA', aws_secret_access_key=k)\ns3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': k})",
		"cfg, _ := config.LoadDefaultConfig(ctx)\nps := s3.NewPresignClient(s3.NewFromConfig(cfg))",
		"$s3 = new S3Client(['version' => 'latest']);", "new AWS.S3()", "credentials: { accessKeyId: a, secretAccessKey: b }",
	} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, python bool) {
		kind := KindText
		if python {
			kind = KindPython
		}
		fs := Build(text, []Part{{Kind: kind, Span: Span{Start: 0, End: len(text)}}}, time.Unix(0, 0))
		in := func(what string, sp Span) {
			if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
				t.Fatalf("%s span %v outside the text (%d bytes)", what, sp, len(text))
			}
		}
		inV := func(what string, v *Value) {
			if v != nil {
				in(what, v.Span)
			}
		}
		for _, c := range fs.Clients {
			in("client", c.Span)
			in("client args", c.Args)
			for _, v := range []*Value{c.Region, c.Endpoint, c.SignatureVersion, c.AddressingStyle, c.Profile, c.AccessKeyID, c.SecretKey, c.SessionToken} {
				inV("client value", v)
			}
		}
		for _, o := range fs.Operations {
			in("operation", o.Span)
			in("operation name", o.NameSpan)
			inV("bucket", o.Bucket)
			inV("key", o.Key)
			inV("expires", o.ExpiresIn)
			for _, p := range append(append([]Param(nil), o.Params...), o.Fields...) {
				in("param", p.Span)
				inV("param value", p.Value)
			}
		}
		for _, c := range fs.HTTPCalls {
			in("http call", c.Span)
		}
		for _, e := range fs.URLEdits {
			in("url edit", e.Span)
		}
		for _, p := range fs.Problems {
			in("problem", p.Span)
		}
		for _, s := range fs.Incident.SignedRequests {
			in("signed request", s.Span)
			in("signed region", s.Region.Span)
			in("credentials", s.Credentials.Kind.Span)
		}
	})
}
