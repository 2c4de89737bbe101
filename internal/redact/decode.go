package redact

import (
	"sort"
	"strings"
	"unsafe"

	"github.com/presign-doctor/presign-doctor/internal/rare"
)

// Layer 0: decoding, once, before the layers.
//
// A paste carries its values in many encodings: percent-encoded once or
// twice (a presigned URL inside another URL's query), HTML entities (a
// presigned-POST form, S3's XML error with &amp;), JSON string escapes
// (\/, \u002b, \", \n in a JSON-escaped PEM or log line). The layers read
// one view of the paste in which all of these are undone, and every byte of
// the view knows the span of the paste it came from, so a value found in
// the view is replaced in the paste in whatever encoding it was written.
//
// Hard-wrapped lines (wrap.go) and the hex bytes of S3 errors (hexElem)
// are the two other views; base64-wrapped values are decoded where a slot
// holds them (slots.go).

// view is the paste with its encodings undone. The mapping is sparse:
// segs lists where the offset between view and paste changes, so a view
// byte p came from paste byte o+(p-v) of the last seg {v, o} at or before
// p, and a view span [a,b) from paste bytes [at(a), at(b)). Nil segs: the
// view is the paste itself.
type view struct {
	text string
	segs []seg
}

type seg struct{ v, o int }

// at maps a view offset to the paste.
func (v view) at(p int) int {
	if len(v.segs) == 0 {
		return p
	}
	k := sort.Search(len(v.segs), func(x int) bool { return v.segs[x].v > p }) - 1
	if k < 0 {
		return p
	}
	return v.segs[k].o + p - v.segs[k].v
}

// origHits maps sorted, non-overlapping hits back to the paste in place:
// their starts and ends only grow, so one walk over segs maps them all
// (what at finds for each by binary search).
func (v view) origHits(hits []hit) {
	if len(v.segs) == 0 {
		return
	}
	k, last := -1, 0 // k: the last seg at or before last
	at := func(p int) int {
		if p < last {
			return v.at(p) // not in order after all
		}
		last = p
		for k+1 < len(v.segs) && v.segs[k+1].v <= p {
			k++
		}
		if k < 0 {
			return p
		}
		return v.segs[k].o + p - v.segs[k].v
	}
	for x := range hits {
		hits[x].start = at(hits[x].start)
		hits[x].end = at(hits[x].end)
	}
}

// decodeView builds the view of s: escapes decoded and the hard wraps
// wrapJoins finds dropped. It is linear: each escape is read once.
func decodeView(s string) view { return decodeViewJoins(s, wrapJoins(s)) }

// decodeViewJoins is decodeView with the hard wraps to drop given (the
// second reading of redactOnce drops fewer: commandJoins).
func decodeViewJoins(s string, joins [][2]int) view {
	first := -1
	if len(joins) > 0 {
		first = joins[0][0]
	}
	for i := 0; i < len(s) && (first < 0 || i < first); i++ {
		if c := s[i]; c == '%' || c == '&' || c == '\\' || c == '"' || c == '\'' {
			if n, _ := escapeAt(s, i); n > 0 {
				first = i
				break
			}
		}
	}
	if first < 0 {
		return view{text: s}
	}
	// a Builder grown once: its buffer is not zeroed before it is written
	var buf strings.Builder
	buf.Grow(len(s))
	var segs []seg
	mark := func(v, o int) { // from view offset v on, bytes come from o on
		if n := len(segs); n > 0 && segs[n-1].o-segs[n-1].v == o-v {
			return
		}
		if n := len(segs); n > 0 && segs[n-1].v == v {
			segs[n-1].o = o
			return
		}
		segs = append(segs, seg{v, o})
	}
	buf.WriteString(s[:first])
	j := 0
	for i := first; i < len(s); {
		// a join an escape stepped over (a line continuation or a split
		// literal across the same break) is done: without this, every
		// hard wrap after it in the paste stayed unjoined
		for j < len(joins) && joins[j][0] < i {
			j++
		}
		stop := len(s)
		if j < len(joins) {
			stop = joins[j][0]
		}
		k := nextEsc(s, i, stop)
		buf.WriteString(s[i:k])
		i = k
		if i >= len(s) {
			break
		}
		if i == stop {
			i = joins[j][1]
			j++
			mark(buf.Len(), i)
			continue
		}
		if n, d := escapeAt(s, i); n > 0 {
			if d == '\\' && i+n < len(s) {
				// an encoded line continuation (%5C%0A, JSON's \\\n): the
				// backslash and the line break are joined as a raw one is
				// (escapeAt's "\\\n"), so a value continued on the next
				// line reads as one
				n2, d2 := escapeAt(s, i+n)
				if n2 > 0 && d2 == '\r' {
					if n3, d3 := escapeAt(s, i+n+n2); n3 > 0 && d3 == '\n' {
						n2, d2 = n2+n3, '\n'
					}
				}
				if n2 > 0 && d2 == '\n' {
					mark(buf.Len(), i+n+n2)
					i += n + n2
					continue
				}
			}
			if d != 0 {
				mark(buf.Len(), i)
				buf.WriteByte(d)
			}
			mark(buf.Len(), i+n)
			i += n
			continue
		}
		buf.WriteByte(s[i])
		i++
	}
	return view{text: buf.String(), segs: segs}
}

