package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/brace"
	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// The brace languages (JavaScript/TypeScript, Go, Java, C#, PHP, and Ruby,
// which shares their token layer): code in them is read by the brace
// package and becomes the same facts boto3 code gives (Operation, Client,
// Credential, STSCall, HTTPCall, URLEdit, Problem), so the incident, rules
// and codegen read one model whatever language the user wrote.

// braceParts reads the runs of code parts (python or text, next to each
// other) that are written in a brace language, and returns the parts left
// for the other readers: JavaScript, Go or Java is then no longer read as
// Python (issue 17, class 13). A run is the brace language's when detection
// names that language and Python scores at most half of it. A part that is
// Python on its own (a boto3 back end above a fetch front end) ends a run
// and stays Python's.
func (b *builder) braceParts(parts []Part) []Part {
	var rest []Part
	lang := make([]brace.Lang, len(parts))
	cue := make([]bool, len(parts)) // the part has a cue of some language
	for i, p := range parts {
		if codeKind(p.Kind) {
			d := brace.Detect(b.f.Text, p.Span)
			lang[i] = braceOf(d)
			for _, sc := range d.Scores {
				cue[i] = cue[i] || sc > 0
			}
		}
	}
	for i := 0; i < len(parts); {
		if !codeKind(parts[i].Kind) || lang[i] == brace.Python {
			rest = append(rest, parts[i])
			i++
			continue
		}
		// A URL line (endpoint: 'http://…') or a settings-like line
		// (region: 'us-east-1',) inside code is a part of its own: the run
		// goes on over it, and its own reader still reads it. Parts whose
		// own language is another one end the run.
		runLang := lang[i]
		j := i + 1
		for j < len(parts) {
			k := j
			if inCodeKind(parts[k].Kind) && k+1 < len(parts) && codeKind(parts[k+1].Kind) {
				k++
			}
			if !codeKind(parts[k].Kind) || lang[k] == brace.Python || runLang != brace.Text && lang[k] != brace.Text && lang[k] != runLang {
				break
			}
			if runLang == brace.Text {
				runLang = lang[k]
			}
			j = k + 1
		}
		// Parts before the code without a cue of any language or a
		// bracket (a file's name, an .env listing above a controller) are
		// not the code's: they stay for the other readers, and the run,
		// which the corrected code patches, starts at the code
		// ("Aws.config.update(" alone has no cue, and is code).
		for i < j-1 && (!codeKind(parts[i].Kind) || lang[i] == brace.Text && !cue[i] && !strings.ContainsAny(b.f.Text[parts[i].Span.Start:parts[i].Span.End], "()[]{};")) {
			rest = append(rest, parts[i])
			i++
		}
		sp := trimRunLines(b.f.Text, Span{Start: parts[i].Span.Start, End: parts[j-1].Span.End})
		det := brace.Detect(b.f.Text, sp)
		if det.Lang.Brace() && det.Scores[brace.Python]*2 <= det.Scores[det.Lang] {
			// Read in its place among the parts (Build's loop), so facts
			// keep the paste's order.
			rest = append(rest, Part{Kind: kindBrace, Span: sp})
			for _, p := range parts[i:j] {
				if !codeKind(p.Kind) {
					rest = append(rest, p)
				}
			}
		} else {
			rest = append(rest, parts[i:j]...)
		}
		i = j
	}
	return rest
}

func codeKind(k string) bool { return k == KindPython || k == KindText }

// trimRunLines narrows a run of code to its code: blank lines and lines
// with no cue of any language, no bracket, ';', quote or spaced '=' (an
// .env line, a file's name, "Browser:") at its start and end are not the
// code's, and the corrected code, a patch of the run, must not carry them.
func trimRunLines(text string, sp Span) Span {
	noCode := func(s, e int) bool {
		l := text[s:e]
		if strings.TrimSpace(l) == "" {
			return true
		}
		if strings.ContainsAny(l, "()[]{};'\"`") || strings.Contains(l, " =") || strings.Contains(l, "= ") || strings.HasSuffix(strings.TrimSpace(l), "=") {
			return false // a call, a string, an assignment (KEY=value without blanks is an .env line)
		}
		d := brace.Detect(text, Span{Start: s, End: e})
		for _, sc := range d.Scores {
			if sc > 0 {
				return false
			}
		}
		return true
	}
	for sp.Start < sp.End {
		e := strings.IndexByte(text[sp.Start:sp.End], '\n')
		if e < 0 || !noCode(sp.Start, sp.Start+e) {
			break
		}
		sp.Start += e + 1
	}
	for sp.End > sp.Start {
		s := strings.LastIndexByte(text[sp.Start:sp.End-1], '\n')
		if s < 0 {
			break
		}
		s += sp.Start + 1
		if !noCode(s, sp.End) {
			break
		}
		sp.End = s - 1
	}
	return sp
}

