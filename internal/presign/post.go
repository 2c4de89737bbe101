package presign

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Field is one field of a presigned POST form.
type Field struct {
	_       [0]func() // not comparable: no generated equality function in the wasm
	Name    string
	Value   string
	Span    source.Span // 'name': 'value' in the text
	ValSpan source.Span // the value inside its quotes
}

// Form is the field set of a presigned POST (generate_presigned_post's
// "fields", or the form of createPresignedPost) found in a text.
type Form struct {
	Span source.Span
	// URL is the form's "url" entry, when the paste shows it, and URLSpan
	// its value in the text.
	URL     string
	URLSpan source.Span
	Fields  []Field
	// Version is "v4" for x-amz-algorithm/x-amz-credential fields, "v2"
	// for AWSAccessKeyId/signature.
	Version string
}

// Field returns the field named name (case-insensitive), or nil.
func (f *Form) Field(name string) *Field {
	for i := range f.Fields {
		if strings.EqualFold(f.Fields[i].Name, name) {
			return &f.Fields[i]
		}
	}
	return nil
}

var reFormPair = lazyre.New(`["']([A-Za-z][A-Za-z0-9_-]{0,60})["']\s*:\s*(?:"([^"\n]*)"|'([^'\n]*)')`)

// FindForms returns the presigned POST field sets of text: runs of quoted
// "name": "value" pairs, inside one pair of braces, that hold a policy and
// a credential.
func FindForms(text string) []*Form {
	if !mayHoldForm(text) {
		return nil
	}
	var out []*Form
	var cur *Form
	last := -1
	flush := func() {
		if cur != nil && cur.Field("policy") != nil && (cur.Field("x-amz-credential") != nil || cur.Field("AWSAccessKeyId") != nil) {
			if cur.Field("x-amz-credential") != nil || cur.Field("x-amz-algorithm") != nil {
				cur.Version = "v4"
			} else {
				cur.Version = "v2"
			}
			out = append(out, cur)
		}
		cur = nil
	}
	for _, m := range reFormPair.FindAllStringSubmatchIndex(text, -1) {
		if cur != nil && strings.Count(text[last:m[0]], "}") > 0 {
			// "fields": {...} closes; "url" may follow or precede it.
			if !(strings.Count(text[last:m[0]], "}") == 1 && strings.EqualFold(text[m[2]:m[3]], "url")) {
				flush()
			}
		}
		name := text[m[2]:m[3]]
		vs, ve := m[4], m[5]
		if vs < 0 {
			vs, ve = m[6], m[7]
		}
		if cur == nil {
			cur = &Form{Span: source.Span{Start: m[0]}}
		}
		val := text[vs:ve]
		if strings.EqualFold(name, "url") {
			cur.URL, cur.URLSpan = val, source.Span{Start: vs, End: ve}
		} else if !strings.EqualFold(name, "fields") {
			cur.Fields = append(cur.Fields, Field{Name: name, Value: val, Span: source.Span{Start: m[0], End: m[1]}, ValSpan: source.Span{Start: vs, End: ve}})
		}
		cur.Span.End = m[1]
		last = m[1]
	}
	flush()
	return out
}

// Credential returns the credential scope of the form's x-amz-credential
// field and the field.
func (f *Form) Credential() (Scope, *Field, bool) {
	fl := f.Field("x-amz-credential")
	if fl == nil {
		return Scope{}, nil, false
	}
	parts := strings.Split(fl.Value, "/")
	n := len(parts)
	if n < 5 {
		return Scope{}, fl, false
	}
	return Scope{AccessKeyID: strings.Join(parts[:n-4], "/"), Date: parts[n-4], Region: parts[n-3], Service: parts[n-2], Terminator: parts[n-1]}, fl, true
}

// Target returns the URL the form posts to, from urls (the URLs found in
// the same text), or nil.
func (f *Form) Target(urls []*URL) *URL {
	for _, u := range urls {
		if f.URLSpan.Len() > 0 && u.Span.Start >= f.URLSpan.Start && u.Span.End <= f.URLSpan.End {
			return u
		}
	}
	return nil
}

// mayHoldForm reports whether text names the fields a form needs (a
// policy and a credential; field names are ASCII, matched without regard
// to case), so that the pair regexp runs only on pastes that can hold one.
func mayHoldForm(text string) bool {
	return source.ContainsLower(text, "policy") && (source.ContainsLower(text, "x-amz-credential") || source.ContainsLower(text, "awsaccesskeyid"))
}
