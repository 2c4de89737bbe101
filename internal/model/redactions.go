package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/redact"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// SetRedactions records in the facts what the redactor replaced in Text
// (redact.Result.Redactions): every placeholder in Secrets, and in
// EncodedTwice those whose value was percent-encoded twice where it was
// pasted. The values themselves are gone from Text: this record is what
// the rules know of them.
func (f *Facts) SetRedactions(rs []redact.Redaction) {
	f.Secrets, f.EncodedTwice, f.RawPlus = nil, nil, nil
	local := ""
	for _, r := range rs {
		if r.Default != "" {
			local, _ = f.EmulatorEndpoint()
			break
		}
	}
	for _, r := range rs {
		d := Redacted{Span: source.Span{Start: r.Start, End: r.End}, Kind: r.Kind, Example: redact.IsExamplePlaceholder(r.Placeholder)}
		if r.Default != "" && local != "" {
			d.Dummy = r.Default + ", used against " + local
		}
		f.Secrets = append(f.Secrets, d)
		if r.EncodedTwice {
			f.EncodedTwice = append(f.EncodedTwice, Redacted{Span: d.Span, Kind: d.Kind})
		}
		if r.RawPlus {
			f.RawPlus = append(f.RawPlus, Redacted{Span: d.Span, Kind: d.Kind})
		}
	}
	for _, c := range f.Credentials {
		c.Dummy = ""
		if s, ok := f.SecretOf(c.Value); ok {
			c.Dummy = s.Dummy
		}
	}
}

// SecretOf returns the redactor's record of the placeholder a value is
// (its string, blanks around it aside), found where the value is written
// (its span, or the literal a name it was reached through is bound to),
// and false when the value is no placeholder of the redactor's.
func (f *Facts) SecretOf(v *Value) (Redacted, bool) {
	if v == nil || !v.Known {
		return Redacted{}, false
	}
	str := strings.TrimSpace(v.Str)
	for _, sp := range []Span{v.Span, v.From} {
		for _, s := range f.Secrets {
			if sp.Start <= s.Span.Start && s.Span.End <= sp.End && s.Span.End <= len(f.Text) && f.Text[s.Span.Start:s.Span.End] == str {
				return s, true
			}
		}
	}
	return Redacted{}, false
}
