package redact

import "strings"

// Tables whose columns are not '|'-separated (added for the seventh
// held-out wave, issue 18, h-rprobe7); tables reads a column whose header
// names a secret in a markdown table and a CSV, these are the same slot in
// the two other layouts CLIs print:
//   - box-drawn tables (U+2500 box drawing characters: "│ access_key │",
//     "├────┼────┤"), as linode-cli prints every list (linode.com/docs/
//     products/tools/cli/guides/object-storage/: keys-create shows id,
//     label, access_key, secret_key) and as Python's rich and tabulate
//     ("fancy_grid") and Node's cli-table draw them: boxPipes rewrites
//     them as markdown rows of the same length, which tables then reads;
//   - columns aligned with blanks, Go's text/tabwriter and every CLI built
//     on it (doctl: "Name  Access Key  Secret Key  Grants  Created At",
//     docs.digitalocean.com/reference/doctl/reference/spaces/keys/create;
//     kubectl get, docker ps), a header line of column names separated by
//     two blanks or more, then rows: spaceColumns.

// verticalBox reports a vertical line of box drawing in s (\u2502, \u2551,
// \u2503: E2 94 82, E2 95 91, E2 94 83), by one search for their first byte
// (three strings.Contains swept the whole paste three times).
func verticalBox(s string) bool {
	for i := 0; i < len(s); i++ {
		x := strings.IndexByte(s[i:], 0xe2)
		if x < 0 {
			return false
		}
		i += x
		if i+3 <= len(s) && (s[i+1] == 0x94 && (s[i+2] == 0x82 || s[i+2] == 0x83) || s[i+1] == 0x95 && s[i+2] == 0x91) {
			return true
		}
	}
	return false
}

// boxPipes returns s with its box drawing characters rewritten, byte for
// byte, as a markdown table's: a vertical line, a corner or a junction as
// "  |"; a horizontal line as "---" on the border under a table's first
// row (its header, as markdown's |---| row) and as blanks on every other
// border (the top, the bottom, a rule between rows), which would
// otherwise read as a header's rule under each row; s itself when it
// holds no vertical line (the common case: no copy).
func boxPipes(s string) string {
	if !verticalBox(s) {
		return s
	}
	b := []byte(s)
	rows := 0 // text rows of the current table so far
	for ls := 0; ls < len(b); {
		le := ls
		// (text counts after the line's first box character: what comes
		// before it is the line's gutter, a numbered-lines markdown
		// table's "| 7 | " around a pasted table, whose border lines
		// hold the line number)
		box, text := false, false
		for le < len(b) && b[le] != '\n' {
			if b[le] == 0xe2 && le+2 < len(b) && (b[le+1] == 0x94 || b[le+1] == 0x95) {
				box = true
			} else if box && isAlnum(b[le]) {
				text = true
			}
			le++
		}
		if !box {
			rows = 0
		} else {
			dash := byte(' ')
			if text {
				rows++
			} else if rows == 1 {
				dash, rows = '-', 2
			}
			for k := ls; k+2 < le+1 && k+2 < len(b); k++ {
				if b[k] != 0xe2 || b[k+1] != 0x94 && b[k+1] != 0x95 || b[k+2] < 0x80 || b[k+2] > 0xbf {
					continue
				}
				r := rune(b[k+1]-0x94)<<6 | rune(b[k+2]-0x80) // offset in U+2500…U+257F
				switch r {
				case 0x00, 0x01, 0x04, 0x05, 0x08, 0x09, 0x4c, 0x4d, 0x50: // ─ ━ ┄ ┅ ┈ ┉ ╌ ╍ ═
					b[k], b[k+1], b[k+2] = dash, dash, dash
				default:
					b[k], b[k+1], b[k+2] = ' ', ' ', '|'
				}
				k += 2
			}
		}
		ls = le + 1
	}
	return string(b)
}

