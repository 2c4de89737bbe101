package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/python"
)

// python reads every part of kind python into facts. All python parts of a
// paste are read together, in order, so that a name bound in one part
// (a client, a dict of params) is known in the next.
func (b *builder) python(p Part) {
	if b.f.Syntax.Python != nil {
		return // already read with the first python part
	}
	st := newPyState(b)
	for _, part := range b.f.Parts {
		if part.Kind != KindPython {
			continue
		}
		f := python.Parse(b.f.Text, part.Span)
		b.f.Syntax.Python = append(b.f.Syntax.Python, f)
		for _, pr := range f.Problems {
			b.f.Problems = append(b.f.Problems, Problem{Span: pr.Span, Message: "python: " + pr.Message})
		}
		st.block(f.Tree.Body)
	}
	st.finish()
	b.f.Policies = append(b.f.Policies, pythonPolicies(b.f.Text, b.f.Syntax.Python)...)
}

// pyScope is the names bound in a module or a function.
type pyScope struct {
	parent  *pyScope
	binds   map[string]*python.Node
	globals map[string]bool
	fn      *python.Node // the def, nil at module level
	cached  bool         // the def is memoised (lru_cache, cache)
}

// pyState is the reader's state over the python parts of a paste.
type pyState struct {
	b       *builder
	text    string
	scope   *pyScope
	module  *pyScope
	clients map[*python.Node]*Client // the call that made each client or session
	sts     map[*python.Node]*STSCall
	ops     map[*python.Node]*Operation
	// dictExtra holds d['k'] = v and d.update(...) entries added to a dict
	// literal after it was bound.
	dictExtra map[*python.Node][]*python.Node
	// defaultSession is boto3.setup_default_session(...), if any.
	defaultSession *Client
	credSeen       map[Span]bool
	envSeen        map[Span]bool
	// returns is, per function defined in the paste, the client or session
	// it returns (def role_session(): … return boto3.Session(...)), so
	// that role_session().client("s3") has that session.
	returns map[string]*python.Node
	// class is the class whose body is being read, if any; selfKept are
	// STS calls whose credentials a method stores on self, kept when
	// that class is instantiated at module level.
	class    string
	selfKept []selfKept
}

// selfKept is an STS call whose credentials a method of class stores on
// self.
type selfKept struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	sts   *STSCall
	class string
}

func newPyState(b *builder) *pyState {
	m := &pyScope{binds: map[string]*python.Node{}, globals: map[string]bool{}}
	return &pyState{b: b, text: b.f.Text, scope: m, module: m,
		clients: map[*python.Node]*Client{}, sts: map[*python.Node]*STSCall{}, ops: map[*python.Node]*Operation{},
		dictExtra: map[*python.Node][]*python.Node{}, credSeen: map[Span]bool{}, envSeen: map[Span]bool{},
		returns: map[string]*python.Node{}}
}

func (st *pyState) src(sp Span) string {
	if sp.Start < 0 || sp.End > len(st.text) || sp.Start > sp.End {
		return ""
	}
	return st.text[sp.Start:sp.End]
}

// lookup returns what name is bound to, following scopes outwards; ok is
// false when it is not bound (or bound to something unknown, like a
// parameter).
func (st *pyState) lookup(name string) (*python.Node, bool) {
	for s := st.scope; s != nil; s = s.parent {
		if s.globals[name] {
			s = st.module
		}
		if n, ok := s.binds[name]; ok {
			return n, n != nil
		}
	}
	return nil, false
}

func (st *pyState) bind(name string, v *python.Node) {
	s := st.scope
	if s.globals[name] {
		s = st.module
	}
	s.binds[name] = v
}

// moduleLevel reports whether a value stored under name (or made here)
// outlives one call: outside any def, a global, or a memoised def.
func (st *pyState) moduleLevel(target string) bool {
	if st.scope == st.module || st.scope.cached {
		return true
	}
	root := target
	if i := strings.IndexAny(root, ".["); i >= 0 {
		root = root[:i]
	}
	for s := st.scope; s != nil; s = s.parent {
		if s.globals[root] {
			return true
		}
	}
	// An attribute or item of a module-level object (a cache dict, a class
	// attribute) also outlives the call.
	if root != target && root != "self" {
		if _, ok := st.scope.binds[root]; !ok {
			if _, ok := st.module.binds[root]; ok {
				return true
			}
		}
	}
	return false
}

func (st *pyState) funcName() string {
	for s := st.scope; s != nil; s = s.parent {
		if s.fn != nil {
			return s.fn.Name
		}
	}
	return ""
}

// block reads statements in order.
func (st *pyState) block(body []*python.Node) {
	for _, n := range body {
		st.stmt(n)
	}
}

