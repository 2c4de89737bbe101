package policy

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Kind is the kind of a value Node.
type Kind int

// Kinds of values.
const (
	Object Kind = iota + 1
	Array
	String
	Number
	Bool
	Null
	// Expr is something the reader could not evaluate: a Terraform reference
	// (aws_s3_bucket.b.arn), a function call, a bare word.
	Expr
)

// Node is one value of a JSON (or HCL object) document, with its span in the
// text it was read from.
type Node struct {
	Kind   Kind
	Span   source.Span
	Str    string // decoded string; the raw text of numbers, bools and exprs
	Fields []Field
	Items  []*Node
}

// Field is one key/value entry of an object.
type Field struct {
	_       [0]func() // not comparable: no generated equality function in the wasm
	Key     string
	KeySpan source.Span
	Value   *Node
}

// Get returns the value of the first field whose key equals key
// (case-insensitively), or nil.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != Object {
		return nil
	}
	for _, f := range n.Fields {
		if strings.EqualFold(f.Key, key) {
			return f.Value
		}
	}
	return nil
}

// Field returns the first field whose key equals key (case-insensitively).
func (n *Node) Field(key string) *Field {
	if n == nil || n.Kind != Object {
		return nil
	}
	for i := range n.Fields {
		if strings.EqualFold(n.Fields[i].Key, key) {
			return &n.Fields[i]
		}
	}
	return nil
}

// Problem is something the reader could not read.
type Problem struct {
	_       [0]func() // not comparable: no generated equality function in the wasm
	Span    source.Span
	Message string
}

// reader is a tolerant reader of JSON, JSON with comments and trailing
// commas, and the object syntax of HCL (= separators, bare keys, jsonencode,
// heredocs). It never fails: it records problems and keeps going.
type reader struct {
	s        string // the text being read (the whole paste, or a decoded string)
	pos, end int
	// idx maps offsets of s to offsets of the original text; nil means s is
	// the original text. idx has len(s)+1 entries.
	idx      []int
	problems []Problem
	depth    int
}

const maxDepth = 200

func (r *reader) span(a, b int) source.Span {
	if r.idx == nil {
		return source.Span{Start: a, End: b}
	}
	// A problem's span may reach one past the last byte (an unclosed
	// bracket at the very end): it maps to the end of the text.
	last := len(r.idx) - 1
	return source.Span{Start: r.idx[min(max(a, 0), last)], End: r.idx[min(max(b, 0), last)]}
}

func (r *reader) problem(a, b int, msg string) {
	r.problems = append(r.problems, Problem{Span: r.span(a, b), Message: msg})
}

// skip passes white space, commas are not skipped, comments (// # /* */)
// are.
func (r *reader) skip() {
	for r.pos < r.end {
		c := r.s[r.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			r.pos++
		case c == '#' || (c == '/' && r.pos+1 < r.end && r.s[r.pos+1] == '/'):
			for r.pos < r.end && r.s[r.pos] != '\n' {
				r.pos++
			}
		case c == '/' && r.pos+1 < r.end && r.s[r.pos+1] == '*':
			k := strings.Index(r.s[r.pos+2:r.end], "*/")
			if k < 0 {
				r.pos = r.end
			} else {
				r.pos += 2 + k + 2
			}
		default:
			return
		}
	}
}

// value reads one value at r.pos. It returns nil at the end of input or at
// a closing bracket.
func (r *reader) value() *Node {
	r.skip()
	if r.pos >= r.end {
		return nil
	}
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > maxDepth {
		r.problem(r.pos, r.end, "policy nested too deeply to read")
		r.pos = r.end
		return nil
	}
	start := r.pos
	c := r.s[r.pos]
	switch {
	case c == '{':
		return r.object()
	case c == '[':
		return r.array()
	case c == '"' || c == '\'':
		s, _ := r.str()
		return &Node{Kind: String, Span: r.span(start, r.pos), Str: s}
	case c == '<' && strings.HasPrefix(r.s[r.pos:r.end], "<<"):
		return r.heredoc()
	case c == '-' || (c >= '0' && c <= '9'):
		r.pos++
		for r.pos < r.end && strings.IndexByte("0123456789.eE+-", r.s[r.pos]) >= 0 {
			r.pos++
		}
		return &Node{Kind: Number, Span: r.span(start, r.pos), Str: r.s[start:r.pos]}
	case isBare(c):
		w := r.bare()
		switch w {
		case "true", "false":
			return &Node{Kind: Bool, Span: r.span(start, r.pos), Str: w}
		case "null":
			return &Node{Kind: Null, Span: r.span(start, r.pos), Str: w}
		}
		save := r.pos
		r.skip()
		if r.pos < r.end && r.s[r.pos] == '(' {
			return r.call(start, w)
		}
		r.pos = save
		return &Node{Kind: Expr, Span: r.span(start, r.pos), Str: w}
	case c == '}' || c == ']' || c == ')':
		return nil
	}
	// Something unreadable: take it as an expression up to a separator.
	for r.pos < r.end && strings.IndexByte(",}]):\n", r.s[r.pos]) < 0 {
		r.pos++
	}
	if r.pos == start {
		r.pos++
	}
	r.problem(start, r.pos, "unexpected "+strconv.Quote(r.s[start:r.pos])+" in policy")
	return &Node{Kind: Expr, Span: r.span(start, r.pos), Str: r.s[start:r.pos]}
}

