package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// The JavaScript senders: a small tolerant extractor over the whole text
// (JavaScript sits in parts of any kind: a snippet beside a URL, code in a
// HAR's initiator, a Vue component). It finds the call, reads its
// arguments with balanced brackets and its object literals with the
// policy package's tolerant value reader; what it cannot evaluate stays an
// expression.

var (
	reJSCall         = lazyre.New(`(?:\bfetch|\baxios(?:\.(?:get|put|post|head|delete|patch|request))?|\$\.ajax|\$http\.(?:get|put|post|head|delete)|\b[A-Za-z_$][\w$]*\.open|\b[A-Za-z_$][\w$]*\.(?:get|put|post|head|delete))[ \t]*\(`)
	reAxiosInstance  = lazyre.New(`\b([A-Za-z_$][\w$]*)\s*=\s*axios\.create\s*\(`)
	reAxiosDefault   = lazyre.New(`axios\.defaults\.headers(?:\.(common|put|post|get|patch|delete))?(?:\[\s*['"]([^'"]+)['"]\s*\]|\.([A-Za-z_$][\w$-]*))\s*=\s*([^;\n]+)`)
	reKyInstance     = lazyre.New(`\b([A-Za-z_$][\w$]*)\s*=\s*([A-Za-z_$][\w$]*)\.(?:create|extend)\s*\(`)
	reHeadersSet     = lazyre.New(`headers\.set\(\s*['"]([^'"]+)['"]\s*,\s*([^)\n]+)\)`)
	reInterceptorHdr = lazyre.New(`headers(?:\[\s*['"]([^'"]+)['"]\s*\]|\.([A-Za-z_$][\w$]*))\s*=\s*([^;\n]+)`)
	reSetHeader      = lazyre.New(`\b([A-Za-z_$][\w$]*)\.setRequestHeader\s*\(\s*['"]([^'"]+)['"]\s*,\s*([^)\n]+)\)`)
)

