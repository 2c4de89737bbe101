package model

import (
	"math"
	"strconv"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/python"
)

const maxResolve = 24

// resolve follows names to what they are bound to (at most maxResolve
// steps). It returns the node itself when it is not a bound name.
func (st *pyState) resolve(n *python.Node, depth int) *python.Node {
	for n != nil && depth < maxResolve {
		var key string
		switch n.Kind {
		case python.Name, python.Attr:
			key = targetName(n)
		}
		if key == "" {
			return n
		}
		v, ok := st.lookup(key)
		if !ok {
			return n
		}
		n = v
		depth++
	}
	return n
}

// qualified is the dotted origin of a name or attribute chain through
// imports: boto3.session.Session, botocore.config.Config, requests.put.
func (st *pyState) qualified(n *python.Node) string {
	switch n.Kind {
	case python.Name:
		if v, ok := st.lookup(n.Name); ok && v.Kind == python.Name && strings.HasPrefix(v.Name, "import:") {
			return strings.TrimPrefix(v.Name, "import:")
		}
		return n.Name
	case python.Attr:
		if b := st.qualified(n.X); b != "" {
			return b + "." + n.Name
		}
		return n.Name
	}
	return ""
}

// value evaluates n as far as simple constant propagation goes: literals,
// names bound to literals, arithmetic on numbers, string concatenation.
// The span stays that of n; From says where a literal reached through a
// name is written.
func (st *pyState) value(n *python.Node) *Value {
	if n == nil {
		return nil
	}
	v := st.eval(n, 0)
	v.Span = n.Span
	v.Expr = st.src(n.Span)
	return v
}

func (st *pyState) eval(n *python.Node, depth int) *Value {
	v := &Value{Span: n.Span, Expr: st.src(n.Span)}
	if depth > maxResolve {
		return v
	}
	switch n.Kind {
	case python.Str:
		if len(n.Fields) == 0 {
			v.Known, v.Str = true, n.Value
		} else if s, ok := st.fstring(n, depth); ok {
			v.Known, v.Str = true, s
		}
		if v.Known && (looksPlaceholder(v.Str) || strings.HasPrefix(n.Prefix, "b") && looksPlaceholder(v.Str)) {
			v.Placeholder = true
		}
	case python.Num:
		if n.IsInt {
			setNum(v, n.Int)
		} else if f, err := strconv.ParseFloat(strings.ReplaceAll(n.Text, "_", ""), 64); err == nil && f == math.Trunc(f) && math.Abs(f) < 1e15 {
			setNum(v, int64(f))
		}
	case python.Name, python.Attr:
		if strings.HasPrefix(n.Name, "<") && strings.HasSuffix(n.Name, ">") {
			v.Known, v.Str, v.Placeholder = true, n.Name, true
			return v
		}
		r := st.resolve(n, depth)
		if r != n && r != nil {
			w := st.eval(r, depth+1)
			if w.Known {
				w.From = r.Span
				if w.Span == r.Span {
					w.From = w.Span
				}
				return w
			}
			v.Bound = r.Span
			if w.Bound != (Span{}) {
				v.Bound = w.Bound // a name bound to a name
			}
		}
	case python.UnaryOp:
		x := st.eval(n.X, depth+1)
		if x.IsNum {
			switch n.Op {
			case "-":
				setNum(v, -x.Num)
			case "+":
				setNum(v, x.Num)
			}
		}
	case python.BinOp:
		x, y := st.eval(n.X, depth+1), st.eval(n.Y, depth+1)
		switch {
		case x.IsNum && y.IsNum:
			if r, ok := arith(n.Op, x.Num, y.Num); ok {
				setNum(v, r)
			}
		case n.Op == "+" && x.Known && y.Known && !x.IsNum && !y.IsNum:
			v.Known, v.Str = true, x.Str+y.Str
		case n.Op == "or" && x.Known:
			return x
		case n.Op == "or" && !x.Known && y.Known:
			// os.environ.get(...) or 'default': the default is a good guess
			// but not known.
		}
	case python.Call:
		fn := st.qualified(n.X)
		switch {
		case fn == "int" || fn == "str" || fn == "float" || fn == "round":
			if len(n.Args) == 1 {
				w := st.eval(n.Args[0], depth+1)
				if fn == "str" && w.IsNum {
					return &Value{Span: n.Span, Known: true, Str: w.Str, Expr: v.Expr}
				}
				if fn != "str" && w.IsNum {
					setNum(v, w.Num)
				}
			}
		case strings.HasSuffix(fn, "timedelta"):
			if secs, ok := st.timedelta(n, depth); ok {
				setNum(v, secs)
			}
		case n.X.Kind == python.Attr && n.X.Name == "total_seconds" && n.X.X.Kind == python.Call && strings.HasSuffix(st.qualified(n.X.X.X), "timedelta"):
			if secs, ok := st.timedelta(n.X.X, depth); ok {
				setNum(v, secs)
			}
		}
	case python.Subscript:
		if d := st.dictOf(n.X, depth+1); d != nil && n.Y != nil {
			k := st.eval(n.Y, depth+1)
			if k.Known {
				for _, e := range st.entries(d, depth+1) {
					if e.key == k.Str {
						return st.eval(e.val, depth+1)
					}
				}
			}
		}
	}
	return v
}

