package codegen

import (
	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/python"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// chunkedMinBytes is the size from which a part's defects are counted per
// top-level statement: below it, reparsing the whole part per fix is cheap.
// (A variable so tests can compare both ways.)
var chunkedMinBytes = 8 << 10

// defectCounter counts pyDefects of a part as fixes are tried on it. On a
// long part it reparses only the top-level statements a fix touches
// instead of the whole part per fix (a 2,000-line file with 20 fixes
// parsed 21 times). It does so only on a part that reads without a defect
// (so a fix is taken when the statements it touches still read without
// one, as the whole part then does: an unclosed bracket pasted earlier
// cannot hide a new problem) and without REPL prompts or diff marks;
// otherwise, and on short parts, it counts on the whole candidate.
type defectCounter struct {
	src    string
	d0     int   // defects of the part as pasted
	bounds []int // statement starts, then len(src); nil: count whole
	cur    []int // defects per chunk with the taken fixes applied
	total  int
}

func newDefectCounter(src string) *defectCounter {
	f := python.Parse(src, source.Span{Start: 0, End: len(src)})
	c := &defectCounter{src: src, d0: defectsOf(f)}
	if c.d0 != 0 || len(src) < chunkedMinBytes || f.REPL || f.Diff || f.Tree == nil || len(f.Tree.Body) < 4 {
		return c
	}
	bounds := []int{0}
	for _, st := range f.Tree.Body[1:] {
		if st.Span.Start > bounds[len(bounds)-1] && st.Span.Start < len(src) {
			bounds = append(bounds, st.Span.Start)
		}
	}
	bounds = append(bounds, len(src))
	cur := make([]int, len(bounds)-1)
	sum := 0
	for j := range cur {
		cur[j] = pyDefects(src[bounds[j]:bounds[j+1]])
		sum += cur[j]
	}
	if sum != c.d0 {
		return c
	}
	c.bounds, c.cur, c.total = bounds, cur, sum
	return c
}

// chunkOf is the chunk holding offset p (the last chunk for len(src)).
func (c *defectCounter) chunkOf(p int) int {
	lo, hi := 0, len(c.cur)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if c.bounds[mid] <= p {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// count returns the defects of the part with the edits try applied (cand
// is that text), fx being the edits of the fix under trial, and a commit
// that records them as taken.
func (c *defectCounter) count(cand string, try, fx []diff.Edit) (int, func()) {
	if c.bounds == nil {
		return pyDefects(cand), func() {}
	}
	touched := map[int]bool{}
	for _, e := range fx {
		first, last := c.chunkOf(e.Start), c.chunkOf(e.Start)
		if e.End > e.Start {
			last = c.chunkOf(e.End - 1)
		}
		for j := first; j <= last; j++ {
			touched[j] = true
		}
	}
	type run struct{ lo, hi, n int }
	var runs []run
	n := c.total
	for j := 0; j < len(c.cur); j++ {
		if !touched[j] {
			continue
		}
		r := run{lo: j, hi: j}
		for r.hi+1 < len(c.cur) && touched[r.hi+1] {
			r.hi++
		}
		j = r.hi
		start, end := c.bounds[r.lo], c.bounds[r.hi+1]
		var in []diff.Edit
		for _, e := range try {
			if e.Start >= start && e.End <= end && (e.Start < end || end == len(c.src)) {
				in = append(in, diff.Edit{Start: e.Start - start, End: e.End - start, New: e.New})
			}
		}
		region, err := diff.Apply(c.src[start:end], in)
		if err != nil {
			return pyDefects(cand), func() {}
		}
		r.n = pyDefects(region)
		for k := r.lo; k <= r.hi; k++ {
			n -= c.cur[k]
		}
		n += r.n
		runs = append(runs, r)
	}
	return n, func() {
		for _, r := range runs {
			for k := r.lo; k <= r.hi; k++ {
				c.cur[k] = 0
			}
			c.cur[r.lo] = r.n
		}
		c.total = n
	}
}
