package python

import (
	"strconv"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// maxDepth bounds the nesting the parser follows; deeper input becomes Bad.
const maxDepth = 200

type parser struct {
	src      string
	toks     []Token
	pos      int
	problems []Problem
	depth    int
	// noIn and compIf stop 'in' and 'if' inside comprehension clauses.
	noIn, compIf bool
}

// Parse reads src[sp.Start:sp.End] as Python. It always returns a tree;
// what it cannot read becomes Bad nodes and Problems. Spans are offsets
// into src.
func Parse(src string, sp source.Span) *File {
	sp = clampSpan(src, sp)
	lx := &lexer{src: src, pos: sp.Start, end: sp.End, indents: []int{0}, toks: make([]Token, 0, (sp.End-sp.Start)/4+8)}
	lx.detectModes()
	lx.run()
	p := &parser{src: src, toks: lx.toks, problems: lx.problems}
	mod := &Node{Kind: Module, Span: sp}
	for p.tok().Kind != EOF {
		before := p.pos
		mod.Body = append(mod.Body, p.stmts()...)
		if p.pos == before {
			p.pos++ // a stray DEDENT or token nothing consumed
		}
	}
	return &File{Span: sp, Tree: mod, Problems: p.problems, REPL: lx.repl, Diff: lx.diff}
}

// ParseExpr reads one expression in src[sp.Start:sp.End] (an f-string
// field).
func parseExpr(src string, sp source.Span, depth int) (*Node, []Problem) {
	toks, probs := Tokenize(src, sp)
	p := &parser{src: src, toks: toks, problems: probs, depth: depth}
	for p.tok().Kind == NEWLINE || p.tok().Kind == INDENT {
		p.pos++
	}
	if p.tok().Kind == EOF {
		return nil, p.problems
	}
	n := p.exprList()
	return n, p.problems
}

func (p *parser) tok() *Token {
	if p.pos >= len(p.toks) {
		return &p.toks[len(p.toks)-1]
	}
	return &p.toks[p.pos]
}

func (p *parser) peek(k int) *Token {
	if p.pos+k >= len(p.toks) {
		return &p.toks[len(p.toks)-1]
	}
	return &p.toks[p.pos+k]
}

func (p *parser) next() *Token {
	t := p.tok()
	if p.pos < len(p.toks)-1 {
		p.pos++
	}
	return t
}

func (p *parser) isOp(s string) bool { t := p.tok(); return t.Kind == OP && t.Val == s }

func (p *parser) isKw(s string) bool { t := p.tok(); return t.Kind == NAME && t.Val == s }

func (p *parser) accept(s string) bool {
	if p.isOp(s) || p.isKw(s) {
		p.next()
		return true
	}
	return false
}

func (p *parser) prevEnd() int {
	if p.pos == 0 {
		return p.tok().Start
	}
	return p.toks[p.pos-1].End
}

func (p *parser) problem(sp source.Span, msg string) {
	p.problems = append(p.problems, Problem{Span: sp, Message: msg})
}

func (p *parser) expect(s string, n *Node) {
	if p.accept(s) {
		return
	}
	t := p.tok()
	p.problem(source.Span{Start: t.Start, End: t.End}, "expected '"+s+"' here")
	_ = n
}

// stmts reads one logical line or compound statement; an unexpected indented
// block is read and spliced in (pasted fragments often start indented).
func (p *parser) stmts() []*Node {
	switch t := p.tok(); t.Kind {
	case NEWLINE:
		p.next()
		return nil
	case INDENT:
		p.next()
		var out []*Node
		for p.tok().Kind != DEDENT && p.tok().Kind != EOF {
			before := p.pos
			out = append(out, p.stmts()...)
			if p.pos == before {
				p.next()
			}
		}
		if p.tok().Kind == DEDENT {
			p.next()
		}
		return out
	case DEDENT:
		return nil
	}
	return p.stmt()
}

func (p *parser) stmt() []*Node {
	if p.depth > maxDepth {
		return []*Node{p.badLine("nested too deeply")}
	}
	t := p.tok()
	if t.Kind == OP && t.Val == "@" {
		return []*Node{p.decorated()}
	}
	if t.Kind == NAME {
		switch t.Val {
		case "def", "class", "if", "for", "while", "with", "try":
			return []*Node{p.compound(false)}
		case "async":
			if n := p.peek(1); n.Kind == NAME && (n.Val == "def" || n.Val == "for" || n.Val == "with") {
				p.next()
				return []*Node{p.compound(true)}
			}
		case "elif", "else", "except", "finally":
			// A clause without its statement (a fragment): read its block.
			n := &Node{Kind: Bad, Span: source.Span{Start: t.Start, End: t.End}, Text: t.Val}
			p.problem(n.Span, "'"+t.Val+"' without the statement it belongs to")
			for p.tok().Kind != NEWLINE && p.tok().Kind != EOF && !p.isOp(":") {
				p.next()
			}
			p.accept(":")
			n.Span.End = p.prevEnd()
			return append([]*Node{n}, p.block()...)
		}
	}
	var out []*Node
	for {
		out = append(out, p.simple())
		if !p.accept(";") {
			break
		}
		if k := p.tok().Kind; k == NEWLINE || k == EOF || k == DEDENT {
			break
		}
	}
	switch k := p.tok().Kind; k {
	case NEWLINE:
		p.next()
	case EOF, DEDENT, INDENT:
	default:
		out = append(out, p.badLine("unexpected "+describe(p.tok())))
	}
	return out
}

func describe(t *Token) string {
	switch t.Kind {
	case NAME, OP, ERRTOK:
		return "'" + t.Val + "'"
	case STRING:
		return "string"
	case NUMBER:
		return "number"
	}
	return strings.ToLower(t.Kind.String())
}

// badLine makes a Bad node of the rest of the logical line.
func (p *parser) badLine(msg string) *Node {
	t := p.tok()
	start := t.Start
	for p.tok().Kind != NEWLINE && p.tok().Kind != EOF && p.tok().Kind != DEDENT && p.tok().Kind != INDENT {
		p.next()
	}
	end := p.prevEnd()
	if end < start {
		end = start
	}
	if p.tok().Kind == NEWLINE {
		p.next()
	}
	n := &Node{Kind: Bad, Span: source.Span{Start: start, End: end}, Text: p.src[start:end]}
	p.problem(n.Span, msg)
	return n
}

func (p *parser) decorated() *Node {
	var decs []*Node
	for p.isOp("@") {
		p.next()
		decs = append(decs, p.expr())
		if p.tok().Kind == NEWLINE {
			p.next()
		}
	}
	async := false
	if p.isKw("async") {
		p.next()
		async = true
	}
	var n *Node
	if p.isKw("def") || p.isKw("class") {
		n = p.compound(async)
	} else {
		sub := p.stmts()
		n = &Node{Kind: Bad, Text: "decorator", Body: sub}
		if len(decs) > 0 {
			n.Span = source.Span{Start: decs[0].Span.Start, End: p.prevEnd()}
		}
		p.problem(n.Span, "decorator without a def or class")
	}
	if len(decs) > 0 {
		n.Decorators = decs
		n.Span.Start = min(n.Span.Start, decs[0].Span.Start-1)
		if n.Span.Start < 0 {
			n.Span.Start = 0
		}
	}
	return n
}

// block reads the body after ':'.
func (p *parser) block() []*Node {
	if p.tok().Kind != NEWLINE {
		// Body on the same line.
		return p.stmt()
	}
	p.next()
	for p.tok().Kind == NEWLINE {
		p.next()
	}
	if p.tok().Kind != INDENT {
		return nil // a fragment cut after the header
	}
	p.next()
	p.depth++
	defer func() { p.depth-- }()
	var body []*Node
	for p.tok().Kind != DEDENT && p.tok().Kind != EOF {
		before := p.pos
		body = append(body, p.stmts()...)
		if p.pos == before {
			p.next()
		}
	}
	if p.tok().Kind == DEDENT {
		p.next()
	}
	return body
}

func (p *parser) header() {
	if !p.accept(":") {
		t := p.tok()
		p.problem(source.Span{Start: t.Start, End: t.End}, "expected ':'")
		for p.tok().Kind != NEWLINE && p.tok().Kind != EOF && !p.isOp(":") {
			p.next()
		}
		p.accept(":")
	}
}

func (p *parser) compound(async bool) *Node {
	t := p.next()
	n := &Node{Span: source.Span{Start: t.Start}, Async: async}
	if async {
		n.Span.Start = p.toks[p.pos-2].Start
	}
	switch t.Val {
	case "def", "class":
		n.Kind = FuncDef
		if t.Val == "class" {
			n.Kind = ClassDef
		}
		if nt := p.tok(); nt.Kind == NAME {
			p.next()
			n.Name, n.NameSpan = nt.Val, source.Span{Start: nt.Start, End: nt.End}
		} else {
			p.problem(source.Span{Start: nt.Start, End: nt.End}, "expected a name after "+t.Val)
		}
		if p.isOp("(") {
			if n.Kind == FuncDef {
				n.Params = p.params(")")
			} else {
				c := p.callArgs(&Node{Kind: Name})
				n.Args = c.Args
			}
		}
		if p.accept("->") {
			n.Y = p.expr()
		}
		p.header()
		n.Body = p.block()
	case "if", "while":
		n.Kind = If
		if t.Val == "while" {
			n.Kind = While
		}
		n.X = p.namedExpr()
		p.header()
		n.Body = p.block()
		for p.isKw("elif") && n.Kind == If {
			et := p.next()
			e := &Node{Kind: If, Span: source.Span{Start: et.Start}}
			e.X = p.namedExpr()
			p.header()
			e.Body = p.block()
			e.Span.End = p.prevEnd()
			n.Else = []*Node{e}
			defer func(e *Node) { e.Span.End = max(e.Span.End, p.prevEnd()) }(e)
			// Further elif/else chain onto e.
			n2 := e
			for p.isKw("elif") {
				et := p.next()
				e2 := &Node{Kind: If, Span: source.Span{Start: et.Start}}
				e2.X = p.namedExpr()
				p.header()
				e2.Body = p.block()
				e2.Span.End = p.prevEnd()
				n2.Else = []*Node{e2}
				n2 = e2
			}
			if p.isKw("else") {
				p.next()
				p.header()
				n2.Else = p.block()
			}
		}
		if p.isKw("else") {
			p.next()
			p.header()
			n.Else = p.block()
		}
	case "for":
		n.Kind = For
		n.Targets = p.targetList()
		p.expect("in", n)
		n.X = p.exprList()
		p.header()
		n.Body = p.block()
		if p.isKw("else") {
			p.next()
			p.header()
			n.Else = p.block()
		}
	case "with":
		n.Kind = With
		paren := p.isOp("(") && p.withParens()
		if paren {
			p.next()
		}
		for {
			it := &Node{Kind: WithItem}
			it.X = p.expr()
			it.Span = it.X.Span
			if p.accept("as") {
				it.Y = p.target()
				it.Span.End = it.Y.Span.End
			}
			n.Items = append(n.Items, it)
			if !p.accept(",") || (paren && p.isOp(")")) {
				break
			}
		}
		if paren {
			p.expect(")", n)
		}
		p.header()
		n.Body = p.block()
	case "try":
		n.Kind = Try
		p.header()
		n.Body = p.block()
		for p.isKw("except") {
			et := p.next()
			h := &Node{Kind: Except, Span: source.Span{Start: et.Start}}
			p.accept("*")
			if !p.isOp(":") {
				h.X = p.expr()
				if p.accept("as") || p.accept(",") {
					if nt := p.tok(); nt.Kind == NAME {
						p.next()
						h.Name, h.NameSpan = nt.Val, source.Span{Start: nt.Start, End: nt.End}
					}
				}
			}
			p.header()
			h.Body = p.block()
			h.Span.End = p.prevEnd()
			n.Handlers = append(n.Handlers, h)
		}
		if p.isKw("else") {
			p.next()
			p.header()
			n.Else = p.block()
		}
		if p.isKw("finally") {
			p.next()
			p.header()
			n.Finally = p.block()
		}
	}
	n.Span.End = max(p.prevEnd(), n.Span.Start)
	return n
}

// withParens tells "with (a as b, c as d):" from "with (a).b as c:".
func (p *parser) withParens() bool {
	depth := 0
	for i := p.pos; i < len(p.toks); i++ {
		t := &p.toks[i]
		if t.Kind == NEWLINE || t.Kind == EOF {
			return false
		}
		if t.Kind == OP {
			switch t.Val {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				depth--
				if depth == 0 {
					nt := p.toks[min(i+1, len(p.toks)-1)]
					return nt.Kind == OP && nt.Val == ":"
				}
			}
		}
	}
	return false
}

// params reads a def's parameter list, or a lambda's up to ':'.
func (p *parser) params(close string) []*Node {
	if close == ")" {
		p.next() // (
	}
	var out []*Node
	for !p.isOp(close) && p.tok().Kind != EOF && p.tok().Kind != NEWLINE {
		t := p.tok()
		prm := &Node{Kind: Param, Span: source.Span{Start: t.Start}}
		if p.isOp("*") || p.isOp("**") {
			prm.Op = p.next().Val
		} else if p.isOp("/") {
			p.next()
			p.accept(",")
			continue
		}
		if nt := p.tok(); nt.Kind == NAME {
			p.next()
			prm.Name, prm.NameSpan = nt.Val, source.Span{Start: nt.Start, End: nt.End}
			if close == ")" && p.accept(":") {
				prm.Y = p.expr()
			}
			if p.accept("=") {
				prm.X = p.expr()
			}
		} else if prm.Op == "" {
			p.problem(source.Span{Start: nt.Start, End: nt.End}, "unexpected "+describe(nt)+" in parameters")
			p.next()
			continue
		}
		prm.Span.End = p.prevEnd()
		out = append(out, prm)
		if !p.accept(",") {
			break
		}
	}
	if close == ")" {
		p.expect(")", nil)
	}
	return out
}

// simple reads a small statement.
func (p *parser) simple() *Node {
	t := p.tok()
	sp := source.Span{Start: t.Start}
	if t.Kind == NAME {
		switch t.Val {
		case "import":
			return p.importStmt()
		case "from":
			return p.fromImport()
		case "return":
			p.next()
			n := &Node{Kind: Return, Span: sp}
			if !p.atLineEnd() {
				n.X = p.exprList()
			}
			n.Span.End = p.prevEnd()
			return n
		case "raise":
			p.next()
			n := &Node{Kind: Raise, Span: sp}
			if !p.atLineEnd() {
				n.X = p.expr()
				if p.accept("from") {
					n.Y = p.expr()
				}
			}
			n.Span.End = p.prevEnd()
			return n
		case "global", "nonlocal":
			p.next()
			n := &Node{Kind: Global, Span: sp, Op: t.Val}
			for p.tok().Kind == NAME {
				nt := p.next()
				n.Names = append(n.Names, &Node{Kind: Name, Name: nt.Val, Span: source.Span{Start: nt.Start, End: nt.End}})
				if !p.accept(",") {
					break
				}
			}
			n.Span.End = p.prevEnd()
			return n
		case "pass", "break", "continue":
			p.next()
			return &Node{Kind: Simple, Name: t.Val, Span: source.Span{Start: t.Start, End: t.End}}
		case "del", "assert", "print", "exec":
			if t.Val == "print" || t.Val == "exec" {
				// Python 2 print statement; print(...) is a call.
				if nt := p.peek(1); nt.Kind == NEWLINE || nt.Kind == EOF || (nt.Kind == OP && nt.Val != ">>") || nt.Kind == INDENT {
					break
				}
			}
			p.next()
			n := &Node{Kind: Simple, Name: t.Val, Span: sp}
			for !p.atLineEnd() {
				n.Args = append(n.Args, p.expr())
				if !p.accept(",") && !p.accept(">>") {
					break
				}
			}
			n.Span.End = p.prevEnd()
			return n
		}
	}
	x := p.exprListStar()
	switch {
	case p.isOp("="):
		n := &Node{Kind: Assign, Op: "=", Span: sp}
		n.Targets = []*Node{x}
		for p.accept("=") {
			v := p.yieldOrList()
			n.Targets = append(n.Targets, v)
		}
		n.X = n.Targets[len(n.Targets)-1]
		n.Targets = n.Targets[:len(n.Targets)-1]
		n.Span.End = p.prevEnd()
		return n
	case p.tok().Kind == OP && len(p.tok().Val) >= 2 && strings.HasSuffix(p.tok().Val, "=") && !isCompare(p.tok().Val):
		op := p.next().Val
		n := &Node{Kind: Assign, Op: op, Span: sp, Targets: []*Node{x}}
		n.X = p.yieldOrList()
		n.Span.End = p.prevEnd()
		return n
	case p.isOp(":"):
		p.next()
		n := &Node{Kind: Assign, Op: "=", Span: sp, Targets: []*Node{x}}
		n.Y = p.expr()
		if p.accept("=") {
			n.X = p.yieldOrList()
		}
		n.Span.End = p.prevEnd()
		return n
	}
	return &Node{Kind: ExprStmt, X: x, Span: x.Span}
}

func isCompare(op string) bool { return op == "==" || op == "!=" || op == "<=" || op == ">=" }

func (p *parser) atLineEnd() bool {
	k := p.tok().Kind
	return k == NEWLINE || k == EOF || k == DEDENT || k == INDENT || p.isOp(";")
}

func (p *parser) yieldOrList() *Node {
	if p.isKw("yield") {
		return p.expr()
	}
	return p.exprListStar()
}

func (p *parser) dotted() (string, source.Span) {
	t := p.tok()
	sp := source.Span{Start: t.Start, End: t.Start}
	var b strings.Builder
	for {
		if p.isOp(".") || p.isOp("...") {
			b.WriteString(p.next().Val)
			continue
		}
		if p.tok().Kind != NAME || p.isKw("import") {
			break
		}
		b.WriteString(p.next().Val)
		if !p.isOp(".") {
			break
		}
	}
	sp.End = max(p.prevEnd(), sp.Start)
	return b.String(), sp
}

func (p *parser) importStmt() *Node {
	t := p.next()
	n := &Node{Kind: Import, Span: source.Span{Start: t.Start}}
	for {
		name, sp := p.dotted()
		if name == "" {
			p.problem(source.Span{Start: p.tok().Start, End: p.tok().End}, "expected a module name")
			break
		}
		a := &Node{Kind: Alias, Name: name, NameSpan: sp, Span: sp}
		if p.accept("as") && p.tok().Kind == NAME {
			a.AsName = p.next().Val
			a.Span.End = p.prevEnd()
		}
		n.Names = append(n.Names, a)
		if !p.accept(",") {
			break
		}
	}
	n.Span.End = max(p.prevEnd(), n.Span.Start)
	return n
}

func (p *parser) fromImport() *Node {
	t := p.next()
	n := &Node{Kind: Import, Span: source.Span{Start: t.Start}}
	n.Name, n.NameSpan = p.dotted()
	if !p.accept("import") {
		p.problem(source.Span{Start: p.tok().Start, End: p.tok().End}, "expected 'import'")
		n.Span.End = max(p.prevEnd(), n.Span.Start)
		return n
	}
	paren := p.accept("(")
	for {
		for paren && p.tok().Kind == NEWLINE {
			p.next()
		}
		nt := p.tok()
		if nt.Kind == NAME || p.isOp("*") {
			p.next()
			a := &Node{Kind: Alias, Name: nt.Val, NameSpan: source.Span{Start: nt.Start, End: nt.End}, Span: source.Span{Start: nt.Start, End: nt.End}}
			if p.accept("as") && p.tok().Kind == NAME {
				a.AsName = p.next().Val
				a.Span.End = p.prevEnd()
			}
			n.Names = append(n.Names, a)
		} else {
			break
		}
		if !p.accept(",") {
			break
		}
	}
	if paren {
		p.expect(")", n)
	}
	n.Span.End = max(p.prevEnd(), n.Span.Start)
	return n
}

// Expressions.

func (p *parser) target() *Node { return p.binary(opPrec()["|"]) }

func (p *parser) targetList() []*Node {
	var out []*Node
	for {
		if p.isOp("*") {
			t := p.next()
			x := p.target()
			out = append(out, &Node{Kind: Starred, X: x, Span: source.Span{Start: t.Start, End: x.Span.End}})
		} else {
			out = append(out, p.target())
		}
		if !p.isOp(",") {
			break
		}
		p.next()
		if p.isKw("in") {
			break
		}
	}
	return out
}

// exprList reads a comma-separated list, a tuple when there are commas.
func (p *parser) exprList() *Node { return p.list(false) }

func (p *parser) exprListStar() *Node { return p.list(true) }

func (p *parser) list(star bool) *Node {
	first := p.starOrExpr()
	if !p.isOp(",") {
		return first
	}
	tup := &Node{Kind: Tuple, Args: []*Node{first}, Span: first.Span}
	for p.accept(",") {
		if p.atLineEnd() || p.isOp("=") || p.isOp(")") || p.isOp(":") || p.isKw("in") || p.tok().Kind == OP && strings.HasSuffix(p.tok().Val, "=") && !isCompare(p.tok().Val) {
			break
		}
		tup.Args = append(tup.Args, p.starOrExpr())
	}
	tup.Span.End = p.prevEnd()
	return tup
}

func (p *parser) starOrExpr() *Node {
	if p.isOp("*") {
		t := p.next()
		x := p.binary(opPrec()["|"])
		return &Node{Kind: Starred, X: x, Span: source.Span{Start: t.Start, End: x.Span.End}}
	}
	return p.namedExpr()
}

func (p *parser) namedExpr() *Node {
	if t := p.tok(); t.Kind == NAME && p.peek(1).Kind == OP && p.peek(1).Val == ":=" {
		p.next()
		p.next()
		x := p.expr()
		return &Node{Kind: NamedExpr, Name: t.Val, NameSpan: source.Span{Start: t.Start, End: t.End}, X: x, Span: source.Span{Start: t.Start, End: x.Span.End}}
	}
	return p.expr()
}

// expr reads a full expression (lambda, conditional, yield).
func (p *parser) expr() *Node {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxDepth {
		t := p.tok()
		n := &Node{Kind: Bad, Span: source.Span{Start: t.Start, End: t.End}, Text: t.Val}
		p.problem(n.Span, "nested too deeply")
		if t.Kind != EOF && t.Kind != NEWLINE && t.Kind != DEDENT && t.Kind != INDENT {
			p.next()
		}
		return n
	}
	t := p.tok()
	if t.Kind == NAME {
		switch t.Val {
		case "lambda":
			p.next()
			n := &Node{Kind: Lambda, Span: source.Span{Start: t.Start}}
			n.Params = p.params(":")
			p.expect(":", n)
			n.X = p.expr()
			n.Span.End = p.prevEnd()
			return n
		case "yield", "await":
			p.next()
			n := &Node{Kind: Await, Op: t.Val, Span: source.Span{Start: t.Start}}
			if t.Val == "yield" && p.accept("from") {
				n.Op = "yield from"
			}
			if !p.atLineEnd() && !p.isOp(")") && !p.isOp("]") && !p.isOp("}") && !p.isOp("=") {
				if t.Val == "await" {
					n.X = p.unary()
				} else {
					n.X = p.exprList()
				}
			}
			n.Span.End = p.prevEnd()
			return n
		}
	}
	x := p.binary(0)
	if p.isKw("if") && !p.compIf {
		p.next()
		c := p.binary(0)
		n := &Node{Kind: IfExp, Y: x, X: c, Span: x.Span}
		if p.accept("else") {
			n.Args = []*Node{p.expr()}
		} else {
			p.problem(source.Span{Start: p.tok().Start, End: p.tok().End}, "expected 'else'")
		}
		n.Span.End = p.prevEnd()
		return n
	}
	return x
}

// Binary operator precedence (higher binds tighter).
var opPrec = sync.OnceValue(func() map[string]int {
	return map[string]int{
		"or": 1, "and": 2,
		"<": 4, ">": 4, "==": 4, ">=": 4, "<=": 4, "!=": 4, "<>": 4, "in": 4, "not in": 4, "is": 4, "is not": 4,
		"|": 5, "^": 6, "&": 7, "<<": 8, ">>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "//": 10, "%": 10, "@": 10,
	}
})

func (p *parser) binOp() (string, int) {
	t := p.tok()
	if t.Kind == OP {
		if pr, ok := opPrec()[t.Val]; ok {
			return t.Val, pr
		}
		return "", 0
	}
	if t.Kind == NAME {
		switch t.Val {
		case "or", "and", "in":
			if t.Val == "in" && p.noIn {
				return "", 0
			}
			return t.Val, opPrec()[t.Val]
		case "is":
			if n := p.peek(1); n.Kind == NAME && n.Val == "not" {
				return "is not", 4
			}
			return "is", 4
		case "not":
			if n := p.peek(1); n.Kind == NAME && n.Val == "in" {
				return "not in", 4
			}
		}
	}
	return "", 0
}

func (p *parser) binary(minPrec int) *Node {
	var x *Node
	if p.isKw("not") && minPrec <= 3 {
		t := p.next()
		o := p.binary(3)
		x = &Node{Kind: UnaryOp, Op: "not", X: o, Span: source.Span{Start: t.Start, End: o.Span.End}}
	} else {
		x = p.unary()
	}
	for {
		op, pr := p.binOp()
		if pr == 0 || pr <= minPrec {
			return x
		}
		p.next()
		if op == "is not" || op == "not in" {
			p.next()
		}
		y := p.binary(pr)
		x = &Node{Kind: BinOp, Op: op, X: x, Y: y, Span: source.Span{Start: x.Span.Start, End: y.Span.End}}
	}
}

func (p *parser) unary() *Node {
	t := p.tok()
	if t.Kind == OP && (t.Val == "-" || t.Val == "+" || t.Val == "~") {
		p.next()
		p.depth++
		x := p.unary()
		p.depth--
		return &Node{Kind: UnaryOp, Op: t.Val, X: x, Span: source.Span{Start: t.Start, End: x.Span.End}}
	}
	if t.Kind == NAME && t.Val == "await" {
		return p.expr()
	}
	x := p.primary()
	if p.isOp("**") {
		p.next()
		p.depth++
		y := p.unary()
		p.depth--
		x = &Node{Kind: BinOp, Op: "**", X: x, Y: y, Span: source.Span{Start: x.Span.Start, End: y.Span.End}}
	}
	return x
}

func (p *parser) primary() *Node {
	x := p.atom()
	for {
		switch {
		case p.isOp("."):
			p.next()
			t := p.tok()
			if t.Kind != NAME {
				p.problem(source.Span{Start: t.Start, End: t.End}, "expected a name after '.'")
				return x
			}
			p.next()
			x = &Node{Kind: Attr, X: x, Name: t.Val, NameSpan: source.Span{Start: t.Start, End: t.End}, Span: source.Span{Start: x.Span.Start, End: t.End}}
		case p.isOp("("):
			x = p.callArgs(x)
		case p.isOp("["):
			x = p.subscript(x)
		default:
			return x
		}
	}
}

func (p *parser) callArgs(fn *Node) *Node {
	open := p.next()
	n := &Node{Kind: Call, X: fn, Span: source.Span{Start: fn.Span.Start}, ArgsSpan: source.Span{Start: open.Start}}
	if fn.Kind == Name && fn.Name == "" {
		n.Span.Start = open.Start
	}
	p.depth++
	defer func() { p.depth-- }()
	for !p.isOp(")") {
		if p.stopsBracket() {
			break
		}
		t := p.tok()
		var a *Node
		switch {
		case p.isOp("*") || p.isOp("**"):
			p.next()
			x := p.expr()
			a = &Node{Kind: Keyword, Op: t.Val, X: x, Span: source.Span{Start: t.Start, End: x.Span.End}}
		case t.Kind == NAME && p.peek(1).Kind == OP && p.peek(1).Val == "=":
			p.next()
			p.next()
			x := p.expr()
			a = &Node{Kind: Keyword, Name: t.Val, NameSpan: source.Span{Start: t.Start, End: t.End}, X: x, Span: source.Span{Start: t.Start, End: x.Span.End}}
		default:
			a = p.namedExpr()
			if p.isKw("for") || p.isKw("async") {
				a = p.comp(a, nil, "(", a.Span.Start)
			}
		}
		n.Args = append(n.Args, a)
		if !p.accept(",") && !p.recoverList(")") {
			break
		}
	}
	p.closeBracket(")", n)
	n.ArgsSpan.End = p.prevEnd()
	n.Span.End = p.prevEnd()
	return n
}

// recoverList is called where a ',' or the closing bracket was expected in
// a list. A keyword argument or dict entry right after is read as if the
// comma were there; otherwise the tokens up to the next ',' are skipped.
// It reports whether the list goes on.
func (p *parser) recoverList(close string) bool {
	t := p.tok()
	if p.isOp(close) || p.stopsBracket() {
		return false
	}
	if t.Kind == NAME && p.peek(1).Kind == OP && p.peek(1).Val == "=" || t.Kind == STRING && p.peek(1).Kind == OP && p.peek(1).Val == ":" {
		p.problem(source.Span{Start: t.Start, End: t.Start}, "missing ',' before "+describe(t))
		return true
	}
	depth := 0
	start := t.Start
	for !p.stopsBracket() {
		tk := p.tok()
		if tk.Kind == OP {
			switch tk.Val {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				if depth == 0 {
					p.problem(source.Span{Start: start, End: max(start, p.prevEnd())}, "unexpected "+describe(t))
					return false
				}
				depth--
			case ",":
				if depth == 0 {
					p.problem(source.Span{Start: start, End: max(start, p.prevEnd())}, "unexpected "+describe(t))
					p.next()
					return true
				}
			}
		}
		p.next()
	}
	p.problem(source.Span{Start: start, End: max(start, p.prevEnd())}, "unexpected "+describe(t))
	return false
}

// stopsBracket is true at a token that cannot continue a bracketed list:
// the end of the line (a bracket left open) or the end of the input.
func (p *parser) stopsBracket() bool {
	k := p.tok().Kind
	return k == NEWLINE || k == EOF || k == DEDENT || k == INDENT
}

func (p *parser) closeBracket(close string, n *Node) {
	if p.accept(close) {
		return
	}
	t := p.tok()
	msg := "expected '" + close + "' before " + describe(t)
	if t.Kind == NEWLINE || t.Kind == INDENT || t.Kind == DEDENT {
		msg = "'" + close + "' missing: bracket left open at the end of the line"
	}
	if n != nil && n.Span.Start <= t.Start {
		p.problem(source.Span{Start: n.Span.Start, End: t.Start}, msg)
	} else {
		p.problem(source.Span{Start: t.Start, End: t.End}, msg)
	}
	// Skip to the closing bracket on this logical line, if any.
	depth := 0
	for i := p.pos; i < len(p.toks); i++ {
		tk := &p.toks[i]
		if tk.Kind == NEWLINE || tk.Kind == EOF || tk.Kind == DEDENT || tk.Kind == INDENT {
			return
		}
		if tk.Kind == OP {
			switch tk.Val {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				if depth == 0 {
					if tk.Val == close {
						p.pos = i + 1
					}
					return
				}
				depth--
			}
		}
	}
}

func (p *parser) subscript(x *Node) *Node {
	p.next()
	n := &Node{Kind: Subscript, X: x, Span: source.Span{Start: x.Span.Start}}
	var idx []*Node
	for !p.isOp("]") && !p.stopsBracket() {
		idx = append(idx, p.sliceItem())
		if !p.accept(",") {
			break
		}
	}
	switch len(idx) {
	case 0:
	case 1:
		n.Y = idx[0]
	default:
		n.Y = &Node{Kind: Tuple, Args: idx, Span: source.Span{Start: idx[0].Span.Start, End: idx[len(idx)-1].Span.End}}
	}
	p.closeBracket("]", n)
	n.Span.End = p.prevEnd()
	return n
}

func (p *parser) sliceItem() *Node {
	start := p.tok().Start
	var lo *Node
	if !p.isOp(":") {
		lo = p.namedExpr()
		if !p.isOp(":") {
			return lo
		}
	}
	s := &Node{Kind: Slice, Span: source.Span{Start: start}}
	s.Args = []*Node{lo, nil, nil}
	for i := 1; i < 3 && p.accept(":"); i++ {
		if !p.isOp(":") && !p.isOp("]") && !p.isOp(",") && !p.stopsBracket() {
			s.Args[i] = p.expr()
		}
	}
	s.Span.End = p.prevEnd()
	var keep []*Node
	for _, a := range s.Args {
		if a != nil {
			keep = append(keep, a)
		}
	}
	s.Args = keep
	return s
}

func (p *parser) atom() *Node {
	t := p.tok()
	sp := source.Span{Start: t.Start, End: t.End}
	switch t.Kind {
	case NAME:
		if isKeyword(t.Val) {
			break
		}
		p.next()
		return &Node{Kind: Name, Name: t.Val, Span: sp, NameSpan: sp}
	case NUMBER:
		p.next()
		n := &Node{Kind: Num, Text: t.Val, Span: sp}
		txt := strings.ReplaceAll(t.Val, "_", "")
		if v, err := strconv.ParseInt(txt, 0, 64); err == nil {
			n.Int, n.IsInt = v, true
		} else if len(txt) > 1 && txt[0] == '0' && isAllDigits(txt) {
			if v, err := strconv.ParseInt(txt, 10, 64); err == nil {
				n.Int, n.IsInt = v, true
			}
		}
		return n
	case STRING:
		return p.strings()
	case OP:
		switch t.Val {
		case "<":
			// A template placeholder such as <AWS_KEY_ID_1> or <your-key>.
			if j := p.placeholderEnd(); j > 0 {
				end := p.toks[j].End
				p.pos = j + 1
				sp := source.Span{Start: t.Start, End: end}
				return &Node{Kind: Name, Name: p.src[t.Start:end], Span: sp, NameSpan: sp}
			}
		case "(":
			return p.paren()
		case "[":
			return p.listLit()
		case "{":
			return p.dictOrSet()
		case "...":
			p.next()
			return &Node{Kind: Name, Name: "...", Span: sp, NameSpan: sp}
		}
	}
	// Not an expression: a Bad node of this one token (kept unless it ends
	// a line or closes a bracket).
	n := &Node{Kind: Bad, Span: source.Span{Start: t.Start, End: t.Start}}
	if t.Kind != EOF && t.Kind != NEWLINE && t.Kind != DEDENT && t.Kind != INDENT && !(t.Kind == OP && strings.Contains(")]}", t.Val)) {
		p.next()
		n.Span.End = t.End
		n.Text = t.Val
	}
	p.problem(source.Span{Start: t.Start, End: max(t.End, t.Start)}, "unexpected "+describe(t))
	return n
}

// placeholderEnd returns the index of the '>' closing a <NAME> placeholder
// that starts at the current '<', or 0.
func (p *parser) placeholderEnd() int {
	for j := p.pos + 1; j < len(p.toks) && j < p.pos+12; j++ {
		t := &p.toks[j]
		switch {
		case t.Kind == OP && t.Val == ">":
			if j > p.pos+1 && t.Start-p.toks[p.pos].End < 80 {
				return j
			}
			return 0
		case t.Kind == NAME || t.Kind == NUMBER || t.Kind == OP && t.Val == "-":
		default:
			return 0
		}
	}
	return 0
}

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

var keywords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"and": true, "as": true, "assert": true, "break": true, "class": true, "continue": true, "def": true, "del": true,
		"elif": true, "else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true, "import": true,
		"in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true, "raise": true, "return": true,
		"try": true, "while": true, "with": true, "yield": true}
})