func setNum(v *Value, n int64) {
	v.Known, v.IsNum, v.Num, v.Str = true, true, n, strconv.FormatInt(n, 10)
}

func arith(op string, a, b int64) (int64, bool) {
	switch op {
	case "+":
		return a + b, true
	case "-":
		return a - b, true
	case "*":
		return a * b, true
	case "//", "/":
		if b == 0 || op == "/" && a%b != 0 {
			return 0, false
		}
		return a / b, true
	case "%":
		if b == 0 {
			return 0, false
		}
		return a % b, true
	case "**":
		if b < 0 || b > 62 {
			return 0, false
		}
		r := int64(1)
		for i := int64(0); i < b; i++ {
			r *= a
			if r > 1<<53 || r < -(1<<53) {
				return 0, false
			}
		}
		return r, true
	}
	return 0, false
}

// fstring evaluates an f-string whose fields are all known.
func (st *pyState) fstring(n *python.Node, depth int) (string, bool) {
	parts := n.Parts
	if len(parts) == 0 {
		parts = []*python.Node{n}
	}
	var b strings.Builder
	for _, p := range parts {
		if len(p.Fields) == 0 {
			b.WriteString(p.Value)
			continue
		}
		s := p.Value
		for _, f := range p.Fields {
			fv := st.eval(f, depth+1)
			if !fv.Known {
				return "", false
			}
			// Replace the first {...} that holds this field's text.
			i := strings.Index(s, "{"+st.src(f.Span))
			if i < 0 {
				return "", false
			}
			j := strings.IndexByte(s[i:], '}')
			if j < 0 {
				return "", false
			}
			b.WriteString(strings.ReplaceAll(s[:i], "{{", "{"))
			b.WriteString(fv.Str)
			s = s[i+j+1:]
		}
		b.WriteString(strings.ReplaceAll(strings.ReplaceAll(s, "{{", "{"), "}}", "}"))
	}
	return b.String(), true
}

func (st *pyState) timedelta(call *python.Node, depth int) (int64, bool) {
	mult := map[string]int64{"weeks": 604800, "days": 86400, "hours": 3600, "minutes": 60, "seconds": 1}
	var total int64
	for i, a := range call.Args {
		name := a.Name
		x := a.X
		if a.Kind != python.Keyword {
			if i > 0 {
				return 0, false
			}
			name, x = "days", a
		}
		m, ok := mult[name]
		if !ok || x == nil {
			return 0, false
		}
		w := st.eval(x, depth+1)
		if !w.IsNum {
			return 0, false
		}
		total += w.Num * m
	}
	return total, true
}

// pyEntry is one key of a dict (literal, dict(...) call, or added later).
type pyEntry struct {
	_       [0]func() // not comparable: no generated equality function in the wasm
	key     string
	keyNode *python.Node
	val     *python.Node
	span    Span
}

// dictOf returns the dict literal or dict(...) call n evaluates to.
func (st *pyState) dictOf(n *python.Node, depth int) *python.Node {
	r := st.resolve(n, depth)
	if r == nil {
		return nil
	}
	if r.Kind == python.Dict {
		return r
	}
	if r.Kind == python.Call && st.qualified(r.X) == "dict" {
		return r
	}
	return nil
}

