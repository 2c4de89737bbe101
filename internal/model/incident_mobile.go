package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/rare"
)

// The HTTP clients of mobile and other typed languages that send a
// presigned URL: Dart's package:http and Dio (and Angular's HttpClient,
// the same shape), OkHttp's Request.Builder chain (Kotlin, Java), Swift's
// URLRequest. Each becomes a SentRequest like a curl line or a fetch call,
// so every rule over sent requests (method, signed headers, body) reads
// them the same way.

var (
	// reClientCall is http.put(…), client.post(…), dio.put(…),
	// this.http.put(…), Dio().post(…), _apiClient.put(…),
	// getIt<Dio>().put(…): a generic HTTP client's method call, whatever
	// expression gives the client (a name, a constructor call, a service
	// locator); clientReceiver keeps the receivers that name an HTTP client.
	reClientCall = lazyre.New(`(?:\b|\$)([A-Za-z_$][\w$]*)(\s*<[^<>()\n]{1,60}>)?(?:\s*\([^()\n]{0,80}\))?\.(get|put|post|head|delete|patch)\s*(?:<[^>\n]*>)?\(`)
	reOkBuilder  = lazyre.New(`Request\.Builder\(\)`)
	reOkCall     = lazyre.New(`\.(url|put|post|get|head|delete|patch|method|addHeader|header)\s*\(`)
	reMediaType  = lazyre.New(`"([a-z]+/[A-Za-z0-9.+-]+)"\s*\.toMediaType(?:OrNull)?\(\)|MediaType\.(?:parse|get)\(\s*"([a-z]+/[A-Za-z0-9.+-]+)"\s*\)`)
	// reProseSend is a sentence saying which method was sent to the URL:
	// "then in browser send PUT request with file on URL", "I'm doing a
	// POST request to the presigned url".
	reProseSend = lazyre.New(`(?i)\b(?:send|sends|sending|sent|do|doing|did|make|making|made|perform|performing|try|trying|tried|issue|issuing)\s+(?:a\s+|an\s+|the\s+|my\s+)?(PUT|POST|DELETE|HEAD|GET)\s+request\b`)
	// reMediaSrc is a media element given the URL (videoEl.src = url,
	// audio.src = signedUrl): the browser GETs it with its own Range.
	reMediaSrc   = lazyre.New(`(?i)\b([\w$]*(?:video|audio|player|media)[\w$]*)\.src\s*=\s*([A-Za-z_$][\w$.]*)`)
	reURLRequest = lazyre.New(`\b(?:var|let)\s+([A-Za-z_]\w*)\s*=\s*(?:NS)?(?:Mutable)?URLRequest\(\s*url:\s*`)
	// reMethodRequest is a request object made with its method and URL:
	// Dart's package:http Request, MultipartRequest and StreamedRequest
	// (pub.dev/documentation/http/latest/http/MultipartRequest-class.html:
	// MultipartRequest(String method, Uri url)).
	reMethodRequest = lazyre.New(`\b(?:http\.)?(Multipart|Streamed)?Request\(\s*['"](GET|PUT|POST|HEAD|DELETE|PATCH)['"]\s*,\s*`)
)

func (b *builder) mobileSenders(inc *Incident) {
	text := b.f.Text
	covered := func(at int) bool {
		for _, s := range inc.SentRequests {
			if s.Span.Start <= at && at < s.Span.End {
				return true
			}
		}
		return false
	}
	n := 0
	add := func(s *SentRequest) {
		if s != nil && n < maxScan && !covered(s.Span.Start) {
			inc.SentRequests = append(inc.SentRequests, s)
			n++
		}
	}
	if rare.Contains(text, ".put") || rare.Contains(text, ".post") || rare.Contains(text, ".get") {
		for _, m := range reClientCall.FindAllStringSubmatchIndex(text, maxScan) {
			if src := clientReceiver(text, m); src != "" {
				if s := clientCall(text, src, text[m[6]:m[7]], m); s != nil && (src != "client" || urlish(s.URL)) {
					// a receiver named only "…client" may be any client
					// (redisClient.get(key)): its argument must be a URL
					add(s)
				}
			}
		}
	}
	if rare.Contains(text, "Request.Builder") {
		for _, m := range reOkBuilder.FindAllStringSubmatchIndex(text, maxScan) {
			add(okHTTP(text, m[0], m[1]))
		}
	}
	if rare.Contains(text, " request") || rare.Contains(text, " REQUEST") || rare.Contains(text, " Request") {
		for _, m := range reProseSend.FindAllInLines(text, []string{"request", "Request", "REQUEST"}, maxScan) {
			add(proseSend(text, m))
		}
	}
	if rare.Contains(text, ".src") {
		for _, m := range reMediaSrc.FindAllStringSubmatchIndex(text, maxScan) {
			add(&SentRequest{Span: Span{Start: m[0], End: m[1]}, Source: "media",
				Method: Fact{Str: "GET", From: FromSent, Why: "a media element"},
				URL:    Fact{Expr: text[m[4]:m[5]], Span: Span{Start: m[4], End: m[5]}, Stated: true, From: FromSent},
				// Chrome and Firefox open media with "Range: bytes=0-" and
				// then ask for the ranges they need
				Headers: []SentHeader{{Name: "Range", Value: "bytes=0-", Span: Span{Start: m[0], End: m[1]}}},
				Body:    Fact{Str: "none", From: FromSent}})
		}
	}
	if rare.Contains(text, "Request(") {
		for _, m := range reMethodRequest.FindAllStringSubmatchIndex(text, maxScan) {
			add(methodRequest(text, m))
		}
	}
	if rare.Contains(text, "URLRequest") {
		for _, m := range reURLRequest.FindAllStringSubmatchIndex(text, maxScan) {
			add(urlRequest(text, text[m[2]:m[3]], m))
		}
	}
}

