package brace

import (
	"sort"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// Work bounds that keep every read linear on hostile input; real code stays
// far below them.
const (
	maxChain    = 128     // links walked back over a receiver chain
	maxResolve  = 64      // ranges one resolution may add
	maxScan     = 1 << 15 // tokens one resolution may scan
	maxPresigns = 256     // presign calls read in one block
	maxSends    = 256     // HTTP requests read in one block
	// maxBrokenWork bounds the tokens read past openers that are never
	// closed, over a whole block.
	maxBrokenWork = 1 << 18
)

// rng is a half-open range of token indexes.
type rng struct{ a, b int }

// setting is a named value in one of the shapes the SDKs use:
//
//	Name: v        JS objects, Go struct literals, Ruby keywords, C# named args
//	'Name' => v    PHP arrays, Ruby hashes
//	Name = v       C# initializers; recv.Name = v statements (o.UsePathStyle = true)
//	.name(v)       Java builders, Go options (config.WithRegion), v1 setters
//	x["Name"] = v  index assignments (headers)
//	.set(k, v)     two-argument header and parameter calls (req.Header.Set)
type setting struct {
	_    [0]func() // not comparable: no generated equality function in the wasm
	name string    // as written (string value for quoted names)
	norm string    // lower case without '_', '-', "with"/"set" prefixes for calls
	tok  int       // the name token
	val  rng
	form byte // ':', '>', '=', '.', '[', '2'
	recv string
	// chain is the receiver chain before the name (req.Header for
	// req.Header.Set), lower case.
	chain string
	// shorthand is a JS { name } property.
	shorthand bool
}

// call is an identifier followed by an argument list.
type call struct {
	name  string
	tok   int
	open  int // '(' token, or -1 for a Ruby call without parentheses
	end   int // one past the closing ')' (or the end of the arguments)
	args  []rng
	recv  int // first token of the receiver chain, or tok when none
	isNew bool
}

type doc struct {
	text string
	lang Lang
	// dateDepth bounds javaDate's following of methods that return a date.
	dateDepth int
	toks      []Token
	match     []int32
	parent    []int32 // innermost open bracket around each token, or -1
	settings  []setting
	// binds maps a name to the value ranges assigned to it, in order.
	binds map[string][]rng
	// stmts maps a name to the statements that start with it as a
	// receiver (x.y(...); x.Y = v; x["k"] = v).
	stmts  map[string][]rng
	calls  []call
	callAt map[int]int // name token → index in calls
	// used marks request constructors a presign call consumed; the others
	// become presigns of their own (a request built but not sent in the
	// paste).
	used map[int]bool
	// the first NewPresignClient call, found once
	brokenWork     int
	secDepth       int
	pc             call
	pcOK, pcDone   bool
	credRanges     []rng // values of credentials settings, found once
	credRangesDone bool
	hdrRanges      []rng // values of headers settings, found once
	hdrDone        bool
	problems       []Problem
}

func (d *doc) punct(i int, s string) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].Kind == Punct && d.toks[i].Text == s
}

func (d *doc) ident(i int) bool { return i >= 0 && i < len(d.toks) && d.toks[i].Kind == Ident }

func isOpen(s string) bool  { return s == "(" || s == "[" || s == "{" }
func isClose(s string) bool { return s == ")" || s == "]" || s == "}" }

func pair(o string) string {
	switch o {
	case "(":
		return ")"
	case "[":
		return "]"
	}
	return "}"
}

// maxDepth bounds the bracket stack: brackets nested deeper are read as
// plain tokens.
const maxDepth = 256

