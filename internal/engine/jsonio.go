package engine

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// The contract's JSON is read and written by hand: encoding/json with its
// reflection cost about 220 KB of wasm code for two fixed shapes. The
// output is byte for byte what json.Marshal writes (HTML-safe escaping,
// invalid UTF-8 as U+FFFD, nil slices as null, omitempty as tagged);
// jsonio_test.go checks that on every golden request.

// encodeResponse writes r as json.Marshal would.
func encodeResponse(r *Response) string {
	// Room for the long strings and their escapes (a 1 MB paste is in the
	// response twice, as the redacted text and in the prompt): growing a
	// buffer of megabytes copies it, which the wasm pays a byte at a time.
	long := len(r.Redacted) + len(r.Prompt) + len(r.Report.Markdown) + len(r.Report.HTML) + len(r.Diff)
	w := jw{b: make([]byte, 0, 4096+long+long/4)}
	w.open('{')
	w.str("version", r.Version)
	w.str("error", r.Error)
	w.key("inputs")
	if r.Inputs == nil {
		w.null()
	} else {
		w.open('[')
		for _, in := range r.Inputs {
			w.elem()
			w.open('{')
			w.str("kind", in.Kind)
			w.int("start", in.Start)
			w.int("end", in.End)
			w.close('}')
		}
		w.close(']')
	}
	w.str("redacted", r.Redacted)
	w.key("redactions")
	if r.Redactions == nil {
		w.null()
	} else {
		w.open('[')
		for _, rd := range r.Redactions {
			w.elem()
			w.open('{')
			w.str("kind", rd.Kind)
			w.str("placeholder", rd.Placeholder)
			w.int("start", rd.Start)
			w.int("end", rd.End)
			if rd.Note != "" {
				w.str("note", rd.Note)
			}
			w.close('}')
		}
		w.close(']')
	}
	w.key("findings")
	if r.Findings == nil {
		w.null()
	} else {
		w.open('[')
		for i := range r.Findings {
			w.elem()
			w.finding(&r.Findings[i])
		}
		w.close(']')
	}
	w.key("code")
	w.open('{')
	c := &r.Code
	w.str("python", c.Python)
	w.str("cli", c.CLI)
	w.str("javascript", c.JavaScript)
	w.str("go", c.Go)
	w.strOmit("pythonFull", c.PythonFull)
	w.strOmit("javascriptFull", c.JavaScriptFull)
	w.strOmit("goFull", c.GoFull)
	w.strOmit("curl", c.Curl)
	w.strOmit("fetch", c.Fetch)
	w.strOmit("javascriptV2", c.JavaScriptV2)
	w.strOmit("java", c.Java)
	w.strOmit("csharp", c.CSharp)
	w.strOmit("php", c.PHP)
	w.strOmit("ruby", c.Ruby)
	w.strOmit("javaFull", c.JavaFull)
	w.strOmit("csharpFull", c.CSharpFull)
	w.strOmit("phpFull", c.PHPFull)
	w.strOmit("rubyFull", c.RubyFull)
	w.close('}')
	w.strOmit("codePrimary", r.CodePrimary)
	w.str("diff", r.Diff)
	w.key("sigv4")
	w.sigv4(&r.SigV4)
	w.key("report")
	w.open('{')
	w.str("markdown", r.Report.Markdown)
	w.str("html", r.Report.HTML)
	w.close('}')
	w.strOmit("prompt", r.Prompt)
	w.key("triage")
	if r.Triage == nil {
		w.null()
	} else {
		w.open('[')
		for _, t := range r.Triage {
			w.elem()
			w.open('{')
			w.str("command", t.Command)
			w.str("why", t.Why)
			w.close('}')
		}
		w.close(']')
	}
	if len(r.Limits) > 0 {
		w.strings("limits", r.Limits)
	}
	if len(r.URLs) > 0 {
		w.key("urls")
		w.open('[')
		for i := range r.URLs {
			w.elem()
			w.url(&r.URLs[i])
		}
		w.close(']')
	}
	if v := r.Verdict; v != nil {
		w.key("verdict")
		w.open('{')
		w.str("rule", v.Rule)
		w.str("summary", v.Summary)
		w.str("fix", v.Fix)
		w.str("confidence", v.Confidence)
		w.str("why", v.Why)
		w.close('}')
	}
	w.strOmit("nothingRecognised", r.NothingRecognised)
	w.close('}')
	// w.b is not written again: the string shares its bytes (no copy).
	return unsafe.String(unsafe.SliceData(w.b), len(w.b))
}

