package sigv4

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
)

// Part names of a canonical request and of a string to sign, in the order
// they are compared.
const (
	PartMethod        = "method"
	PartURI           = "canonical URI"
	PartQuery         = "canonical query"
	PartHeaders       = "canonical headers"
	PartSignedHeaders = "signed headers"
	PartPayload       = "payload hash"
	PartAlgorithm     = "algorithm"
	PartDate          = "date"
	PartScope         = "scope"
	PartHash          = "canonical request hash"
)

// Split cuts a canonical request text into its parts. It tolerates a
// missing blank line or trailing lines.
func Split(text string) Canonical {
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	var c Canonical
	get := func(i int) string {
		if i < len(lines) {
			return lines[i]
		}
		return ""
	}
	c.Method, c.URI, c.Query = get(0), get(1), get(2)
	i := 3
	for i < len(lines) && lines[i] != "" {
		// The last two lines are signed headers and payload even when the
		// blank line is missing.
		if len(lines)-i <= 2 {
			break
		}
		c.Headers = append(c.Headers, lines[i])
		i++
	}
	if i < len(lines) && lines[i] == "" {
		i++
	}
	c.SignedHeaders, c.Payload = get(i), get(i+1)
	return c
}

// LinePart names the part of a canonical request that each line of text
// belongs to.
func LinePart(text string) []string {
	c := Split(text)
	parts := []string{PartMethod, PartURI, PartQuery}
	for range c.Headers {
		parts = append(parts, PartHeaders)
	}
	parts = append(parts, PartHeaders, PartSignedHeaders, PartPayload)
	n := len(strings.Split(strings.TrimSuffix(text, "\n"), "\n"))
	for len(parts) < n {
		parts = append(parts, PartPayload)
	}
	return parts[:n]
}

// FirstDifference returns the first part (in the order of sigv4-notes
// §3.2) in which canonical requests a and b differ, or "".
func FirstDifference(a, b string) string {
	ca, cb := Split(a), Split(b)
	switch {
	case ca.Method != cb.Method:
		return PartMethod
	case ca.URI != cb.URI:
		return PartURI
	case ca.Query != cb.Query:
		return PartQuery
	case strings.Join(ca.Headers, "\n") != strings.Join(cb.Headers, "\n"):
		return PartHeaders
	case ca.SignedHeaders != cb.SignedHeaders:
		return PartSignedHeaders
	case ca.Payload != cb.Payload:
		return PartPayload
	}
	return ""
}

// FirstStringToSignDifference returns the first differing line of two
// strings to sign (algorithm, date, scope, canonical request hash), or "".
func FirstStringToSignDifference(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	names := []string{PartAlgorithm, PartDate, PartScope, PartHash}
	for i, n := range names {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			return n
		}
	}
	if len(la) != len(lb) {
		return PartHash
	}
	return ""
}

// QueryChange says how one parameter differs between two canonical queries.
type QueryChange struct {
	_    [0]func() // not comparable: no generated equality function in the wasm
	Name string    // encoded name
	// Kind is "added" (only in the second), "removed" (only in the first)
	// or "changed" (values differ).
	Kind string
	A, B string // encoded values (or "")
}

// QueryChanges compares two canonical query strings parameter by
// parameter.
func QueryChanges(a, b string) []QueryChange {
	pa, pb := splitCanonicalQuery(a), splitCanonicalQuery(b)
	var out []QueryChange
	seen := map[string]bool{}
	for _, k := range pa.order {
		seen[k] = true
		va, vb := pa.vals[k], pb.vals[k]
		switch {
		case vb == nil:
			out = append(out, QueryChange{Name: k, Kind: "removed", A: strings.Join(va, ",")})
		case strings.Join(va, "\x00") != strings.Join(vb, "\x00"):
			out = append(out, QueryChange{Name: k, Kind: "changed", A: strings.Join(va, ","), B: strings.Join(vb, ",")})
		}
	}
	for _, k := range pb.order {
		if !seen[k] {
			seen[k] = true
			out = append(out, QueryChange{Name: k, Kind: "added", B: strings.Join(pb.vals[k], ",")})
		}
	}
	return out
}

