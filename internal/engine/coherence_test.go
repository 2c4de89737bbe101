package engine

import (
	"testing"
	"unicode/utf16"

	"github.com/presign-doctor/presign-doctor/internal/diff"
)

// byteEdits converts a response fix's UTF-16 edits to byte edits of the
// redacted text; ok is false when an offset is out of bounds or splits a
// character.
func byteEdits(redacted string, fx Fix) ([]diff.Edit, bool) {
	at := map[int]int{} // UTF-16 offset → byte offset
	u := 0
	for i, r := range redacted {
		at[u] = i
		u += len(utf16.Encode([]rune{r}))
	}
	at[u] = len(redacted)
	var out []diff.Edit
	for _, e := range fx.Edits {
		s, ok1 := at[e.Start]
		t, ok2 := at[e.End]
		if !ok1 || !ok2 || s > t {
			return nil, false
		}
		out = append(out, diff.Edit{Start: s, End: t, New: e.New})
	}
	return out, true
}

// applyResponseFix applies a fix of a response to its redacted text.
func applyResponseFix(t *testing.T, resp Response, fx Fix) string {
	t.Helper()
	es, ok := byteEdits(resp.Redacted, fx)
	if !ok {
		t.Fatalf("fix %q has edits out of bounds: %+v", fx.Message, fx.Edits)
	}
	out, err := diff.Apply(resp.Redacted, es)
	if err != nil {
		t.Fatalf("fix %q does not apply: %v", fx.Message, err)
	}
	return out
}
