package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/cli"
	"github.com/presign-doctor/presign-doctor/internal/curl"
	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/policy"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/s3xml"
	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// sentRequests collects every request the paste sends: curl lines and
// Python HTTP calls (read by their readers), wget and httpie lines,
// JavaScript fetch / axios / XHR / jQuery / AngularJS calls, HTML forms,
// HAR entries and browser console lines (read here, tolerantly, wherever
// they sit in the paste).
func (b *builder) sentRequests(inc *Incident) {
	f := b.f
	for _, c := range f.Curls {
		s := &SentRequest{Span: c.Cmd.Span, Source: "curl", Curl: c, Call: c.Call, SignedURL: c.URL}
		s.Method = Fact{Str: c.Cmd.Method, Span: c.Cmd.MethodSpan, Stated: c.Cmd.MethodFrom != "", From: FromSent, Why: methodWhy(c.Cmd.MethodFrom)}
		if c.Cmd.URL != nil {
			s.URL = stated(c.Cmd.URL.Text, c.Cmd.URL.Span, FromSent, "")
		}
		for _, h := range c.Cmd.Headers {
			s.Headers = append(s.Headers, SentHeader{Name: h.Name, Value: h.Value, Span: h.Span})
		}
		switch {
		case c.Cmd.Upload != nil:
			s.Body = stated("sized", c.Cmd.Upload.Span, FromSent, "-T sends the file with its length")
		case c.Cmd.DataFlag == "-F":
			s.Body = stated("multipart", c.Cmd.DataSpan, FromSent, "-F")
		case c.Cmd.DataFlag != "":
			s.Body = stated("sized", c.Cmd.DataSpan, FromSent, "--data")
		default:
			s.Body = Fact{Str: "none", From: FromSent}
		}
		if h := s.Header("Transfer-Encoding"); h != nil && strings.Contains(strings.ToLower(h.Value), "chunked") {
			s.Body = stated("chunked", h.Span, FromSent, "")
		}
		if curlWritesStatus(c.Cmd.Words) {
			s.Status = statusLineAfter(f.Text, c.Cmd.Span.End)
		}
		inc.SentRequests = append(inc.SentRequests, s)
	}
	for _, h := range f.HTTPCalls {
		if h.Source != "python" && !braceSource(h.Source) {
			continue
		}
		s := &SentRequest{Span: h.Span, Source: h.Library, Call: h}
		s.Method = Fact{Str: strings.ToUpper(h.Method), Span: h.Span, Stated: h.Method != "", From: FromSent}
		if h.URL != nil {
			s.URL = valueFact(h.URL, FromSent)
		}
		for _, p := range h.Headers {
			sh := SentHeader{Name: p.Name, Span: p.Span}
			if p.Value != nil && p.Value.Known {
				sh.Value = p.Value.Str
			} else if p.Value != nil {
				sh.Expr = p.Value.Expr
			}
			s.Headers = append(s.Headers, sh)
		}
		inc.SentRequests = append(inc.SentRequests, s)
	}
	b.shellSenders(inc)
	b.jsSenders(inc)
	b.mobileSenders(inc)
	b.harEntries(inc)
	b.consoleLines(inc)
	b.wireLogs(inc)
	b.htmlForms(inc)
	b.poolErrors(inc)
	shellVarURLs(inc)
	for _, s := range inc.SentRequests {
		s.fillURL(f.URLs)
		if s.SignedURL != nil && len(s.SignedURL.Repairs) > 0 {
			kept := escapesKept(s.Source)
			if sp := s.Span; sp.Start >= 0 && sp.End <= len(f.Text) && htmlEscaped(f.Text[sp.Start:sp.End]) {
				// the command itself sits in HTML (&quot; around its URL,
				// a page's source): the page escaped its & too
				kept &^= presign.EscapeHTML
			}
			if raw := s.SignedURL.AsSent(f.Text, kept); raw != s.SignedURL.Raw {
				s.AsSent = raw
			}
		}
		if h := s.Header("Content-Length"); h != nil && s.Body.Str == "stream" {
			// a stream whose length the code sets: the client sends
			// Content-Length, not chunks
			s.Body = stated("sized", h.Span, FromSent, "a stream with Content-Length set")
		}
	}
	b.verboseRequests(inc)
}

