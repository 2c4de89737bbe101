package brace

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

var httpVerbs = table.Set("GET", "PUT", "POST", "DELETE", "HEAD", "PATCH", "OPTIONS")

// verbCalls are client methods named after the HTTP method
// (axios.put, $http.put, HTTParty.put, Guzzle's ->put, Faraday's conn.put,
// C#'s PutAsync, Go's http.Get/http.Head).
func verbOf(name string) string {
	n := strings.TrimSuffix(name, "Async")
	switch strings.ToLower(n) {
	case "get", "put", "post", "delete", "head", "patch":
		return strings.ToUpper(n)
	}
	return ""
}

// httpReceivers are receiver names of HTTP clients whose verb methods send.
func httpReceiver(r string) bool {
	l := strings.ToLower(strings.TrimLeft(r, "$_@"))
	switch {
	case strings.Contains(l, "axios"), strings.Contains(l, "http"), strings.Contains(l, "client"),
		strings.Contains(l, "conn"), strings.Contains(l, "guzzle"), strings.Contains(l, "faraday"),
		strings.Contains(l, "api"), strings.Contains(l, "request"), l == "got", l == "ky", l == "superagent", l == "instance", l == "rest", l == "reqwest",
		l == "resty":
		return true
	}
	return false
}

// sends finds the HTTP requests the code makes and their headers.
func (d *doc) sends(res *Result) {
	seenVar := map[string]*Send{}
	for _, c := range d.calls {
		var s *Send
		var spans []rng // where headers of this request are written
		recvName := d.toks[c.recv].Text
		switch {
		case c.name == "fetch" && c.recv == c.tok:
			s = &Send{Library: "fetch", Method: "GET"}
			if len(c.args) > 1 {
				spans = c.args[1:2]
			}
		case (c.name == "ajax" && (recvName == "$" || recvName == "jQuery")) || (c.name == "axios" || c.name == "request") && c.recv == c.tok && len(c.args) >= 1 && d.punct(c.args[0].a, "{") || c.name == "request" && recvName == "axios":
			s = &Send{Library: recvName, Method: "GET"}
			if c.name == "axios" || c.name == "request" {
				s.Library = c.name
			}
			spans = c.args
		case c.name == "open" && len(c.args) >= 2 && !c.isNew && d.isVerbString(c.args[0]):
			s = &Send{Library: "XMLHttpRequest"}
			d.setMethod(s, c.args[0])
			spans = d.stmts[recvName]
			seenVar[recvName] = s
		case c.name == "NewRequest" || c.name == "NewRequestWithContext":
			s = &Send{Library: "net/http"}
			k := 0
			if c.name == "NewRequestWithContext" {
				k = 1
			}
			if k < len(c.args) {
				d.setMethod(s, c.args[k])
			}
			if v := d.resultVar(c.recv); v != "" {
				spans = d.stmts[v]
			}
		case c.name == "setRequestMethod" && len(c.args) == 1:
			if prev := seenVar[recvName]; prev != nil {
				d.setMethod(prev, c.args[0])
				continue
			}
			s = &Send{Library: "HttpURLConnection"}
			d.setMethod(s, c.args[0])
			spans = d.stmts[recvName]
			seenVar[recvName] = s
		case c.name == "HttpRequestMessage" && c.isNew && len(c.args) >= 1:
			s = &Send{Library: "HttpClient"}
			d.setMethod(s, c.args[0])
			if v := d.resultVar(c.recv - 1); v != "" {
				spans = append(d.stmts[v], rng{c.open, c.end})
			}
		case c.name == "Create" && recvName == "WebRequest":
			s = &Send{Library: "HttpWebRequest", Method: "GET"}
			if v := d.resultVar(c.recv); v != "" {
				spans = d.stmts[v]
				seenVar[v] = s
			}
		case c.name == "newBuilder" && recvName == "HttpRequest", c.name == "Builder" && c.isNew:
			s = &Send{Library: "java.net.http", Method: "GET"}
			if c.name == "Builder" {
				s.Library = "OkHttp"
			}
			end := d.exprEnd(c.tok, false)
			spans = []rng{{c.tok, end}}
			for k := c.tok + 1; k < end; k++ {
				if ci, ok := d.callAt[k]; ok {
					cc := d.calls[ci]
					if m := verbOf(cc.name); m != "" && (cc.name == m || len(cc.args) <= 1) {
						s.Method = m
					}
				}
			}
		case c.name == "new" && strings.HasPrefix(d.dotted(rng{c.recv, max(c.tok-1, c.recv)}), "Net.HTTP."):
			s = &Send{Library: "Net::HTTP", Method: strings.ToUpper(d.toks[c.tok-2].Text)}
			spans = c.args
			if v := d.resultVar(c.recv); v != "" {
				spans = append(spans, d.stmts[v]...)
			}
		case c.name == "send_request" && len(c.args) >= 1:
			s = &Send{Library: "Net::HTTP"}
			d.setMethod(s, c.args[0])
			spans = c.args
		case c.name == "request" && len(c.args) >= 2 && d.isVerbString(c.args[0]):
			s = &Send{Library: "Guzzle"}
			d.setMethod(s, c.args[0])
			spans = c.args
		case c.name == "curl_setopt" && len(c.args) == 3:
			opt := d.src(c.args[1])
			v := d.val(c.args[2])
			key := d.src(c.args[0])
			prev := seenVar[key]
			if prev == nil {
				prev = &Send{Library: "curl", Method: "GET", Span: d.span(rng{c.recv, c.end})}
				seenVar[key] = prev
				res.Sends = append(res.Sends, prev)
			}
			switch opt {
			case "CURLOPT_CUSTOMREQUEST":
				if v != nil && v.Known {
					prev.Method, prev.MethodSpan = strings.ToUpper(v.Str), v.Span
				}
			case "CURLOPT_PUT", "CURLOPT_UPLOAD":
				prev.Method = "PUT"
			case "CURLOPT_POST":
				prev.Method = "POST"
			case "CURLOPT_HTTPHEADER":
				d.colonHeaders(prev, c.args[2])
			}
			continue
		case verbOf(c.name) != "" && c.recv != c.tok && httpReceiver(recvName) && !(d.lang == Java && c.name != strings.ToUpper(c.name)) &&
			!strings.Contains(d.chainText(c.tok), "headers"):
			s = &Send{Library: recvName, Method: verbOf(c.name)}
			// Chained clients set headers before the verb:
			// resty.New().R().SetHeader(…).Put(url).
			spans = append(append([]rng(nil), c.args...), rng{c.recv, c.tok})
			if strings.HasSuffix(c.name, "Async") {
				spans = d.resolve(c.args, 2)
			}
			if d.lang == Ruby {
				// Faraday: conn.put(url) do |req| req.headers['X'] = v end
				spans = append(spans, rng{c.end, d.blockEnd(c.end)})
			}
			if d.lang == Rust && c.end < len(d.toks) {
				// reqwest sets headers after the verb:
				// client.put(url).header(k, v).body(b).send().
				spans = append(spans, rng{c.end, d.exprEnd(c.tok, false)})
			}
		case c.name == "SendAsync" && len(c.args) >= 1:
			continue // the HttpRequestMessage is the send
		}
		if s == nil {
			continue
		}
		s.Span = d.span(rng{c.recv, c.end})
		if len(c.args) > 0 && s.URL == nil {
			k := 0
			switch s.Library {
			case "HttpURLConnection":
				// setRequestMethod("PUT") names the method, not the URL
				// (which openConnection's receiver gives).
				k = len(c.args)
			case "XMLHttpRequest", "Guzzle", "HttpClient":
				k = 1
			case "net/http":
				k = 1
				if c.name == "NewRequestWithContext" {
					k = 2
				}
			}
			if k < len(c.args) {
				s.URL = d.val(c.args[k])
			}
		}
		d.sendHeaders(s, spans)
		if len(res.Sends) >= maxSends {
			d.problem(s.Span, "more HTTP requests than the reader reads in one block; the rest were skipped")
			break
		}
		res.Sends = append(res.Sends, s)
	}
	// A request built from a presigned request's own method
	// (http.NewRequest(presigned.Method, presigned.URL, body)).
	for _, s := range res.Sends {
		if s.Method != "" || s.URL == nil {
			continue
		}
		v := strings.SplitN(s.URL.Expr, ".", 2)[0]
		for _, p := range res.Presigns {
			if p.ResultVar != "" && p.ResultVar == v {
				s.Method = p.Method
			}
		}
	}
	// Client-wide defaults: axios.defaults.headers.common['Authorization'] = …
	for _, st := range d.settings {
		if (st.form == '[' || st.form == '=') && strings.Contains(st.chain, "defaults.headers") {
			for _, s := range res.Sends {
				if strings.EqualFold(s.Library, st.recv) {
					s.Headers = append(s.Headers, Param{Name: st.name, Value: d.val(st.val), Span: d.span(rng{st.tok, st.val.b})})
				}
			}
		}
	}
	// .NET HttpWebRequest: req.Method = "PUT".
	for _, st := range d.settings {
		if st.form == '=' && st.norm == "method" {
			if s := seenVar[st.recv]; s != nil {
				d.setMethod(s, st.val)
			}
		}
	}
}

