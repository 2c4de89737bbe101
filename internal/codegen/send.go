package codegen

import (
	"strconv"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/brace"
	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/python"
)

// The sending side of a signed header (issue 23): a presign call that
// signs a header with a literal value (ContentType: "image/png") makes
// every request with the URL send that header with that value. When the
// paste's own code sends the URL (fetch, axios, requests, httpx) without
// the header, or with another literal value, that request is the side that
// is wrong, and its fix is an edit of that call in place: the header added
// to its headers object, to its options, or as an argument, or the value it
// sends replaced. A value the sender computes (file.type) is no literal:
// the fix then stays a message (either side may be meant).

// SendEdits returns, per signed request of the paste's code, the edits
// that make each request sending its URL carry its signed headers with
// their signed values. The edits go to signed_headers.
func SendEdits(text string, f *model.Facts) []PlanEdit {
	inc := f.Incident
	if inc == nil {
		return nil
	}
	var out []PlanEdit
	for _, sr := range inc.SignedRequests {
		want := signedLiterals(sr)
		if len(want) == 0 {
			continue
		}
		var edits []diff.Edit
		for _, s := range inc.SentWith(sr) {
			edits = append(edits, sendEdits(text, f, s, want)...)
		}
		if len(edits) > 0 {
			sortEdits(edits)
			// Call is the presign call: the findings about its signed
			// headers (their span is its parameter) get the edits.
			out = append(out, PlanEdit{Rules: []string{"signed_headers"}, Call: sr.Op.Span, Edits: edits})
		}
	}
	return out
}

// signedLiterals are the headers a presign call signs with a literal
// value, as [name, value] in the order of its parameters (names as the
// parameter implies them: Content-Type).
func signedLiterals(sr *model.SignedRequest) [][2]string {
	if sr.Op == nil || sr.Op.Kind != "url" {
		return nil
	}
	var out [][2]string
	for _, p := range sr.Op.Params {
		h := model.ParamHeader(p.Name)
		if h == "" || p.Value == nil || !p.Value.Known || p.Value.Placeholder || p.Value.IsNum || p.Value.Str == "" {
			continue
		}
		signed := false
		for _, n := range sr.SignedHeaders {
			signed = signed || n == h
		}
		if !signed {
			continue // the SDK does not sign it (JavaScript v3 without signableHeaders)
		}
		if s := paramSpecs()[p.Name].Header; s != "" {
			h = s // Content-Type, as people write it
		}
		out = append(out, [2]string{h, p.Value.Str})
	}
	return out
}

// sendEdits returns the edits making one sent request carry the headers
// of want with their values, or nil when it cannot be edited in place.
func sendEdits(text string, f *model.Facts, s *model.SentRequest, want [][2]string) []diff.Edit {
	if s.Span.Start < 0 || s.Span.End > len(text) || s.Span.End <= s.Span.Start {
		return nil
	}
	if !inJSRun(f, s.Span) && !inPythonCall(f, s.Span) {
		return nil // a request told in prose or a comment: no code to edit
	}
	var add [][2]string
	var edits []diff.Edit
	for _, w := range want {
		h := s.Header(w[0])
		switch {
		case h == nil:
			add = append(add, w)
		case h.Default || h.Expr != "" || h.Value == "":
			return nil // a default or a computed value: not this call's literal to change
		case strings.TrimSpace(h.Value) != w[1]:
			e, ok := replaceLastString(text, h.Span, w[1])
			if !ok {
				return nil
			}
			edits = append(edits, e)
		}
	}
	if len(add) > 0 {
		var es []diff.Edit
		switch s.Source {
		case "fetch", "axios":
			if inJSRun(f, s.Span) {
				es = jsAddHeaders(text, s, add)
			}
		case "xhr":
			if inJSRun(f, s.Span) {
				es = xhrAddHeaders(text, s, add)
			}
		case "requests", "httpx":
			es = pyAddHeaders(text, f, s, add)
		}
		if es == nil {
			return nil
		}
		edits = append(edits, es...)
	}
	return edits
}