// matchBrackets pairs brackets. A closer that does not match the innermost
// opener closes up to three openers (their closers were lost in the paste)
// or is reported and ignored; openers never closed are reported.
func (d *doc) matchBrackets() {
	d.match = make([]int32, len(d.toks))
	d.parent = make([]int32, len(d.toks))
	var stack []int
	for i, t := range d.toks {
		d.match[i] = -1
		d.parent[i] = -1
		if len(stack) > 0 {
			d.parent[i] = int32(stack[len(stack)-1])
		}
		if t.Kind != Punct {
			continue
		}
		switch {
		case isOpen(t.Text):
			if len(stack) < maxDepth {
				stack = append(stack, i)
			}
		case isClose(t.Text):
			k := len(stack) - 1
			for k >= 0 && k >= len(stack)-4 && pair(d.toks[stack[k]].Text) != t.Text {
				k--
			}
			if k < 0 || k < len(stack)-4 {
				d.problem(t.Span(), "unexpected "+t.Text)
				continue
			}
			for j := len(stack) - 1; j > k; j-- {
				o := d.toks[stack[j]]
				d.problem(o.Span(), o.Text+" opened here is never closed")
			}
			d.match[stack[k]] = int32(i)
			d.match[i] = int32(stack[k])
			stack = stack[:k]
		}
	}
	for _, o := range stack {
		d.problem(d.toks[o].Span(), d.toks[o].Text+" opened here is never closed")
	}
}

func (d *doc) problem(sp source.Span, msg string) {
	if len(d.problems) < 100 {
		d.problems = append(d.problems, Problem{Span: sp, Message: msg})
	}
}

// exprEnd returns the end of the expression starting at token a: the first
// ',' (when stopComma), ';' or unmatched closer at its level, or a line
// break that does not continue the expression.
//
// An opener that is never closed (a broken paste) is read into, at a cost
// charged to a budget for the whole block; once it is spent, such an opener
// ends the expression, which keeps the reader linear on hostile input.
func (d *doc) exprEnd(a int, stopComma bool) int {
	k := a
	broken := false
	for k < len(d.toks) {
		t := d.toks[k]
		if k > a && t.NL && !d.continues(k) {
			return k
		}
		if broken {
			if d.brokenWork++; d.brokenWork > maxBrokenWork {
				return k
			}
		}
		if t.Kind == Punct {
			switch {
			case isOpen(t.Text):
				if m := d.match[k]; m > 0 {
					k = int(m) + 1
					continue
				}
				if k > a && d.brokenWork > maxBrokenWork {
					return k
				}
				broken = true
			case isClose(t.Text), t.Text == ";":
				return k
			case t.Text == "," && stopComma:
				return k
			}
		}
		k++
	}
	return k
}

// continues reports whether the line break before token k continues an
// expression (the previous line ends with an operator or the next starts
// with one).
func (d *doc) continues(k int) bool {
	if k == 0 {
		return false
	}
	p := d.toks[k-1]
	if p.Kind == Punct {
		switch p.Text {
		case ")", "]", "}":
		default:
			return true
		}
	}
	if p.Kind == Ident && (p.Text == "new" || p.Text == "return" || p.Text == "await") {
		return true
	}
	t := d.toks[k]
	if t.Kind == Punct && t.Text == "{" && (p.Kind == Ident || p.Kind == Punct && p.Text == ")") && d.lang != Go && d.lang != Ruby {
		return true // new X() / new X on the line before its { initializer }
	}
	if t.Kind == Punct {
		switch t.Text {
		case ".", "?.", "->", "+", "-", "*", "/", "?", ":", "||", "&&", "??", ".=", "=", "=>", "==", "!=", "::":
			return true
		}
	}
	return false
}

// chainStart walks back from token i over a receiver chain (a.b.c, a->b,
// A::B, calls and indexes in between) and returns its first token.
func (d *doc) chainStart(i int) int {
	k := i
	for n := 0; k > 0 && n < maxChain; n++ {
		p := d.toks[k-1]
		if p.Kind == Punct && (p.Text == "." || p.Text == "->" || p.Text == "::" || p.Text == "?.") && k-2 >= 0 && d.sameChain(k) {
			q := d.toks[k-2]
			if d.lang == Rust && q.Kind == Punct && q.Text == "?" && k >= 3 {
				// Rust's ? operator inside a chain: build()?.presigned(…)
				k--
				q = d.toks[k-2]
			}
			switch {
			case q.Kind == Ident || q.Kind == String || q.Kind == Number:
				k -= 2
				continue
			case q.Kind == Punct && isClose(q.Text) && d.match[k-2] >= 0:
				k = int(d.match[k-2])
				if k > 0 && d.toks[k-1].Kind == Ident && d.toks[k].Text != "{" {
					k--
				}
				continue
			}
		}
		break
	}
	return k
}

