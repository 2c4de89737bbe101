package brace

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// A URL written outside a string (a shell line beside the code) is no
// comment: its "//" does not hide the rest of the line.
func TestURLSchemeIsNoComment(t *testing.T) {
	for _, tc := range []struct {
		text     string
		problems bool
	}{
		{"URL=$(aws s3 presign s3://bucket/${SHA}/a.tgz --expires-in 60)\n", false},
		{"x := f(a, // the first one (of two\n  b)\n", false},
		{"switch (k) { default:// none (yet\n}\n", false},
		{"open(https://example.com/a\n", true},
	} {
		r := ReadLang(tc.text, source.Span{Start: 0, End: len(tc.text)}, Go)
		if got := len(r.Problems) > 0; got != tc.problems {
			t.Errorf("%q: problems %v, want %v (%+v)", tc.text, got, tc.problems, r.Problems)
		}
	}
}