// blockEnd returns the end of a Ruby do … end block starting at k (or k).
func (d *doc) blockEnd(k int) int {
	if k >= len(d.toks) || d.toks[k].Text != "do" {
		return k
	}
	depth := 0
	for j := k; j < len(d.toks) && j < k+4096; j++ {
		switch d.toks[j].Text {
		case "do", "def", "if", "begin", "case", "unless", "while":
			if d.toks[j].Kind == Ident && (d.toks[j].Text == "do" || d.toks[j].NL) {
				depth++
			}
		case "end":
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return k
}

func (d *doc) isVerbString(r rng) bool {
	v := d.val(r)
	return v != nil && v.Known && httpVerbs[strings.ToUpper(v.Str)]
}

func (d *doc) setMethod(s *Send, r rng) {
	if v := d.val(r); v != nil && v.Known && httpVerbs[strings.ToUpper(v.Str)] {
		s.Method, s.MethodSpan = strings.ToUpper(v.Str), v.Span
	}
}

// headerName reports whether a setting name looks like an HTTP header.
func headerName(n string) bool {
	l := strings.ToLower(n)
	if strings.HasPrefix(l, "x-amz-") || l == "content-type" || l == "content-md5" || l == "content-length" ||
		l == "content-disposition" || l == "authorization" || l == "cache-control" || l == "content-encoding" {
		return true
	}
	return false
}

// sendHeaders reads the method and headers of a request from the ranges
// where it is built: options objects ({method, headers}), header calls
// (setRequestHeader, setRequestProperty, Header.Set, .header, addHeader,
// Headers.Add), index assignments (req['Content-Type'] = …) and
// Content-Type objects (.Headers.ContentType = new MediaTypeHeaderValue(…)).
func (d *doc) sendHeaders(s *Send, spans []rng) {
	all := d.resolve(spans, 2)
	for _, st := range d.settingsInAll(all) {
		entry := d.span(rng{st.tok, st.val.b})
		switch {
		case st.form == '2':
			switch st.norm {
			case "setrequestheader", "setrequestproperty", "header", "addheader", "setheader", "addrequestproperty":
				s.Headers = append(s.Headers, Param{Name: st.name, Value: d.val(st.val), Span: entry})
			case "set", "add", "append", "tryaddwithoutvalidation":
				if strings.Contains(st.chain, "header") {
					s.Headers = append(s.Headers, Param{Name: st.name, Value: d.val(st.val), Span: entry})
				}
			}
		case st.form == '[':
			s.Headers = append(s.Headers, Param{Name: st.name, Value: d.val(st.val), Span: entry})
		case st.norm == "method" || st.norm == "type":
			if st.form != '=' {
				d.setMethod(s, st.val)
			}
		case st.norm == "headers" && st.form != '=':
			for _, k := range d.children(st.val) {
				s.Headers = append(s.Headers, Param{Name: k.name, Value: d.val(k.val), Span: d.span(rng{k.tok, k.val.b})})
			}
			for _, r := range d.resolve([]rng{st.val}, 1)[1:] {
				for _, k := range d.children(r) {
					s.Headers = append(s.Headers, Param{Name: k.name, Value: d.val(k.val), Span: d.span(rng{k.tok, k.val.b})})
				}
			}
		case st.norm == "contenttype" && st.form == '=' && strings.Contains(st.chain, "headers"):
			// content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg")
			s.Headers = append(s.Headers, Param{Name: "Content-Type", Value: d.val(st.val), Span: entry})
		case st.norm == "contenttype" && st.form == ':' && strings.HasPrefix(s.Library, "$"):
			s.Headers = append(s.Headers, Param{Name: "Content-Type", Value: d.val(st.val), Span: entry})
		case (st.form == ':' || st.form == '>') && headerName(st.name) && !d.inHeaders(st):
			s.Headers = append(s.Headers, Param{Name: st.name, Value: d.val(st.val), Span: entry})
		}
	}
}

// inHeaders reports whether st sits in a headers container (then the
// container already produced it).
func (d *doc) inHeaders(st setting) bool {
	if !d.hdrDone {
		d.hdrDone = true
		for _, c := range d.settings {
			if c.norm == "headers" && len(d.hdrRanges) < 64 {
				d.hdrRanges = append(d.hdrRanges, c.val)
			}
		}
	}
	return inRanges(st.tok, d.hdrRanges)
}

// colonHeaders reads 'Name: value' strings (PHP's CURLOPT_HTTPHEADER).
func (d *doc) colonHeaders(s *Send, r rng) {
	for k := r.a; k < r.b && k < len(d.toks); k++ {
		t := d.toks[k]
		if t.Kind != String {
			continue
		}
		if n, v, ok := strings.Cut(t.Val, ":"); ok {
			s.Headers = append(s.Headers, Param{Name: strings.TrimSpace(n), Value: &Value{Span: t.Span(), Known: !t.Interp, Str: strings.TrimSpace(v), Expr: t.Text}, Span: t.Span()})
		}
	}
}

// hostFields are the fields of a parsed URL (JavaScript URL, Go url.URL,
// .NET UriBuilder) that hold its host.
var hostFields = table.Set("host", "hostname", "Host", "port", "Port")

// edits finds string edits of a presigned URL after signing: replace
// calls on it (url.replace, strings.Replace(url, …), str_replace(…, $url),
// url.gsub), appends (url += …, $url .= …) and host assignments on a URL
// object made from it (u.host = …).
func (d *doc) edits(res *Result) {
	urlVars := map[string]bool{}
	for _, p := range res.Presigns {
		if p.ResultVar != "" {
			urlVars[p.ResultVar] = true
		}
	}
	// Names bound to an expression on a URL variable (url = resp.URL,
	// $url = (string) $request->getUri()).
	for name, bs := range d.binds {
		for _, b := range bs {
			for k := b.a; k < b.b; k++ {
				if d.ident(k) && urlVars[d.toks[k].Text] {
					urlVars[name] = true
				}
			}
		}
	}
	add := func(what, v string, sp source.Span) {
		res.Edits = append(res.Edits, &Edit{Span: sp, What: what, Var: v})
	}
	d.laravelTemporaryURL(res, add)
	if len(urlVars) == 0 {
		return
	}
	for _, c := range d.calls {
		switch c.name {
		case "get", "put", "post", "head", "delete", "patch", "request":
			// axios.get(url, { params }), got(url, { searchParams }): the
			// client appends them to the signed URL's query.
			if len(c.args) < 2 || !d.ident(c.args[0].a) || c.args[0].b != c.args[0].a+1 || !urlVars[d.toks[c.args[0].a].Text] {
				continue
			}
			for _, st := range d.reqSettings(c.args[1:]) {
				if st.norm == "params" || st.norm == "searchparams" {
					add("query", d.toks[c.args[0].a].Text, d.span(rng{st.tok, st.val.b}))
					break
				}
			}
			continue
		case "replace", "Replace", "replaceAll", "ReplaceAll", "gsub", "sub", "gsub!", "sub!", "str_replace", "preg_replace", "str_ireplace":
			if c.recv != c.tok && urlVars[d.toks[c.recv].Text] {
				add("replace", d.toks[c.recv].Text, d.span(rng{c.recv, c.end}))
				continue
			}
			for _, a := range c.args {
				if k := a.a; d.ident(k) && urlVars[d.toks[k].Text] {
					add("replace", d.toks[k].Text, d.span(rng{c.recv, c.end}))
					break
				}
			}
		}
	}
	for i := 0; i+1 < len(d.toks); i++ {
		if !d.ident(i) || !urlVars[d.toks[i].Text] {
			continue
		}
		switch {
		case d.punct(i+1, "+=") || d.punct(i+1, ".=") || d.punct(i+1, "<<"):
			add("append", d.toks[i].Text, d.span(rng{i, d.exprEnd(i+2, false)}))
		case d.punct(i+1, "=") && d.ident(i+2) && d.toks[i+2].Text == d.toks[i].Text && d.punct(i+3, "+"):
			add("append", d.toks[i].Text, d.span(rng{i, d.exprEnd(i+2, false)}))
		case i+3 < len(d.toks) && d.punct(i+1, ".") && d.ident(i+2) && hostFields[d.toks[i+2].Text] && d.punct(i+3, "="):
			// u = new URL(signed); u.host = "cdn…" (Go's u.Host, a
			// URI builder's Host): the signed URL's host is replaced.
			add("replace", d.toks[i].Text, d.span(rng{i, d.exprEnd(i+4, false)}))
		}
	}
}

// laravelTemporaryURL is Laravel's s3 disk setting 'temporary_url'
// ('temporary_url' => …, a PHP array entry) beside a
// temporaryUrl()/temporaryUploadUrl() call: the adapter replaces the
// scheme and host of the URL the SDK presigned with that base
// (Illuminate\Filesystem\AwsS3V3Adapter::temporaryUrl, replaceBaseUrl;
// laravel/framework#36480), an edit of the signed URL's host after
// signing, whatever the code around it.
func (d *doc) laravelTemporaryURL(res *Result, add func(what, v string, sp source.Span)) {
	if d.lang != PHP {
		return
	}
	laravel := false
	for _, c := range d.calls {
		if (c.name == "temporaryUrl" || c.name == "temporaryUploadUrl") && len(c.args) >= 2 {
			laravel = true
		}
	}
	if !laravel {
		return
	}
	for _, s := range d.settings {
		if s.norm != "temporaryurl" || s.form != '>' {
			continue
		}
		if v := d.val(s.val); v != nil && (!v.Known || v.Str != "") {
			add("replace", "", d.span(rng{s.tok, s.val.b}))
		}
	}
}