// escapesKept says which escaped ampersands a sender of this source
// passes on unread (presign.EscapeJSON, presign.EscapeHTML): a shell reads
// neither (inside double quotes \u0026 stays a backslash, a u and four
// digits), a browser's console and a wire log show what was sent; HAR is
// JSON; an HTML form reads entities; code string literals read \u0026.
// S3's own quote of the request and prose send nothing of their own.
func escapesKept(source string) int {
	switch source {
	case "curl", "wget", "httpie", "powershell", "console", "wire-log":
		return presign.EscapeJSON | presign.EscapeHTML
	case "har":
		return presign.EscapeHTML
	case "form":
		return presign.EscapeJSON
	case "s3", "prose":
		return 0
	}
	return presign.EscapeHTML
}

// htmlEscaped reports whether text carries HTML's escapes of characters
// other than & (&quot; &#39; &lt; &gt;): it was escaped as a whole.
func htmlEscaped(text string) bool {
	for _, e := range []string{"&quot;", "&#39;", "&#34;", "&lt;", "&gt;"} {
		if strings.Contains(text, e) {
			return true
		}
	}
	return false
}

func methodWhy(from string) string {
	if from == "" {
		return "curl's default"
	}
	return from
}

// fillURL sets the host and path from a literal URL, and the presigned
// URL the request uses when the paste's URL reader read it there.
func (s *SentRequest) fillURL(urls []*presign.URL) {
	if s.SignedURL == nil && s.URL.Span.Len() > 0 {
		for _, u := range urls {
			if u.Version != "" && u.Span.Overlaps(s.URL.Span) {
				s.SignedURL = u
				break
			}
		}
	}
	if s.SignedURL != nil {
		s.Host, s.Path = s.SignedURL.Host, s.SignedURL.Path
		return
	}
	if s.URL.Str != "" {
		rest := s.URL.Str
		if i := strings.Index(rest, "://"); i >= 0 {
			rest = rest[i+3:]
			host, path, _ := strings.Cut(rest, "/")
			s.Host = strings.ToLower(host)
			path, _, _ = strings.Cut(path, "?")
			s.Path = "/" + path
		}
	}
}

var reShellSender = lazyre.New(`(?mi)^[ \t]*(?:\$[ \t]+|>[ \t]+|PS[^>\n]*>[ \t]*|❯[ \t]*)?(?:wget|http|https|xh|Invoke-WebRequest|Invoke-RestMethod|iwr|irm)[ \t]+[^\n]*`)

// shellSenders reads wget and httpie (http, https, xh) lines.
func (b *builder) shellSenders(inc *Incident) {
	text := b.f.Text
	if !strings.Contains(text, "wget") && !strings.Contains(text, "http ") && !strings.Contains(text, "https ") && !strings.Contains(text, "xh ") && !powershellSender(text) {
		return
	}
	for _, m := range reShellSender.FindAllStringSubmatchIndex(text, maxScan) {
		for _, c := range cli.Parse(text, source.Span{Start: m[0], End: m[1]}) {
			prog := strings.ToLower(c.Program)
			switch prog {
			case "wget":
				w := wget(c)
				w.Status = wgetStatus(text, c.Span.End)
				inc.SentRequests = append(inc.SentRequests, w)
			case "http", "https", "xh":
				if s := httpie(c); s != nil {
					inc.SentRequests = append(inc.SentRequests, s)
				}
			case "invoke-webrequest", "invoke-restmethod", "iwr", "irm":
				if s := invokeWebRequest(c); s != nil {
					inc.SentRequests = append(inc.SentRequests, s)
				}
			}
		}
	}
}

var (
	reWgetStatus = lazyre.New(`HTTP request sent, awaiting response\.\.\. ([1-5]\d\d)\b`)
	reLeadStatus = lazyre.New(`^[ \t]*([1-5]\d\d)(?:[ \t]|$)`)
)