// sameChain reports whether token k continues the chain of the dot before
// it. A dot that ends the line before continues a chain only after a call
// or an index (Go's R().\n SetHeader(…)); after a word it is more likely a
// sentence's full stop (prose above code).
func (d *doc) sameChain(k int) bool {
	if !d.toks[k].NL {
		return true
	}
	return k >= 2 && d.toks[k-2].Kind == Punct && (d.toks[k-2].Text == ")" || d.toks[k-2].Text == "]")
}

// chainText returns the receiver chain before name token i, lower case,
// with calls and indexes left out (axios.defaults.headers.common).
func (d *doc) chainText(i int) string {
	start := d.chainStart(i)
	var b strings.Builder
	for k := start; k < i && k-start < 64; k++ {
		t := d.toks[k]
		if t.Kind == Ident {
			b.WriteString(strings.ToLower(t.Text))
			b.WriteByte('.')
		}
	}
	return b.String()
}

// stmtStart reports whether token i starts a statement.
func (d *doc) stmtStart(i int) bool {
	if i == 0 || d.toks[i].NL {
		return true
	}
	p := d.toks[i-1]
	return p.Kind == Punct && (p.Text == ";" || p.Text == "{" || p.Text == "}" || p.Text == "|")
}

var declWords = table.Set("const", "let", "var", "val", "final", "String", "auto", "string", "URL", "int", "long")

func (d *doc) scan() {
	d.binds = map[string][]rng{}
	d.stmts = map[string][]rng{}
	d.callAt = map[int]int{}
	n := len(d.toks)
	for i := 0; i < n; i++ {
		t := d.toks[i]
		switch t.Kind {
		case Ident, String, Symbol:
		case Punct:
			// x["k"] = v
			if t.Text == "]" && d.punct(i+1, "=") && d.match[i] > 0 {
				m := int(d.match[i])
				if m+2 == i && d.toks[m+1].Kind == String && m > 0 {
					start := d.chainStart(m - 1)
					if d.ident(m - 1) {
						s := setting{name: d.toks[m+1].Val, tok: m + 1, val: rng{i + 2, d.exprEnd(i+2, true)}, form: '[', recv: d.toks[start].Text}
						d.addSetting(s)
						d.settings[len(d.settings)-1].chain = d.chainText(m-1) + strings.ToLower(d.toks[m-1].Text) + "."
					}
				}
			}
			continue
		default:
			continue
		}
		// A dot ending the line before is a sentence's full stop more often
		// than a member access (prose above code), so it does not count.
		prevDot := i > 0 && d.toks[i-1].Kind == Punct && (d.toks[i-1].Text == "." || d.toks[i-1].Text == "->" || d.toks[i-1].Text == "?.") && d.sameChain(i)
		prevSep := i == 0 || d.toks[i].NL || d.punct(i-1, "{") || d.punct(i-1, "(") || d.punct(i-1, ",") || d.punct(i-1, "[") || d.punct(i-1, "|")
		// Name: v
		if d.punct(i+1, ":") && (t.Kind == Ident || t.Kind == String) && prevSep && !d.punct(i-1, "?") {
			d.addSetting(setting{name: nameOf(t), tok: i, val: rng{i + 2, d.exprEnd(i+2, true)}, form: ':'})
			continue
		}
		// 'Name' => v (PHP, Ruby)
		if d.punct(i+1, "=>") && (t.Kind == String || t.Kind == Symbol || t.Kind == Ident && d.lang != JavaScript && d.lang != TypeScript) && prevSep {
			d.addSetting(setting{name: nameOf(t), tok: i, val: rng{i + 2, d.exprEnd(i+2, true)}, form: '>'})
			continue
		}
		if t.Kind != Ident {
			continue
		}
		// TypeScript's typed declaration: const params: PutObjectCommandInput = {…}.
		if d.lang.isJS() && d.punct(i+1, ":") && i > 0 && d.ident(i-1) && declKeywords[d.toks[i-1].Text] {
			if eq := d.typedInit(i + 2); eq > 0 {
				d.bind(t.Text, eq+1)
			}
			continue
		}
		// JS shorthand property { region, credentials }.
		if d.lang.isJS() && (d.punct(i-1, "{") || d.punct(i-1, ",")) && (d.punct(i+1, ",") || d.punct(i+1, "}")) && d.inBrace(i) {
			d.addSetting(setting{name: t.Text, tok: i, val: rng{i, i + 1}, form: ':', shorthand: true})
			continue
		}
		// recv.Name = v, and C# initializer Name = v
		if d.punct(i+1, "=") {
			switch {
			case prevDot:
				start := d.chainStart(i)
				d.addSetting(setting{name: t.Text, tok: i, val: rng{i + 2, d.exprEnd(i+2, false)}, form: '=', recv: d.toks[start].Text})
			case d.inInitializer(i) && prevSep:
				d.addSetting(setting{name: t.Text, tok: i, val: rng{i + 2, d.exprEnd(i+2, true)}, form: '='})
			default:
				d.bind(t.Text, i+2)
			}
		}
		if (d.punct(i+1, ":=") || d.punct(i+1, "||=")) && !prevDot {
			d.bind(t.Text, i+2)
		}
		// a, err := f()
		if d.punct(i+1, ",") && d.ident(i+2) && (d.punct(i+3, ":=") || d.punct(i+3, "=")) && d.stmtStart(i) {
			d.bind(t.Text, i+4)
		}
		// Statements starting with a receiver: x.f(...), x.Y = v, x[k] = v.
		if d.stmtStart(i) && !declWords[t.Text] && (d.punct(i+1, ".") || d.punct(i+1, "->") || d.punct(i+1, "[")) {
			d.stmts[t.Text] = append(d.stmts[t.Text], rng{i, d.exprEnd(i, false)})
		}
		// Calls.
		if d.punct(i+1, "(") {
			d.addCall(i, prevDot)
		} else if d.lang == Java && prevDot && d.punct(i+1, "{") && d.match[i+1] > int32(i+1) {
			// Groovy's and Kotlin's trailing closure, the call's one
			// argument: presigner.presignGetObject { r -> r.… }, a
			// Java v2 builder consumer written without parentheses.
			d.addCall(i, prevDot)
		} else if d.lang == Ruby && d.rubyParenless(i) {
			d.addRubyCall(i)
		}
	}
}

