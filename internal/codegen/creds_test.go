package codegen

import (
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
)

// credCase is a paste holding literal keys and the code its in-place
// credentials fix must give ("" when no in-place fix is made).
type credCase struct{ name, in, want string }

// checkCredEdits applies the edits edit gives on each case's facts and
// compares the result; needCreds says the paste must yield a credential.
func checkCredEdits(t *testing.T, cases []credCase, needCreds bool, edit func(string, *model.Facts) []PlanEdit) {
	t.Helper()
	for _, c := range cases {
		f := model.Build(c.in, []model.Part{{Kind: model.KindText, Span: model.Span{Start: 0, End: len(c.in)}}}, time.Unix(0, 0))
		if needCreds && len(f.Credentials) == 0 {
			t.Fatalf("%s: no credential read from the paste", c.name)
		}
		var edits []diff.Edit
		for _, pe := range edit(c.in, f) {
			edits = append(edits, pe.Edits...)
		}
		if c.want == "" {
			if len(edits) > 0 {
				t.Errorf("%s: edits %v, want none", c.name, edits)
			}
			continue
		}
		got, err := diff.Apply(c.in, edits)
		if err != nil || got != c.want {
			t.Errorf("%s: got (%v)\n%s\nwant\n%s", c.name, err, got, c.want)
		}
		if strings.Contains(got, "EXAMPLE") {
			t.Errorf("%s: a key is left", c.name)
		}
	}
}