// url writes one decoded URL (omitempty as tagged on DecodedURL).
func (w *jw) url(d *DecodedURL) {
	w.open('{')
	w.int("start", d.Start)
	w.int("end", d.End)
	w.str("scheme", d.Scheme)
	w.str("host", d.Host)
	w.str("endpoint", d.Endpoint)
	w.str("style", d.Style)
	w.strOmit("store", d.Store)
	w.str("bucket", d.Bucket)
	w.str("key", d.Key)
	w.str("signatureVersion", d.SignatureVersion)
	w.strOmit("region", d.Region)
	w.strOmit("hostRegion", d.HostRegion)
	w.strOmit("scope", d.Scope)
	w.strOmit("signedAt", d.SignedAt)
	w.strOmit("expiresAt", d.ExpiresAt)
	if d.ExpiresIn != 0 {
		w.key("expiresIn")
		w.b = strconv.AppendInt(w.b, d.ExpiresIn, 10)
	}
	w.strOmit("remaining", d.Remaining)
	if d.Expired {
		w.key("expired")
		w.b = append(w.b, "true"...)
	}
	if len(d.SignedHeaders) > 0 {
		w.strings("signedHeaders", d.SignedHeaders)
	}
	if d.Token {
		w.key("token")
		w.b = append(w.b, "true"...)
	}
	w.strOmit("operation", d.Operation)
	if len(d.Params) > 0 {
		w.key("params")
		w.open('[')
		for _, p := range d.Params {
			w.elem()
			w.open('{')
			w.str("name", p.Name)
			w.str("value", p.Value)
			w.close('}')
		}
		w.close(']')
	}
	if len(d.Repairs) > 0 {
		w.strings("repairs", d.Repairs)
	}
	w.strOmit("credentialsEnd", d.CredentialsEnd)
	w.strOmit("credentialsEndWhy", d.CredentialsEndWhy)
	w.strOmit("validUntil", d.ValidUntil)
	w.strOmit("endsBy", d.EndsBy)
	w.strOmit("validRemaining", d.ValidRemaining)
	if r := d.Replay; r != nil {
		w.key("replay")
		w.open('{')
		w.str("method", r.Method)
		w.key("headers")
		w.open('[')
		for _, h := range r.Headers {
			w.elem()
			w.open('{')
			w.str("name", h.Name)
			w.str("value", h.Value)
			if h.Known {
				w.key("known")
				w.b = append(w.b, "true"...)
			}
			w.strOmit("from", h.From)
			w.close('}')
		}
		w.close(']')
		w.str("curl", r.Curl)
		w.str("fetch", r.Fetch)
		w.close('}')
	}
	if len(d.ClientDiffs) > 0 {
		w.strings("clientDiffs", d.ClientDiffs)
	}
	w.close('}')
}

// jw appends JSON; first says whether the next member or element opens
// its object or array (no comma before it).
type jw struct {
	b     []byte
	first bool
}

func (w *jw) open(c byte) { w.b = append(w.b, c); w.first = true }

func (w *jw) close(c byte) { w.b = append(w.b, c); w.first = false }

func (w *jw) elem() {
	if !w.first {
		w.b = append(w.b, ',')
	}
	w.first = false
}

func (w *jw) key(k string) {
	w.elem()
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':')
}

func (w *jw) null() { w.b = append(w.b, "null"...) }

func (w *jw) str(k, v string) { w.key(k); w.b = appendJSONString(w.b, v) }

func (w *jw) strOmit(k, v string) {
	if v != "" {
		w.str(k, v)
	}
}

func (w *jw) int(k string, v int) { w.key(k); w.b = strconv.AppendInt(w.b, int64(v), 10) }

func (w *jw) strings(k string, vs []string) {
	w.key(k)
	if vs == nil {
		w.null()
		return
	}
	w.open('[')
	for _, v := range vs {
		w.elem()
		w.b = appendJSONString(w.b, v)
	}
	w.close(']')
}

func (w *jw) ranges(rs []Range) {
	w.open('[')
	for _, r := range rs {
		w.elem()
		w.open('{')
		w.int("start", r.Start)
		w.int("end", r.End)
		w.close('}')
	}
	w.close(']')
}