// namedArg splits "name: expr" (Dart's named arguments).
func namedArg(text string, sp Span) (string, Span) {
	s := text[sp.Start:sp.End]
	i := strings.IndexByte(s, ':')
	if i <= 0 || strings.ContainsAny(s[:i], " \t\"'(/.") {
		return "", sp
	}
	return s[:i], trimSpan(text, Span{Start: sp.Start + i + 1, End: sp.End})
}

// unwrapURI returns the argument of Uri.parse(X) / URI(X) / URL(string: X),
// else sp.
func unwrapURI(text string, sp Span) Span {
	s := text[sp.Start:sp.End]
	for _, p := range []string{"Uri.parse(", "Uri.tryParse(", "URI(", "URI.create(", "URL(string:", "URL("} {
		if strings.HasPrefix(s, p) && strings.HasSuffix(s, ")") {
			return trimSpan(text, Span{Start: sp.Start + len(p), End: sp.End - 1})
		}
	}
	return sp
}

// clientCall reads http.put(url, body: …, headers: {…}) (Dart),
// dio.put(url, data: …, options: Options(contentType: …, headers: {…})),
// http.put(url, body, {headers: …}) (Angular).
// clientReceiver names the HTTP client a reClientCall match calls ("dio",
// "http", "client"), or "" when its receiver is not one: the receiver's
// name or its type argument (getIt<Dio>()) must say http, client or dio.
func clientReceiver(text string, m []int) string {
	name := strings.ToLower(text[m[2]:m[3]])
	if m[4] >= 0 {
		name += " " + strings.ToLower(text[m[4]:m[5]])
	}
	switch {
	case strings.Contains(name, "dio"):
		return "dio"
	case strings.Contains(name, "http"):
		return "http"
	case strings.Contains(name, "client"):
		return "client"
	}
	return ""
}

// urlish reports whether a request's URL argument is a URL: an http(s)
// literal, or an expression whose name says URL (url, uri, link, href,
// signed, presigned, location).
func urlish(f Fact) bool {
	if strings.HasPrefix(f.Str, "http://") || strings.HasPrefix(f.Str, "https://") {
		return true
	}
	e := strings.ToLower(f.Expr)
	for _, w := range []string{"url", "uri", "link", "href", "signed", "presign", "location"} {
		if strings.Contains(e, w) {
			return true
		}
	}
	return false
}

func clientCall(text, src, meth string, m []int) *SentRequest {
	args := jsArgs(text, m[1]-1)
	if len(args) == 0 {
		return nil
	}
	start := m[2]
	if start > 0 && text[start-1] == '$' {
		start--
	}
	sp := Span{Start: start, End: min(len(text), args[len(args)-1].End+1)}
	s := &SentRequest{Span: sp, Source: src, URL: jsValueFact(text, unwrapURI(text, args[0])),
		Method: stated(strings.ToUpper(meth), Span{Start: m[6], End: m[7]}, FromSent, text[m[2]:m[7]]),
		Body:   Fact{Str: "none", From: FromSent}}
	for i, a := range args[1:] {
		name, val := namedArg(text, a)
		switch {
		case name == "body" || name == "data" || (name == "" && i == 0 && meth != "get" && meth != "head"):
			s.Body = jsBody(text, val, "body")
		case name == "headers":
			s.Headers = append(s.Headers, jsHeaders(text, val, true, false)...)
		case name == "options":
			s.Headers = append(s.Headers, optionsHeaders(text, val)...)
		case name == "" && text[val.Start] == '{':
			if o := jsObject(text, val); o != nil {
				hs, ok := o.Get("headers")
				s.Headers = append(s.Headers, jsHeaders(text, hs, ok, false)...)
			}
		}
	}
	return s
}

