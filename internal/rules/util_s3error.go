package rules

import (
	"github.com/presign-doctor/presign-doctor/internal/s3xml"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// errSpan returns the best span of an error: its code, else its message,
// else the whole part.
func errSpan(e *s3xml.Error) source.Span {
	switch {
	case e.CodeSpan.Len() > 0:
		return e.CodeSpan
	case e.MessageSpan.Len() > 0:
		return e.MessageSpan
	}
	return e.Span
}

// msgSpan returns the span of the error's message, else errSpan.
func msgSpan(e *s3xml.Error) source.Span {
	if e.MessageSpan.Len() > 0 {
		return e.MessageSpan
	}
	return errSpan(e)
}

// codeSpan is the span of an error's Code element, or of the whole error.
func codeSpan(e *s3xml.Error) source.Span {
	if f := e.Get("Code"); f != nil {
		return f.Span
	}
	return e.Span
}