func (w *jw) finding(f *Finding) {
	w.open('{')
	w.str("rule", f.Rule)
	w.str("severity", f.Severity)
	w.str("title", f.Title)
	w.str("message", f.Message)
	w.int("start", f.Start)
	w.int("end", f.End)
	if len(f.Related) > 0 {
		w.key("related")
		w.ranges(f.Related)
	}
	w.key("fixes")
	if f.Fixes == nil {
		w.null()
	} else {
		w.open('[')
		for _, fx := range f.Fixes {
			w.elem()
			w.open('{')
			w.str("message", fx.Message)
			w.key("edits")
			if fx.Edits == nil {
				w.null()
			} else {
				w.open('[')
				for _, e := range fx.Edits {
					w.elem()
					w.open('{')
					w.int("start", e.Start)
					w.int("end", e.End)
					w.str("new", e.New)
					w.close('}')
				}
				w.close(']')
			}
			w.close('}')
		}
		w.close(']')
	}
	w.close('}')
}

func (w *jw) sigv4(s *SigV4) {
	w.open('{')
	w.str("canonicalRequest", s.CanonicalRequest)
	w.str("stringToSign", s.StringToSign)
	w.str("s3CanonicalRequest", s.S3CanonicalRequest)
	w.str("s3StringToSign", s.S3StringToSign)
	w.str("canonicalRequestDiff", s.CanonicalRequestDiff)
	w.str("signatureCheck", s.SignatureCheck)
	w.strOmit("algorithm", s.Algorithm)
	w.strOmit("firstDifference", s.FirstDifference)
	if len(s.Lines) > 0 {
		w.key("lines")
		w.diffLines(s.Lines)
	}
	if len(s.StringToSignLines) > 0 {
		w.key("stringToSignLines")
		w.diffLines(s.StringToSignLines)
	}
	w.strOmit("verdict", s.Verdict)
	if len(s.Notes) > 0 {
		w.strings("notes", s.Notes)
	}
	w.close('}')
}

