package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/cli"
	"github.com/presign-doctor/presign-doctor/internal/curl"
	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/shell"
	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// The shell around a presign command: wherever `aws s3 presign` sits in
// the paste (a command line of its own, a $( ) or backtick substitution,
// a PowerShell assignment, inline code in prose, the head of a pipe), the
// command is read once, and what its URL flows into is recorded:
//
//   - the variable it is assigned to (URL=$(aws s3 presign …), export
//     URL=`…`, $url = aws s3 presign …): SignedRequest.Var, so a request
//     that sends "$URL", "${URL}" or $url links by "same variable";
//   - the command it is piped into (… | xargs curl -T file): that request
//     links by "piped";
//   - the command it is substituted into (curl -T f "$(aws s3 presign …)"):
//     that request's URL contains the presign command.
//
// A literal URL assigned to a variable (U='https://…') gives its signed
// request the variable the same way.

var (
	reSTSCmd     = lazyre.New(`\baws(?:\.exe)?[ \t]+sts[ \t]+(?:assume-role|get-session-token|get-federation-token)\b`)
	rePresignCmd = lazyre.New(`\baws(?:\.exe)?[ \t]+s3[ \t]+presign\b`)
	// reAssignTail is the end of the text before a value: NAME=, export
	// NAME=, $name = (PowerShell), followed by an opening $( ( ` or quote.
	reAssignTail = lazyre.New("(?:^|[\\s;({])(?:export[ \\t]+|local[ \\t]+|declare[ \\t]+(?:-\\w+[ \\t]+)*|readonly[ \\t]+|set[ \\t]+)?(\\$?[A-Za-z_]\\w*)[ \\t]*=[ \\t]*[\"']?(?:\\$\\(|\\(|`)?[ \\t]*$")
)

// shellFlows reads the presign commands the part readers did not and
// records where every presign command's URL goes.
func (b *builder) shellFlows() {
	text := b.f.Text
	if strings.Contains(text, "presign") {
		for _, m := range rePresignCmd.FindAllStringSubmatchIndex(text, maxScan) {
			b.presignFlow(m[0])
		}
	}
	if strings.Contains(text, " sts ") {
		for _, m := range reSTSCmd.FindAllStringSubmatchIndex(text, maxScan) {
			b.stsFlow(m[0])
		}
	}
	if strings.Contains(text, "S3PreSignedURL") || strings.Contains(text, "S3PresignedURL") {
		for _, m := range reS3PresignCmdlet.FindAllStringSubmatchIndex(text, maxScan) {
			b.presignCmdlet(m[0], m[1])
		}
	}
	// Literal presigned URLs assigned to a variable.
	for _, u := range b.f.URLs {
		if u.Version == "" {
			continue
		}
		if name := assignedName(text, u.Span.Start); name != "" {
			if b.urlVars == nil {
				b.urlVars = map[string]string{}
			}
			if _, ok := b.urlVars[u.Raw]; !ok {
				b.urlVars[u.Raw] = name
			}
		}
	}
}

// assignedName is the variable the value starting at off is assigned to
// on its line, or "".
func assignedName(text string, off int) string {
	ls := strings.LastIndexByte(text[:off], '\n') + 1
	m := reAssignTail.FindStringSubmatch(text[ls:off])
	if m == nil {
		return ""
	}
	return strings.TrimPrefix(m[1], "$")
}

// reS3PresignCmdlet is AWS Tools for PowerShell's presign cmdlet, to the
// end of its line; reCmdletParam is one -Name value of it (the value bare,
// or quoted, or a parenthesised expression).
var (
	reS3PresignCmdlet = lazyre.New(`(?i)\bGet-S3PreSignedURL\b[^\n]*`)
	reCmdletParam     = lazyre.New(`(?i)[ \t]-(BucketName|Key|Verb|Region|Expires?|EndpointUrl|ProfileName)(?:[ \t]+|:)("[^"\n]*"|'[^'\n]*'|\([^\n]*?\)\S*|[^\s"'(]\S*)`)
)