func nameOf(t Token) string {
	if t.Kind == String || t.Kind == Symbol {
		return t.Val
	}
	return t.Text
}

// inBrace reports whether token i sits directly inside a { } (an object
// literal), by walking back to its opener.
func (d *doc) inBrace(i int) bool {
	o := d.opener(i)
	return o >= 0 && d.toks[o].Text == "{"
}

// opener returns the innermost open bracket around token i, or -1.
func (d *doc) opener(i int) int { return int(d.parent[i]) }

// inInitializer reports whether token i is directly inside a C#-style
// object initializer: new X { … }, new X() { … }, or a PHP/Go literal.
func (d *doc) inInitializer(i int) bool {
	o := d.opener(i)
	if o < 1 || d.toks[o].Text != "{" {
		return false
	}
	k := o - 1
	if d.punct(k, ")") && d.match[k] > 0 {
		k = int(d.match[k]) - 1
	}
	for k >= 0 && (d.ident(k) || d.punct(k, ".")) {
		if d.toks[k].Text == "new" {
			return true
		}
		k--
	}
	return false
}

func (d *doc) bind(name string, a int) {
	if a >= len(d.toks) {
		return
	}
	b := d.exprEnd(a, false)
	if b > a {
		d.binds[name] = append(d.binds[name], rng{a, b})
	}
}

func (d *doc) addSetting(s setting) {
	s.norm = norm(s.name)
	if s.recv != "" {
		s.chain = d.chainText(s.tok)
	}
	if s.form == '.' {
		s.norm = strings.TrimPrefix(strings.TrimPrefix(s.norm, "with"), "set")
	}
	d.settings = append(d.settings, s)
}

