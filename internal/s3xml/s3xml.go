// Package s3xml reads S3 error bodies (XML, also truncated, XML-escaped or
// pasted with the HTTP status line and headers), JSON-ish error shapes
// (botocore's e.response) and botocore's ClientError text and tracebacks.
package s3xml

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Field is one element of an error body, or one header.
type Field struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Name  string
	Value string // XML-unescaped text
	Span  source.Span
	// Raw is the text as written (XML-escaped).
	Raw string
}

// Error is one S3 error read from a part of the paste.
type Error struct {
	Span    source.Span
	Code    string
	Message string
	Fields  []Field
	// Botocore is true for "An error occurred (Code) when calling ..." text.
	Botocore bool
	// Operation is the operation botocore names (GetObject, PutObject, ...).
	Operation string
	// Status is the HTTP status from a pasted status line or
	// HTTPStatusCode, or 0.
	Status     int
	StatusSpan source.Span
	// Headers are the HTTP response headers pasted with the body
	// (x-amz-bucket-region, x-amz-request-id, ...).
	Headers []Field
	// CodeSpan and MessageSpan locate Code and Message in the text.
	CodeSpan, MessageSpan source.Span
	// Truncated is set when an element has no closing tag.
	Truncated bool
}

// Get returns the first field named name, or nil.
func (e *Error) Get(name string) *Field {
	for i := range e.Fields {
		if e.Fields[i].Name == name {
			return &e.Fields[i]
		}
	}
	return nil
}

// Value returns the value of the field named name (case-insensitive), or "".
func (e *Error) Value(name string) string {
	for i := range e.Fields {
		if strings.EqualFold(e.Fields[i].Name, name) {
			return e.Fields[i].Value
		}
	}
	return ""
}

// Header returns the response header named name (case-insensitive), or nil.
func (e *Error) Header(name string) *Field {
	for i := range e.Headers {
		if strings.EqualFold(e.Headers[i].Name, name) {
			return &e.Headers[i]
		}
	}
	return nil
}

var (
	reStatus   = lazyre.New(`(?m)^[ \t]*(?:< )?HTTP/[0-9.]+[ \t]+([0-9]{3})\b[^\n]*`)
	reHeader   = lazyre.New(`(?m)^[ \t]*(?:< )?([A-Za-z][A-Za-z0-9-]{1,60}):[ \t]*([^\n\r<]*?)[ \t]*\r?$`)
	reBotocore = lazyre.New(`An error occurred \(([\w.-]+)\)(?: when calling the (\w+) operation)?(?: \(reached max retries: \d+\))?: ?([^\n]*)`)
	reJSONPair = lazyre.New(`["']([A-Za-z][\w-]{0,60})["']\s*:\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|([0-9]+)\b)`)
)

// Parse reads the error in text[sp.Start:sp.End]. Spans are into text.
func Parse(text string, sp source.Span) *Error {
	if sp.Start < 0 {
		sp.Start = 0
	}
	if sp.End > len(text) || sp.End < sp.Start {
		sp.End = len(text)
	}
	e := &Error{Span: sp}
	part := text[sp.Start:sp.End]
	at := func(i, j int) source.Span { return source.Span{Start: sp.Start + i, End: sp.Start + j} }

	// Cheap checks first: the regular expressions only run where they can match.
	if m := findIf(reStatus, part, "HTTP/"); m != nil {
		e.Status, _ = strconv.Atoi(part[m[2]:m[3]])
		e.StatusSpan = at(m[2], m[3])
	}
	e.readHeaders(part, at)
	e.readXML(part, at)
	if strings.ContainsRune(part, '{') {
		e.readJSON(part, at)
	}
	if m := findIf(reBotocore, part, "An error occurred ("); m != nil {
		e.Botocore = true
		if m[4] >= 0 {
			e.Operation = part[m[4]:m[5]]
		}
		if e.Code == "" {
			e.Code, e.CodeSpan = part[m[2]:m[3]], at(m[2], m[3])
		}
		if e.Message == "" {
			msg := strings.TrimRight(part[m[6]:m[7]], " \r")
			e.Message, e.MessageSpan = msg, at(m[6], m[6]+len(msg))
		}
	}
	for i := range e.Fields {
		f := &e.Fields[i]
		switch {
		case f.Name == "Code" && e.Code == "":
			e.Code, e.CodeSpan = strings.TrimSpace(f.Value), f.Span
		case f.Name == "Message" && e.Message == "":
			e.Message, e.MessageSpan = f.Value, f.Span
		case f.Name == "HTTPStatusCode" && e.Status == 0:
			e.Status, _ = strconv.Atoi(f.Value)
			e.StatusSpan = f.Span
		}
	}
	return e
}