// outputLines are the lines of a command's output: those after the
// command's end up to the next shell prompt or blank line, at most 40.
func outputLines(text string, end int) []string {
	if end >= len(text) {
		return nil
	}
	rest := text[end:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[i+1:]
	} else {
		return nil
	}
	var out []string
	for _, l := range strings.SplitN(rest, "\n", 41) {
		t := strings.TrimSpace(l)
		if t == "" && len(out) > 0 || strings.HasPrefix(t, "$ ") || strings.HasPrefix(t, "> ") || strings.HasPrefix(t, "PS ") {
			break
		}
		if t != "" {
			out = append(out, l)
		}
		if len(out) == 40 {
			break
		}
	}
	return out
}

// wgetStatus is the status wget's output shows for the request itself
// (its first "HTTP request sent, awaiting response... 307 Temporary
// Redirect"; later ones answer the redirects it followed), or 0.
func wgetStatus(text string, end int) int {
	for _, l := range outputLines(text, end) {
		if m := reWgetStatus.FindStringSubmatch(l); m != nil {
			return atoi(m[1])
		}
	}
	return 0
}

// curlWritesStatus reports a curl command whose -w / --write-out format
// starts with the response's status (%{http_code}, %{response_code}).
func curlWritesStatus(words []curl.Word) bool {
	for i, w := range words {
		f := ""
		switch {
		case w.Text == "-w" || w.Text == "--write-out":
			if i+1 < len(words) {
				f = words[i+1].Text
			}
		case strings.HasPrefix(w.Text, "--write-out="):
			f = strings.TrimPrefix(w.Text, "--write-out=")
		case strings.HasPrefix(w.Text, "-w") && len(w.Text) > 2 && !strings.HasPrefix(w.Text, "--"):
			f = w.Text[2:]
		}
		f = strings.Trim(f, `"'`)
		if strings.HasPrefix(f, "%{http_code}") || strings.HasPrefix(f, "%{response_code}") {
			return true
		}
	}
	return false
}

// statusLineAfter is the status a curl -w '%{http_code}…' printed: the
// first output line after the command when it starts with one, or 0.
func statusLineAfter(text string, end int) int {
	ls := outputLines(text, end)
	if len(ls) == 0 {
		return 0
	}
	if m := reLeadStatus.FindStringSubmatch(ls[0]); m != nil {
		return atoi(m[1])
	}
	return 0
}

// maxScan bounds the matches each whole-text scanner looks at.
const maxScan = 200

func wget(c *cli.Command) *SentRequest {
	s := &SentRequest{Span: c.Span, Source: "wget", Method: Fact{Str: "GET", From: FromSent, Why: "wget's default"}, Body: Fact{Str: "none", From: FromSent}}
	for _, o := range c.Options {
		if o.Name == "spider" && !s.Method.Stated {
			// wget's spider mode checks a link with a HEAD request.
			s.Method = stated("HEAD", o.Span, FromSent, "--spider sends HEAD")
		}
		if o.Value == nil {
			continue
		}
		switch o.Name {
		case "method":
			s.Method = stated(strings.ToUpper(o.Value.Text), o.Span, FromSent, "--method")
		case "header":
			n, v, ok := strings.Cut(o.Value.Text, ":")
			if ok {
				s.Headers = append(s.Headers, SentHeader{Name: strings.TrimSpace(n), Value: strings.TrimSpace(v), Span: o.Value.Span})
			}
		case "body-file", "post-file":
			s.Body = stated("sized", o.Span, FromSent, "--"+o.Name)
		case "body-data", "post-data":
			s.Body = stated("sized", o.Span, FromSent, "--"+o.Name)
		}
		if (o.Name == "post-file" || o.Name == "post-data") && !s.Method.Stated {
			s.Method = stated("POST", o.Span, FromSent, "--"+o.Name)
		}
	}
	for _, w := range c.Words {
		if strings.HasPrefix(w.Text, "http://") || strings.HasPrefix(w.Text, "https://") || shellVarRef(w.Text) != "" {
			s.URL = stated(w.Text, w.Span, FromSent, "")
		}
	}
	return s
}

