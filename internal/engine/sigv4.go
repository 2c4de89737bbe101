package engine

import (
	"unicode/utf16"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules/sigevidence"
	"github.com/presign-doctor/presign-doctor/internal/sigv4"
)

// fillSigV4 fills the response's sigv4 section from the signature evidence
// of the facts. Everything it copies is redacted text; the secret and
// Reveal are only used inside the signature check.
func fillSigV4(resp *Response, f *model.Facts, secret string, reveal func(string) string) {
	if len(f.URLs) == 0 && len(f.Errors) == 0 {
		return
	}
	ev := sigevidence.SignatureEvidence(f, secret, reveal)
	if ev.URL == nil && ev.Err == nil {
		return
	}
	if ev.URL != nil && ev.URL.Version == "" && ev.Err == nil {
		return
	}
	s := &resp.SigV4
	s.CanonicalRequest = ev.CanonicalRequest
	s.StringToSign = ev.StringToSign
	s.S3CanonicalRequest = ev.S3CanonicalRequest
	s.S3StringToSign = ev.S3StringToSign
	s.CanonicalRequestDiff = ev.Diff()
	s.SignatureCheck = ev.Check
	s.FirstDifference = ev.First
	s.Lines = diffLines(ev.Lines)
	s.StringToSignLines = diffLines(ev.STSLines)
	s.Verdict = ev.Verdict
	s.Notes = append(s.Notes, ev.S3Notes...)
	s.Notes = append(s.Notes, ev.Notes...)
	if ev.CheckNote != "" {
		s.Notes = append(s.Notes, "signature not checked: "+ev.CheckNote)
	}
	switch {
	case ev.V2:
		s.Algorithm = "SigV2"
	case ev.StringToSign != "" || ev.S3StringToSign != "":
		s.Algorithm = sigv4.Algorithm
	}
}

func diffLines(in []sigv4.DiffLine) []DiffLine {
	var out []DiffLine
	for _, l := range in {
		d := DiffLine{Kind: l.Kind, Part: l.Part, Text: l.Text}
		for _, m := range l.Marks {
			d.Marks = append(d.Marks, Range{utf16Len(l.Text[:m.Start]), utf16Len(l.Text[:m.End])})
		}
		out = append(out, d)
	}
	return out
}

func utf16Len(s string) int {
	return len(utf16.Encode([]rune(s)))
}