func isKeyword(s string) bool { return keywords()[s] }

// strings reads adjacent string literals (implicit concatenation) and parses
// f-string fields.
func (p *parser) strings() *Node {
	var parts []*Node
	for p.tok().Kind == STRING {
		t := p.next()
		s := &Node{Kind: Str, Value: t.Val, Prefix: t.Prefix, Span: source.Span{Start: t.Start, End: t.End}}
		for _, f := range t.Fields {
			x, probs := parseExpr(p.src, f, p.depth+1)
			p.problems = append(p.problems, probs...)
			if x == nil {
				x = &Node{Kind: Bad, Span: f, Text: p.src[f.Start:f.End]}
			}
			s.Fields = append(s.Fields, x)
		}
		parts = append(parts, s)
	}
	if len(parts) == 1 {
		return parts[0]
	}
	n := &Node{Kind: Str, Span: source.Span{Start: parts[0].Span.Start, End: parts[len(parts)-1].Span.End}, Parts: parts}
	var b strings.Builder
	for _, s := range parts {
		b.WriteString(s.Value)
		if strings.Contains(s.Prefix, "f") {
			n.Prefix = "f"
		}
		n.Fields = append(n.Fields, s.Fields...)
	}
	n.Value = b.String()
	return n
}

func (p *parser) paren() *Node {
	open := p.next()
	sp := source.Span{Start: open.Start}
	if p.accept(")") {
		return &Node{Kind: Tuple, Span: source.Span{Start: sp.Start, End: p.prevEnd()}}
	}
	p.depth++
	defer func() { p.depth-- }()
	var x *Node
	if p.isKw("yield") {
		x = p.expr()
	} else {
		x = p.starOrExpr()
	}
	if p.isKw("for") || p.isKw("async") {
		c := p.comp(x, nil, "(", sp.Start)
		p.closeBracket(")", c)
		c.Span.End = p.prevEnd()
		return c
	}
	if p.isOp(",") {
		tup := &Node{Kind: Tuple, Args: []*Node{x}, Span: sp}
		for p.accept(",") {
			if p.isOp(")") || p.stopsBracket() {
				break
			}
			tup.Args = append(tup.Args, p.starOrExpr())
		}
		p.closeBracket(")", tup)
		tup.Span.End = p.prevEnd()
		return tup
	}
	p.closeBracket(")", x)
	// Keep the parentheses out of the inner span; a paren expression is its
	// inner node.
	return x
}