// spaceColumns reads the columns of blank-aligned tables whose header names
// a secret: every cell of a row (split as its header is, at runs of two
// blanks or more, and holding as many cells) under such a header is a slot.
func (st *state) spaceColumns(s string, hits []hit) []hit {
	var cols []int // class per column of the current table, nil outside one
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		line := strings.TrimRight(s[ls:le], "\r")
		off := ls
		ls = le + 1
		// a numbered-lines markdown table's row ("| 3 | text |", a
		// terminal's output pasted line by line into one) holds the line
		// in its text cell
		if t := strings.TrimSpace(line); len(t) > 0 && t[0] == '|' {
			if k, in := numberedCell(t); k > 0 {
				off += strings.Index(line, t) + k
				line = in
			}
		}
		if len(line) > 1024 || strings.IndexByte(line, ' ') < 0 && strings.IndexByte(line, '\t') < 0 {
			cols = nil
			continue
		}
		if cols == nil && !twoColumnGaps(line) {
			continue // fewer than three cells: no header (most lines of a paste)
		}
		cells := blankCells(line)
		if cols != nil {
			if strings.Trim(line, "- \t") == "" {
				continue // the header's underline (PowerShell, psql)
			}
			if len(cells) == len(cols) {
				for c, x := range cells {
					if cols[c] == 0 {
						continue
					}
					v := line[x[0]:x[1]]
					if len(v) < 3 || strings.ContainsAny(v, " \t") || templateLike(v) || typeName(v) || IsPlaceholder(v) || hasPlaceholder(v) {
						continue
					}
					hits = st.add(hits, hit{start: off + x[0], end: off + x[1], kind: classKind(cols[c], v), val: v})
				}
				continue
			}
			cols = nil
		}
		// a header: three columns or more (two are a "name   value"
		// line of a configuration, aligned), each one to four words of
		// letters (a name, never a value: no digit, no symbol)
		if len(cells) < 3 || len(cells) > 16 {
			continue
		}
		cs := make([]int, len(cells))
		any := false
		for c, x := range cells {
			w := line[x[0]:x[1]]
			if len(w) > 40 || !headerWords(w) || strings.Count(w, " ") > 3 {
				any = false
				break
			}
			cs[c] = phraseClass(w)
			any = any || cs[c] != 0
		}
		if any {
			cols = cs
		}
	}
	return hits
}

// headerWords reports a column name: letters, blanks, '_' and '-' only.
func headerWords(w string) bool {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// blankCells splits a line at runs of two blanks or more (or a tab): each
// cell's bounds, leading blanks dropped.
// twoColumnGaps reports two gaps between cells in line after its
// indentation (a tab, or a blank before a blank or a tab, as blankCells
// splits cells), which three cells need: spaceColumns asks it before it
// splits a line outside a table, so that a line of prose or code costs
// one loop and no slice.
func twoColumnGaps(line string) bool {
	k := 0
	for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
		k++
	}
	gaps := 0
	for ; k < len(line); k++ {
		if c := line[k]; c == '\t' || c == ' ' && k+1 < len(line) && (line[k+1] == ' ' || line[k+1] == '\t') {
			if gaps++; gaps == 2 {
				return true
			}
			for k+1 < len(line) && (line[k+1] == ' ' || line[k+1] == '\t') {
				k++
			}
		}
	}
	return false
}

func blankCells(line string) [][2]int {
	var out [][2]int
	a := 0
	for a < len(line) && (line[a] == ' ' || line[a] == '\t') {
		a++
	}
	for k := a; k <= len(line); k++ {
		if k < len(line) && !(line[k] == '\t' || line[k] == ' ' && k+1 < len(line) && (line[k+1] == ' ' || line[k+1] == '\t')) {
			continue
		}
		if k > a {
			out = append(out, [2]int{a, k})
		}
		if k == len(line) {
			break
		}
		for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
			k++
		}
		a = k
		k-- // the loop's k++ lands on the next cell's start
	}
	return out
}