// optionsHeaders reads Dio's Options(contentType: …, headers: {…}).
func optionsHeaders(text string, sp Span) []SentHeader {
	i := strings.IndexByte(text[sp.Start:sp.End], '(')
	if i < 0 {
		return nil
	}
	var out []SentHeader
	for _, a := range jsArgs(text, sp.Start+i) {
		name, val := namedArg(text, a)
		switch name {
		case "contentType":
			out = append(out, jsHeader("Content-Type", text, val, a, false))
		case "headers":
			out = append(out, jsHeaders(text, val, true, false)...)
		}
	}
	for i := range out {
		// Dio's header-name constants
		k := text[out[i].Span.Start:min(len(text), out[i].Span.Start+40)]
		switch {
		case strings.HasPrefix(k, "Headers.contentLengthHeader"):
			out[i].Name = "Content-Length"
		case strings.HasPrefix(k, "Headers.contentTypeHeader"):
			out[i].Name = "Content-Type"
		}
	}
	return out
}

// okHTTP reads an OkHttp Request.Builder() chain up to .build(): .url(X),
// the method (.put(body), .post(body), .method("PUT", body), GET by
// default), .addHeader / .header, and the body's media type, which OkHttp
// sends as Content-Type.
func okHTTP(text string, start, after int) *SentRequest {
	end := min(len(text), after+1500)
	if i := strings.Index(text[after:end], ".build()"); i >= 0 {
		end = after + i + len(".build()")
	} else {
		return nil
	}
	s := &SentRequest{Span: Span{Start: start, End: end}, Source: "okhttp",
		Method: Fact{Str: "GET", From: FromSent, Why: "OkHttp's default"}, Body: Fact{Str: "none", From: FromSent}}
	var body Span
	for _, m := range reOkCall.FindAllStringSubmatchIndex(text[after:end], 20) {
		name := text[after+m[2] : after+m[3]]
		args := jsArgs(text, after+m[1]-1)
		switch name {
		case "url":
			if len(args) > 0 {
				s.URL = jsValueFact(text, unwrapURI(text, args[0]))
			}
		case "method":
			if len(args) > 0 {
				if v, ok := jsString(text, args[0]); ok {
					s.Method = stated(strings.ToUpper(v), args[0], FromSent, ".method")
				}
				if len(args) > 1 {
					body = args[1]
				}
			}
		case "addHeader", "header":
			if len(args) == 2 {
				if n, ok := jsString(text, args[0]); ok {
					s.Headers = append(s.Headers, jsHeader(n, text, args[1], Span{Start: args[0].Start, End: args[1].End}, false))
				}
			}
		default:
			s.Method = stated(strings.ToUpper(name), Span{Start: after + m[2], End: after + m[3]}, FromSent, "."+name)
			if len(args) > 0 {
				body = args[0]
			}
		}
	}
	if body.Len() > 0 {
		s.Body = stated("sized", body, FromSent, "RequestBody")
		if ct, sp, ok := mediaTypeOf(text, body, start); ok {
			s.Headers = append([]SentHeader{{Name: "Content-Type", Value: ct, Span: sp}}, s.Headers...)
		}
	}
	return s
}

