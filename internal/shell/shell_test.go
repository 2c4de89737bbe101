package shell

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

func TestLines(t *testing.T) {
	text := "$ aws s3 presign \"s3://b/my key\" \\\n  --expires-in 60 ; curl -H 'A: b' x\nPS C:\\> aws sts get-caller-identity"
	got := Lines(text, source.Span{Start: 0, End: len(text)})
	var cmds []string
	for _, ws := range got {
		var parts []string
		for _, w := range ws {
			parts = append(parts, w.Text)
			if w.Span.Start < 0 || w.Span.End > len(text) || w.Span.Start >= w.Span.End {
				t.Fatalf("word %q has span %v", w.Text, w.Span)
			}
		}
		cmds = append(cmds, strings.Join(parts, "|"))
	}
	want := []string{"aws|s3|presign|s3://b/my key|--expires-in|60", "curl|-H|A: b|x", "aws|sts|get-caller-identity"}
	if strings.Join(cmds, "\n") != strings.Join(want, "\n") {
		t.Fatalf("Lines:\n%s\nwant:\n%s", strings.Join(cmds, "\n"), strings.Join(want, "\n"))
	}
}