// kindBrace marks, among the parts Build reads (never in Facts.Parts), a
// run of code in a brace language.
const kindBrace = "brace"

// braceRun reads a run braceParts found.
func (b *builder) braceRun(p Part) {
	det := brace.Detect(b.f.Text, p.Span)
	b.f.Syntax.Code = append(b.f.Syntax.Code, CodeRun{Lang: det.Lang.String(), Span: p.Span})
	b.braceRead(brace.ReadLang(b.f.Text, p.Span, det.Lang), det.Lang.String())
}

// braceOf is a part's own language: Python, a brace language when it
// clearly is one, else Text (too little to tell: a closing "})", a URL).
func braceOf(d brace.Detection) brace.Lang {
	switch {
	case d.Lang == brace.Python && d.Scores[brace.Python] >= 4:
		return brace.Python
	case d.Lang.Brace() && d.Scores[brace.Python]*2 <= d.Scores[d.Lang] && d.Scores[d.Lang] >= 4:
		if d.Lang == brace.TypeScript {
			return brace.JavaScript
		}
		return d.Lang
	}
	return brace.Text
}

// inCodeKind are the kinds of single lines the splitter cuts out of code.
func inCodeKind(k string) bool { return k == KindURL || k == KindCredentials }

// CodeSource reports whether a fact's Source is code in a language the
// readers read: boto3's reader (python), JavaScript and TypeScript, and the
// other brace languages (braceSource). Commands, URLs and credential files
// are not code. The one list of code languages: rules and codegen ask it.
func CodeSource(src string) bool {
	switch src {
	case "python", "javascript", "typescript":
		return true
	}
	return braceSource(src)
}

// braceSource reports an HTTPCall made from brace code whose sent request
// the incident takes from the call (JavaScript's come from jsSenders).
func braceSource(src string) bool {
	switch src {
	case "go", "java", "csharp", "php", "ruby", "rust":
		return true
	}
	return false
}

func braceValue(v *brace.Value) *Value {
	if v == nil {
		return nil
	}
	return &Value{Span: v.Span, Known: v.Known, Str: v.Str, Num: v.Num, IsNum: v.IsNum, Expr: v.Expr, Placeholder: v.Placeholder, From: v.From, Bound: v.Bound}
}

func braceParams(ps []brace.Param) []Param {
	var out []Param
	for _, p := range ps {
		out = append(out, Param{Name: p.Name, NameSpan: p.Span, Value: braceValue(p.Value), Span: p.Span})
	}
	return out
}

