package engine

import "strings"

// blankLineNumbers blanks an editor's line-number gutter (" 9  import …",
// "10    s3 = …", "12 | url = …"): a run of at least three lines each
// starting with a number, the numbers consecutive, at least one with code
// after it. The numbers (and a '|' or ':' separator) become spaces, so
// every offset into the paste stays where it was, and the readers see the
// code indented as the editor showed it: Python's reader takes it whole
// instead of stopping at a line that starts with a number.
func blankLineNumbers(text string) string {
	var run []gutter
	var b []byte // copy of text, made on the first run found
	flush := func() {
		if len(run) >= 3 {
			code := false
			for _, g := range run {
				code = code || g.code
			}
			if code {
				if b == nil {
					b = []byte(text)
				}
				for _, g := range run {
					for k := g.start; k < g.end; k++ {
						b[k] = ' '
					}
				}
			}
		}
		run = run[:0]
	}
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		g, ok := gutterOf(text, off, end)
		if ok && len(run) > 0 && g.num != run[len(run)-1].num+1 {
			flush()
		}
		if ok {
			run = append(run, g)
		} else {
			flush()
		}
		off = end + 1
	}
	flush()
	if b == nil {
		return text
	}
	return string(b)
}

type gutter struct {
	start, end, num int
	code            bool
}

// gutterOf reads the line text[off:end] as a numbered line: blanks, one
// to five digits, then the end of the line, blanks, or '|' / ':' and a
// blank; end is where the code starts.
func gutterOf(text string, off, end int) (gutter, bool) {
	i := off
	for i < end && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	d := i
	n := 0
	for i < end && i-d < 5 && text[i] >= '0' && text[i] <= '9' {
		n = n*10 + int(text[i]-'0')
		i++
	}
	if i == d || i < end && text[i] >= '0' && text[i] <= '9' {
		return gutter{}, false
	}
	j := i
	for j < end && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	switch {
	case j < end && (text[j] == '|' || text[j] == ':') && (j+1 == end || text[j+1] == ' ' || text[j+1] == '\t' || text[j+1] == '\r'):
		i = j + 1
	case i == end || text[i] == '\r' || text[i] == ' ' || text[i] == '\t':
	default:
		return gutter{}, false
	}
	rest := strings.TrimSpace(text[i:end])
	code := strings.IndexFunc(rest, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }) >= 0
	return gutter{start: d, end: i, num: n, code: code}, true
}
