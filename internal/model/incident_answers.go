package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/s3xml"
	"github.com/presign-doctor/presign-doctor/internal/sigv4"
)

// answers turns every S3 error the reader found into an answer, and S3's
// canonical request, when it quotes one, into the request S3 received
// (a sent request of source "s3", linked to the answer).
func (b *builder) answers(inc *Incident) {
	for _, e := range b.f.Errors {
		a := &Answer{Span: e.Span, Err: e, Source: "xml", Status: e.Status, Operation: e.Operation, Elements: e.Fields}
		switch {
		case e.Botocore:
			a.Source = "botocore"
		case e.Code == "" && e.Status != 0:
			a.Source = "status-line"
		}
		if e.Code != "" {
			a.Code = Fact{Str: e.Code, Span: e.CodeSpan, Stated: true, From: FromS3}
		}
		if e.Message != "" {
			a.Message = Fact{Str: e.Message, Span: e.MessageSpan, Stated: true, From: FromS3}
		}
		if ev, ok := e.BucketRegion(); ok && presignRegion(ev.Value) {
			a.Region = Fact{Str: ev.Value, Span: ev.Span, Stated: true, From: FromS3, Why: ev.From}
		}
		if ev, ok := e.WrongRegion(); ok {
			a.WrongRegion = Fact{Str: ev.Value, Span: ev.Span, Stated: true, From: FromS3, Why: ev.From}
		}
		var n1, n2 []string
		a.CanonicalRequest, n1 = e.CanonicalRequest()
		a.StringToSign, n2 = e.StringToSign()
		a.ReadNotes = append(n1, n2...)
		if a.CanonicalRequest != "" {
			a.Canonical = sigv4.Split(a.CanonicalRequest)
		}
		if h := e.Get("HeadersNotSigned"); h != nil {
			for _, n := range strings.Split(h.Value, ",") {
				if n = strings.ToLower(strings.TrimSpace(n)); n != "" {
					a.HeadersNotSigned = append(a.HeadersNotSigned, n)
				}
			}
		}
		a.Elements = append(append([]s3xml.Field{}, e.Fields...), e.Headers...)
		inc.Answers = append(inc.Answers, a)
		if a.CanonicalRequest != "" {
			s := s3Received(a)
			inc.SentRequests = append(inc.SentRequests, s)
			inc.Links = append(inc.Links, Link{Kind: LinkAnswerSent, Sent: s, Answer: a, Reason: "S3's canonical request is the request S3 received"})
		}
	}
}

var reRegionName = lazyre.New(`^[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-[0-9]{1,2}$`)

func presignRegion(s string) bool { return reRegionName.MatchString(s) }

// s3Received is the request S3 quotes in its canonical request: its
// method, path and signed header values as S3 received them.
func s3Received(a *Answer) *SentRequest {
	cr := a.Canonical
	sp := a.Span
	if f := a.Err.Get("CanonicalRequest"); f != nil {
		sp = f.Span
	}
	s := &SentRequest{Span: sp, Source: "s3", Path: cr.URI}
	if cr.Method != "" {
		s.Method = Fact{Str: cr.Method, Span: sp, Stated: true, From: FromS3, Why: "the first line of S3's canonical request"}
	}
	for _, h := range cr.Headers {
		n, v, ok := strings.Cut(h, ":")
		if !ok {
			continue
		}
		if n == "host" {
			s.Host = v
		}
		s.Headers = append(s.Headers, SentHeader{Name: n, Value: v, Span: sp})
	}
	return s
}

// Received returns the request S3 quotes in the answer's canonical request
// (a sent request of source "s3"), or nil.
func (inc *Incident) Received(a *Answer) *SentRequest {
	for _, l := range inc.Links {
		if l.Kind == LinkAnswerSent && l.Answer == a && l.Sent.Source == "s3" {
			return l.Sent
		}
	}
	return nil
}

// SignedOf returns the signed request the answer is about, or nil.
func (inc *Incident) SignedOf(a *Answer) *SignedRequest {
	for _, l := range inc.Links {
		if l.Kind == LinkAnswerSigned && l.Answer == a {
			return l.Signed
		}
	}
	return nil
}