// presignCmdlet reads Get-S3PreSignedURL (AWS Tools for PowerShell) as
// the presign operation it is: its -Verb is the method (GET when absent),
// -BucketName and -Key the object, -Region and -EndpointUrl the client,
// and the variable it is assigned to ($url = Get-S3PreSignedURL …) the
// one a later Invoke-WebRequest -Uri $url sends.
func (b *builder) presignCmdlet(start, end int) {
	text := b.f.Text
	for _, o := range b.f.Operations {
		if o.Span.Start <= start && start < o.Span.End {
			return
		}
	}
	vals := map[string]*Value{}
	for _, m := range reCmdletParam.FindAllStringSubmatchIndex(text[start:end], -1) {
		name := strings.ToLower(text[start+m[2] : start+m[3]])
		vs, ve := start+m[4], start+m[5]
		raw := strings.TrimSpace(text[vs:ve])
		v := &Value{Span: Span{Start: vs, End: vs + len(raw)}, Expr: raw}
		if len(raw) >= 2 && (raw[0] == '"' || raw[0] == '\'') && raw[len(raw)-1] == raw[0] {
			in := raw[1 : len(raw)-1]
			if raw[0] == '\'' || !strings.Contains(in, "$") {
				v.Known, v.Str, v.Span = true, in, Span{Start: vs + 1, End: vs + 1 + len(in)}
			}
		} else if raw != "" && raw[0] != '$' && raw[0] != '(' {
			v.Known, v.Str = true, raw
		}
		v.Placeholder = v.Known && looksPlaceholder(v.Str)
		vals[strings.TrimSuffix(name, "s")] = v
	}
	sp := Span{Start: start, End: end}
	cl := &Client{Span: sp, Source: "powershell", Service: "s3", Args: sp, Region: vals["region"], Endpoint: vals["endpointurl"], Profile: vals["profilename"]}
	b.f.Clients = append(b.f.Clients, cl)
	method := "GET"
	if v := vals["verb"]; v != nil && v.Known {
		method = strings.ToUpper(v.Str)
	}
	name := methodOps()[method]
	if name == "" {
		name = "get_object"
	}
	o := &Operation{Span: sp, Source: "powershell", Client: cl, Kind: "url", Name: name, NameSpan: Span{Start: start, End: start + len("Get-S3PreSignedURL")},
		Method: method, Bucket: vals["bucketname"], Key: vals["key"], ResultVar: assignedName(text, start)}
	b.f.Operations = append(b.f.Operations, o)
}