func (w *jw) diffLines(ls []DiffLine) {
	w.open('[')
	for _, l := range ls {
		w.elem()
		w.open('{')
		w.str("kind", l.Kind)
		w.strOmit("part", l.Part)
		w.str("text", l.Text)
		if len(l.Marks) > 0 {
			w.key("marks")
			w.ranges(l.Marks)
		}
		w.close('}')
	}
	w.close(']')
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json does by default:
// ", \ and control characters escaped, <, >, & and U+2028/U+2029 as
// \u escapes, invalid UTF-8 as \ufffd.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// decodeRequest reads the request JSON as json.Unmarshal would into a
// Request: keys matched without regard to case, the last of a repeated
// key wins, null leaves a field as it is, unknown keys are skipped. It
// also says which keys it saw (seen.input: an "input" key with a string
// value), so that the contract's required input can be checked
// (checkRequest) apart from the JSON syntax.
func decodeRequest(s string) (Request, requestKeys, error) {
	var req Request
	var seen requestKeys
	d := jr{s: s}
	d.ws()
	if d.peekNull() {
		d.ws()
		if d.i != len(d.s) {
			return Request{}, seen, d.syntax("after the top-level value")
		}
		return req, seen, nil
	}
	seen.object = true
	if err := d.object(func(k string) error {
		switch {
		case foldEq(k, "input"):
			if d.peekNull() {
				seen.inputNull = true
				return nil
			}
			seen.input = true
			return d.strField(&req.Input)
		case foldEq(k, "now"):
			return d.strField(&req.Now)
		case foldEq(k, "secretAccessKey"):
			return d.strField(&req.SecretAccessKey)
		case foldEq(k, "options"):
			if d.peekNull() {
				return nil
			}
			if d.i >= len(d.s) || d.s[d.i] != '{' {
				return d.typeErr("options", "an object")
			}
			return d.object(func(k string) error {
				if foldEq(k, "redactBucketNames") {
					return d.boolField(&req.Options.RedactBucketNames)
				}
				return d.skip(0)
			})
		}
		if len(seen.unknown) < 5 {
			seen.unknown = append(seen.unknown, k)
		}
		return d.skip(0)
	}); err != nil {
		return Request{}, seen, err
	}
	d.ws()
	if d.i != len(d.s) {
		return Request{}, seen, d.syntax("after the top-level value")
	}
	return req, seen, nil
}

// requestKeys is what decodeRequest saw of the request's keys.
type requestKeys struct {
	object    bool     // the request is an object (not null)
	input     bool     // "input" is there with a string value
	inputNull bool     // "input" is there, null
	unknown   []string // the first keys that name no field (up to 5)
}

// checkRequest returns the contract's error for a request that is valid
// JSON but has no input: "input" is required (an empty string is a valid,
// empty paste), and a request of unknown keys only, such as a misspelt
// "text", is named as such rather than analysed as an empty paste.
func checkRequest(k requestKeys) string {
	const want = `send {"input": "the pasted text"} (an empty string is an empty paste)`
	switch {
	case k.input:
		return ""
	case !k.object:
		return `request is null: ` + want
	case k.inputNull:
		return `request's "input" is null: ` + want
	case len(k.unknown) > 0:
		names := ""
		for i, u := range k.unknown {
			if i > 0 {
				names += ", "
			}
			names += string(appendJSONString(nil, u))
		}
		return `request has no "input" field, only fields this version does not know (` + names + `): ` + want
	}
	return `request has no "input" field: ` + want
}

// jsonError is a request the decoder cannot read.
type jsonError struct{ msg string }

func (e *jsonError) Error() string { return e.msg }

// jr reads JSON from s at i.
type jr struct {
	s string
	i int
}

// maxJSONDepth bounds the nesting of skipped values, as encoding/json does.
const maxJSONDepth = 10000

func (d *jr) ws() {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *jr) syntax(where string) error {
	if d.i >= len(d.s) {
		return &jsonError{"unexpected end of JSON input"}
	}
	return &jsonError{"invalid character " + strconv.QuoteRune(rune(d.s[d.i])) + " " + where + " (offset " + strconv.Itoa(d.i) + ")"}
}

func (d *jr) typeErr(field, want string) error {
	return &jsonError{"cannot read field " + field + ": want " + want + " (offset " + strconv.Itoa(d.i) + ")"}
}

// object reads an object, calling member for each key with d positioned
// on the value (member must consume it).
func (d *jr) object(member func(k string) error) error {
	if d.i >= len(d.s) || d.s[d.i] != '{' {
		return d.syntax("looking for the beginning of an object")
	}
	d.i++
	d.ws()
	if d.i < len(d.s) && d.s[d.i] == '}' {
		d.i++
		return nil
	}
	for {
		d.ws()
		k, err := d.str()
		if err != nil {
			return err
		}
		d.ws()
		if d.i >= len(d.s) || d.s[d.i] != ':' {
			return d.syntax("after an object key")
		}
		d.i++
		d.ws()
		if err := member(k); err != nil {
			return err
		}
		d.ws()
		if d.i >= len(d.s) {
			return d.syntax("")
		}
		switch d.s[d.i] {
		case ',':
			d.i++
		case '}':
			d.i++
			return nil
		default:
			return d.syntax("after an object value")
		}
	}
}

func (d *jr) peekNull() bool {
	if len(d.s)-d.i >= 4 && d.s[d.i:d.i+4] == "null" {
		d.i += 4
		return true
	}
	return false
}

func (d *jr) strField(dst *string) error {
	if d.peekNull() {
		return nil
	}
	if d.i >= len(d.s) || d.s[d.i] != '"' {
		if err := d.skip(0); err != nil {
			return err
		}
		return &jsonError{"a request field that should be a string is not"}
	}
	v, err := d.str()
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

func (d *jr) boolField(dst *bool) error {
	switch {
	case d.peekNull():
		return nil
	case len(d.s)-d.i >= 4 && d.s[d.i:d.i+4] == "true":
		d.i += 4
		*dst = true
		return nil
	case len(d.s)-d.i >= 5 && d.s[d.i:d.i+5] == "false":
		d.i += 5
		*dst = false
		return nil
	}
	if err := d.skip(0); err != nil {
		return err
	}
	return &jsonError{"options.redactBucketNames should be true or false"}
}

// str reads a string: escapes decoded, unpaired surrogates and invalid
// UTF-8 as U+FFFD, raw control characters refused.
func (d *jr) str() (string, error) {
	if d.i >= len(d.s) || d.s[d.i] != '"' {
		return "", d.syntax("looking for the beginning of a string")
	}
	d.i++
	start := d.i
	// Fast path: no escapes, valid UTF-8.
	for d.i < len(d.s) {
		c := d.s[d.i]
		if c == '"' {
			v := d.s[start:d.i]
			if utf8.ValidString(v) {
				d.i++
				return v, nil
			}
			break
		}
		if c == '\\' || c < 0x20 {
			break
		}
		d.i++
	}
	// The decoded string is at most as long as its JSON (escapes only
	// shrink, U+FFFD replaces at most 3 bytes of a \u escape's 6): one
	// allocation for a 1 MB paste instead of a doubling copy a step.
	end := d.i
	for end < len(d.s) && d.s[end] != '"' {
		if d.s[end] == '\\' {
			end++
		}
		end++
	}
	b := append(make([]byte, 0, min(end, len(d.s))-start), d.s[start:d.i]...)
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			if !utf8.Valid(b) {
				return string([]rune(string(b))), nil
			}
			// b is not written again: the string shares its bytes.
			return unsafe.String(unsafe.SliceData(b), len(b)), nil
		case c < 0x20:
			return "", d.syntax("in a string literal")
		case c == '\\':
			d.i++
			if d.i >= len(d.s) {
				return "", d.syntax("")
			}
			e := d.s[d.i]
			d.i++
			switch e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r, ok := d.hex4()
				if !ok {
					return "", d.syntax("in a \\u escape")
				}
				if utf16.IsSurrogate(r) {
					r2 := utf8.RuneError
					if len(d.s)-d.i >= 6 && d.s[d.i] == '\\' && d.s[d.i+1] == 'u' {
						save := d.i
						d.i += 2
						if lo, ok := d.hex4(); ok {
							if dec := utf16.DecodeRune(r, lo); dec != utf8.RuneError {
								r2 = dec
							} else {
								d.i = save
							}
						} else {
							d.i = save
						}
					}
					r = r2
				}
				b = utf8.AppendRune(b, r)
			default:
				d.i--
				return "", d.syntax("in a string escape code")
			}
		default:
			// The run of plain bytes up to the next quote, backslash or
			// control character, in one copy.
			k := d.i + 1
			for k < len(d.s) && d.s[k] != '"' && d.s[k] != '\\' && d.s[k] >= 0x20 {
				k++
			}
			b = append(b, d.s[d.i:k]...)
			d.i = k
		}
	}
	return "", d.syntax("")
}