func (st *pyState) stmt(n *python.Node) {
	switch n.Kind {
	case python.Import:
		for _, a := range n.Names {
			local, full := a.AsName, strings.TrimPrefix(n.Name+"."+a.Name, ".")
			if local == "" {
				local = a.Name
				if n.Name == "" {
					local, _, _ = strings.Cut(a.Name, ".")
					full = local
				}
			}
			st.bind(local, &python.Node{Kind: python.Name, Name: "import:" + full, Span: a.Span})
		}
	case python.Assign:
		target := ""
		if len(n.Targets) > 0 {
			target = targetName(n.Targets[0])
		}
		if n.X != nil {
			st.expr(n.X, target)
		}
		for _, t := range n.Targets {
			st.assign(t, n.X, n.Op, n)
		}
	case python.ExprStmt, python.Return:
		if n.X != nil {
			st.expr(n.X, "")
		}
	case python.FuncDef:
		for _, d := range n.Decorators {
			st.expr(d, "")
		}
		for _, p := range n.Params {
			if p.X != nil {
				st.expr(p.X, "")
			}
		}
		st.runtimeDef(n)
		st.bind(n.Name, nil)
		sc := &pyScope{parent: st.scope, binds: map[string]*python.Node{}, globals: map[string]bool{}, fn: n, cached: memoised(n)}
		for _, p := range n.Params {
			sc.binds[p.Name] = nil
		}
		st.scope = sc
		st.block(n.Body)
		if r := st.returnedClient(n); r != nil {
			st.returns[n.Name] = r
		}
		st.stsKept(n)
		st.scope = sc.parent
	case python.ClassDef:
		for _, a := range n.Args {
			st.expr(a, "")
		}
		st.bind(n.Name, nil)
		// Class bodies run at import time: their names live with the class;
		// read them in the enclosing scope.
		outer := st.class
		st.class = n.Name
		st.block(n.Body)
		st.class = outer
	case python.Global:
		for _, nm := range n.Names {
			st.scope.globals[nm.Name] = true
		}
	case python.With:
		for _, it := range n.Items {
			st.expr(it.X, targetName(it.Y))
			if it.Y != nil {
				st.assign(it.Y, it.X, "=", n)
			}
		}
		st.block(n.Body)
	case python.For:
		st.expr(n.X, "")
		for _, t := range n.Targets {
			st.assign(t, nil, "=", n)
		}
		st.block(n.Body)
		st.block(n.Else)
	case python.If, python.While:
		st.expr(n.X, "")
		st.block(n.Body)
		st.block(n.Else)
	case python.Try:
		st.block(n.Body)
		for _, h := range n.Handlers {
			st.block(h.Body)
		}
		st.block(n.Else)
		st.block(n.Finally)
	case python.Bad:
		st.block(n.Body)
	default:
		for _, c := range n.Children() {
			if c.Kind >= python.Name {
				st.expr(c, "")
			}
		}
	}
}

// targetName is the dotted name of an assignment target (x, self.x,
// cache['k']), or "".
func targetName(t *python.Node) string {
	if t == nil {
		return ""
	}
	switch t.Kind {
	case python.Name:
		return t.Name
	case python.Attr:
		if b := targetName(t.X); b != "" {
			return b + "." + t.Name
		}
	case python.Subscript:
		if b := targetName(t.X); b != "" {
			return b + "[]"
		}
	}
	return ""
}

// assign binds the names of target to v (tuple targets become unknown).
func (st *pyState) assign(t, v *python.Node, op string, stmt *python.Node) {
	switch t.Kind {
	case python.Name, python.Attr:
		name := targetName(t)
		if name == "" {
			return
		}
		if op != "=" {
			// Augmented: x += y keeps a BinOp for arithmetic on numbers.
			if prev, ok := st.lookup(name); ok && v != nil {
				st.bind(name, &python.Node{Kind: python.BinOp, Op: strings.TrimSuffix(op, "="), X: prev, Y: v, Span: v.Span})
			} else {
				st.bind(name, nil)
			}
			st.urlAppend(name, stmt, v)
			return
		}
		st.bind(name, v)
		st.credAssign(name, v)
		st.urlReassign(name, stmt, v)
	case python.Tuple, python.List:
		for i, e := range t.Args {
			var ev *python.Node
			if v != nil && (v.Kind == python.Tuple || v.Kind == python.List) && i < len(v.Args) && len(v.Args) == len(t.Args) {
				ev = v.Args[i]
			}
			st.assign(e, ev, op, stmt)
		}
	case python.Starred:
		st.assign(t.X, nil, op, stmt)
	case python.Subscript:
		// d['k'] = v on a bound dict literal adds an entry.
		if d := st.dictOf(t.X, 0); d != nil && t.Y != nil && v != nil {
			st.dictExtra[d] = append(st.dictExtra[d], &python.Node{Kind: python.DictEntry, X: t.Y, Y: v, Span: stmt.Span})
		}
		st.envWrite(t, v)
	}
}