func isBare(c byte) bool {
	return c == '_' || c == '$' || c == '*' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= utf8.RuneSelf
}

func isBareTail(c byte) bool {
	return isBare(c) || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == ':' || c == '/'
}

func (r *reader) bare() string {
	start := r.pos
	for r.pos < r.end && isBareTail(r.s[r.pos]) {
		r.pos++
	}
	return r.s[start:r.pos]
}

// call reads name( args ): jsonencode's argument is the value itself, other
// calls become expressions.
func (r *reader) call(start int, name string) *Node {
	r.pos++ // (
	if strings.EqualFold(name, "jsonencode") {
		v := r.value()
		r.skip()
		if r.pos < r.end && r.s[r.pos] == ')' {
			r.pos++
		} else {
			r.problem(start, r.pos, "jsonencode( is not closed")
		}
		if v != nil {
			return v
		}
		return &Node{Kind: Expr, Span: r.span(start, r.pos), Str: name}
	}
	depth := 1
	for r.pos < r.end && depth > 0 {
		switch r.s[r.pos] {
		case '(':
			depth++
		case ')':
			depth--
		case '"', '\'':
			r.str()
			continue
		}
		r.pos++
	}
	return &Node{Kind: Expr, Span: r.span(start, r.pos), Str: r.s[start:r.pos]}
}

// str reads a quoted string and returns it decoded, with ok false when it
// is not closed on its line.
func (r *reader) str() (string, bool) {
	q := r.s[r.pos]
	start := r.pos
	r.pos++
	// Fast path: no escape before the closing quote.
	for i := r.pos; i < r.end; i++ {
		c := r.s[i]
		if c == q {
			r.pos = i + 1
			return r.s[start+1 : i], true
		}
		if c == '\\' || c == '\n' {
			break
		}
	}
	var b strings.Builder
	for r.pos < r.end {
		c := r.s[r.pos]
		switch {
		case c == q:
			r.pos++
			return b.String(), true
		case c == '\n':
			r.problem(start, r.pos, "string not closed on its line")
			return b.String(), false
		case c == '\\' && r.pos+1 < r.end:
			r.pos++
			e := r.s[r.pos]
			r.pos++
			switch e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case 'b', 'f':
			case 'u':
				if r.pos+4 <= r.end {
					if n, err := strconv.ParseUint(r.s[r.pos:r.pos+4], 16, 32); err == nil {
						b.WriteRune(rune(n))
						r.pos += 4
						continue
					}
				}
				b.WriteByte('u')
			default:
				b.WriteByte(e)
			}
		default:
			b.WriteByte(c)
			r.pos++
		}
	}
	r.problem(start, r.pos, "string not closed")
	return b.String(), false
}

func (r *reader) object() *Node { return r.objectUntil('{', '}') }