var (
	reHTTPieHeader = lazyre.New(`^([A-Za-z0-9-]+):([^=].*)?$`)
	methodsSet     = table.Set("GET", "PUT", "POST", "HEAD", "DELETE", "PATCH", "OPTIONS")
)

func httpie(c *cli.Command) *SentRequest {
	s := &SentRequest{Span: c.Span, Source: "httpie", Body: Fact{Str: "none", From: FromSent}}
	for i, w := range c.Words {
		t := w.Text
		switch {
		case i == 0:
		case methodsSet[t] && s.URL.Str == "":
			s.Method = stated(t, w.Span, FromSent, "")
		case s.URL.Str == "" && (strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") || strings.HasPrefix(t, ":") || shellVarRef(t) != ""):
			s.URL = stated(t, w.Span, FromSent, "")
		case s.URL.Str != "" && strings.HasPrefix(t, "@"):
			s.Body = stated("sized", w.Span, FromSent, "@file")
		case s.URL.Str != "" && reHTTPieHeader.MatchString(t):
			n, v, _ := strings.Cut(t, ":")
			s.Headers = append(s.Headers, SentHeader{Name: n, Value: strings.TrimSpace(v), Span: w.Span})
		}
	}
	if s.URL.Str == "" {
		return nil
	}
	if s.Method.Str == "" {
		s.Method = Fact{Str: "GET", From: FromSent, Why: "httpie's default without data"}
		if s.Body.Str == "sized" {
			s.Method = Fact{Str: "POST", From: FromSent, Why: "httpie's default with data"}
		}
	}
	return s
}

var (
	reConsole = lazyre.New(`(?m)^[^\n]*?\b(GET|PUT|POST|HEAD|DELETE)[ \t]+(https?://[^\s'"<>]+)[ \t]+(?:net::[A-Z_]+[ \t]+)?([1-5][0-9][0-9])\b[^\n]*`)
	reCORS    = lazyre.New(`Access to (?:fetch|XMLHttpRequest) at '(https?://[^']+)' from origin '[^']*' has been blocked by CORS policy[^\n]*`)
	// A tag ends at the first '>' outside its quoted attribute values, so a
	// template tag inside one (action="<%= post.url %>", "<?= $url ?>")
	// does not end it.
	reForm = lazyre.New(`(?is)<form\b(?:[^>"']|"[^"]*"|'[^']*')*>`)
	reAttr = lazyre.New(`(?i)\b(action|method|enctype)\s*=\s*["']([^"']*)["']`)
)

// consoleHeaders reads the "Request Headers" block a console (Postman's,
// the browser's network panel copied as text) shows under a request line
// starting at off: "Name: value" lines until one that is not a header.
func consoleHeaders(text string, off int) []SentHeader {
	next := func() (string, int, int) {
		if off >= len(text) {
			return "", off, off
		}
		e := strings.IndexByte(text[off:], '\n')
		if e < 0 {
			e = len(text) - off
		}
		start := off
		off += e + 1
		return text[start : start+e], start, start + e
	}
	line, _, _ := next()
	if !strings.EqualFold(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(line), ":")), "request headers") {
		return nil
	}
	var hs []SentHeader
	for len(hs) < 64 {
		line, ls, le := next()
		t := strings.TrimSpace(line)
		i := strings.IndexByte(t, ':')
		if i <= 0 || strings.ContainsAny(t[:i], " \t/") {
			break
		}
		lead := strings.Index(line, t)
		hs = append(hs, SentHeader{Name: t[:i], Value: strings.TrimSpace(t[i+1:]), Span: Span{Start: ls + lead, End: le}})
	}
	return hs
}