// replaceLastString replaces the last quoted string of text[sp] (the value
// of a header entry: "Content-Type": "x", or 'Content-Type': 'x') with
// val in the same quotes.
func replaceLastString(text string, sp model.Span, val string) (diff.Edit, bool) {
	entry := strings.TrimRight(text[sp.Start:sp.End], " \t\r\n,")
	if entry == "" {
		return diff.Edit{}, false
	}
	q := entry[len(entry)-1]
	if q != '"' && q != '\'' && q != '`' {
		return diff.Edit{}, false
	}
	open := strings.LastIndexByte(entry[:len(entry)-1], q)
	if open < 0 || strings.ContainsRune(entry[open:], '\\') {
		return diff.Edit{}, false
	}
	if strings.ContainsRune(val, rune(q)) || strings.ContainsRune(val, '\\') {
		return diff.Edit{}, false
	}
	return diff.Edit{Start: sp.Start + open, End: sp.Start + len(entry), New: string(q) + val + string(q)}, true
}

// headerEntries writes headers as the entries of an object or dict, in
// the quotes the call uses (code, its text): "Content-Type": "image/png".
func headerEntries(code string, hs [][2]string) string {
	lit := quoter(code)
	var b []string
	for _, h := range hs {
		b = append(b, lit(h[0])+": "+lit(h[1]))
	}
	return strings.Join(b, ", ")
}

// quoter returns a function writing a string literal in the quotes code
// uses first (double quotes when it uses none).
func quoter(code string) func(string) string {
	q := byte('"')
	if i := strings.IndexAny(code, "\"'"); i >= 0 && code[i] == '\'' {
		q = '\''
	}
	return func(s string) string {
		if strings.ContainsAny(s, "\"'\\\n") {
			return strconv.Quote(s)
		}
		return string(q) + s + string(q)
	}
}

// jsAddHeaders adds headers to a fetch or axios call: into its headers
// object, else into its options object, else as a new options argument.
func jsAddHeaders(text string, s *model.SentRequest, add [][2]string) []diff.Edit {
	toks, _ := brace.Lex(text, s.Span, brace.JavaScript)
	open := -1
	for i, t := range toks {
		if t.Text == "(" {
			open = i
			break
		}
	}
	if open < 0 {
		return nil
	}
	closeAt := matching(toks, open)
	if closeAt < 0 {
		return nil
	}
	// The call's top-level arguments: their first tokens.
	args := []int{}
	depth := 0
	for i := open + 1; i < closeAt; i++ {
		if depth == 0 && (i == open+1 || toks[i-1].Text == ",") && toks[i].Text != ")" {
			args = append(args, i)
		}
		switch toks[i].Text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		}
	}
	// The options: the argument the library takes them in.
	at := 1 // fetch(url, init), axios.get(url, config)
	if s.Source == "axios" {
		name := ""
		if open >= 1 {
			name = toks[open-1].Text
		}
		switch name {
		case "axios", "request":
			at = 0 // axios({ method, url, data, headers })
		case "put", "post", "patch":
			at = 2
		}
	}
	entries := headerEntries(text[s.Span.Start:s.Span.End], add)
	if at < len(args) {
		o := args[at]
		if toks[o].Text != "{" {
			return nil // options built elsewhere (a variable): not this call's to edit
		}
		oc := matching(toks, o)
		// headers: { … } inside the options.
		for i := o + 1; i+2 < oc; i++ {
			if toks[i].Text == "headers" && toks[i+1].Text == ":" && toks[i+2].Text == "{" && toks[i-1].Text != "." {
				hc := matching(toks, i+2)
				if hc < 0 {
					return nil
				}
				return []diff.Edit{insertEntry(text, toks[i+2].End, toks[hc].Start, entries)}
			}
			if toks[i].Text == "headers" && toks[i+1].Text == ":" {
				return nil // headers from a variable or new Headers(): not edited
			}
		}
		return []diff.Edit{{Start: toks[o].End, End: toks[o].End, New: " headers: { " + entries + " },"}}
	}
	if at != len(args) {
		return nil // fetch(url) is fine; axios.put(url) without data is not
	}
	// Add the options as the next argument, after the last one.
	end := toks[closeAt].Start
	for end > toks[open].End && strings.ContainsRune(" \t\r\n", rune(text[end-1])) {
		end--
	}
	if text[end-1] == ',' {
		return []diff.Edit{{Start: end, End: end, New: " { headers: { " + entries + " } },"}}
	}
	return []diff.Edit{{Start: end, End: end, New: ", { headers: { " + entries + " } }"}}
}