// presignFlow reads the presign command starting at p (unless a part
// reader already did) and records its variable and pipe.
func (b *builder) presignFlow(p int) {
	text := b.f.Text
	end := commandEnd(text, p)
	var op *Operation
	for _, o := range b.f.Operations {
		if o.Source == "cli" && o.Span.Start < end && p < o.Span.End {
			op = o
			break
		}
	}
	if op == nil {
		n := len(b.f.Operations)
		for _, c := range cli.Parse(text, Span{Start: p, End: end}) {
			// A command, not a mention of one in prose or a comment
			// ("aws s3 presign --expires-in 604801 is accepted"): its
			// first argument is the object it presigns.
			if c.Is("s3", "presign") && len(c.Args) > 0 && presignTarget(c.Args[0].Text) {
				b.f.Commands = append(b.f.Commands, c)
				b.aws(c)
				break
			}
		}
		if len(b.f.Operations) == n {
			return
		}
		op = b.f.Operations[n]
	}
	if op.ResultVar == "" {
		op.ResultVar = assignedName(text, p)
	}
	// … | xargs curl …: the piped command sends the URL.
	if end < len(text) && text[end] == '|' && (end+1 >= len(text) || text[end+1] != '|') {
		le := strings.IndexByte(text[end:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += end
		}
		b.pipedSender(op, Span{Start: end + 1, End: le})
	}
}

// stsFlow reads an STS command where no part reader did: inside a
// substitution (creds=$(aws sts assume-role … --duration-seconds 3600)),
// whose credentials the shell then exports. A command, not a mention: it
// names the role (--role-arn) or a duration, or is get-session-token with
// options.
func (b *builder) stsFlow(p int) {
	for _, s := range b.f.STSCalls {
		if s.Source == "cli" && s.Span.Start <= p && p < s.Span.End+1 {
			return
		}
	}
	text := b.f.Text
	end := commandEnd(text, p)
	for _, c := range cli.Parse(text, Span{Start: p, End: end}) {
		if c.Program != "aws" || len(c.Options) == 0 {
			continue
		}
		if c.Option("role-arn") == nil && c.Option("duration-seconds") == nil && c.Option("serial-number") == nil {
			continue
		}
		b.f.Commands = append(b.f.Commands, c)
		b.aws(c)
		return
	}
}

// presignTarget reports whether arg can be aws s3 presign's object: an
// s3:// URI, or a variable or substitution that holds one.
func presignTarget(arg string) bool {
	return strings.HasPrefix(arg, "s3://") || strings.HasPrefix(arg, "$") || strings.HasPrefix(arg, "%")
}

// pipedSender reads the curl command a presign command is piped into
// (through xargs) and ties it to the presign command.
func (b *builder) pipedSender(op *Operation, sp Span) {
	lines := shell.Lines(b.f.Text, sp)
	if len(lines) == 0 {
		return
	}
	ws := lines[0]
	i := 0
	if i < len(ws) && ws[i].Text == "xargs" {
		i++
		for i < len(ws) && strings.HasPrefix(ws[i].Text, "-") {
			if (ws[i].Text == "-I" || ws[i].Text == "-n" || ws[i].Text == "-L" || ws[i].Text == "-P" || ws[i].Text == "-d") && i+1 < len(ws) {
				i++
			}
			i++
		}
	}
	if i >= len(ws) {
		return
	}
	prog := strings.TrimSuffix(strings.ToLower(ws[i].Text), ".exe")
	if prog != "curl" {
		return
	}
	for _, c := range b.f.Curls {
		if c.Cmd.Span.Overlaps(ws[i].Span) {
			c.from = op
			return
		}
	}
	for _, c := range curl.Parse(b.f.Text, source.Span{Start: ws[i].Span.Start, End: sp.End}) {
		cu := b.addCurl(c)
		cu.from = op
		return
	}
}

// commandEnd is where the command starting at p ends: at the end of its
// line (following backslash, backtick and caret continuations), or at a
// ) closing a substitution it sits in, a closing backtick, | ; or &&,
// outside quotes.
func commandEnd(text string, p int) int {
	depth := 0
	var q byte
	for i := p; i < len(text); i++ {
		c := text[i]
		if q != 0 {
			if c == q {
				q = 0
			} else if c == '\n' {
				return i
			}
			continue
		}
		switch c {
		case '\'', '"':
			q = c
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return i
			}
			depth--
		case '`':
			if i+1 < len(text) && (text[i+1] == '\n' || text[i+1] == '\r') {
				i++ // a PowerShell continuation
				continue
			}
			return i
		case '|', ';':
			return i
		case '&':
			if i+1 < len(text) && text[i+1] == '&' {
				return i
			}
		case '\\', '^':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
				continue
			}
			if i+2 < len(text) && text[i+1] == '\r' && text[i+2] == '\n' {
				i += 2
				continue
			}
		case '\n':
			return i
		}
	}
	return len(text)
}