// jsSenders reads fetch, axios (calls, instances, defaults and request
// interceptors), XMLHttpRequest, jQuery.ajax and AngularJS $http calls.
func (b *builder) jsSenders(inc *Incident) {
	text := b.f.Text
	if !strings.Contains(text, "fetch") && !strings.Contains(text, "axios") && !strings.Contains(text, ".open") &&
		!strings.Contains(text, "ajax") && !strings.Contains(text, "$http") && !strings.Contains(text, "ky") && !strings.Contains(text, "got") {
		return
	}
	kys, kyDefaults := kyInstances(text)
	instances := map[string]bool{"axios": true}
	var defaults []SentHeader
	if strings.Contains(text, "axios") {
		for _, m := range linesMatching(text, reAxiosInstance, func(l string) bool { return strings.Contains(l, "axios.create") }) {
			instances[text[m[2]:m[3]]] = true
			if args := jsArgs(text, m[1]-1); len(args) > 0 {
				if o := jsObject(text, args[0]); o != nil {
					hs, ok := o.Get("headers")
					defaults = append(defaults, jsHeaders(text, hs, ok, true)...)
				}
			}
		}
		for _, m := range reAxiosDefault.FindAllStringSubmatchIndex(text, maxScan) {
			name := ""
			if m[4] >= 0 {
				name = text[m[4]:m[5]]
			} else {
				name = text[m[6]:m[7]]
			}
			defaults = append(defaults, jsHeader(name, text, Span{Start: m[8], End: m[9]}, Span{Start: m[0], End: m[1]}, true))
		}
		if i := strings.Index(text, "interceptors.request.use"); i >= 0 {
			end := min(len(text), i+2000)
			for _, m := range reInterceptorHdr.FindAllStringSubmatchIndex(text[i:end], maxScan) {
				name := ""
				if m[2] >= 0 {
					name = text[i+m[2] : i+m[3]]
				} else {
					name = text[i+m[4] : i+m[5]]
				}
				defaults = append(defaults, jsHeader(name, text, Span{Start: i + m[6], End: i + m[7]}, Span{Start: i + m[0], End: i + m[1]}, true))
			}
			defaults = append(defaults, headersSet(text, Span{Start: i, End: end})...)
		}
	}
	n := 0
	calls := linesMatching(text, reJSCall, func(l string) bool {
		if !strings.Contains(l, "(") {
			return false
		}
		for _, k := range []string{"fetch", "axios", ".open", "ajax", "$http", "got."} {
			if strings.Contains(l, k) {
				return true
			}
		}
		for name := range instances {
			if strings.Contains(l, name+".") {
				return true
			}
		}
		for name := range kys {
			if strings.Contains(l, name+".") {
				return true
			}
		}
		return false
	})
	for _, m := range calls {
		callee := strings.TrimSpace(text[m[0] : m[1]-1])
		recv, meth, _ := strings.Cut(callee, ".")
		if i := strings.LastIndexByte(callee, '.'); i >= 0 {
			recv, meth = callee[:i], callee[i+1:]
		}
		args := jsArgs(text, m[1]-1)
		sp := Span{Start: m[0], End: m[1]}
		if len(args) > 0 {
			sp.End = min(len(text), args[len(args)-1].End+1)
		}
		var s *SentRequest
		switch {
		case callee == "fetch":
			s = jsFetch(text, args)
		case recv == "$" && meth == "ajax":
			s = jsAjax(text, args)
		case recv == "$http":
			s = jsMethodCall(text, "angular", meth, args, 2)
		case meth == "open" && recv != "window" && recv != "document":
			s = jsXHR(text, recv, args, m[1])
		case kys[recv] && kyMethods[meth]:
			s = jsFetch(text, args)
			if s != nil {
				s.Source = "ky"
				s.Method = Fact{Str: strings.ToUpper(meth), Span: Span{Start: args[0].Start, End: args[0].Start}, Stated: true, From: FromSent, Why: "ky." + meth}
				s.Headers = append(append([]SentHeader{}, kyDefaults[recv]...), s.Headers...)
			}
		case recv == "got" && gotMethods[meth], recv == "stream" && gotMethods[meth] && strings.HasSuffix(text[:m[0]], "got."):
			// got.put(url, {body, headers}); got.stream.put(url, opts):
			// a duplex stream piped into, whose length got cannot know.
			s = jsFetch(text, args)
			if s != nil {
				s.Source = "got"
				s.Method = Fact{Str: strings.ToUpper(meth), Span: Span{Start: m[0], End: m[1] - 1}, Stated: true, From: FromSent, Why: callee}
				if recv == "stream" {
					s.Body = Fact{Str: "stream", Span: Span{Start: m[0], End: m[1] - 1}, Stated: true, From: FromSent, Why: "got.stream: the body is piped in, without a length"}
				}
			}
		case callee == "axios" || (instances[recv] && meth == "request"):
			s = jsAxiosConfig(text, args)
		case instances[recv]:
			s = jsMethodCall(text, "axios", meth, args, 2)
			if meth == "get" || meth == "head" || meth == "delete" {
				s = jsMethodCall(text, "axios", meth, args, 1)
			}
		}
		if s == nil {
			continue
		}
		s.Span = sp
		if s.Source == "axios" {
			s.Headers = append(append([]SentHeader{}, defaults...), s.Headers...)
		}
		inc.SentRequests = append(inc.SentRequests, s)
		if n++; n >= maxScan {
			return
		}
	}
}

// jsArgs returns the spans of the top-level arguments of the call whose
// '(' is at open.
func jsArgs(text string, open int) []Span {
	if open < 0 || open >= len(text) || text[open] != '(' && text[open] != '{' {
		return nil
	}
	var out []Span
	depth := 0
	start := open + 1
	limit := min(len(text), open+8000)
	for i := open; i < limit; i++ {
		switch c := text[i]; c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 {
				if s := trimSpan(text, Span{Start: start, End: i}); s.Len() > 0 {
					out = append(out, s)
				}
				return out
			}
		case ',':
			if depth == 1 {
				out = append(out, trimSpan(text, Span{Start: start, End: i}))
				start = i + 1
			}
		case '\'', '"', '`':
			j := i + 1
			for j < limit && text[j] != c && text[j] != '\n' {
				if text[j] == '\\' {
					j++
				}
				j++
			}
			i = j
		}
	}
	return out
}

func trimSpan(text string, sp Span) Span {
	for sp.Start < sp.End && strings.ContainsRune(" \t\r\n", rune(text[sp.Start])) {
		sp.Start++
	}
	for sp.End > sp.Start && strings.ContainsRune(" \t\r\n", rune(text[sp.End-1])) {
		sp.End--
	}
	return sp
}