// objectUntil reads an object from its opening character to close: { }
// for JSON and HCL, ( ) for keyword arguments read as an object.
func (r *reader) objectUntil(open, close byte) *Node {
	start := r.pos
	r.pos++ // the opening character
	n := &Node{Kind: Object}
	for {
		r.skip()
		if r.pos >= r.end {
			r.problem(start, start+1, string(open)+" is not closed")
			break
		}
		c := r.s[r.pos]
		if c == close {
			r.pos++
			break
		}
		if c == ']' || c == ')' || c == '}' {
			r.problem(r.pos, r.pos+1, "unexpected "+string(c)+" inside an object")
			break
		}
		if c == ',' || c == ';' {
			r.pos++
			continue
		}
		ks := r.pos
		var key string
		switch {
		case c == '"' || c == '\'':
			key, _ = r.str()
		case isBare(c) || (c >= '0' && c <= '9'):
			key = r.bare()
			if key == "" {
				r.pos++
			}
			if len(key) > 1 && key[len(key)-1] == ':' {
				// key: value in a JavaScript or YAML-like object (bare
				// words may hold colons, as in s3:GetObject).
				key = key[:len(key)-1]
				r.pos--
			}
		default:
			v := r.value()
			if v == nil {
				r.pos++
			}
			continue
		}
		ke := r.pos
		r.skip()
		if b := r.block(); b != nil {
			// HCL block: statement { ... }, condition { ... }, or
			// resource "type" "name" { ... }.
			n.Fields = append(n.Fields, Field{Key: key, KeySpan: r.span(ks, ke), Value: b})
			continue
		}
		if r.pos < r.end && (r.s[r.pos] == ':' || r.s[r.pos] == '=') {
			r.pos++
		} else {
			r.problem(ks, ke, "missing : after "+strconv.Quote(key))
			continue
		}
		v := r.value()
		if v == nil {
			r.problem(ks, ke, "missing value for "+strconv.Quote(key))
			continue
		}
		n.Fields = append(n.Fields, Field{Key: key, KeySpan: r.span(ks, ke), Value: v})
	}
	n.Span = r.span(start, r.pos)
	return n
}

// block reads the labels and body of an HCL block after its name, or
// returns nil (and moves nothing) when none follows.
func (r *reader) block() *Node {
	save, probs := r.pos, len(r.problems)
	defer func() {
		if r.pos == save {
			r.problems = r.problems[:probs]
		}
	}()
	for labels := 0; r.pos < r.end && labels < 4; labels++ {
		switch c := r.s[r.pos]; {
		case c == '{':
			return r.object()
		case c == '"' && labels < 3:
			if _, ok := r.str(); !ok {
				r.pos = save
				return nil
			}
			r.skipBlanks()
		case isBare(c) && labels < 3:
			r.bare()
			r.skipBlanks()
		default:
			r.pos = save
			return nil
		}
	}
	r.pos = save
	return nil
}

// skipBlanks passes spaces and tabs, not newlines.
func (r *reader) skipBlanks() {
	for r.pos < r.end && (r.s[r.pos] == ' ' || r.s[r.pos] == '\t') {
		r.pos++
	}
}

func (r *reader) array() *Node {
	start := r.pos
	r.pos++ // [
	n := &Node{Kind: Array}
	for {
		r.skip()
		if r.pos >= r.end {
			r.problem(start, start+1, "[ is not closed")
			break
		}
		c := r.s[r.pos]
		if c == ']' {
			r.pos++
			break
		}
		if c == '}' || c == ')' {
			r.problem(r.pos, r.pos+1, "unexpected "+string(c)+" inside a list")
			break
		}
		if c == ',' {
			r.pos++
			continue
		}
		before := r.pos
		v := r.value()
		if v == nil {
			if r.pos == before {
				r.pos++
			}
			continue
		}
		n.Items = append(n.Items, v)
	}
	n.Span = r.span(start, r.pos)
	return n
}

// heredoc reads <<EOF ... EOF (and <<-EOF): its body is a JSON document.
func (r *reader) heredoc() *Node {
	start := r.pos
	r.pos += 2
	if r.pos < r.end && r.s[r.pos] == '-' {
		r.pos++
	}
	if r.pos < r.end && (r.s[r.pos] == '\'' || r.s[r.pos] == '"') {
		r.pos++
	}
	ms := r.pos
	for r.pos < r.end && (isBare(r.s[r.pos]) || (r.s[r.pos] >= '0' && r.s[r.pos] <= '9')) {
		r.pos++
	}
	marker := r.s[ms:r.pos]
	nl := strings.IndexByte(r.s[r.pos:r.end], '\n')
	if marker == "" || nl < 0 {
		r.problem(start, r.pos, "heredoc without a body")
		return &Node{Kind: Expr, Span: r.span(start, r.pos), Str: r.s[start:r.pos]}
	}
	body := r.pos + nl + 1
	// The body ends at a line holding only the marker.
	bodyEnd, after := r.end, r.end
	for i := body; i < r.end; {
		j := strings.IndexByte(r.s[i:r.end], '\n')
		le := r.end
		if j >= 0 {
			le = i + j
		}
		if strings.TrimSpace(r.s[i:le]) == marker {
			bodyEnd, after = i, le
			break
		}
		if j < 0 {
			break
		}
		i = le + 1
	}
	sub := &reader{s: r.s, pos: body, end: bodyEnd, idx: r.idx, depth: r.depth}
	v := sub.value()
	r.problems = append(r.problems, sub.problems...)
	r.pos = after
	if v == nil {
		return &Node{Kind: Expr, Span: r.span(start, r.pos), Str: r.s[start:r.pos]}
	}
	return v
}