// braceRead turns one block's reading into facts.
func (b *builder) braceRead(r *brace.Result, lang string) {
	f := b.f
	cl := b.braceClient(r, lang)
	for _, p := range r.Presigns {
		op := &Operation{Span: p.Span, Source: lang, SDK: p.SDK, Client: cl, Kind: p.Kind, NameSpan: p.OpSpan,
			Method: p.Method, Bucket: braceValue(p.Bucket), Key: braceValue(p.Key), ExpiresIn: braceValue(p.Expires),
			ResultVar: p.ResultVar, Func: p.Func, SignableHeaders: p.SignableHeaders}
		op.Name = SnakeOperation(p.Op)
		if p.Kind == "post" {
			op.Name, op.Method = "put_object", "POST"
		}
		op.Params = braceParams(p.Params)
		if op.Bucket != nil {
			op.Params = append(op.Params, Param{Name: "Bucket", Value: op.Bucket, Span: op.Bucket.Span})
		}
		if op.Key != nil {
			op.Params = append(op.Params, Param{Name: "Key", Value: op.Key, Span: op.Key.Span})
		}
		for _, m := range p.Meta {
			op.Params = append(op.Params, Param{Name: "Metadata", NameSpan: m.Span, Value: braceValue(m.Value), Span: m.Span})
		}
		op.Fields = braceParams(p.Fields)
		f.Operations = append(f.Operations, op)
	}
	for _, s := range r.Sends {
		if !braceSource(lang) {
			continue // JavaScript's requests come from jsSenders, over the whole text
		}
		c := &HTTPCall{Span: s.Span, Source: lang, Library: s.Library, Method: s.Method, URL: braceValue(s.URL)}
		for _, h := range s.Headers {
			c.Headers = append(c.Headers, Param{Name: h.Name, NameSpan: h.Span, Value: braceValue(h.Value), Span: h.Span})
		}
		f.HTTPCalls = append(f.HTTPCalls, c)
	}
	for _, e := range r.Edits {
		f.URLEdits = append(f.URLEdits, &URLEdit{Span: e.Span, What: e.What, Expr: b.src.Slice(e.Span)})
	}
	for _, p := range r.Problems {
		if dumpLine(lineOf(f.Text, p.Span.Start)) || psErrorEcho(f.Text, p.Span.Start) {
			continue // an exception dump beside the code is evidence, not code cut short
		}
		if globWildcard(f.Text, p.Span.Start, p.Message) {
			continue
		}
		f.Problems = append(f.Problems, Problem{Span: p.Span, Message: p.Message})
	}
}

// reDumpLine is a line an exception dump or a log prints, in any language
// (a log record led by its timestamp: Ruby's Logger "E, [2025-…T… #77]",
// Laravel's "[2025-05-14 08:01:22] production.ERROR:", "2025/04/02
// 11:40:17 …", Monolog's context {"exception":"[object] (…"):
// a stack frame (Java's and .NET's "at pkg.Class.method(…)", Node's
// "at fn (file.js:1:2)", PHP's "#0 /path(97): …", Ruby's "app.rb:18:in
// `x'", Python's `File "x.py", line 3, in f`), the frame footers ("... 52
// common frames omitted", "Caused by:", "Stack trace:", "thrown in … on line
// N"), PHP's "PHP Fatal error:" lines and an exception's header
// ("java.lang.NullPointerException: …", "Aws\S3\Exception\S3Exception: …",
// "Net::OpenTimeout (execution expired):").
var reDumpLine = lazyre.New(`^(?:\s*at\s+\S.*[)\]]\s*$|\s*at\s+[\w$.<>/]+:\d+|\s*\.\.\.\s*\d+\s+(?:more|common frames omitted)|\s*Caused by:\s|\s*Stack trace:\s*$|\s*thrown in\s.*\son line \d+|#\d+\s+(?:/|\{main\}|\[internal function\])|\s*\S+\.rb:\d+:in\s|\s*File "[^"]+", line \d+|(?:PHP\s+)?(?:Fatal error|Warning|Notice|Parse error):\s|\s*(?:[DIWEFAU], )?\[\d{4}-\d\d-\d\d[T ][\d:.]+|\s*\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d|\s*\{"exception":"\[object\]|(?:Exception in thread "[^"]*"\s+)?(?:Uncaught\s+)?[\w$.\\:]*(?:Exception|Error|Timeout)\b(?:\s+\([^)]*\))?:(?:\s|$))`)