// insertEntry is the edit adding entries at the end of an object or dict
// whose inside runs from start to end (after '{', before '}').
func insertEntry(text string, start, end int, entries string) diff.Edit {
	i := end
	for i > start && strings.ContainsRune(" \t\r\n", rune(text[i-1])) {
		i--
	}
	switch {
	case i == start:
		return diff.Edit{Start: i, End: i, New: " " + entries + " "}
	case text[i-1] == ',':
		return diff.Edit{Start: i, End: i, New: " " + entries + ","}
	}
	return diff.Edit{Start: i, End: i, New: ", " + entries}
}

// pyAddHeaders adds headers to a requests or httpx call: into its
// headers={…} dict, else as a headers= argument.
func pyAddHeaders(text string, f *model.Facts, s *model.SentRequest, add [][2]string) []diff.Edit {
	call := pyCallAt(f, s.Span)
	if call == nil {
		return nil
	}
	entries := headerEntries(text[s.Span.Start:s.Span.End], add)
	for _, a := range call.Args {
		if a.Kind != python.Keyword || a.Name != "headers" || a.X == nil {
			continue
		}
		if a.X.Kind != python.Dict || a.X.Span.End-a.X.Span.Start < 2 {
			return nil // headers from a variable: not this call's to edit
		}
		return []diff.Edit{insertEntry(text, a.X.Span.Start+1, a.X.Span.End-1, entries)}
	}
	if len(call.Args) == 0 {
		return nil
	}
	last := call.Args[len(call.Args)-1]
	if last.Kind == python.Keyword && last.Op != "" {
		return nil // **kwargs may carry headers
	}
	// The arguments end where the call's ')' is.
	end := call.Span.End - 1
	if end < 0 || text[end] != ')' {
		return nil
	}
	i := end
	for i > last.Span.End && strings.ContainsRune(" \t\r\n", rune(text[i-1])) {
		i--
	}
	dict := "{" + entries + "}"
	if text[i-1] == ',' {
		return []diff.Edit{{Start: i, End: i, New: " headers=" + dict + ","}}
	}
	return []diff.Edit{{Start: i, End: i, New: ", headers=" + dict}}
}

// inJSRun reports whether sp lies in a run of JavaScript or TypeScript.
func inJSRun(f *model.Facts, sp model.Span) bool {
	for _, c := range f.Syntax.Code {
		if (c.Lang == JavaScript || c.Lang == "typescript") && sp.Start >= c.Span.Start && sp.End <= c.Span.End {
			return true
		}
	}
	return false
}

// inPythonCall reports whether sp is the span of a call of the Python
// trees.
func inPythonCall(f *model.Facts, sp model.Span) bool {
	return pyCallAt(f, sp) != nil
}

// pyCallAt returns the Python call node with exactly the span sp.
func pyCallAt(f *model.Facts, sp model.Span) *python.Node {
	var call *python.Node
	for _, pf := range f.Syntax.Python {
		if sp.Start < pf.Span.Start || sp.End > pf.Span.End {
			continue
		}
		python.Walk(pf.Tree, func(n *python.Node) bool {
			if call != nil || n.Span.End < sp.Start || n.Span.Start > sp.End {
				return false
			}
			if n.Kind == python.Call && n.Span == sp {
				call = n
				return false
			}
			return true
		})
	}
	return call
}

// xhrAddHeaders adds a setRequestHeader line per header after an
// XMLHttpRequest's open(...) statement (the sent request's span), with
// that statement's indentation and semicolon.
func xhrAddHeaders(text string, s *model.SentRequest, add [][2]string) []diff.Edit {
	call := text[s.Span.Start:s.Span.End]
	dot := strings.Index(call, ".open")
	recv := strings.TrimSpace(call[:max(dot, 0)])
	if dot <= 0 || !isJSName(recv) {
		return nil
	}
	ls, le := lineOf(text, s.Span.Start)
	line := text[ls:le]
	indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
	end := le
	if end > 0 && text[end-1] == '\n' {
		end--
	}
	if strings.TrimSpace(text[s.Span.End:end]) != "" && strings.TrimSpace(text[s.Span.End:end]) != ";" {
		return nil // more code after the open call on its line
	}
	semi := ""
	if strings.HasSuffix(strings.TrimSpace(text[ls:end]), ";") {
		semi = ";"
	}
	lit := quoter(call)
	var b strings.Builder
	for _, h := range add {
		b.WriteString("\n" + indent + recv + ".setRequestHeader(" + lit(h[0]) + ", " + lit(h[1]) + ")" + semi)
	}
	return []diff.Edit{{Start: end, End: end, New: b.String()}}
}

func isJSName(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		if !(c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '.')) {
			return false
		}
	}
	return true
}