type queryIndex struct {
	order []string
	vals  map[string][]string
}

func splitCanonicalQuery(q string) queryIndex {
	ix := queryIndex{vals: map[string][]string{}}
	if q == "" {
		return ix
	}
	for _, kv := range strings.Split(q, "&") {
		k, v, _ := strings.Cut(kv, "=")
		if _, ok := ix.vals[k]; !ok {
			ix.order = append(ix.order, k)
		}
		ix.vals[k] = append(ix.vals[k], v)
	}
	return ix
}

// DiffLine is one line of a line diff of two canonical requests (or strings
// to sign), with the bytes that differ from its counterpart marked.
type DiffLine struct {
	// Kind is ' ' (same on both sides), '-' (only in the first, ours) or '+'
	// (only in the second, S3's).
	Kind  string      `json:"kind"`
	Part  string      `json:"part"`
	Text  string      `json:"text"`
	Marks []diff.Mark `json:"marks,omitempty"`
}

// DiffLines diffs a against b line by line; a removed line followed by an
// added one are two versions of one line, and their differing bytes are
// marked. parts names the part of each line of a and of b.
func DiffLines(a, b string, partsA, partsB []string) []DiffLine {
	la, lb := diff.Lines(a), diff.Lines(b)
	if a != "" && strings.HasSuffix(a, "\n") {
		la = append(la, "")
	}
	if b != "" && strings.HasSuffix(b, "\n") {
		lb = append(lb, "")
	}
	ops := diff.LineOps(la, lb)
	part := func(ps []string, i int) string {
		if i >= 0 && i < len(ps) {
			return ps[i]
		}
		return ""
	}
	var out []DiffLine
	for i := 0; i < len(ops); i++ {
		op := ops[i]
		switch op.Kind {
		case diff.Equal:
			out = append(out, DiffLine{Kind: " ", Part: part(partsA, op.A), Text: op.Text})
		case diff.Insert:
			out = append(out, DiffLine{Kind: "+", Part: part(partsB, op.B), Text: op.Text})
		case diff.Delete:
			// Pair a run of deletions with the run of insertions after it.
			j := i
			for j < len(ops) && ops[j].Kind == diff.Delete {
				j++
			}
			k := j
			for k < len(ops) && ops[k].Kind == diff.Insert {
				k++
			}
			dels, ins := ops[i:j], ops[j:k]
			var dl, il []DiffLine
			for n, d := range dels {
				line := DiffLine{Kind: "-", Part: part(partsA, d.A), Text: d.Text}
				if n < len(ins) {
					ma, mb := diff.CharMarks(d.Text, ins[n].Text)
					line.Marks = ma
					il = append(il, DiffLine{Kind: "+", Part: part(partsB, ins[n].B), Text: ins[n].Text, Marks: mb})
				}
				dl = append(dl, line)
			}
			for n := len(dels); n < len(ins); n++ {
				il = append(il, DiffLine{Kind: "+", Part: part(partsB, ins[n].B), Text: ins[n].Text})
			}
			out = append(out, dl...)
			out = append(out, il...)
			i = k - 1
		}
	}
	return out
}

// Render writes diff lines as readable text: "-" our line, "+" S3's line,
// and under each changed line a row of '^' under the differing bytes.
func Render(lines []DiffLine) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l.Kind)
		b.WriteString(" ")
		b.WriteString(l.Text)
		if l.Part != "" && l.Kind != " " {
			b.WriteString("    ‹" + l.Part + "›")
		}
		b.WriteByte('\n')
		if len(l.Marks) > 0 {
			b.WriteString("  ")
			col := 0
			for _, m := range l.Marks {
				for ; col < m.Start; col++ {
					b.WriteByte(' ')
				}
				for ; col < m.End; col++ {
					b.WriteByte('^')
				}
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// StringToSignParts names the lines of a string to sign.
func StringToSignParts(text string) []string {
	names := []string{PartAlgorithm, PartDate, PartScope, PartHash}
	n := len(strings.Split(text, "\n"))
	out := make([]string, n)
	for i := range out {
		if i < len(names) {
			out[i] = names[i]
		} else {
			out[i] = PartHash
		}
	}
	return out
}