// jsObj is an object literal: its entries in order.
type jsObj []jsField

type jsField struct {
	_       [0]func() // not comparable: no generated equality function in the wasm
	Key     string
	KeySpan Span
	Val     Span // the value's text ("" for a shorthand property)
}

// Get returns the value span of the last entry named key.
func (o jsObj) Get(key string) (Span, bool) {
	for i := len(o) - 1; i >= 0; i-- {
		if o[i].Key == key {
			return o[i].Val, true
		}
	}
	return Span{}, false
}

// jsObject reads an object literal argument ({key: value, 'k': v,
// shorthand, ...spread}), or nil.
func jsObject(text string, sp Span) jsObj {
	if sp.Len() == 0 || text[sp.Start] != '{' {
		return nil
	}
	var o jsObj
	for _, e := range jsArgs(text, sp.Start) {
		e = skipJSComments(text, e)
		if e.Len() == 0 || strings.HasPrefix(text[e.Start:e.End], "...") {
			continue
		}
		entry := text[e.Start:e.End]
		var key string
		var rest int
		if q := entry[0]; q == '\'' || q == '"' {
			j := strings.IndexByte(entry[1:], q)
			if j < 0 {
				continue
			}
			key, rest = entry[1:1+j], 2+j
		} else {
			j := 0
			for j < len(entry) && (entry[j] == '_' || entry[j] == '$' || entry[j] == '-' || 'a' <= entry[j] && entry[j] <= 'z' || 'A' <= entry[j] && entry[j] <= 'Z' || '0' <= entry[j] && entry[j] <= '9') {
				j++
			}
			key, rest = entry[:j], j
		}
		if key == "" {
			continue
		}
		f := jsField{Key: key, KeySpan: Span{Start: e.Start, End: e.Start + rest}}
		tail := strings.TrimLeft(entry[rest:], " \t\r\n")
		if strings.HasPrefix(tail, ":") {
			vs := e.End - len(tail) + 1
			f.Val = trimSpan(text, Span{Start: vs, End: e.End})
		} else {
			f.Val = Span{Start: e.Start, End: e.Start + rest} // shorthand: the name is the value
		}
		o = append(o, f)
	}
	return o
}

// skipJSComments moves the start of an object entry past the comments
// written before it (a trailing "// …" of the previous line belongs to
// the next entry once split at commas).
func skipJSComments(text string, e Span) Span {
	for e.Len() > 0 {
		t := text[e.Start:e.End]
		switch {
		case strings.HasPrefix(t, "//"):
			i := strings.IndexByte(t, '\n')
			if i < 0 {
				return Span{Start: e.End, End: e.End}
			}
			e.Start += i + 1
		case strings.HasPrefix(t, "/*"):
			i := strings.Index(t, "*/")
			if i < 0 {
				return Span{Start: e.End, End: e.End}
			}
			e.Start += i + 2
		default:
			return e
		}
		for e.Start < e.End && strings.IndexByte(" \t\r\n", text[e.Start]) >= 0 {
			e.Start++
		}
	}
	return e
}

// jsString returns the value of a string literal argument (no template
// substitutions), and whether it is one.
func jsString(text string, sp Span) (string, bool) {
	s := text[sp.Start:sp.End]
	if len(s) >= 2 && (s[0] == '\'' || s[0] == '"' || s[0] == '`') && s[len(s)-1] == s[0] && !strings.Contains(s, "${") {
		return s[1 : len(s)-1], true
	}
	return "", false
}

func jsValueFact(text string, sp Span) Fact {
	if sp.Len() == 0 {
		return Fact{}
	}
	if v, ok := jsString(text, sp); ok {
		return stated(v, sp, FromSent, "")
	}
	return Fact{Expr: text[sp.Start:sp.End], Span: sp, Stated: true, From: FromSent}
}

// jsHeaders reads a headers value: an object literal, or new
// Headers({...}); a variable holding headers is read as nothing.
func jsHeaders(text string, sp Span, ok, dflt bool) []SentHeader {
	if !ok || sp.Len() == 0 {
		return nil
	}
	if text[sp.Start] != '{' {
		i := strings.IndexByte(text[sp.Start:sp.End], '{')
		if i < 0 {
			return nil
		}
		sp.Start += i
	}
	var out []SentHeader
	for _, f := range jsObject(text, sp) {
		out = append(out, jsHeader(f.Key, text, f.Val, Span{Start: f.KeySpan.Start, End: f.Val.End}, dflt))
	}
	return out
}

