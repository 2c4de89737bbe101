package engine

import (
	"sort"
	"strconv"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
)

// The limits of one analysis besides MaxInputBytes. Past each, the engine
// analyses what fits and says in Response.Limits what it left out.
const (
	// MaxParts is the most parts of a paste that are read.
	MaxParts = 200
	// MaxNesting is the deepest bracket nesting ((, [, {) a part may have
	// and still be read; deeper parts are kept as text.
	MaxNesting = 100
	// MaxLineBytes is the longest line a part may hold and still be read.
	// Split classifies longer lines by their first MaxLineBytes bytes.
	MaxLineBytes = 64 << 10
	// MaxPartLines is the most lines of one part that are read; the rest
	// of the part is kept as text.
	MaxPartLines = 5000
	// MaxURLs is the most URLs analysed in depth.
	MaxURLs = 1000
	// MaxFindings is the most findings reported; errors are kept first,
	// then warnings, then notes.
	MaxFindings = 500
)

// limitParts returns the parts to read: those past MaxParts, those nested
// deeper than MaxNesting and those with a line longer than MaxLineBytes
// become text. The parts themselves are not changed (the response still
// lists them with their kinds).
func limitParts(text string, parts []model.Part) ([]model.Part, []string) {
	var limits []string
	read := make([]model.Part, len(parts))
	copy(read, parts)
	skipped := 0
	lines := &lineCounter{text: text, line: 1}
	for i := range read {
		p := &read[i]
		if p.Kind == model.KindText {
			continue
		}
		if i >= MaxParts {
			p.Kind = model.KindText
			skipped++
			continue
		}
		first := count(lines.at(p.Span.Start))
		end, rest := cutLines(text, p.Span.Start, p.Span.End, MaxPartLines)
		body := text[p.Span.Start:end]
		if n, at := longestLine(body); n > MaxLineBytes {
			limits = append(limits, "the "+kindName(p.Kind)+" part at line "+first+" was not read: its line "+
				count(lines.at(p.Span.Start+at))+" is "+count(n)+" bytes long, over the limit of "+count(MaxLineBytes)+" bytes for a line")
			p.Kind = model.KindText
			continue
		}
		if d, at := nesting(body); d > MaxNesting {
			more := ""
			if rest > 0 {
				more = " or more" // in its first MaxPartLines lines
			}
			limits = append(limits, "the "+kindName(p.Kind)+" part at line "+first+" was not read: its brackets nest "+
				count(d)+more+" deep, past the limit of "+count(MaxNesting)+" at line "+count(lines.at(p.Span.Start+at)))
			p.Kind = model.KindText
			continue
		}
		if rest > 0 {
			limits = append(limits, "only the first "+count(MaxPartLines)+" lines of the "+kindName(p.Kind)+" part at line "+first+
				" were read; its "+count(rest)+" other lines were not")
			p.Span.End = end
		}
	}
	if skipped > 0 {
		limits = append(limits, "only the first "+count(MaxParts)+" parts of the paste were read; "+count(skipped)+" more were skipped")
	}
	return read, limits
}

// limitFacts trims the URLs analysed in depth to MaxURLs and the syntax
// problems to MaxFindings, so that the rules do not run over more.
func limitFacts(f *model.Facts) []string {
	var limits []string
	if n := len(f.URLs); n > MaxURLs {
		f.URLs = f.URLs[:MaxURLs]
		limits = append(limits, "only the first "+count(MaxURLs)+" URLs were analysed; "+count(n-MaxURLs)+" more were skipped")
	}
	if n := len(f.Problems); n > MaxFindings {
		f.Problems = f.Problems[:MaxFindings]
		limits = append(limits, "only the first "+count(MaxFindings)+" syntax problems were reported; "+count(n-MaxFindings)+" more were skipped")
	}
	return limits
}

// limitFindings keeps at most MaxFindings findings, errors first, then
// warnings, then notes, in their original order.
func limitFindings(fs []rules.Finding) ([]rules.Finding, []string) {
	if len(fs) <= MaxFindings {
		return fs, nil
	}
	rank := func(s string) int {
		switch s {
		case rules.Error:
			return 0
		case rules.Warning:
			return 1
		}
		return 2
	}
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return rank(fs[idx[a]].Severity) < rank(fs[idx[b]].Severity) })
	idx = idx[:MaxFindings]
	sort.Ints(idx)
	out := make([]rules.Finding, 0, MaxFindings)
	for _, i := range idx {
		out = append(out, fs[i])
	}
	return out, []string{"only " + count(MaxFindings) + " of " + count(len(fs)) + " findings are reported (errors first); " + count(len(fs)-MaxFindings) + " more were left out"}
}

// head returns the first MaxLineBytes bytes of s: what Split's patterns see
// of a longer line.
func head(s string) string {
	if len(s) > MaxLineBytes {
		return s[:MaxLineBytes]
	}
	return s
}

// cutLines returns the end of the first n lines of text[start:end] (without
// their last newline) and how many lines come after them.
func cutLines(text string, start, end, n int) (cut, rest int) {
	i := start
	for k := 0; k < n; k++ {
		j := strings.IndexByte(text[i:end], '\n')
		if j < 0 {
			return end, 0
		}
		i += j + 1
	}
	return i - 1, strings.Count(text[i:end], "\n") + 1
}

// longestLine returns the length in bytes of the longest line of s and the
// offset where it starts.
func longestLine(s string) (n, at int) {
	start := 0
	for start <= len(s) {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s) - start
		}
		if end > n {
			n, at = end, start
		}
		start += end + 1
	}
	return n, at
}

// nesting returns the deepest bracket nesting of s and the offset of the
// bracket that first went past MaxNesting. Closers without an opener are
// ignored.
func nesting(s string) (deepest, at int) {
	d := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[', '{':
			d++
			if d > deepest {
				deepest = d
				if d == MaxNesting+1 {
					at = i
				}
			}
		case ')', ']', '}':
			if d > 0 {
				d--
			}
		}
	}
	return deepest, at
}

// lineCounter gives the 1-based line of byte offsets of text, counting on
// from the last offset asked (offsets mostly come in order).
type lineCounter struct {
	text      string
	off, line int
}

func (c *lineCounter) at(i int) int {
	if i < c.off {
		c.off, c.line = 0, 1
	}
	c.line += strings.Count(c.text[c.off:i], "\n")
	c.off = i
	return c.line
}

// kindName names a part kind for a sentence.
func kindName(kind string) string {
	switch kind {
	case model.KindPython:
		return "Python"
	case model.KindS3Error:
		return "S3 error"
	case model.KindCLI:
		return "aws CLI"
	case model.KindURL:
		return "URL"
	}
	return kind
}

// count writes n with thousands separators: 4000 → "4,000".
func count(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + count(-n)
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