// globWildcard reports an unclosed "/*" glued to the word before it
// (arn:aws:s3:::bucket/*, uploads/*, src/**/*.js): a wildcard of a
// resource or a path in YAML, a policy or a glob beside the code (a
// serverless.yml's Resource, a CloudFormation template), not a comment
// someone opened and left unclosed.
func globWildcard(text string, at int, msg string) bool {
	if msg != "unclosed comment" || at <= 0 || at+1 >= len(text) || text[at] != '/' || text[at+1] != '*' {
		return false
	}
	c := text[at-1]
	return c == '_' || c == '-' || c == ':' || c == '.' || c == '}' || c == '*' ||
		c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// dumpLine reports whether line is one an exception dump or a log prints.
func dumpLine(line string) bool { return reDumpLine.MatchString(line) }

// psErrorEcho reports whether the line holding off is PowerShell's echo of
// the command that failed, in its error record: "At line:1 char:1", then
// "+ <the command, cut at 70 characters> ...", then "+ ~~~~" under it.
// (A "+ " line alone may be a diff's added line: the frame decides.)
func psErrorEcho(text string, off int) bool {
	line := strings.TrimSpace(lineOf(text, off))
	if !strings.HasPrefix(line, "+ ") {
		return false
	}
	s := strings.LastIndexByte(text[:min(off, len(text))], '\n') + 1
	e := strings.IndexByte(text[off:], '\n')
	next := ""
	if e >= 0 {
		next = strings.TrimSpace(lineOf(text, off+e+1))
	}
	prev := ""
	if s > 0 {
		prev = strings.TrimSpace(lineOf(text, s-1))
	}
	return strings.HasPrefix(next, "+ ~") || strings.HasPrefix(prev, "At line:") && strings.Contains(prev, " char:")
}

// lineOf is the line of text holding offset off, without its newline.
func lineOf(text string, off int) string {
	if off < 0 || off > len(text) {
		return ""
	}
	s := strings.LastIndexByte(text[:off], '\n') + 1
	e := strings.IndexByte(text[off:], '\n')
	if e < 0 {
		return text[s:]
	}
	return text[s : off+e]
}

// braceCredKinds are the credential kinds of the brace reader's key slots.
var braceCredKinds = table.Pairs("key-id", "access-key-id", "secret", "secret-access-key", "token", "session-token")

// braceClient makes the client of a block: its region, endpoint,
// addressing and signature version, and where its credentials come from.
func (b *builder) braceClient(r *brace.Result, lang string) *Client {
	if r.Client == nil && len(r.Credentials) == 0 {
		return nil
	}
	f := b.f
	cl := &Client{Source: lang, Service: "s3"}
	if c := r.Client; c != nil {
		cl.Span = c.Span
		cl.Made = c.Made
		cl.Region = braceValue(c.Region)
		cl.Endpoint = braceValue(c.Endpoint)
		cl.SignatureVersion = braceValue(c.SignatureVersion)
		cl.ChecksumCalculation = braceValue(c.ChecksumCalculation)
		if v := c.PathStyle; v != nil && v.Known && v.Str == "true" {
			cl.AddressingStyle = &Value{Span: v.Span, Known: true, Str: "path", Expr: v.Expr}
		}
	}
	for _, c := range r.Credentials {
		v := braceValue(c.Value)
		switch c.Kind {
		case "assume-role":
			if cl.CredentialsFrom == nil {
				s := &STSCall{Span: c.Span, Source: lang, Name: "assume_role", ModuleLevel: braceModuleLevel(c)}
				if braceRunsOnce(f.Text, c, lang) {
					// A bean or init(): run once, its result kept for the process.
					s.ModuleLevel, s.Cached = true, true
				}
				f.STSCalls = append(f.STSCalls, s)
				cl.CredentialsFrom = s
			}
		case "profile":
			if cl.Profile == nil {
				cl.Profile = v
				if cl.Profile == nil {
					cl.Profile = &Value{Span: c.Span, Expr: c.Name}
				}
			}
		case "static", "env":
			if v == nil {
				continue
			}
			switch c.Slot {
			case "key-id":
				cl.AccessKeyID = v
			case "secret":
				cl.SecretKey = v
			case "token":
				cl.SessionToken = v
			}
			if v.Placeholder {
				kind := braceCredKinds[c.Slot]
				f.Credentials = append(f.Credentials, &Credential{Span: c.Span, Source: lang, Kind: kind, Name: c.Name, Value: v})
			}
		}
	}
	// The keys of an assumed role's answer given as static values: the
	// client's keys, temporary since CredentialsFrom is set.
	if cl.CredentialsFrom != nil {
		for _, c := range r.AssumedKeys {
			v := braceValue(c.Value)
			if v == nil {
				continue
			}
			switch {
			case c.Slot == "key-id" && cl.AccessKeyID == nil:
				cl.AccessKeyID = v
			case c.Slot == "secret" && cl.SecretKey == nil:
				cl.SecretKey = v
			case c.Slot == "token" && cl.SessionToken == nil:
				cl.SessionToken = v
			}
		}
	}
	if cl.Span == (Span{}) && len(r.Credentials) > 0 {
		cl.Span = r.Credentials[0].Span
	}
	f.Clients = append(f.Clients, cl)
	return cl
}