// shellVarRef is the variable a shell word names when the word is only a
// reference to it ($URL, ${URL}, $env:URL, %URL%), else "".
func shellVarRef(w string) string {
	w = strings.TrimSpace(w)
	switch {
	case strings.HasPrefix(w, "${") && strings.HasSuffix(w, "}"):
		w = w[2 : len(w)-1]
	case strings.HasPrefix(strings.ToLower(w), "$env:"):
		w = w[5:]
	case strings.HasPrefix(w, "$"):
		w = w[1:]
	case len(w) > 2 && w[0] == '%' && w[len(w)-1] == '%':
		w = w[1 : len(w)-1]
	default:
		return ""
	}
	if w == "" {
		return ""
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9') {
			return ""
		}
	}
	return w
}

// addCurl records one curl command read by the curl reader.
func (b *builder) addCurl(c *curl.Command) *Curl {
	call := &HTTPCall{Span: c.Span, Source: "curl", Library: "curl", Method: c.Method}
	for _, h := range c.Headers {
		call.Headers = append(call.Headers, Param{Name: h.Name, NameSpan: h.Span,
			Value: &Value{Span: h.Span, Known: true, Str: h.Value, Expr: h.Value}, Span: h.Span})
	}
	cu := &Curl{Cmd: c, Call: call}
	if c.URL != nil {
		call.URL = &Value{Span: c.URL.Span, Known: true, Str: c.URL.Text, Expr: c.URL.Text}
		for _, u := range b.f.URLs {
			if u.Span.Overlaps(c.URL.Span) {
				cu.URL = u
				break
			}
		}
	}
	b.f.HTTPCalls = append(b.f.HTTPCalls, call)
	b.f.Curls = append(b.f.Curls, cu)
	return cu
}

// shellVarURLs turns a sent URL that is only a shell variable into the
// expression it is ("$URL" → URL), so it links by variable.
func shellVarURLs(inc *Incident) {
	for _, s := range inc.SentRequests {
		if s.URL.Str == "" || strings.Contains(s.URL.Str, "://") && !strings.HasPrefix(s.URL.Str, "$(") {
			continue
		}
		if v := shellVarRef(s.URL.Str); v != "" {
			s.URL.Expr, s.URL.Str = v, ""
		} else if strings.HasPrefix(s.URL.Str, "$(") || strings.HasPrefix(s.URL.Str, "`") {
			// A command substituted in place: linked by span (linkShell).
			s.URL.Expr, s.URL.Str = s.URL.Str, ""
		}
	}
}

// linkShell links a sent request to the presign command its URL comes
// from by a pipe or a substitution inside its URL, or nil.
func linkShell(inc *Incident, s *SentRequest) (*SignedRequest, string) {
	var piped *Operation
	if s.Curl != nil {
		piped = s.Curl.from
	}
	for _, sr := range inc.SignedRequests {
		if sr.Op == nil || sr.Op.Source != "cli" {
			continue
		}
		if piped != nil && sr.Op == piped {
			return sr, "the presign command's output is piped into it"
		}
		if s.URL.Span.Len() > 0 && s.URL.Span.Start <= sr.Op.Span.Start && sr.Op.Span.End <= s.URL.Span.End {
			return sr, "its URL is the output of the presign command substituted into it"
		}
	}
	return nil, ""
}

// sameVar reports whether a sent request's variable names the signed
// request's (PowerShell's variables ignore case).
func sameVar(s *SentRequest, id, v string) bool {
	if v == "" || id == "" {
		return false
	}
	if s.Source == "powershell" {
		return strings.EqualFold(id, v)
	}
	return id == v
}

// powershellSender reports whether the text may hold a PowerShell web
// cmdlet (so the sender scan runs).
func powershellSender(text string) bool {
	return strings.Contains(text, "Invoke-") || strings.Contains(text, "iwr ") || strings.Contains(text, "irm ") ||
		strings.Contains(text, "invoke-")
}

// psSwitches are the cmdlets' parameters that take no value.
var psSwitches = table.Set("usebasicparsing", "passthru", "skipcertificatecheck",
	"skipheadervalidation", "disablekeepalive", "usedefaultcredentials", "resume")

