package derive

import (
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// KnownStr returns a value's string when the reader knows it (and it is
// not a placeholder).
func KnownStr(v *model.Value) string {
	if v == nil || !v.Known || v.Placeholder {
		return ""
	}
	return v.Str
}

// ValueSpan is where a value is written: the literal a name was bound to,
// else the value itself.
func ValueSpan(v *model.Value) source.Span {
	if v.From != (source.Span{}) {
		return v.From
	}
	return v.Span
}
