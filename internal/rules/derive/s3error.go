package derive

import (
	"github.com/presign-doctor/presign-doctor/internal/s3xml"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// ErrSpan returns the best span of an error: its code, else its message,
// else the whole part.
func ErrSpan(e *s3xml.Error) source.Span {
	switch {
	case e.CodeSpan.Len() > 0:
		return e.CodeSpan
	case e.MessageSpan.Len() > 0:
		return e.MessageSpan
	}
	return e.Span
}

// MsgSpan returns the span of the error's message, else errSpan.
func MsgSpan(e *s3xml.Error) source.Span {
	if e.MessageSpan.Len() > 0 {
		return e.MessageSpan
	}
	return ErrSpan(e)
}

// CodeSpan is the span of an error's Code element, or of the whole error.
func CodeSpan(e *s3xml.Error) source.Span {
	if f := e.Get("Code"); f != nil {
		return f.Span
	}
	return e.Span
}