// bytesText returns b as a string without copying it: b is never written
// again (the view and the redacted text are built once, in full, then
// only read). A paste of 1 MB saves a 1 MB copy per pass this way.
func bytesText(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// escStart marks the bytes an escape can start with.
var escStart = [256]bool{'%': true, '&': true, '\\': true, '"': true, '\'': true}

// nextEsc returns the first k in [i, stop) where an escape can start
// (escStart), or stop. It steps eight bytes at a time while none of them
// is such a byte (a byte of x equal to c leaves a zero byte in x^c…c,
// which (y-0x01…01)&^y&0x80…80 detects), then byte by byte.
func nextEsc(s string, i, stop int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	p := unsafe.Pointer(unsafe.StringData(s))
	for ; i+8 <= stop; i += 8 {
		x := *(*uint64)(unsafe.Add(p, i)) // (unaligned loads: amd64 and wasm allow them)
		a, b, c, d, e := x^(ones*'%'), x^(ones*'&'), x^(ones*'\\'), x^(ones*'"'), x^(ones*'\'')
		if ((a-ones)&^a|(b-ones)&^b|(c-ones)&^c|(d-ones)&^d|(e-ones)&^e)&highs != 0 {
			break
		}
	}
	for i < stop && !escStart[s[i]] {
		i++
	}
	return i
}

// escapeAt reads one escape at s[i]: its length and the byte it stands for,
// or 0. Percent escapes decode to printable ASCII other than space and '%'
// itself (which is read as the first half of a double encoding: %252F);
// HTML entities by name (amp, quot, apos, lt, gt, sol, plus, equals) or
// number; JSON escapes \/ \" \\ \n \r \t and \u00XX.
func escapeAt(s string, i int) (int, byte) {
	switch s[i] {
	case '%':
		n, d := pctAt(s, i)
		if n == 0 {
			return 0, 0
		}
		if printableOrSpace(d) {
			return n, d
		}
		// a byte of a character beyond ASCII, as every encoder writes
		// one (a UTF-8 sequence, each byte escaped: "│" is %E2%94%82):
		// decoded when its sequence is whole, a lead byte followed by
		// as many continuation bytes escaped the same way, so a table
		// drawn with box characters or a value holding 'é' reads as
		// typed; a continuation byte goes with the escape before it
		if pctUTF8(s, i, n) > 0 {
			return n, d
		}
		if d >= 0x80 && d <= 0xbf {
			for k := 1; k <= 3; k++ {
				m, c := pctAt(s, i-k*n)
				if m != n || c < 0x80 {
					break
				}
				if c >= 0xc0 {
					if pctUTF8(s, i-k*n, n) > k {
						return n, d
					}
					break
				}
			}
		}
	case '&':
		e := i + 1
		for e < len(s) && e-i < 10 && s[e] != ';' && (isAlnum(s[e]) || s[e] == '#') {
			e++
		}
		if e >= len(s) || s[e] != ';' || e == i+1 {
			return 0, 0
		}
		name := s[i+1 : e]
		var d byte
		switch name {
		case "amp":
			d = '&'
		case "quot":
			d = '"'
		case "apos":
			d = '\''
		case "lt":
			d = '<'
		case "gt":
			d = '>'
		case "sol":
			d = '/'
		case "plus":
			d = '+'
		case "equals":
			d = '='
		default:
			if name[0] != '#' || len(name) < 2 {
				return 0, 0
			}
			v := 0
			if name[1] == 'x' || name[1] == 'X' {
				if len(name) < 3 {
					return 0, 0
				}
				for k := 2; k < len(name); k++ {
					if !isHex(name[k]) {
						return 0, 0
					}
					v = v<<4 | int(unhex(name[k]))
					if v > 0x7f {
						return 0, 0
					}
				}
			} else {
				for k := 1; k < len(name); k++ {
					if !isDigit(name[k]) {
						return 0, 0
					}
					v = v*10 + int(name[k]-'0')
					if v > 0x7f {
						return 0, 0
					}
				}
			}
			if !printableOrSpace(byte(v)) {
				return 0, 0
			}
			d = byte(v)
		}
		return e + 1 - i, d
	case '\\':
		if i+1 >= len(s) {
			return 0, 0
		}
		switch s[i+1] {
		case '\n':
			return 2, 0 // a line continued (shell, terminal wrap): joined
		case '\r':
			if i+2 < len(s) && s[i+2] == '\n' {
				return 3, 0
			}
		case '\\':
			if n := escapeCut(s, i); n > 0 {
				return n, s[i+n-1]
			}
			return 2, '\\'
		case '/', '"':
			return 2, s[i+1]
		case '|':
			return 2, '|' // a pipe escaped in a markdown table cell
		case 'n':
			return 2, '\n'
		case 'r':
			return 2, '\r'
		case 't':
			return 2, '\t'
		case 'u':
			if i+6 <= len(s) && s[i+2] == '0' && s[i+3] == '0' && isHex(s[i+4]) && isHex(s[i+5]) {
				if d := unhex(s[i+4])<<4 | unhex(s[i+5]); d >= ' ' && d < 0x7f {
					return 6, d
				}
			}
		}
	case '"', '\'':
		return quoteJoin(s, i), 0
	}
	return 0, 0
}

// escapeCut reads an escape cut by a terminal's wrap at s[i]: a line as
// wide as a wrapped one ends in two backslashes (an escape's, then the
// wrap's continuation mark) and the next line starts with what the escape
// escaped (a JSON string's \" wrapped at 80 with a trailing \: the cut
// fell inside the escape; aws secretsmanager's SecretString,
// {\"secretKey\":\"…\"}, FuzzPlantedSlot b86def6517cab4c4). It returns the
// length from s[i] through the escaped byte, or 0. An escaped backslash
// that really ends a line (a shell's "C:\\" before a new line) is
// followed by a line of its own, which starts otherwise.
func escapeCut(s string, i int) int {
	k := i + 2
	if k < len(s) && s[k] == '\r' {
		k++
	}
	if k+1 >= len(s) || s[k] != '\n' {
		return 0
	}
	switch s[k+1] {
	case '"', '/', '\\':
	default:
		return 0
	}
	ls := lastIndexByte(s[:i], '\n') + 1
	if i+2-ls < wrapMin {
		return 0
	}
	return k + 2 - i
}

// quoteJoin reads a string literal split into concatenated pieces at
// s[i] (its closing quote): "abc" + "def", 'abc' . 'def' (PHP),
// "abc" "def" and ("abc"\n    "def") (Python's implicit concatenation).
// It returns the length of the joint (quote, operator, blanks, quote) or 0.
func quoteJoin(s string, i int) int {
	q := s[i]
	if i == 0 || s[i-1] == '\n' || s[i-1] == q || s[i-1] == '(' || s[i-1] == ',' && !closesLiteral(s, i) {
		return 0
	}
	// a piece may end with any character of a value ('backup-' 'cz6j…':
	// FuzzPlantedSlot cut an access key ID of a store after its '-'; a
	// split literal's cut falls anywhere: ('Z@z:'\n 'z/z?z'), "q/w" + "=e?r#t")
	prevOK := s[i-1] > ' ' && s[i-1] != '\\' && s[i-1] != '"' && s[i-1] != '\'' && s[i-1] != '`'
	k := i + 1
	blanks := 0
	for k < len(s) && k-i < 16 && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r') {
		k++
		blanks++
	}
	op := false
	if k < len(s) && (s[k] == '+' || s[k] == '.' || s[k] == ',' && inConcat(s, i)) {
		op = true
		k++
		for k < len(s) && k-i < 24 && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r') {
			k++
		}
	}
	if k+1 >= len(s) || s[k] != q && !(op && (s[k] == '"' || s[k] == '\'')) || !pieceStart(s[k+1]) {
		return 0
	}
	if !op && (!prevOK || blanks == 0 || blanks > 1 && !strings.ContainsAny(s[i+1:k], "\n")) {
		return 0
	}
	if !op && s[k-1] == '\n' {
		// the next piece starts its line at column 0: line-oriented data
		// ("NAME"="value" lines of a .reg export, quoted CSV rows), not a
		// literal continued (implicit concatenation indents its pieces)
		return 0
	}
	if !op && blanks == 1 && commandLine(s, i) {
		// a command typed at a shell prompt: blank-separated quoted words
		// are its arguments (POSIX sh 2.6.5 field splitting), a name and
		// its value (dotnet user-secrets set "AWS:SecretKey" "…"), not
		// one literal
		return 0
	}
	return k + 1 - i
}