// sortSettings orders the settings by their name token, for settingsIn.
func (d *doc) sortSettings() {
	sort.SliceStable(d.settings, func(i, j int) bool { return d.settings[i].tok < d.settings[j].tok })
}

// settingsIn calls f for each setting whose name token lies in r.
func (d *doc) settingsIn(r rng, f func(s setting)) {
	i := sort.Search(len(d.settings), func(i int) bool { return d.settings[i].tok >= r.a })
	for ; i < len(d.settings) && d.settings[i].tok < r.b; i++ {
		f(d.settings[i])
	}
}

// settingsInAll returns the settings in any of rs, each once, in order.
func (d *doc) settingsInAll(rs []rng) []setting {
	seen := map[int]bool{}
	var out []setting
	for _, r := range rs {
		d.settingsIn(r, func(s setting) {
			if !seen[s.tok] {
				seen[s.tok] = true
				out = append(out, s)
			}
		})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].tok < out[j].tok })
	return out
}

// norm lower-cases a name and drops '_', '-', ' ' and '$'.
func norm(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_' || c == '-' || c == ' ' || c == '$':
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 32)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func (d *doc) addCall(i int, prevDot bool) {
	open := i + 1
	m := int(d.match[open])
	end := m + 1
	if m < 0 {
		// Never closed: the arguments run to the end of the statement.
		end = d.exprEnd(open+1, false)
	}
	c := call{name: d.toks[i].Text, tok: i, open: open, end: end, recv: i}
	if prevDot {
		c.recv = d.chainStart(i)
	}
	c.isNew = i > 0 && d.toks[i-1].Text == "new" || i > 1 && d.punct(i-1, ".") && d.toks[i-2].Text == "new"
	if i > 2 && d.punct(i-1, ".") && d.ident(i-2) && d.toks[i-3].Text == "new" {
		c.isNew = true // new AWS.S3(…), new Request.Builder()
	}
	c.args = d.splitArgs(open+1, end-1)
	if m < 0 {
		c.args = d.splitArgs(open+1, end)
	}
	d.callAt[i] = len(d.calls)
	d.calls = append(d.calls, c)
	// .name(v) and .name(k, v) settings.
	if prevDot || d.lang == Go && strings.HasPrefix(c.name, "With") {
		switch len(c.args) {
		case 1:
			d.addSetting(setting{name: c.name, tok: i, val: c.args[0], form: '.', recv: d.toks[c.recv].Text})
		case 2:
			if k := d.toks[c.args[0].a]; c.args[0].b == c.args[0].a+1 && k.Kind == String {
				d.settings = append(d.settings, setting{name: k.Val, norm: norm(c.name), tok: i, val: c.args[1], form: '2', recv: d.toks[c.recv].Text, chain: d.chainText(i)})
			}
		}
	}
}

// splitArgs splits tokens [a, b) at top-level commas.
func (d *doc) splitArgs(a, b int) []rng {
	if b > len(d.toks) {
		b = len(d.toks)
	}
	var out []rng
	start := a
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.Kind != Punct {
			continue
		}
		if isOpen(t.Text) && d.match[k] > 0 && int(d.match[k]) < b {
			k = int(d.match[k])
			continue
		}
		if t.Text == "," {
			if k > start {
				out = append(out, rng{start, k})
			}
			start = k + 1
		}
	}
	if b > start {
		out = append(out, rng{start, b})
	}
	return out
}

// rubyParenless reports a Ruby call without parentheses whose arguments
// follow on the same line (obj.presigned_url :put, acl: 'x').
func (d *doc) rubyParenless(i int) bool {
	if i+1 >= len(d.toks) || d.toks[i+1].NL {
		return false
	}
	switch d.toks[i].Text {
	case "presigned_url", "presigned_post", "new", "put", "get":
	default:
		return false
	}
	n := d.toks[i+1]
	return n.Kind == Symbol || n.Kind == String || n.Kind == Ident || n.Kind == Number || n.Kind == Punct && n.Text == "{"
}