func (p *parser) listLit() *Node {
	open := p.next()
	n := &Node{Kind: List, Span: source.Span{Start: open.Start}}
	p.depth++
	defer func() { p.depth-- }()
	for !p.isOp("]") && !p.stopsBracket() {
		x := p.starOrExpr()
		if p.isKw("for") || p.isKw("async") {
			c := p.comp(x, nil, "[", open.Start)
			p.closeBracket("]", c)
			c.Span.End = p.prevEnd()
			return c
		}
		n.Args = append(n.Args, x)
		if !p.accept(",") && !p.recoverList("]") {
			break
		}
	}
	p.closeBracket("]", n)
	n.Span.End = p.prevEnd()
	return n
}

func (p *parser) dictOrSet() *Node {
	open := p.next()
	n := &Node{Kind: Dict, Span: source.Span{Start: open.Start}}
	p.depth++
	defer func() { p.depth-- }()
	first := true
	for !p.isOp("}") && !p.stopsBracket() {
		t := p.tok()
		if p.isOp("**") {
			p.next()
			v := p.binary(opPrec()["|"])
			n.Args = append(n.Args, &Node{Kind: DictEntry, Op: "**", Y: v, Span: source.Span{Start: t.Start, End: v.Span.End}})
		} else {
			k := p.starOrExpr()
			if p.accept(":") {
				v := p.expr()
				if first && (p.isKw("for") || p.isKw("async")) {
					c := p.comp(k, v, "{", open.Start)
					p.closeBracket("}", c)
					c.Span.End = p.prevEnd()
					return c
				}
				n.Args = append(n.Args, &Node{Kind: DictEntry, X: k, Y: v, Span: source.Span{Start: k.Span.Start, End: v.Span.End}})
			} else {
				if first {
					n.Kind = Set
					if p.isKw("for") || p.isKw("async") {
						c := p.comp(k, nil, "{", open.Start)
						p.closeBracket("}", c)
						c.Span.End = p.prevEnd()
						return c
					}
				}
				if n.Kind == Dict {
					p.problem(source.Span{Start: p.tok().Start, End: p.tok().End}, "expected ':' in dict")
					n.Args = append(n.Args, &Node{Kind: DictEntry, X: k, Span: k.Span})
				} else {
					n.Args = append(n.Args, k)
				}
			}
		}
		first = false
		if !p.accept(",") && !p.recoverList("}") {
			break
		}
	}
	p.closeBracket("}", n)
	n.Span.End = p.prevEnd()
	return n
}

// comp reads the for/if clauses of a comprehension.
func (p *parser) comp(x, y *Node, op string, start int) *Node {
	c := &Node{Kind: Comp, X: x, Y: y, Op: op, Span: source.Span{Start: start}}
	for p.isKw("for") || p.isKw("async") || p.isKw("if") {
		t := p.next()
		if t.Val == "async" {
			p.accept("for")
		}
		if t.Val == "if" {
			p.compIf = true
			cond := p.binary(0)
			p.compIf = false
			c.Args = append(c.Args, cond)
			continue
		}
		p.noIn = true
		tg := p.targetList()
		p.noIn = false
		c.Args = append(c.Args, tg...)
		p.expect("in", c)
		p.compIf = true
		c.Args = append(c.Args, p.binary(0))
		p.compIf = false
	}
	c.Span.End = p.prevEnd()
	return c
}