// closesLiteral reports whether the quote at s[i] closes a literal opened
// on its line (an odd number of the same quotes before it, escaped ones
// aside): a piece ending with ',' ('000,' '0127': FuzzPlantedSlot
// 8195831b81ec92fa, a bearer token split after its comma) is joined, an
// opening quote after a list's ',' is not. Lines longer than 4 KB are not
// counted (no join).
func closesLiteral(s string, i int) bool {
	ls := strings.LastIndexByte(s[max(0, i-4096):i], '\n') + 1 + max(0, i-4096)
	if ls == max(0, i-4096) && i > 4096 {
		return false
	}
	n := 0
	for k := ls; k < i; k++ {
		if s[k] == '\\' {
			k++
			continue
		}
		if s[k] == s[i] {
			n++
		}
	}
	return n%2 == 1
}

// pieceStart reports a byte that can start the next piece of a split
// literal: any character of a value, not a blank, a quote or what closes
// an argument list.
func pieceStart(c byte) bool {
	return c > ' ' && c < 0x7f && strings.IndexByte("\"'`\\", c) < 0
}

// inConcat reports a closing quote at s[i] inside a call that joins its
// literal arguments into one string: Rust's concat!( … ) (std::concat),
// R's paste0( … ) (base::paste0, no separator), SQL's CONCAT( … ).
func inConcat(s string, i int) bool {
	lo := max(0, i-512)
	for _, op := range concatCalls {
		if !rare.Contains(s[lo:i], op) { // a forward search first: much cheaper than LastIndex
			continue
		}
		x := strings.LastIndex(s[lo:i], op)
		if x >= 0 && strings.IndexByte(s[lo+x+len(op):i], ')') < 0 {
			return true
		}
	}
	return false
}