// invokeWebRequest reads Invoke-WebRequest / Invoke-RestMethod (iwr, irm):
// -Uri (or the first positional word), -Method, -InFile, -Body,
// -ContentType. Parameter names ignore case and may be abbreviated.
func invokeWebRequest(c *cli.Command) *SentRequest {
	s := &SentRequest{Span: c.Span, Source: "powershell", Method: Fact{Str: "GET", From: FromSent, Why: "Invoke-WebRequest's default"}, Body: Fact{Str: "none", From: FromSent}}
	ws := c.Words
	for i := 1; i < len(ws); i++ {
		t := ws[i].Text
		if !strings.HasPrefix(t, "-") || len(t) < 2 {
			if s.URL.Str == "" {
				s.URL = stated(t, ws[i].Span, FromSent, "")
			}
			continue
		}
		name := strings.ToLower(strings.TrimSuffix(t[1:], ":"))
		if i+1 >= len(ws) || psSwitches[name] {
			continue
		}
		v := ws[i+1]
		switch {
		case name == "uri" || name == "u":
			s.URL = stated(v.Text, v.Span, FromSent, "")
		case strings.HasPrefix("method", name) && len(name) >= 2:
			s.Method = stated(strings.ToUpper(v.Text), Span{Start: ws[i].Span.Start, End: v.Span.End}, FromSent, "-Method")
		case strings.HasPrefix("infile", name) && len(name) >= 3:
			s.Body = stated("sized", Span{Start: ws[i].Span.Start, End: v.Span.End}, FromSent, "-InFile")
		case name == "body":
			s.Body = stated("sized", Span{Start: ws[i].Span.Start, End: v.Span.End}, FromSent, "-Body")
		case strings.HasPrefix("contenttype", name) && len(name) >= 2:
			s.Headers = append(s.Headers, SentHeader{Name: "Content-Type", Value: v.Text, Span: v.Span})
		default:
			if strings.HasPrefix(v.Text, "-") {
				continue // a switch without value
			}
		}
		i++
	}
	if s.URL.Str == "" {
		return nil
	}
	return s
}

// reVerboseRequest is the request curl -v (or a proxy log) prints: "> PUT
// /key?… HTTP/1.1" then "> Host: …" and the headers it sent.
var reVerboseRequest = lazyre.New(`(?m)^> (GET|PUT|POST|HEAD|DELETE|OPTIONS) (\S+) HTTP/[0-9.]+\r?\n> Host: ([^\s]+)[ \t\r]*$`)

