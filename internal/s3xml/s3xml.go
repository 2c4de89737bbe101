// Package s3xml reads S3 error bodies (XML, also truncated or pasted with
// HTTP headers) and botocore's ClientError text.
package s3xml

import (
	"regexp"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Field is one element of an error body.
type Field struct {
	Name  string
	Value string // XML-unescaped text
	Span  source.Span
}

// Error is one S3 error read from a part of the paste.
type Error struct {
	Span    source.Span
	Code    string
	Message string
	Fields  []Field
	// Botocore is true for "An error occurred (Code) when calling ..." text.
	Botocore bool
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

var reElem = regexp.MustCompile(`(?s)<([A-Za-z][\w-]*)>(.*?)</([A-Za-z][\w-]*)>`)

// Parse reads the error in text[sp.Start:sp.End]. Spans are into text.
func Parse(text string, sp source.Span) *Error {
	e := &Error{Span: sp}
	for _, m := range reElem.FindAllStringSubmatchIndex(text[sp.Start:sp.End], -1) {
		name := text[sp.Start+m[2] : sp.Start+m[3]]
		if name == "Error" {
			continue
		}
		val := text[sp.Start+m[4] : sp.Start+m[5]]
		e.Fields = append(e.Fields, Field{Name: name, Value: val, Span: source.Span{Start: sp.Start + m[4], End: sp.Start + m[5]}})
		switch name {
		case "Code":
			e.Code = val
		case "Message":
			e.Message = val
		}
	}
	return e
}
