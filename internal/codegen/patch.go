package codegen

import (
	"sort"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/python"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// PatchPython applies fixes to the Python parts of a paste, in order, the
// way applying them one after the other in the page does: each fix is a
// set of edits to the whole text; a fix applies when all its edits lie in
// one Python part, none collides with an edit already taken, and the
// result reads no worse than before (no new syntax problem, no keyword
// argument given twice, as when two fixes each add config=). It returns the
// Python parts as pasted and as patched, joined by a blank line, and how
// many fixes applied.
func PatchPython(text string, parts []model.Part, fixes [][]diff.Edit) (orig, patched string, applied int) {
	origs, outs, applied := PatchPythonParts(text, parts, fixes)
	return strings.Join(origs, "\n\n"), strings.Join(outs, "\n\n"), applied
}

// PatchPythonParts is PatchPython with each Python part on its own, so
// callers can diff the parts one by one.
func PatchPythonParts(text string, parts []model.Part, fixes [][]diff.Edit) (origs, outs []string, applied int) {
	origs, outs, per := patchPythonParts(text, parts, fixes)
	for _, n := range per {
		applied += n
	}
	return origs, outs, applied
}

// patchPythonParts is PatchPythonParts with the count of fixes applied to
// each part.
func patchPythonParts(text string, parts []model.Part, fixes [][]diff.Edit) (origs, outs []string, applied []int) {
	// Each fix goes to the part that holds its first edit (parts are in
	// text order), keeping the fixes' order: linear in parts plus fixes.
	byPart := map[int][][]diff.Edit{}
	for _, fx := range fixes {
		if len(fx) == 0 {
			continue
		}
		i := sort.Search(len(parts), func(i int) bool { return parts[i].Span.End >= fx[0].Start })
		for ; i < len(parts) && parts[i].Span.Start <= fx[0].Start; i++ {
			if parts[i].Kind == model.KindPython {
				byPart[i] = append(byPart[i], fx)
				break
			}
		}
	}
	for pi, part := range parts {
		if part.Kind != model.KindPython || part.Span.Start < 0 || part.Span.End > len(text) || part.Span.Start > part.Span.End {
			continue
		}
		fixes := byPart[pi]
		src := text[part.Span.Start:part.Span.End]
		out := src
		var taken []diff.Edit
		var counter *defectCounter
		n := 0
		for _, fx := range fixes {
			fx = notTaken(fx, taken, part.Span.Start)
			if len(fx) == 0 || !inside(fx, part.Span) || overlaps(fx, taken, part.Span.Start) {
				continue
			}
			try := append([]diff.Edit(nil), taken...)
			for _, e := range fx {
				try = append(try, diff.Edit{Start: e.Start - part.Span.Start, End: e.End - part.Span.Start, New: e.New})
			}
			cand, err := diff.Apply(src, try)
			if err != nil {
				continue
			}
			if counter == nil {
				counter = newDefectCounter(src)
			}
			d, commit := counter.count(cand, try, try[len(taken):])
			if d > counter.d0 {
				continue
			}
			commit()
			taken, out = try, cand
			n++
		}
		origs = append(origs, src)
		outs = append(outs, out)
		applied = append(applied, n)
	}
	return origs, outs, applied
}

// pyDefects counts what makes Python code not run: the parser's problems
// and keyword arguments given twice to one call.
func pyDefects(src string) int {
	return defectsOf(python.Parse(src, source.Span{Start: 0, End: len(src)}))
}

// defectsOf is pyDefects of a parsed file.
func defectsOf(f *python.File) int {
	n := len(f.Problems)
	python.Walk(f.Tree, func(nd *python.Node) bool {
		if nd.Kind != python.Call {
			return true
		}
		seen := map[string]bool{}
		for _, a := range nd.Args {
			if a.Kind == python.Keyword && a.Op == "" && a.Name != "" {
				if seen[a.Name] {
					n++
				}
				seen[a.Name] = true
			}
		}
		return true
	})
	return n
}

// notTaken drops the edits of fx (offsets in the whole text) that an
// earlier fix already made (offsets in the part that starts at off): fixes
// that share work, such as two that give one client the same Config, then
// compose instead of adding it twice.
func notTaken(fx, taken []diff.Edit, off int) []diff.Edit {
	var out []diff.Edit
	for i, e := range fx {
		dup := false
		for _, k := range taken {
			if k.Start == e.Start-off && k.End == e.End-off && k.New == e.New {
				dup = true
				break
			}
		}
		if dup && out == nil {
			out = append([]diff.Edit{}, fx[:i]...)
		}
		if !dup && out != nil {
			out = append(out, e)
		}
	}
	if out == nil {
		return fx
	}
	return out
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

// PyReadsClean reports whether Python source reads without a problem of
// the parser and without a keyword argument given twice.
func PyReadsClean(src string) bool { return pyDefects(src) == 0 }
