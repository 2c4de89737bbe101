package rules

import (
	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// edit is a one-edit fix replacing sp with s.
func edit(sp source.Span, s string) []diff.Edit {
	return []diff.Edit{{Start: sp.Start, End: sp.End, New: s}}
}
