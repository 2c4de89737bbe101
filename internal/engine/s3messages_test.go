package engine

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/redact"
	"github.com/presign-doctor/presign-doctor/internal/rules/all"
)

// TestS3MessagesReadable: S3's own answers, as every rule documents them
// (code and message), come out of redaction unchanged, alone, in S3's XML
// body and in a botocore ClientError line: the diagnosis reads them, and
// none holds a secret. ("The authorization mechanism you have provided is
// not supported" once lost its "mechanism" to a credential placeholder.)
func TestS3MessagesReadable(t *testing.T) {
	n := 0
	for _, r := range all.Catalog() {
		for _, a := range r.Answers {
			if a.Message == "" || strings.Contains(a.Message, "…") {
				continue
			}
			for _, text := range []string{
				a.Message,
				"<Error><Code>" + a.Code + "</Code><Message>" + a.Message + "</Message></Error>",
				"botocore.exceptions.ClientError: An error occurred (" + a.Code + ") when calling the GetObject operation: " + a.Message,
			} {
				n++
				if got := redact.Redact(text, redact.Options{}).Text; got != text {
					t.Errorf("%s: S3's answer altered by redaction:\n  in:  %s\n  out: %s", r.Name, text, got)
				}
			}
		}
	}
	if n < 60 {
		t.Fatalf("only %d answers checked: the catalog's Answers are not being read", n)
	}
}