func jsHeader(name, text string, val, sp Span, dflt bool) SentHeader {
	val = trimSpan(text, val)
	h := SentHeader{Name: name, Span: sp, Default: dflt}
	if v, ok := jsString(text, val); ok {
		h.Value = v
	} else {
		h.Expr = text[val.Start:val.End]
	}
	return h
}

// jsBody tells the kind of a body expression.
func jsBody(text string, sp Span, from string) Fact {
	if sp.Len() == 0 {
		return Fact{Str: "none", From: FromSent}
	}
	e := text[sp.Start:sp.End]
	l := strings.ToLower(e)
	kind := "sized"
	switch {
	case strings.Contains(l, "formdata"):
		kind = "multipart"
	case strings.Contains(l, "stream"):
		kind = "stream"
	case e == "null" || e == "undefined":
		kind = "none"
	}
	return stated(kind, sp, FromSent, from)
}

// gotMethods are the request methods of got (got.put, got.stream.put).
var gotMethods = map[string]bool{"get": true, "put": true, "post": true, "head": true, "delete": true, "patch": true}

func jsFetch(text string, args []Span) *SentRequest {
	if len(args) == 0 {
		return nil
	}
	s := &SentRequest{Source: "fetch", URL: jsValueFact(text, args[0]),
		Method: Fact{Str: "GET", From: FromSent, Why: "fetch's default"}, Body: Fact{Str: "none", From: FromSent}}
	if len(args) > 1 {
		if o := jsObject(text, args[1]); o != nil {
			jsConfig(text, s, o)
		}
	}
	return s
}

// jsConfig reads method, url, headers and body / data of a request
// config.
func jsConfig(text string, s *SentRequest, o jsObj) {
	for _, k := range []string{"method", "type"} {
		if m, ok := o.Get(k); ok {
			if v, ok := jsString(text, m); ok {
				s.Method = stated(strings.ToUpper(v), m, FromSent, "")
			}
		}
	}
	if u, ok := o.Get("url"); ok {
		s.URL = jsValueFact(text, u)
	}
	hs, ok := o.Get("headers")
	s.Headers = append(s.Headers, jsHeaders(text, hs, ok, false)...)
	if ct, ok := o.Get("contentType"); ok {
		if v, ok := jsString(text, ct); ok {
			s.Headers = append(s.Headers, SentHeader{Name: "Content-Type", Value: v, Span: ct})
		}
	}
	for _, k := range []string{"body", "data"} {
		if bd, ok := o.Get(k); ok {
			s.Body = jsBody(text, bd, k)
		}
	}
}

func jsAxiosConfig(text string, args []Span) *SentRequest {
	if len(args) == 0 {
		return nil
	}
	s := &SentRequest{Source: "axios", Method: Fact{Str: "GET", From: FromSent, Why: "axios's default"}, Body: Fact{Str: "none", From: FromSent}}
	cfg := args[0]
	if o := jsObject(text, cfg); o == nil {
		s.URL = jsValueFact(text, args[0])
		if len(args) < 2 {
			return s
		}
		cfg = args[1]
	}
	if o := jsObject(text, cfg); o != nil {
		jsConfig(text, s, o)
	}
	return s
}

// jsMethodCall reads lib.put(url, data, config) (config at index cfg).
func jsMethodCall(text, lib, meth string, args []Span, cfg int) *SentRequest {
	if len(args) == 0 {
		return nil
	}
	s := &SentRequest{Source: lib, URL: jsValueFact(text, args[0]),
		Method: Fact{Str: strings.ToUpper(meth), Span: Span{Start: args[0].Start, End: args[0].Start}, Stated: true, From: FromSent, Why: lib + "." + meth},
		Body:   Fact{Str: "none", From: FromSent}}
	if cfg == 2 && len(args) > 1 {
		s.Body = jsBody(text, args[1], "data")
	}
	if len(args) > cfg {
		if o := jsObject(text, args[cfg]); o != nil {
			hs, ok := o.Get("headers")
			s.Headers = append(s.Headers, jsHeaders(text, hs, ok, false)...)
		}
	}
	return s
}