// findIf runs re on s only when s contains the literal lit.
func findIf(re *lazyre.Regexp, s, lit string) []int {
	if !strings.Contains(s, lit) {
		return nil
	}
	return re.FindStringSubmatchIndex(s)
}

// readHeaders reads "Name: value" lines before the body.
func (e *Error) readHeaders(part string, at func(i, j int) source.Span) {
	end := len(part)
	for i := 0; i+1 < len(part); i++ {
		// A tag, not curl -v's "< " prefix of response lines.
		if part[i] == '<' && part[i+1] != ' ' && part[i+1] != '\n' && part[i+1] != '\r' {
			end = i
			break
		}
	}
	if i := strings.Index(part, "An error occurred"); i >= 0 && i < end {
		end = i
	}
	for _, m := range reHeader.FindAllStringSubmatchIndex(part[:end], -1) {
		name := part[m[2]:m[3]]
		if e.Status == 0 && !looksHeader(name) {
			continue
		}
		e.Headers = append(e.Headers, Field{Name: name, Value: part[m[4]:m[5]], Raw: part[m[4]:m[5]], Span: at(m[4], m[5])})
	}
}

func looksHeader(name string) bool {
	n := strings.ToLower(name)
	return strings.HasPrefix(n, "x-amz-") || strings.HasPrefix(n, "content-") || n == "server" || n == "date" || n == "connection" || n == "transfer-encoding"
}

// readXML reads every leaf element; a container's children are read as
// fields of their own. An element without its closing tag (a truncated
// body) runs to the next tag or the end.
func (e *Error) readXML(part string, at func(i, j int) source.Span) {
	closes := closeTags(part)
	nextGT := -1
	for i := 0; i < len(part); {
		lt := strings.IndexByte(part[i:], '<')
		if lt < 0 {
			return
		}
		lt += i
		name := xmlName(part[lt+1:])
		// The first '>' after lt, found once for a run of '<' before it.
		if nextGT <= lt {
			nextGT = len(part)
			if g := strings.IndexByte(part[lt:], '>'); g >= 0 {
				nextGT = lt + g
			}
		}
		gt := nextGT
		if name == "" || gt == len(part) {
			i = lt + 1
			continue
		}
		if part[gt-1] == '/' { // <Empty/>
			e.Fields = append(e.Fields, Field{Name: name, Span: at(gt+1, gt+1)})
			i = gt + 1
			continue
		}
		vs := gt + 1
		closeTag := "</" + name + ">"
		ve := -1
		if list := closes[name]; len(list) > 0 {
			if k := sort.SearchInts(list, vs); k < len(list) {
				ve = list[k]
			}
		}
		next := strings.IndexByte(part[vs:], '<')
		if ve >= 0 && next >= 0 && vs+next < ve {
			// A container (Error, or an element holding others).
			i = vs
			continue
		}
		if ve < 0 {
			if next >= 0 {
				ve = vs + next
			} else {
				ve = len(part)
			}
			if name == "Error" || strings.TrimSpace(part[vs:ve]) == "" {
				i = vs
				continue
			}
			e.Truncated = true
		}
		raw := part[vs:ve]
		e.Fields = append(e.Fields, Field{Name: name, Value: unescapeXML(raw), Raw: raw, Span: at(vs, ve)})
		i = ve
		if strings.HasPrefix(part[ve:], closeTag) {
			i += len(closeTag)
		}
	}
}