// consoleLines reads the browser console's request lines ("PUT https://…
// 403 (Forbidden)") as a sent request with its status, and CORS refusals
// as answers.
func (b *builder) consoleLines(inc *Incident) {
	text := b.f.Text
	if !strings.Contains(text, "http") {
		return
	}
	n := 0
	for ls := 0; ls < len(text) && n < maxScan; {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		line := text[ls:le]
		start := ls
		ls = le + 1
		// Only lines that can be one run the pattern: a method, a URL, no
		// command that sends it.
		if !strings.Contains(line, "http") || !consoleMethod(line) || strings.Contains(line, "curl ") || strings.Contains(line, "wget ") {
			continue
		}
		m := reConsole.FindStringSubmatchIndex(line)
		if m == nil {
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += start
			}
		}
		n++
		st := atoi(text[m[6]:m[7]])
		s := &SentRequest{Span: Span{Start: m[0], End: m[1]}, Source: "console", Status: st}
		s.Method = Fact{Str: text[m[2]:m[3]], Span: Span{Start: m[2], End: m[3]}, Stated: true, From: FromSent}
		s.URL = Fact{Str: text[m[4]:m[5]], Span: Span{Start: m[4], End: m[5]}, Stated: true, From: FromSent}
		s.Headers = consoleHeaders(text, ls)
		inc.SentRequests = append(inc.SentRequests, s)
		a := &Answer{Span: s.Span, Source: "console", Status: st}
		inc.Answers = append(inc.Answers, a)
		inc.Links = append(inc.Links, Link{Kind: LinkAnswerSent, Sent: s, Answer: a, Reason: "the console line shows the request and its status"})
	}
	if strings.Contains(text, "CORS policy") {
		for _, m := range reCORS.FindAllStringSubmatchIndex(text, maxScan) {
			a := &Answer{Span: Span{Start: m[0], End: m[1]}, Source: "console",
				Code:    Fact{Str: "CORS", Span: Span{Start: m[0], End: m[1]}, Stated: true, From: FromSent, Why: "the browser blocked the response"},
				Message: Fact{Str: text[m[0]:m[1]], Span: Span{Start: m[0], End: m[1]}, Stated: true, From: FromSent}}
			inc.Answers = append(inc.Answers, a)
		}
	}
}