// mediaTypeOf finds the media type of an OkHttp body: in the expression
// itself, or in the definition of the variable it names (val body = …).
func mediaTypeOf(text string, body Span, before int) (string, Span, bool) {
	look := []Span{body}
	name := text[body.Start:body.End]
	if isIdent(name) {
		from := max(0, before-3000)
		if i := strings.LastIndex(text[from:before], name+" = "); i >= 0 {
			ds := from + i
			de := strings.IndexByte(text[ds:], '\n')
			if de < 0 {
				de = len(text) - ds
			}
			look = append(look, Span{Start: ds, End: ds + de})
		}
	}
	for _, l := range look {
		if m := reMediaType.FindStringSubmatchIndex(text[l.Start:l.End]); m != nil {
			g := 2
			if m[2] < 0 {
				g = 4
			}
			return text[l.Start+m[g] : l.Start+m[g+1]], Span{Start: l.Start + m[g], End: l.Start + m[g+1]}, true
		}
	}
	return "", Span{}, false
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// urlRequest reads Swift's URLRequest(url: X) and what is set on the
// variable after it: httpMethod, setValue/addValue(_:forHTTPHeaderField:),
// httpBody or an uploadTask that sends it with a body.
func urlRequest(text, name string, m []int) *SentRequest {
	open := m[1]
	for open > m[0] && text[open-1] != '(' {
		open--
	}
	args := jsArgs(text, open-1)
	if len(args) == 0 {
		return nil
	}
	_, u := namedArg(text, args[0])
	end := min(len(text), m[1]+3000)
	s := &SentRequest{Span: Span{Start: m[0], End: min(len(text), args[0].End+1)}, Source: "urlsession", URL: jsValueFact(text, unwrapURI(text, u)),
		Method: Fact{Str: "GET", From: FromSent, Why: "URLRequest's default"}, Body: Fact{Str: "none", From: FromSent}}
	rest := text[m[1]:end]
	if i := strings.Index(rest, name+".httpMethod"); i >= 0 {
		at := m[1] + i
		if q := strings.IndexByte(text[at:min(end, at+60)], '"'); q >= 0 {
			if e := strings.IndexByte(text[at+q+1:min(end, at+q+20)], '"'); e >= 0 {
				s.Method = stated(strings.ToUpper(text[at+q+1:at+q+1+e]), Span{Start: at + q + 1, End: at + q + 1 + e}, FromSent, "httpMethod")
			}
		}
	}
	for _, call := range []string{name + ".setValue(", name + ".addValue("} {
		for off := 0; ; {
			i := strings.Index(rest[off:], call)
			if i < 0 {
				break
			}
			at := m[1] + off + i + len(call) - 1
			off += i + len(call)
			a := jsArgs(text, at)
			if len(a) != 2 {
				continue
			}
			hn, hv := namedArg(text, a[1])
			if hn != "forHTTPHeaderField" {
				continue
			}
			if n, ok := jsString(text, hv); ok {
				s.Headers = append(s.Headers, jsHeader(n, text, a[0], Span{Start: a[0].Start, End: a[1].End}, false))
			}
		}
	}
	if strings.Contains(rest, name+".httpBody") || strings.Contains(rest, "uploadTask(with: "+name) {
		s.Body = stated("sized", s.Span, FromSent, "")
	}
	return s
}

// methodRequest reads a request object made with its method and URL
// (reMethodRequest): the method is stated; a MultipartRequest sends a
// multipart/form-data body (its files and fields), a StreamedRequest a
// stream, a Request the body set on it.
func methodRequest(text string, m []int) *SentRequest {
	open := m[0] + strings.IndexByte(text[m[0]:m[1]], '(')
	a := jsArgs(text, open)
	if len(a) != 2 {
		return nil
	}
	meth := text[m[4]:m[5]]
	s := &SentRequest{Span: Span{Start: m[0], End: min(len(text), a[1].End+1)}, Source: "http",
		Method: stated(meth, Span{Start: m[4], End: m[5]}, FromSent, "the request's method"),
		URL:    jsValueFact(text, unwrapURI(text, a[1])), Body: Fact{Str: "sized", From: FromSent}}
	switch {
	case m[2] >= 0 && text[m[2]:m[3]] == "Multipart":
		s.Body = stated("multipart", s.Span, FromSent, "MultipartRequest sends multipart/form-data")
	case m[2] >= 0 && text[m[2]:m[3]] == "Streamed":
		s.Body = stated("stream", s.Span, FromSent, "StreamedRequest sends a stream")
	}
	return s
}

// proseSend reads a sentence of prose that says the paste's URL was sent
// with a method (reProseSend), on a line that is prose (no code
// punctuation) and names the URL: a sent request whose URL is "the URL",
// linked like any request whose URL is not a literal.
func proseSend(text string, m []int) *SentRequest {
	line, _, prose := proseLineAt(text, m[0])
	l := strings.ToLower(line)
	if !prose || !(strings.Contains(l, "url") || strings.Contains(l, "link")) {
		return nil
	}
	meth := strings.ToUpper(text[m[2]:m[3]])
	return &SentRequest{Span: Span{Start: m[0], End: m[1]}, Source: "prose",
		Method: stated(meth, Span{Start: m[2], End: m[3]}, FromSent, "as the text says"),
		URL:    Fact{Expr: "the URL", From: FromSent}, Body: Fact{From: FromSent}}
}
