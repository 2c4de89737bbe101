package codegen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
)

// FuzzCredentialEdits checks that the in-place credentials fix never
// panics and that each fix's edits apply to the text, whatever the paste:
// seeded with the hardcoded_credentials pastes.
func FuzzCredentialEdits(f *testing.F) {
	files, _ := filepath.Glob("../rules/hardcoded_credentials/testdata/*.txtar")
	for _, fn := range files {
		b, err := os.ReadFile(fn)
		if err != nil {
			f.Fatal(err)
		}
		if _, p, ok := strings.Cut(string(b), "-- paste --\n"); ok {
			p, _, _ = strings.Cut(p, "\n-- want --")
			f.Add(p)
		}
	}
	f.Add("creds = Aws::Credentials.new('AKIA_EXAMPLE_KEY_1', 'S')\nc = Aws::S3::Client.new(credentials: creds, credentials: creds)\n")
	f.Add("{\n \"S3\": { \"AccessKey\": \"AKIA_EXAMPLE_KEY_1\", \"SecretKey\": \"S\" }\n}\nnew AmazonS3Client(c[\"S3:AccessKey\"], c[\"S3:SecretKey\"])")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<14 {
			return
		}
		fc := model.Build(text, []model.Part{{Kind: model.KindText, Span: model.Span{Start: 0, End: len(text)}}}, time.Unix(0, 0))
		for _, pe := range CredentialEdits(text, fc) {
			if _, err := diff.Apply(text, pe.Edits); err != nil {
				t.Fatalf("the edits of one fix do not apply: %v (%v)", err, pe.Edits)
			}
		}
	})
}