func (d *jr) hex4() (rune, bool) {
	if len(d.s)-d.i < 4 {
		return 0, false
	}
	var r rune
	for _, c := range []byte(d.s[d.i : d.i+4]) {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	d.i += 4
	return r, true
}

// skip reads and discards one value.
func (d *jr) skip(depth int) error {
	if depth > maxJSONDepth {
		return &jsonError{"exceeded max depth"}
	}
	d.ws()
	if d.i >= len(d.s) {
		return d.syntax("")
	}
	switch c := d.s[d.i]; {
	case c == '"':
		_, err := d.str()
		return err
	case c == '{':
		return d.object(func(string) error { return d.skip(depth + 1) })
	case c == '[':
		d.i++
		d.ws()
		if d.i < len(d.s) && d.s[d.i] == ']' {
			d.i++
			return nil
		}
		for {
			if err := d.skip(depth + 1); err != nil {
				return err
			}
			d.ws()
			if d.i >= len(d.s) {
				return d.syntax("")
			}
			if d.s[d.i] == ']' {
				d.i++
				return nil
			}
			if d.s[d.i] != ',' {
				return d.syntax("after an array element")
			}
			d.i++
		}
	case c == 't' || c == 'f' || c == 'n':
		for _, lit := range []string{"true", "false", "null"} {
			if len(d.s)-d.i >= len(lit) && d.s[d.i:d.i+len(lit)] == lit {
				d.i += len(lit)
				return nil
			}
		}
		return d.syntax("in a literal")
	case c == '-' || '0' <= c && c <= '9':
		return d.number()
	}
	return d.syntax("looking for the beginning of a value")
}

// number reads a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (d *jr) number() error {
	if d.s[d.i] == '-' {
		d.i++
	}
	digits := func() int {
		n := 0
		for d.i < len(d.s) && '0' <= d.s[d.i] && d.s[d.i] <= '9' {
			d.i++
			n++
		}
		return n
	}
	if d.i < len(d.s) && d.s[d.i] == '0' {
		d.i++
	} else if digits() == 0 {
		return d.syntax("in a numeric literal")
	}
	if d.i < len(d.s) && d.s[d.i] == '.' {
		d.i++
		if digits() == 0 {
			return d.syntax("after a decimal point in a numeric literal")
		}
	}
	if d.i < len(d.s) && (d.s[d.i] == 'e' || d.s[d.i] == 'E') {
		d.i++
		if d.i < len(d.s) && (d.s[d.i] == '+' || d.s[d.i] == '-') {
			d.i++
		}
		if digits() == 0 {
			return d.syntax("in the exponent of a numeric literal")
		}
	}
	return nil
}

// foldEq reports whether a JSON key names the field, as encoding/json
// matches keys: ASCII letters without regard to case (the field names
// here are ASCII, and so must a key be to match one).
func foldEq(k, name string) bool {
	if len(k) != len(name) {
		return false
	}
	for i := 0; i < len(k); i++ {
		a, b := k[i], name[i]
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}