// verboseRequests reads the requests curl -v printed, when the paste has
// no curl command sending to that host: the method, path, host and
// headers that went out.
func (b *builder) verboseRequests(inc *Incident) {
	text := b.f.Text
	if !strings.Contains(text, "> Host: ") {
		return
	}
	for _, m := range reVerboseRequest.FindAllStringSubmatchIndex(text, 20) {
		host := strings.ToLower(text[m[6]:m[7]])
		dup := false
		for _, s := range inc.SentRequests {
			if s.Host == host {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		s := &SentRequest{Span: Span{Start: m[0], End: m[1]}, Source: "curl", Host: host}
		s.Method = stated(text[m[2]:m[3]], Span{Start: m[2], End: m[3]}, FromSent, "curl -v's request line")
		path, _, _ := strings.Cut(text[m[4]:m[5]], "?")
		s.Path = path
		// The headers that follow, up to the first line not starting "> ".
		for i := m[1] + 1; i < len(text) && strings.HasPrefix(text[i:], "> "); {
			le := strings.IndexByte(text[i:], '\n')
			if le < 0 {
				le = len(text)
			} else {
				le += i
			}
			if n, v, ok := strings.Cut(text[i+2:le], ":"); ok && !strings.ContainsAny(n, " \t") {
				s.Headers = append(s.Headers, SentHeader{Name: n, Value: strings.TrimSpace(v), Span: Span{Start: i, End: le}})
			}
			i = le + 1
		}
		inc.SentRequests = append(inc.SentRequests, s)
	}
}

// hostRegion is the region an S3 host names (bucket.s3.eu-west-1.amazonaws.com), or "".
func hostRegion(host string) string {
	u := presign.Parse("https://" + host + "/")
	if u == nil || !u.Endpoint.AWS {
		return ""
	}
	return u.Endpoint.Region
}

// reArgvPresign is aws s3 presign run from code as an argument list
// (subprocess.run(["aws", "s3", "presign", …]), execFile('aws', ['s3',
// 'presign', …])).
var reArgvPresign = lazyre.New(`["']aws["']\s*,\s*\[?\s*["']s3["']\s*,\s*["']presign["']((?:\s*,\s*(?:f?["'][^"'\n]*["']|[A-Za-z_][\w.]*))*)`)

var reArgvItem = lazyre.New(`f?["']([^"'\n]*)["']|[A-Za-z_][\w.]*`)

// argvPresigns reads aws s3 presign commands code runs as argument lists:
// the command signs GET like any aws s3 presign, and the variable the
// code assigns its output to carries the URL.
func (b *builder) argvPresigns() {
	text := b.f.Text
	// Every match holds a quoted 'aws' and 'presign': a paste with aws s3
	// presign commands only (no argument list) is not scanned.
	if !strings.Contains(text, "presign") || !containsAny(text, []string{`aws'`, `aws"`}) || !containsAny(text, []string{`presign'`, `presign"`}) {
		return
	}
	for _, m := range reArgvPresign.FindAllStringSubmatchIndex(text, 20) {
		cl := &Client{Span: Span{Start: m[0], End: m[1]}, Source: "cli", Service: "s3", Args: Span{Start: m[0], End: m[1]}}
		op := &Operation{Span: Span{Start: m[0], End: m[1]}, Source: "cli", Client: cl, Kind: "url", Name: "get_object", Method: "GET",
			NameSpan: Span{Start: m[0], End: m[1]}}
		var words []*Value
		for _, it := range reArgvItem.FindAllStringSubmatchIndex(text[m[2]:m[3]], -1) {
			st, en := m[2]+it[0], m[2]+it[1]
			v := &Value{Span: Span{Start: st, End: en}, Expr: text[st:en]}
			if it[2] >= 0 && !strings.HasPrefix(text[st:en], "f") {
				v.Known, v.Str = true, text[m[2]+it[2]:m[2]+it[3]]
				v.Span = Span{Start: m[2] + it[2], End: m[2] + it[3]}
			}
			words = append(words, v)
		}
		for i, w := range words {
			next := func() *Value {
				if i+1 < len(words) {
					return words[i+1]
				}
				return nil
			}
			switch w.Str {
			case "--region":
				cl.Region = next()
			case "--expires-in":
				op.ExpiresIn = next()
			case "--endpoint-url":
				cl.Endpoint = next()
			case "--profile":
				cl.Profile = next()
			}
		}
		if cl.Region == nil {
			// Not a shell line: an edit adding --region would not fit an
			// argument list, so the region counts as not stated here
			// rather than missing.
			cl.Region = &Value{Span: op.Span}
		}
		ls := strings.LastIndexByte(text[:m[0]], '\n') + 1
		if am := reLineAssign.FindStringSubmatch(text[ls:m[0]]); am != nil {
			op.ResultVar = am[1]
		}
		b.f.Clients = append(b.f.Clients, cl)
		b.f.Operations = append(b.f.Operations, op)
	}
}

// reLineAssign is "name = " at the start of a line (Python, JS const/let).
var reLineAssign = lazyre.New(`^[ \t]*(?:const[ \t]+|let[ \t]+|var[ \t]+)?([A-Za-z_]\w*)[ \t]*=[ \t]*[^=]`)
