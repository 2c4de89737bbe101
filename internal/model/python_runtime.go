package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/python"
)

// runtimeDef notes a Lambda handler: def handler(event, context).
func (st *pyState) runtimeDef(n *python.Node) {
	if len(n.Params) >= 2 && n.Params[0].Name == "event" && n.Params[1].Name == "context" ||
		(n.Name == "lambda_handler" || n.Name == "handler") && len(n.Params) == 2 {
		rt := &st.b.f.Runtime
		if !rt.Lambda {
			rt.Lambda, rt.LambdaSpan = true, n.NameSpan
		}
	}
}

// memoised reports whether a def is decorated with a cache, so what it
// returns is reused across calls.
func memoised(n *python.Node) bool {
	for _, d := range n.Decorators {
		f := d
		if f.Kind == python.Call {
			f = f.X
		}
		name := f.Name
		if name == "lru_cache" || name == "cache" || name == "cached" || name == "cached_property" || name == "memoize" {
			return true
		}
	}
	return false
}

// envRead records os.environ['X'].
func (st *pyState) envRead(n *python.Node) {
	if n.Y == nil || !strings.HasSuffix(st.qualified(n.X), "environ") {
		return
	}
	st.env(n.Y, n.Span)
}

// envCall records os.environ.get('X') and os.getenv('X').
func (st *pyState) envCall(c *python.Node, q string) {
	if (strings.HasSuffix(q, "environ.get") || strings.HasSuffix(q, "getenv")) && len(c.Args) > 0 {
		st.env(c.Args[0], c.Span)
	}
}

func (st *pyState) env(key *python.Node, sp Span) {
	k := st.eval(key, 0)
	if !k.Known || st.envSeen[sp] {
		return
	}
	st.envSeen[sp] = true
	rt := &st.b.f.Runtime
	rt.EnvVarsRead = append(rt.EnvVarsRead, Param{Name: k.Str, NameSpan: key.Span, Span: sp})
	switch {
	case strings.HasPrefix(k.Str, "AWS_LAMBDA_") || k.Str == "LAMBDA_TASK_ROOT":
		if !rt.Lambda {
			rt.Lambda, rt.LambdaSpan = true, key.Span
		}
	case strings.HasPrefix(k.Str, "ECS_CONTAINER_METADATA_URI") || k.Str == "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI":
		rt.ECS = true
	}
}

// httpCall reads requests/httpx/urllib calls: what is done with a URL.
func (st *pyState) httpCall(c *python.Node, fn *python.Node, name, q string) {
	lib := ""
	root := q
	if i := strings.IndexByte(root, '.'); i >= 0 {
		root = root[:i]
	}
	switch root {
	case "requests", "httpx", "aiohttp", "urllib", "urllib3":
		lib = root
	}
	if lib == "" && fn.Kind == python.Attr {
		// A session object: requests.Session(), httpx.Client().
		if r := st.resolve(fn.X, 0); r != nil && r.Kind == python.Call {
			rq := st.qualified(r.X)
			for _, l := range []string{"requests", "httpx", "aiohttp", "urllib3"} {
				if strings.HasPrefix(rq, l+".") {
					lib = l
				}
			}
		}
	}
	if lib == "" {
		return
	}
	pos, kw := st.args(c)
	h := &HTTPCall{Span: c.Span, Source: "python", Library: lib}
	urlIdx := 0
	switch {
	case httpMethods()[name] != "":
		h.Method = httpMethods()[name]
	case name == "request":
		if m, _ := arg(pos, kw, 0, "method"); m != nil {
			if v := st.eval(m, 0); v.Known {
				h.Method = strings.ToUpper(v.Str)
			}
		}
		urlIdx = 1
	case name == "Request" || name == "urlopen":
		h.Method = "GET"
		if d, _ := arg(pos, kw, 1, "data"); d != nil && !isNone(d) {
			h.Method = "POST"
		}
		if m, _ := arg(pos, kw, 3, "method"); m != nil {
			if v := st.eval(m, 0); v.Known {
				h.Method = strings.ToUpper(v.Str)
			}
		}
		if name == "urlopen" && len(pos) > 0 && pos[0].Kind != python.Str {
			if r := st.resolve(pos[0], 0); r != nil && r.Kind == python.Call {
				return // urlopen(Request(...)): the Request is the call
			}
		}
	default:
		return
	}
	if u, _ := arg(pos, kw, urlIdx, "url"); u != nil {
		h.URL = st.value(u)
		if q, _ := arg(pos, kw, -1, "params"); q != nil && !isNone(q) && st.isSignedURL(u) {
			// requests/httpx append params= to the URL's query: on a
			// presigned URL, after its signature was computed.
			st.b.f.URLEdits = append(st.b.f.URLEdits, &URLEdit{Span: q.Span, What: "query", Expr: st.src(q.Span)})
		}
	}
	if hd, _ := arg(pos, kw, -1, "headers"); hd != nil {
		h.Headers = st.params(st.entries(st.dictOf(hd, 0), 0))
	} else if name == "Request" {
		if hd, _ := arg(pos, kw, 2, "headers"); hd != nil {
			h.Headers = st.params(st.entries(st.dictOf(hd, 0), 0))
		}
	}
	st.b.f.HTTPCalls = append(st.b.f.HTTPCalls, h)
}

// isSignedURL reports whether n is (a name bound to) the result of a
// presign call.
func (st *pyState) isSignedURL(n *python.Node) bool {
	r := st.resolve(n, 0)
	if r != nil && r.Kind == python.Call {
		if _, ok := st.ops[r]; ok {
			return true
		}
		if r.X.Kind == python.Attr && r.X.Name == "generate_presigned_url" {
			return true
		}
	}
	return false
}

// urlEdit records url.replace(...) and urlparse(url)._replace(...) on a
// signed URL.
func (st *pyState) urlEdit(c, fn *python.Node) {
	recv := fn.X
	if fn.Name == "_replace" && recv.Kind == python.Call && len(recv.Args) > 0 {
		recv = recv.Args[0]
	}
	if !st.isSignedURL(recv) {
		return
	}
	st.b.f.URLEdits = append(st.b.f.URLEdits, &URLEdit{Span: c.Span, What: "replace", Expr: st.src(c.Span)})
}

// urlAppend records url += '...' on a signed URL.
func (st *pyState) urlAppend(name string, stmt, v *python.Node) {
	if prev, ok := st.lookup(name); ok && prev.Kind == python.BinOp && st.isSignedURL(prev.X) {
		st.b.f.URLEdits = append(st.b.f.URLEdits, &URLEdit{Span: stmt.Span, What: "append", Expr: st.src(stmt.Span)})
	}
}

// urlReassign records url = url + '...' and url = f'...{url}...'.
func (st *pyState) urlReassign(name string, stmt, v *python.Node) {
	if v == nil {
		return
	}
	switch {
	case v.Kind == python.BinOp && v.Op == "+" && (st.isSignedURL(v.X) || st.isSignedURL(v.Y)):
		st.b.f.URLEdits = append(st.b.f.URLEdits, &URLEdit{Span: stmt.Span, What: "append", Expr: st.src(stmt.Span)})
	case v.Kind == python.Str && len(v.Fields) > 0:
		for _, f := range v.Fields {
			if st.isSignedURL(f) && strings.TrimSpace(v.Value) != "{"+st.src(f.Span)+"}" {
				st.b.f.URLEdits = append(st.b.f.URLEdits, &URLEdit{Span: stmt.Span, What: "format", Expr: st.src(stmt.Span)})
				return
			}
		}
	}
}