// xmlName is the element name s starts with (as `^[A-Za-z_][\w.-]*`
// matches it), "" if none: read byte by byte, since it runs at every '<'
// of every answer and the regexp package's setup is most of such a short
// match's cost.
func xmlName(s string) string {
	if s == "" || !(isASCIILetter(s[0]) || s[0] == '_') {
		return ""
	}
	i := 1
	for i < len(s) && (isASCIILetter(s[i]) || '0' <= s[i] && s[i] <= '9' || s[i] == '_' || s[i] == '.' || s[i] == '-') {
		i++
	}
	return s[:i]
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// closeTags indexes the closing tags of part by name, in order, so that
// finding an element's end does not rescan the text.
func closeTags(part string) map[string][]int {
	m := map[string][]int{}
	for i := 0; ; {
		k := strings.Index(part[i:], "</")
		if k < 0 {
			return m
		}
		k += i
		name := xmlName(part[k+2:])
		if name != "" && strings.HasPrefix(part[k+2+len(name):], ">") {
			m[name] = append(m[name], k)
		}
		i = k + 2
	}
}

// readJSON reads "Name": "value" pairs (botocore's e.response printed as a
// dict, JSON error shapes); names the XML already gave are skipped.
func (e *Error) readJSON(part string, at func(i, j int) source.Span) {
	fromXML := map[string]bool{}
	for _, f := range e.Fields {
		fromXML[f.Name] = true
	}
	for _, m := range reJSONPair.FindAllStringSubmatchIndex(part, -1) {
		name := part[m[2]:m[3]]
		vs, ve := -1, -1
		for g := 4; g <= 8; g += 2 {
			if m[g] >= 0 {
				vs, ve = m[g], m[g+1]
				break
			}
		}
		raw := part[vs:ve]
		f := Field{Name: name, Value: unescapeJSON(raw), Raw: raw, Span: at(vs, ve)}
		if strings.HasPrefix(strings.ToLower(name), "x-amz-") {
			e.Headers = append(e.Headers, f)
			continue
		}
		if !fromXML[name] {
			e.Fields = append(e.Fields, f)
		}
	}
}

func unescapeJSON(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	return strings.NewReplacer(`\n`, "\n", `\t`, "\t", `\"`, `"`, `\'`, "'", `\\`, `\`, `\/`, "/", `\u0026`, "&").Replace(s)
}

// unescapeXML decodes XML's five named entities and its numeric character
// references, the only ones an XML body can hold (S3 writes &amp;, &quot;
// and &#xD;-style references); anything else, HTML's &nbsp; say, is kept as
// written. It replaces html.UnescapeString, whose table of 2,231 HTML
// entities cost the wasm about 25 KB gzip.
func unescapeXML(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		s = s[i:]
		if n, r := xmlEntity(s); n > 0 {
			b.WriteString(r)
			s = s[n:]
		} else {
			b.WriteByte('&')
			s = s[1:]
		}
		i = strings.IndexByte(s, '&')
	}
	b.WriteString(s)
	return b.String()
}

// xmlEntity decodes the reference at the start of s ("&...;"): its length
// and text, or 0 when s does not start with a well-formed one.
func xmlEntity(s string) (int, string) {
	semi := strings.IndexByte(s, ';')
	if semi < 2 || semi > 10 {
		return 0, ""
	}
	name := s[1:semi]
	switch name {
	case "amp":
		return semi + 1, "&"
	case "lt":
		return semi + 1, "<"
	case "gt":
		return semi + 1, ">"
	case "quot":
		return semi + 1, `"`
	case "apos":
		return semi + 1, "'"
	}
	if name[0] != '#' {
		return 0, ""
	}
	num, base := name[1:], 10
	if num != "" && (num[0] == 'x' || num[0] == 'X') {
		num, base = num[1:], 16
	}
	v, err := strconv.ParseUint(num, base, 32)
	if err != nil || v == 0 || !utf8.ValidRune(rune(v)) {
		return 0, ""
	}
	return semi + 1, string(rune(v))
}