// ReadValues reads every JSON or HCL value in text[sp.Start:sp.End]: text
// between values (prose, Terraform around a policy, shell prompts) is
// skipped. Spans are into text.
func ReadValues(text string, sp source.Span) ([]*Node, []Problem) {
	sp = clamp(sp, len(text))
	r := &reader{s: text, pos: sp.Start, end: sp.End}
	var out []*Node
	for r.pos < r.end {
		c := r.s[r.pos]
		switch {
		case c == '{' || c == '[' || (c == '<' && strings.HasPrefix(r.s[r.pos:r.end], "<<")):
			before := r.pos
			if v := r.value(); v != nil {
				out = append(out, v)
			}
			if r.pos == before {
				r.pos++
			}
		case c == '"':
			// A string at top level: skip it, unless it holds a document.
			start := r.pos
			s, _ := r.str()
			if t := strings.TrimSpace(s); strings.HasPrefix(t, "{") {
				out = append(out, &Node{Kind: String, Span: r.span(start, r.pos), Str: s})
			}
		case c == '#' || (c == '/' && r.pos+1 < r.end && (r.s[r.pos+1] == '/' || r.s[r.pos+1] == '*')):
			r.skip()
		default:
			r.pos++
		}
	}
	return out, r.problems
}

func clamp(sp source.Span, n int) source.Span {
	if sp.Start < 0 {
		sp.Start = 0
	}
	if sp.End > n {
		sp.End = n
	}
	if sp.Start > sp.End {
		sp.Start = sp.End
	}
	return sp
}

// decodeString decodes the quoted string at text[sp] and returns it with a
// map from each decoded offset to its offset in text (one entry more than
// the decoded length).
func decodeString(text string, sp source.Span) (string, []int) {
	sp = clamp(sp, len(text))
	if sp.Len() < 2 {
		return "", []int{sp.Start}
	}
	q := text[sp.Start]
	var b []byte
	var idx []int
	i := sp.Start + 1
	for i < sp.End {
		c := text[i]
		if c == q {
			break
		}
		if c == '\\' && i+1 < sp.End {
			e := text[i+1]
			var d byte = e
			switch e {
			case 'n':
				d = '\n'
			case 't':
				d = '\t'
			case 'r':
				d = '\r'
			case 'u':
				if i+6 <= sp.End {
					if n, err := strconv.ParseUint(text[i+2:i+6], 16, 32); err == nil {
						var buf [4]byte
						k := utf8.EncodeRune(buf[:], rune(n))
						for j := 0; j < k; j++ {
							b = append(b, buf[j])
							idx = append(idx, i)
						}
						i += 6
						continue
					}
				}
			}
			b = append(b, d)
			idx = append(idx, i)
			i += 2
			continue
		}
		b = append(b, c)
		idx = append(idx, i)
		i++
	}
	idx = append(idx, i)
	return string(b), idx
}

// readString reads the values inside a string node whose text is itself a
// document (the escaped policy of get-bucket-policy, or a policy in a
// Terraform string), with spans mapped back to text.
func readString(text string, n *Node) ([]*Node, []Problem) {
	dec, idx := decodeString(text, n.Span)
	r := &reader{s: dec, pos: 0, end: len(dec), idx: idx}
	var out []*Node
	for r.pos < r.end {
		c := r.s[r.pos]
		if c == '{' || c == '[' {
			before := r.pos
			if v := r.value(); v != nil {
				out = append(out, v)
			}
			if r.pos == before {
				r.pos++
			}
			continue
		}
		r.pos++
	}
	return out, r.problems
}
