package engine

import (
	"slices"
	"strings"
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
	ev, sentNotes := fromSentRequests(sigevidence.SignatureEvidence(f, secret, reveal), f, secret, reveal)
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
	s.Notes = append(s.Notes, sentNotes...)
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

// fromSentRequests completes the signature check of rules' evidence with
// what the request that uses the URL sends: a SigV4 URL that signs
// content-type or x-amz-meta-* carries no value for them, but the linked
// curl -H, fetch / axios headers or HAR entry does; a SigV2 signature
// covers Content-Type, Content-MD5 and x-amz-* headers, taken from the
// sent request or, as the JavaScript SDK v2 writes them, from the query.
// Only when no part of the paste gives a signed header's value does the
// check stay not-checked, and then the note names that header. It returns
// a copy; ev (shared with the rules) is left as it is. notes says where
// the values came from.
func fromSentRequests(ev *sigevidence.SigEvidence, f *model.Facts, secret string, reveal func(string) string) (*sigevidence.SigEvidence, []string) {
	if ev == nil || ev.URL == nil || secret == "" || f.Incident == nil {
		return ev, nil
	}
	if reveal == nil {
		reveal = func(s string) string { return s }
	}
	if ev.V2 {
		return fromSentV2(ev, f, secret, reveal)
	}
	if len(ev.HeadersFromSent) > 0 {
		// The rules' evidence already took them from the sent request.
		note := "signed header values as the paste sends them (" + strings.Join(ev.SentFrom, ", ") + "): " + strings.Join(ev.HeadersFromSent, ", ")
		if ev.Check == "mismatch" {
			note += "; with these values the secret does not give the URL's signature: the values differ from the signed ones, or another secret signed it"
		}
		return ev, []string{note}
	}
	if ev.Check != "not-checked" {
		return ev, nil
	}
	unknown := sigv4.Build(ev.Request).Unknown
	if len(unknown) == 0 {
		return ev, nil
	}
	e := *ev
	found, missing, from := f.Incident.SentHeaderValues(ev.URL, unknown)
	if len(missing) > 0 {
		e.CheckNote = "no part of the paste gives the value of signed header " + strings.Join(missing, ", ") +
			": paste the request that sends the URL (curl -H, fetch or axios headers, a HAR entry) to check it"
		return &e, nil
	}
	e.Request.Headers = append(append([]sigv4.Header{}, ev.Request.Headers...), found...)
	sp := ev.URL.Param("X-Amz-Signature")
	if sp == nil {
		return ev, nil
	}
	reveals := func(rawFirst bool) sigv4.Request {
		r := model.SigningRequest(ev.URL, reveal, rawFirst)
		r.Method = e.Request.Method
		for _, h := range e.Request.Headers {
			r.Headers = append(r.Headers, sigv4.Header{Name: h.Name, Value: reveal(h.Value)})
		}
		return r
	}
	rb, err := sigv4.Rebuild(e.Request)
	if err != nil {
		return ev, nil
	}
	e.CanonicalRequest, e.StringToSign = rb.CanonicalRequest, rb.StringToSign
	if real, err := sigv4.Rebuild(reveals(false)); err == nil {
		// The string to sign hashes the real canonical request, as S3's does.
		e.StringToSign = sigv4.StringToSign(rb.AmzDate, rb.Scope, real.CanonicalRequest)
	}
	e.Lines, e.STSLines, e.First = nil, nil, ""
	if e.S3CanonicalRequest != "" {
		e.Lines = sigv4.DiffLines(e.CanonicalRequest, e.S3CanonicalRequest, sigv4.LinePart(e.CanonicalRequest), sigv4.LinePart(e.S3CanonicalRequest))
		e.First = sigv4.FirstDifference(e.CanonicalRequest, e.S3CanonicalRequest)
	}
	if e.S3StringToSign != "" {
		e.STSLines = sigv4.DiffLines(e.StringToSign, e.S3StringToSign, sigv4.StringToSignParts(e.StringToSign), sigv4.StringToSignParts(e.S3StringToSign))
		if d := sigv4.FirstStringToSignDifference(e.StringToSign, e.S3StringToSign); e.First == "" && d != "" && (d != sigv4.PartHash || e.S3CanonicalRequest == "") {
			e.First = d
		}
	}
	e.CheckNote, e.Variant = "", nil
	e.Check, e.Verdict = "mismatch", sigevidence.VerdictNeither
	for _, rawFirst := range []bool{false, true} {
		sig := strings.TrimSpace(reveal(sigv4.DecodeQuery(sp.RawValue)))
		if rawFirst {
			sig = strings.TrimSpace(sigv4.DecodeQuery(reveal(sp.RawValue)))
		}
		v, err := sigv4.VerifyURL(reveals(rawFirst), secret, sig)
		if err != nil {
			continue
		}
		if v.URLSigns {
			e.Check, e.Verdict, e.Variant = "match", sigevidence.VerdictURL, nil
			break
		}
		if v.Variant != nil && e.Variant == nil {
			e.Check, e.Verdict, e.Variant = "match", sigevidence.VerdictVariant, v.Variant
		}
	}
	var names []string
	for _, h := range found {
		names = append(names, h.Name)
	}
	note := "signed header values as the paste sends them (" + strings.Join(from, ", ") + "): " + strings.Join(names, ", ")
	if e.Check == "mismatch" {
		note += "; with these values the secret does not give the URL's signature: the values differ from the signed ones, or another secret signed it"
	}
	return &e, []string{note}
}

// fromSentV2 checks a SigV2 URL with the Content-Type, Content-MD5 and
// x-amz-* headers the paste sends or the query names, for the method the
// paste sends it with (then PUT and GET).
func fromSentV2(ev *sigevidence.SigEvidence, f *model.Facts, secret string, reveal func(string) string) (*sigevidence.SigEvidence, []string) {
	if ev.Check == "match" {
		return ev, nil
	}
	ct, md5, amz, sent := f.Incident.SentV2Headers(ev.URL)
	sp := ev.URL.Param("Signature")
	if sp == nil || ct == "" && md5 == "" && len(amz) == 0 && sent == "" {
		return ev, nil
	}
	sigs := []string{strings.TrimSpace(reveal(sigv4.DecodeQuery(sp.RawValue))), strings.TrimSpace(sigv4.DecodeQuery(reveal(sp.RawValue)))}
	var methods []string
	for _, m := range []string{ev.Request.Method, strings.ToUpper(sent), "PUT", "GET"} {
		if m != "" && !slices.Contains(methods, m) {
			methods = append(methods, m)
		}
	}
	revealed := func(hs []sigv4.Header) []sigv4.Header {
		out := make([]sigv4.Header, len(hs))
		for i, h := range hs {
			out[i] = sigv4.Header{Name: h.Name, Value: reveal(h.Value)}
		}
		return out
	}
	for _, m := range methods {
		for _, rawFirst := range []bool{false, true} {
			rv := model.SigningRequest(ev.URL, reveal, rawFirst)
			v2 := sigv4.V2Request{Method: m, ContentType: reveal(ct), ContentMD5: reveal(md5), Bucket: sigv4.V2BucketFromHost(rv.Host),
				Path: rv.Path, Query: rv.Query, AmzHeaders: revealed(amz)}
			got := sigv4.V2Sign(secret, sigv4.V2StringToSign(v2))
			if got != sigs[0] && got != sigs[1] {
				continue
			}
			e := *ev
			r := model.SigningRequest(ev.URL, nil, false)
			e.Request.Method = m
			e.StringToSign = sigv4.V2StringToSign(sigv4.V2Request{Method: m, ContentType: ct, ContentMD5: md5,
				Bucket: sigv4.V2BucketFromHost(r.Host), Path: r.Path, Query: r.Query, AmzHeaders: amz})
			e.STSLines = nil
			if e.S3StringToSign != "" {
				e.STSLines = sigv4.DiffLines(e.StringToSign, e.S3StringToSign, nil, nil)
			}
			e.Check, e.Verdict, e.CheckNote = "match", sigevidence.VerdictURL, ""
			return &e, []string{"SigV2 string to sign with " + m + " and the Content-Type, Content-MD5 and x-amz-* headers the paste sends (or the query names)"}
		}
	}
	return ev, nil
}
