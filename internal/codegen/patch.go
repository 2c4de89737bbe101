package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
)

// PatchPython applies fixes to the Python parts of a paste: each fix is a
// set of edits to the whole text; a fix applies when all its edits lie in
// one Python part and none overlaps an edit already taken (the same as
// applying the fixes one by one in the page). It returns the Python parts
// as pasted and as patched, joined by a blank line, and how many fixes
// applied.
func PatchPython(text string, parts []model.Part, fixes [][]diff.Edit) (orig, patched string, applied int) {
	var origs, outs []string
	for _, part := range parts {
		if part.Kind != model.KindPython || part.Span.Start < 0 || part.Span.End > len(text) || part.Span.Start > part.Span.End {
			continue
		}
		src := text[part.Span.Start:part.Span.End]
		var taken []diff.Edit
		for _, fx := range fixes {
			if len(fx) == 0 || !inside(fx, part.Span) || overlaps(fx, taken, part.Span.Start) {
				continue
			}
			for _, e := range fx {
				taken = append(taken, diff.Edit{Start: e.Start - part.Span.Start, End: e.End - part.Span.Start, New: e.New})
			}
			applied++
		}
		out, err := diff.Apply(src, taken)
		if err != nil {
			out = src
		}
		origs = append(origs, src)
		outs = append(outs, out)
	}
	return strings.Join(origs, "\n\n"), strings.Join(outs, "\n\n"), applied
}

func inside(fx []diff.Edit, s model.Span) bool {
	for _, e := range fx {
		if e.Start < s.Start || e.End > s.End || e.End < e.Start {
			return false
		}
	}
	return true
}

// overlaps reports whether an edit of fx (offsets in the whole text)
// collides with one of taken (offsets in the part that starts at off):
// ranges that share bytes, or an insertion strictly inside a replaced
// range. Insertions at one point are kept in finding order, as applying
// the fixes one after the other does.
func overlaps(fx, taken []diff.Edit, off int) bool {
	for _, e := range fx {
		s, t := e.Start-off, e.End-off
		for _, k := range taken {
			switch {
			case s == t && k.Start == k.End:
				continue
			case s == t:
				if k.Start < s && s < k.End {
					return true
				}
			case k.Start == k.End:
				if s < k.Start && k.Start < t {
					return true
				}
			case s < k.End && k.Start < t:
				return true
			}
		}
	}
	return false
}
