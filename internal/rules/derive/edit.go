package derive

import (
	"sort"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Edit is a one-edit fix replacing sp with s.
func Edit(sp source.Span, s string) []diff.Edit {
	return []diff.Edit{{Start: sp.Start, End: sp.End, New: s}}
}

func SortEdits(es []diff.Edit) []diff.Edit {
	sort.SliceStable(es, func(i, j int) bool { return es[i].Start < es[j].Start })
	return es
}