// entries lists the keys of a dict literal or dict(...) call, with ** parts
// expanded and entries added later by d['k'] = v or d.update(...).
func (st *pyState) entries(d *python.Node, depth int) []pyEntry {
	if d == nil || depth > maxResolve {
		return nil
	}
	var out []pyEntry
	add := func(k *python.Node, v *python.Node, sp Span) {
		kv := st.eval(k, depth+1)
		if kv.Known {
			out = append(out, pyEntry{key: kv.Str, keyNode: k, val: v, span: sp})
		}
	}
	if d.Kind == python.Call {
		for _, a := range d.Args {
			switch {
			case a.Kind == python.Keyword && a.Op == "**":
				out = append(out, st.entries(st.dictOf(a.X, depth+1), depth+1)...)
			case a.Kind == python.Keyword:
				out = append(out, pyEntry{key: a.Name, keyNode: &python.Node{Kind: python.Name, Name: a.Name, Span: a.NameSpan}, val: a.X, span: a.Span})
			case a.Kind == python.Dict || a.Kind == python.Name:
				out = append(out, st.entries(st.dictOf(a, depth+1), depth+1)...)
			}
		}
	} else {
		for _, e := range d.Args {
			if e.Op == "**" {
				out = append(out, st.entries(st.dictOf(e.Y, depth+1), depth+1)...)
				continue
			}
			if e.X != nil && e.Y != nil {
				add(e.X, e.Y, e.Span)
			}
		}
	}
	for _, e := range st.dictExtra[d] {
		if e.X != nil {
			add(e.X, e.Y, e.Span)
		} else if e.Y != nil {
			out = append(out, st.entries(st.dictOf(e.Y, depth+1), depth+1)...)
		}
	}
	// Later keys win, as in Python.
	seen := map[string]int{}
	var uniq []pyEntry
	for _, e := range out {
		if i, ok := seen[e.key]; ok {
			uniq[i] = e
			continue
		}
		seen[e.key] = len(uniq)
		uniq = append(uniq, e)
	}
	return uniq
}

// params turns dict entries into Params.
func (st *pyState) params(es []pyEntry) []Param {
	var out []Param
	for _, e := range es {
		p := Param{Name: e.key, Value: st.value(e.val), Span: e.span}
		if e.keyNode != nil {
			p.NameSpan = e.keyNode.Span
		}
		out = append(out, p)
	}
	return out
}

// pyArg is one argument of a call, keyword arguments from ** dicts
// included.
type pyArg struct {
	_        [0]func() // not comparable: no generated equality function in the wasm
	name     string
	nameSpan Span
	val      *python.Node
	span     Span
}

// args splits a call's arguments into positional ones and keyword ones
// (with **kwargs expanded when the dict is known).
func (st *pyState) args(call *python.Node) (pos []*python.Node, kw []pyArg) {
	for _, a := range call.Args {
		switch {
		case a.Kind == python.Keyword && a.Op == "**":
			x := a.X
			// **({...} if cond else {}): settings given only where the
			// library knows them (Config's checksum settings on botocore
			// 1.36 and later); where it does not, they have no effect to
			// lose, so they count as given.
			if x != nil && x.Kind == python.IfExp && x.Y != nil && len(x.Args) == 1 && x.Args[0].Kind == python.Dict && len(x.Args[0].Args) == 0 {
				x = x.Y
			}
			for _, e := range st.entries(st.dictOf(x, 0), 0) {
				ns := e.span
				if e.keyNode != nil {
					ns = e.keyNode.Span
				}
				kw = append(kw, pyArg{name: e.key, nameSpan: ns, val: e.val, span: e.span})
			}
		case a.Kind == python.Keyword && a.Op == "*":
		case a.Kind == python.Keyword:
			kw = append(kw, pyArg{name: a.Name, nameSpan: a.NameSpan, val: a.X, span: a.Span})
		default:
			pos = append(pos, a)
		}
	}
	return pos, kw
}

// arg returns the argument named name, or the i-th positional one (i < 0:
// keyword only).
func arg(pos []*python.Node, kw []pyArg, i int, name string) (*python.Node, Span) {
	for _, a := range kw {
		if a.name == name {
			return a.val, a.span
		}
	}
	if i >= 0 && i < len(pos) {
		return pos[i], pos[i].Span
	}
	return nil, Span{}
}