func (d *doc) addRubyCall(i int) {
	end := d.exprEnd(i+1, false)
	c := call{name: d.toks[i].Text, tok: i, open: -1, end: end, recv: d.chainStart(i)}
	c.args = d.splitArgs(i+1, end)
	d.callAt[i] = len(d.calls)
	d.calls = append(d.calls, c)
}

// src returns the source text of a token range with runs of white space
// collapsed to one space.
func (d *doc) src(r rng) string {
	if r.a >= r.b || r.a >= len(d.toks) {
		return ""
	}
	a, b := d.toks[r.a].Start, d.toks[r.b-1].End
	s := d.text[a:b]
	if !strings.ContainsAny(s, "\n\t\r") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func (d *doc) span(r rng) source.Span {
	if r.a >= r.b || r.a >= len(d.toks) {
		return source.Span{}
	}
	return source.Span{Start: d.toks[r.a].Start, End: d.toks[r.b-1].End}
}

// lastBind returns the last value bound to name, if any.
func (d *doc) lastBind(name string) (rng, bool) {
	bs := d.binds[name]
	if len(bs) == 0 {
		return rng{}, false
	}
	return bs[len(bs)-1], true
}

// resolve returns r and, for every stand-alone identifier in it (an
// argument, not a receiver or a callee), the value bound to it and the
// statements that use it as a receiver, recursively up to depth levels.
func (d *doc) resolve(rs []rng, depth int) []rng {
	seen := map[string]bool{}
	out := append([]rng(nil), rs...)
	frontier := rs
	scanned := 0
	for level := 0; level < depth && len(frontier) > 0 && len(out) < maxResolve; level++ {
		var next []rng
		for _, r := range frontier {
			for k := r.a; k < r.b && k < len(d.toks) && scanned < maxScan; k++ {
				scanned++
				t := d.toks[k]
				if t.Kind != Ident || seen[t.Text] || !d.standalone(k, r) {
					continue
				}
				seen[t.Text] = true
				if b, ok := d.lastBind(t.Text); ok && !(b.a <= k && k < b.b) {
					next = append(next, b)
				}
				next = append(next, d.stmts[t.Text]...)
			}
		}
		if len(out)+len(next) > maxResolve {
			next = next[:max(0, maxResolve-len(out))]
		}
		out = append(out, next...)
		frontier = next
	}
	return out
}

// standalone reports whether identifier k is used as a value: not a
// receiver (followed by . -> ::), not a callee, not a property name.
func (d *doc) standalone(k int, r rng) bool {
	if k > 0 {
		if p := d.toks[k-1]; p.Kind == Punct && (p.Text == "." || p.Text == "->" || p.Text == "::" || p.Text == "?.") {
			return false
		}
	}
	if k+1 >= r.b || k+1 >= len(d.toks) {
		return true
	}
	n := d.toks[k+1]
	if n.Kind != Punct {
		return n.NL
	}
	switch n.Text {
	case ",", ")", "]", "}", ";", "!":
		return true
	}
	return n.NL
}

// inRanges reports whether token k lies in one of rs.
func inRanges(k int, rs []rng) bool {
	for _, r := range rs {
		if r.a <= k && k < r.b {
			return true
		}
	}
	return false
}

// declKeywords start a JavaScript / TypeScript declaration.
var declKeywords = map[string]bool{"const": true, "let": true, "var": true, "readonly": true}

// typedInit returns the '=' that ends a TypeScript type annotation
// starting at token k (Record<string, string>, { a: string }[], A | B),
// or -1 when the declaration has no initializer on its line.
func (d *doc) typedInit(k int) int {
	angle := 0
	for j := k; j < len(d.toks); j++ {
		t := d.toks[j]
		if j > k && t.NL && angle == 0 {
			return -1
		}
		if t.Kind != Punct {
			continue
		}
		switch t.Text {
		case "=":
			if angle == 0 {
				return j
			}
		case "<":
			angle++
		case ">":
			angle--
		case ">>":
			angle -= 2
		case "(", "[", "{":
			if m := int(d.match[j]); m > j {
				j = m
			}
		case ";", ",", ")", "]", "}", "=>":
			return -1
		}
	}
	return -1
}