// finish links what could only be linked once everything was read.
func (st *pyState) finish() {
	f := st.b.f
	for _, k := range st.selfKept {
		if moduleInstance(st.text, k.class) {
			k.sts.ModuleLevel, k.sts.Cached = true, true
		}
	}
	var s3 []*Client
	for _, c := range f.Clients {
		if c.Source == "python" && c.Service == "s3" {
			s3 = append(s3, c)
		}
	}
	for _, op := range f.Operations {
		if op.Source == "python" && op.Client == nil && len(s3) > 0 {
			// The client came in as a parameter or from elsewhere: when the
			// paste has S3 clients, take the last one made before the call.
			op.Client = s3[0]
			for _, c := range s3 {
				if c.Span.Start < op.Span.Start {
					op.Client = c
				}
			}
		}
	}
}

// returnedClient is the client or session a function returns, resolved in
// its own scope: the last return whose value is one.
func (st *pyState) returnedClient(def *python.Node) *python.Node {
	var found *python.Node
	for _, stmt := range def.Body {
		python.Walk(stmt, func(n *python.Node) bool {
			switch n.Kind {
			case python.FuncDef, python.ClassDef, python.Lambda:
				return false
			case python.Return:
				if n.X != nil {
					if r := st.resolve(n.X, 0); r != nil {
						if _, ok := st.clients[r]; ok {
							found = r
						}
					}
				}
				return false
			}
			return true
		})
	}
	return found
}

// callResult is what a call of a function defined in the paste returns,
// when that is a client or session; else n itself.
func (st *pyState) callResult(n *python.Node) *python.Node {
	if n != nil && n.Kind == python.Call && n.X.Kind == python.Name {
		if r, ok := st.returns[n.X.Name]; ok {
			return r
		}
	}
	return n
}

// stsKept marks an STS call of function def as reused when its result
// (ResultVar) flows, in the same function, into a value that outlives the
// call: a global (`global _session; _session = boto3.Session(...creds...)`),
// an item or attribute of a module-level object (CACHE["creds"] = r[...]),
// or an attribute of self (kept when the class is instantiated at module
// level, see finish).
func (st *pyState) stsKept(def *python.Node) {
	for call, s := range st.sts {
		if s.ModuleLevel || s.ResultVar == "" || call.Span.Start < def.Span.Start || call.Span.End > def.Span.End {
			continue
		}
		for _, stmt := range def.Body {
			python.Walk(stmt, func(n *python.Node) bool {
				switch n.Kind {
				case python.FuncDef, python.ClassDef, python.Lambda:
					return false
				case python.Assign:
					if n.X == nil || n.X.Span.Start <= call.Span.Start || !hasName(st.src(n.X.Span), s.ResultVar) {
						return false
					}
					for _, t := range n.Targets {
						name := targetName(t)
						switch {
						case name == "" || name == s.ResultVar:
						case strings.HasPrefix(name, "self.") && st.class != "":
							st.selfKept = append(st.selfKept, selfKept{sts: s, class: st.class})
						case st.moduleLevel(name):
							s.ModuleLevel, s.Cached = true, true
						}
					}
					return false
				}
				return true
			})
		}
	}
}

// moduleInstance reports whether text makes an instance of class at
// module level (`storage = Storage()` at the start of a line).
func moduleInstance(text, class string) bool {
	for _, l := range strings.Split(text, "\n") {
		lhs, rhs, ok := strings.Cut(l, "=")
		lhs = strings.TrimRight(lhs, " \t")
		if !ok || lhs == "" || !isPyIdent(lhs) || strings.HasPrefix(rhs, "=") {
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(rhs), class+"(") {
			return true
		}
	}
	return false
}

// isPyIdent reports whether s is one Python name.
func isPyIdent(s string) bool {
	for i, c := range s {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return s != ""
}

// hasName reports whether code uses the name w (not as part of a longer
// name or an attribute).
func hasName(code, w string) bool {
	for i := 0; ; {
		k := strings.Index(code[i:], w)
		if k < 0 {
			return false
		}
		k += i
		before := k == 0 || !isNameByte(code[k-1]) && code[k-1] != '.'
		e := k + len(w)
		after := e == len(code) || !isNameByte(code[e])
		if before && after {
			return true
		}
		i = k + 1
	}
}

func isNameByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