func jsAjax(text string, args []Span) *SentRequest {
	if len(args) == 0 {
		return nil
	}
	o := jsObject(text, args[0])
	if o == nil {
		return nil
	}
	s := &SentRequest{Source: "jquery", Method: Fact{Str: "GET", From: FromSent, Why: "jQuery's default"}, Body: Fact{Str: "none", From: FromSent}}
	jsConfig(text, s, o)
	return s
}

// jsXHR reads xhr.open(method, url) and the setRequestHeader calls on the
// same object after it.
func jsXHR(text, recv string, args []Span, after int) *SentRequest {
	if len(args) < 2 {
		return nil
	}
	m, ok := jsString(text, args[0])
	if !ok || !methodsSet[strings.ToUpper(m)] {
		return nil
	}
	s := &SentRequest{Source: "xhr", Method: stated(strings.ToUpper(m), args[0], FromSent, ""),
		URL: jsValueFact(text, args[1]), Body: Fact{Str: "", From: FromSent}}
	end := min(len(text), after+3000)
	for _, h := range reSetHeader.FindAllStringSubmatchIndex(text[after:end], 50) {
		if text[after+h[2]:after+h[3]] != recv {
			continue
		}
		s.Headers = append(s.Headers, jsHeader(text[after+h[4]:after+h[5]], text, Span{Start: after + h[6], End: after + h[7]}, Span{Start: after + h[0], End: after + h[1]}, false))
	}
	if i := strings.Index(text[after:end], recv+".send("); i >= 0 {
		if a := jsArgs(text, after+i+len(recv)+len(".send")); len(a) > 0 {
			s.Body = jsBody(text, a[0], "send")
		} else {
			s.Body = Fact{Str: "none", From: FromSent}
		}
	}
	return s
}

// linesMatching runs re (all matches, at most maxScan in all) only on the
// lines keep accepts, so that a pattern without a literal prefix does not
// run over a whole large paste; offsets are into text.
func linesMatching(text string, re *lazyre.Regexp, keep func(string) bool) [][]int {
	var out [][]int
	for ls := 0; ls < len(text) && len(out) < maxScan; {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		line := text[ls:le]
		if keep(line) {
			for _, m := range re.FindAllStringSubmatchIndex(line, maxScan-len(out)) {
				for i := range m {
					if m[i] >= 0 {
						m[i] += ls
					}
				}
				out = append(out, m)
			}
		}
		ls = le + 1
	}
	return out
}

var kyMethods = table.Set("get", "put", "post", "head", "delete", "patch")

// kyInstances finds ky and the instances made from it (api = ky.create({…}),
// ky.extend, an instance's extend) with the headers each adds to every
// request: its headers option and the headers its beforeRequest hooks set
// (request.headers.set('x-amz-meta-user', id)), inherited by the instances
// extended from it.
func kyInstances(text string) (map[string]bool, map[string][]SentHeader) {
	kys := map[string]bool{}
	defaults := map[string][]SentHeader{}
	if !strings.Contains(text, "ky") {
		return kys, defaults
	}
	kys["ky"] = true
	for _, m := range reKyInstance.FindAllStringSubmatchIndex(text, maxScan) {
		name, from := text[m[2]:m[3]], text[m[4]:m[5]]
		if !kys[from] {
			continue
		}
		kys[name] = true
		hs := append([]SentHeader{}, defaults[from]...)
		if args := jsArgs(text, m[1]-1); len(args) > 0 {
			if o := jsObject(text, args[0]); o != nil {
				h, ok := o.Get("headers")
				hs = append(hs, jsHeaders(text, h, ok, true)...)
			}
			hs = append(hs, headersSet(text, args[0])...)
		}
		defaults[name] = hs
	}
	return kys, defaults
}

// headersSet reads headers.set('name', value) calls in sp (a ky
// beforeRequest hook, an axios 1.x interceptor's config.headers.set): each
// adds a header to every request the hook or interceptor sees.
func headersSet(text string, sp Span) []SentHeader {
	var out []SentHeader
	for _, m := range reHeadersSet.FindAllStringSubmatchIndex(text[sp.Start:sp.End], maxScan) {
		out = append(out, jsHeader(text[sp.Start+m[2]:sp.Start+m[3]], text, Span{Start: sp.Start + m[4], End: sp.Start + m[5]}, Span{Start: sp.Start + m[0], End: sp.Start + m[1]}, true))
	}
	return out
}