func consoleMethod(line string) bool {
	for _, m := range []string{"GET ", "PUT ", "POST ", "HEAD ", "DELETE "} {
		if strings.Contains(line, m) {
			return true
		}
	}
	return false
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// htmlForms reads <form action=… method=post enctype=multipart/form-data>.
func (b *builder) htmlForms(inc *Incident) {
	text := b.f.Text
	if !strings.Contains(text, "<form") && !strings.Contains(text, "<FORM") {
		return
	}
	for _, m := range reForm.FindAllStringSubmatchIndex(text, maxScan) {
		tag := text[m[0]:m[1]]
		s := &SentRequest{Span: Span{Start: m[0], End: m[1]}, Source: "form", Method: Fact{Str: "GET", From: FromSent, Why: "a form's default method"}, Body: Fact{Str: "form", From: FromSent}}
		for _, a := range reAttr.FindAllStringSubmatchIndex(tag, -1) {
			name, val := strings.ToLower(tag[a[2]:a[3]]), tag[a[4]:a[5]]
			sp := Span{Start: m[0] + a[4], End: m[0] + a[5]}
			switch name {
			case "action":
				s.URL = stated(val, sp, FromSent, "")
			case "method":
				s.Method = stated(strings.ToUpper(val), sp, FromSent, "")
			case "enctype":
				if strings.Contains(strings.ToLower(val), "multipart") {
					s.Body = stated("multipart", sp, FromSent, "")
				}
			}
		}
		// The form's inputs: up to </form>, within 20,000 bytes.
		end := strings.Index(text[m[1]:min(len(text), m[1]+20000)], "</form>")
		if end < 0 {
			end = min(len(text)-m[1], 20000)
		}
		body := text[m[1] : m[1]+end]
		for _, in := range reInput.FindAllStringSubmatchIndex(body, maxScan) {
			tag := body[in[0]:in[1]]
			var name, val string
			for _, a := range reInputAttr.FindAllStringSubmatch(tag, -1) {
				switch strings.ToLower(a[1]) {
				case "name":
					name = a[2]
				case "value":
					val = a[2]
				}
			}
			if name != "" {
				s.Fields = append(s.Fields, SentHeader{Name: name, Value: val, Span: Span{Start: m[1] + in[0], End: m[1] + in[1]}})
			}
		}
		inc.SentRequests = append(inc.SentRequests, s)
	}
}

var (
	reInput     = lazyre.New(`(?i)<input\b(?:[^>"']|"[^"]*"|'[^']*')*>`)
	reInputAttr = lazyre.New(`(?i)\b(name|value)\s*=\s*["']([^"']*)["']`)
)

// harEntries reads the entries of a HAR file (or a single entry copied
// from the browser): the request's method, URL and headers, and the
// response's status as an answer linked to it.
func (b *builder) harEntries(inc *Incident) {
	text := b.f.Text
	if !strings.Contains(text, `"method"`) || !strings.Contains(text, `"url"`) {
		return
	}
	for _, p := range b.f.Parts {
		body := text[p.Span.Start:p.Span.End]
		if !strings.Contains(body, `"method"`) || !strings.Contains(body, `"url"`) {
			continue
		}
		vals, _ := policy.ReadValues(text, p.Span)
		n := 0
		for _, v := range vals {
			b.harWalk(inc, v, 0, &n)
		}
	}
}

func (b *builder) harWalk(inc *Incident, n *policy.Node, depth int, count *int) {
	if n == nil || depth > 8 || *count >= maxScan {
		return
	}
	switch n.Kind {
	case policy.Array:
		for _, it := range n.Items {
			b.harWalk(inc, it, depth+1, count)
		}
		return
	case policy.Object:
	default:
		return
	}
	rq, source := n.Get("request"), "har"
	if rq == nil && exportedRequest(n) {
		// an API client's export (Insomnia's resources): the request's
		// fields stand in the object itself
		rq, source = n, "http-client"
	}
	if rq == nil || rq.Kind != policy.Object || rq.Get("method") == nil || requestURL(rq) == nil {
		for _, fl := range n.Fields {
			b.harWalk(inc, fl.Value, depth+1, count)
		}
		return
	}
	if rs := n.Get("response"); source == "har" && (rs == nil || rs.Kind != policy.Object) && n.Get("startedDateTime") == nil && rq.Get("httpVersion") == nil {
		// Postman's collection item: {"name", "request": {method, header, url: {raw}}}
		source = "http-client"
	}
	*count++
	m, u := rq.Get("method"), requestURL(rq)
	s := &SentRequest{Span: n.Span, Source: source}
	s.Method = stated(strings.ToUpper(m.Str), m.Span, FromSent, "")
	s.URL = stated(u.Str, u.Span, FromSent, "")
	for _, key := range []string{"headers", "header"} {
		hs := rq.Get(key)
		if hs == nil {
			continue
		}
		for _, h := range hs.Items {
			name, val := h.Get("name"), h.Get("value")
			if name == nil {
				name = h.Get("key") // Postman's {"key", "value"}
			}
			if name == nil || val == nil {
				continue
			}
			s.Headers = append(s.Headers, SentHeader{Name: name.Str, Value: val.Str, Span: h.Span})
		}
	}
	s.Body = Fact{Str: "none", From: FromSent}
	if pd := rq.Get("postData"); pd != nil {
		s.Body = stated("sized", pd.Span, FromSent, "postData")
	} else if bd := rq.Get("body"); bd != nil && bd.Kind == policy.Object && len(bd.Fields) > 0 {
		s.Body = stated("sized", bd.Span, FromSent, "the exported request's body (a file or text)")
	} else if bs := rq.Get("bodySize"); bs != nil && bs.Str != "0" && bs.Str != "-1" {
		s.Body = stated("sized", bs.Span, FromSent, "bodySize")
	}
	inc.SentRequests = append(inc.SentRequests, s)
	rs := n.Get("response")
	if rs == nil || rs.Kind != policy.Object {
		return
	}
	a := &Answer{Span: rs.Span, Source: "har"}
	if st := rs.Get("status"); st != nil {
		a.Status = atoi(st.Str)
		s.Status = a.Status
	}
	if c := rs.Get("content"); c != nil {
		if t := c.Get("text"); t != nil {
			if m := reXMLCode.FindStringSubmatch(t.Str); m != nil {
				a.Code = Fact{Str: m[1], Span: t.Span, Stated: true, From: FromS3, Why: "the HAR response's content"}
			}
			if m := reXMLMessage.FindStringSubmatch(t.Str); m != nil {
				a.Message = Fact{Str: m[1], Span: t.Span, Stated: true, From: FromS3}
			}
			// The bucket's region S3 names in the content (the body is a
			// JSON string: its span is the string's).
			e := &s3xml.Error{Code: a.Code.Str, Message: a.Message.Str}
			if m := reXMLRegion.FindStringSubmatch(t.Str); m != nil {
				e.Fields = append(e.Fields, s3xml.Field{Name: "Region", Value: m[1]})
			}
			if m := reXMLEndpoint.FindStringSubmatch(t.Str); m != nil {
				e.Fields = append(e.Fields, s3xml.Field{Name: "Endpoint", Value: m[1], Raw: m[1]})
			}
			if ev, ok := e.BucketRegion(); ok && presignRegion(ev.Value) {
				a.Region = Fact{Str: ev.Value, Span: t.Span, Stated: true, From: FromS3, Why: ev.From}
			}
			if ev, ok := e.WrongRegion(); ok {
				a.WrongRegion = Fact{Str: ev.Value, Span: t.Span, Stated: true, From: FromS3, Why: ev.From}
			}
		}
	}
	var rh []*policy.Node
	if hs := rs.Get("headers"); hs != nil {
		rh = hs.Items
	}
	for _, h := range rh {
		if name, val := h.Get("name"), h.Get("value"); name != nil && val != nil && strings.EqualFold(name.Str, "x-amz-bucket-region") {
			a.Region = Fact{Str: val.Str, Span: val.Span, Stated: true, From: FromS3, Why: "x-amz-bucket-region"}
		}
	}
	inc.Answers = append(inc.Answers, a)
	inc.Links = append(inc.Links, Link{Kind: LinkAnswerSent, Sent: s, Answer: a, Reason: "the HAR entry's response"})
}

// requestURL is a request object's URL: a string (HAR, Insomnia), or
// Postman's object with its "raw" text.
func requestURL(rq *policy.Node) *policy.Node {
	u := rq.Get("url")
	if u != nil && u.Kind == policy.Object {
		u = u.Get("raw")
	}
	if u == nil || !strings.HasPrefix(strings.ToLower(u.Str), "http") {
		return nil
	}
	return u
}

// exportedRequest reports an object that is itself a request of an API
// client's export (Insomnia: "_type": "request", or a method that is an
// HTTP verb beside an http URL).
func exportedRequest(n *policy.Node) bool {
	m := n.Get("method")
	if m == nil || requestURL(n) == nil {
		return false
	}
	switch strings.ToUpper(m.Str) {
	case "GET", "PUT", "POST", "HEAD", "DELETE", "PATCH":
		return true
	}
	return false
}

var (
	reXMLCode     = lazyre.New(`<Code>([^<]{1,100})</Code>`)
	reXMLMessage  = lazyre.New(`<Message>([^<]{0,1000})</Message>`)
	reXMLRegion   = lazyre.New(`<Region>([a-z0-9-]{1,40})</Region>`)
	reXMLEndpoint = lazyre.New(`<Endpoint>([^<]{1,200})</Endpoint>`)
)

// poolErrors reads urllib3's connection errors ("HTTPSConnectionPool(host=
// 'H', port=P): Max retries exceeded with url: /path?query") as requests
// sent to the URL they name (the model's URLs hold it joined): the method
// and the headers are not shown.
func (b *builder) poolErrors(inc *Incident) {
	text := b.f.Text
	if !strings.Contains(text, "ConnectionPool(host=") {
		return
	}
	for _, u := range presign.FindPoolErrors(text) {
		var signed *presign.URL
		for _, v := range b.f.URLs {
			if v.Raw == u.Raw {
				signed = v
				break
			}
		}
		if signed == nil {
			continue
		}
		inc.SentRequests = append(inc.SentRequests, &SentRequest{Span: u.Span, Source: "urllib3", HeadersUnknown: true,
			URL: stated(u.Raw, u.Span, FromSent, "urllib3's connection error names it"), SignedURL: signed})
	}
}
