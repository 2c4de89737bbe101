// Package diff applies text edits and computes line and character diffs.
package diff

import (
	"fmt"
	"sort"
	"strings"
)

// Edit replaces the bytes [Start, End) of a text with New.
type Edit struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	New   string `json:"new"`
}

// Apply applies non-overlapping edits to text. Edits may come in any order;
// insertions at the same offset keep their given order.
func Apply(text string, edits []Edit) (string, error) {
	sorted := make([]Edit, len(edits))
	copy(sorted, edits)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	var b strings.Builder
	last := 0
	for _, e := range sorted {
		if e.Start < last || e.End < e.Start || e.End > len(text) {
			return "", fmt.Errorf("edit [%d,%d) overlaps another or lies outside the text of %d bytes", e.Start, e.End, len(text))
		}
		b.WriteString(text[last:e.Start])
		b.WriteString(e.New)
		last = e.End
	}
	b.WriteString(text[last:])
	return b.String(), nil
}

// OpKind says whether a diff line is kept, removed or added.
type OpKind byte

// The kinds of diff lines.
const (
	Equal  OpKind = ' '
	Delete OpKind = '-'
	Insert OpKind = '+'
)

// Op is one line of a line diff.
type Op struct {
	Kind OpKind
	Text string // without the trailing newline
	A, B int    // 0-based line numbers in a and b (the side the line is on)
}

// Lines splits s into lines without their newlines. A trailing newline does
// not start an extra empty line.
func Lines(s string) []string {
	if s == "" {
		return nil
	}
	s = strings.TrimSuffix(s, "\n")
	return strings.Split(s, "\n")
}

// LineOps returns the shortest edit script turning lines a into lines b.
func LineOps(a, b []string) []Op {
	return myers(a, b)
}

// myers is the O((N+M)D) algorithm of Myers (1986), with the common prefix
// and suffix stripped first so typical edits stay cheap.
func myers(a, b []string) []Op {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var ops []Op
	for i := 0; i < pre; i++ {
		ops = append(ops, Op{Equal, a[i], i, i})
	}
	ops = append(ops, middle(a[pre:len(a)-suf], b[pre:len(b)-suf], pre, pre)...)
	for i := 0; i < suf; i++ {
		ia, ib := len(a)-suf+i, len(b)-suf+i
		ops = append(ops, Op{Equal, a[ia], ia, ib})
	}
	return ops
}

func middle(a, b []string, offA, offB int) []Op {
	n, m := len(a), len(b)
	max := n + m
	if max == 0 {
		return nil
	}
	v := make([]int, 2*max+2)
	var trace [][]int
	found := false
	for d := 0; d <= max && !found; d++ {
		snap := make([]int, len(v))
		copy(snap, v)
		trace = append(trace, snap)
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[max+k-1] < v[max+k+1]) {
				x = v[max+k+1]
			} else {
				x = v[max+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[max+k] = x
			if x >= n && y >= m {
				found = true
				break
			}
		}
	}
	// Backtrack through the saved frontiers.
	x, y := n, m
	var rev []Op
	for d := len(trace) - 1; d > 0; d-- {
		vv := trace[d]
		k := x - y
		var pk int
		if k == -d || (k != d && vv[max+k-1] < vv[max+k+1]) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := vv[max+pk]
		py := px - pk
		for x > px && y > py {
			x--
			y--
			rev = append(rev, Op{Equal, a[x], offA + x, offB + y})
		}
		if x == px {
			y--
			rev = append(rev, Op{Insert, b[y], offA + x, offB + y})
		} else {
			x--
			rev = append(rev, Op{Delete, a[x], offA + x, offB + y})
		}
	}
	for x > 0 && y > 0 {
		x--
		y--
		rev = append(rev, Op{Equal, a[x], offA + x, offB + y})
	}
	ops := make([]Op, len(rev))
	for i := range rev {
		ops[i] = rev[len(rev)-1-i]
	}
	return ops
}

// Unified returns a unified diff of a against b with the given number of
// context lines, or "" when they are equal.
func Unified(nameA, nameB, a, b string, context int) string {
	ops := LineOps(Lines(a), Lines(b))
	changed := false
	for _, op := range ops {
		if op.Kind != Equal {
			changed = true
			break
		}
	}
	if !changed {
		return ""
	}
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", nameA, nameB)
	for i := 0; i < len(ops); {
		if ops[i].Kind == Equal {
			i++
			continue
		}
		// A hunk: from context lines before the change to context lines after
		// the last change that is within 2*context of the next one.
		start := i - context
		if start < 0 {
			start = 0
		}
		end := i
		for end < len(ops) {
			if ops[end].Kind != Equal {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].Kind == Equal {
				run++
			}
			if run == len(ops) || run-end > 2*context {
				break
			}
			end = run
		}
		stop := end + context
		if stop > len(ops) {
			stop = len(ops)
		}
		aStart, bStart, aLen, bLen := hunkRange(ops, start, stop)
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", rangeStr(aStart, aLen), rangeStr(bStart, bLen))
		for _, op := range ops[start:stop] {
			out.WriteByte(byte(op.Kind))
			out.WriteString(op.Text)
			out.WriteByte('\n')
		}
		i = stop
	}
	return out.String()
}

func hunkRange(ops []Op, start, stop int) (aStart, bStart, aLen, bLen int) {
	aStart, bStart = -1, -1
	for _, op := range ops[start:stop] {
		if op.Kind != Insert {
			if aStart < 0 {
				aStart = op.A
			}
			aLen++
		}
		if op.Kind != Delete {
			if bStart < 0 {
				bStart = op.B
			}
			bLen++
		}
	}
	if aStart < 0 {
		aStart = ops[start].A
	}
	if bStart < 0 {
		bStart = ops[start].B
	}
	return aStart, bStart, aLen, bLen
}

func rangeStr(start, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d,0", start)
	}
	if n == 1 {
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

// Mark is a byte range of a line that differs from the other side.
type Mark struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// CharMarks returns the ranges of a and of b that differ, after their common
// prefix and suffix: the differing characters of two versions of one line.
func CharMarks(a, b string) (ma, mb []Mark) {
	if a == b {
		return nil, nil
	}
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	if pre < len(a)-suf {
		ma = []Mark{{pre, len(a) - suf}}
	}
	if pre < len(b)-suf {
		mb = []Mark{{pre, len(b) - suf}}
	}
	return ma, mb
}