// concatCalls are the calls inConcat knows.
var concatCalls = []string{"concat!(", "paste0(", "CONCAT("}

// printableOrSpace: a byte a decoded escape may become.
// pctAt reads a percent escape at s[i], encoded once or more (%25
// repeated: a URL inside a URL inside a URL, up to three times): its
// length and the byte it stands for, or 0 when s[i:] is none or stands for
// '%' itself (read as the first half of a deeper encoding).
func pctAt(s string, i int) (int, byte) {
	if i < 0 || i+2 >= len(s) || s[i] != '%' || !isHex(s[i+1]) || !isHex(s[i+2]) {
		return 0, 0
	}
	d := unhex(s[i+1])<<4 | unhex(s[i+2])
	for k := i + 3; d == '%' && k < i+9; k += 2 {
		if k+1 >= len(s) || !isHex(s[k]) || !isHex(s[k+1]) {
			return 0, 0
		}
		if d2 := unhex(s[k])<<4 | unhex(s[k+1]); d2 != '%' {
			return k + 2 - i, d2
		}
	}
	if d == '%' {
		return 0, 0
	}
	return 3, d
}

// pctUTF8 is the number of bytes of the UTF-8 sequence whose lead byte is
// the percent escape of length n at s[i], each byte escaped the same way,
// or 0 when it is no whole sequence (no lead byte, a continuation missing
// or escaped otherwise).
func pctUTF8(s string, i, n int) int {
	_, d := pctAt(s, i)
	need := 0
	switch {
	case d >= 0xc2 && d <= 0xdf:
		need = 1
	case d >= 0xe0 && d <= 0xef:
		need = 2
	case d >= 0xf0 && d <= 0xf4:
		need = 3
	default:
		return 0
	}
	for k := 1; k <= need; k++ {
		if m, c := pctAt(s, i+k*n); m != n || c < 0x80 || c > 0xbf {
			return 0
		}
	}
	return need + 1
}

func printableOrSpace(d byte) bool {
	return d >= ' ' && d < 0x7f || d == '\n' || d == '\r' || d == '\t'
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10
	}
	return 0
}

// hexTags are the S3 error elements that repeat text as hex bytes.
var hexTags = []string{"<StringToSignBytes>", "<CanonicalRequestBytes>"}

type hexSeg struct {
	decoded string
	hits    []hit
}

// hexElem decodes a hex-bytes element at s[i] and scans what it holds.
func (st *state) hexElem(s string, i int) (hit, bool) {
	for _, t := range hexTags {
		if !strings.HasPrefix(s[i:], t) {
			continue
		}
		b := i + len(t)
		buf := make([]byte, 0, 256)
		first, last := -1, -1
		k := b
		for k < len(s) {
			c := s[k]
			if c == ' ' || c == '\n' || c == '\r' || c == '\t' {
				k++
				continue
			}
			if k+1 < len(s) && isHex(c) && isHex(s[k+1]) {
				buf = append(buf, unhex(c)<<4|unhex(s[k+1]))
				if first < 0 {
					first = k
				}
				k += 2
				last = k
				continue
			}
			break
		}
		if first < 0 {
			return hit{}, false
		}
		dec := string(buf)
		return hit{start: first, end: last, hex: &hexSeg{decoded: dec, hits: st.scan1(dec)}}, true
	}
	return hit{}, false
}

// encodeHex writes b as S3 does: lower-case byte pairs separated by spaces.
func encodeHex(b string) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, len(b)*3)
	for i := 0; i < len(b); i++ {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, digits[b[i]>>4], digits[b[i]&15])
	}
	return string(out)
}
