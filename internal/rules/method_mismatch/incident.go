package methodmismatch

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// methodMismatch is the rule as a predicate over the incident: a sent
// request linked to a signed request uses another method than was signed.
// The signed method comes from whatever states it (a presign call of code,
// aws s3 presign, which always signs GET, x-id in the URL, a presigned
// POST); the sent one from whatever sends it (curl -X, -T, --upload-file,
// -I; requests, fetch, axios, XHR; a form; a HAR entry; the first line of
// S3's canonical request). A URL alone does not say its method: a method
// the model only assumes (a URL without x-id is most often a download) is
// no evidence.
func methodMismatch(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, sr := range inc.SignedRequests {
		signed := sr.Method
		if signed.Str == "" || signed.From == model.FromDefault {
			continue
		}
		for _, s := range inc.SentWith(sr) {
			used := s.Method.Str
			if used == "" || used == signed.Str {
				continue
			}
			p.Report(rules.Finding{
				Message: fmt.Sprintf("%s %s%s but the URL was signed for %s (%s); the method is the first line of the signed canonical request, so S3 answers SignatureDoesNotMatch (403)",
					sentWho(s), sentVerb(s, used), sentWhy(s), signed.Str, signedWhy(sr)),
				Span:    sentSpan(s),
				Related: signedSpans(sr),
				Key:     methodKey(signed.Str, used),
				Fixes:   fixes(p.Facts, sr, s, used),
			})
		}
	}
}

// sentWho names the sender for the message.
func sentWho(s *model.SentRequest) string {
	switch s.Source {
	case "s3":
		return "S3"
	case "har":
		return "the browser (HAR)"
	case "console":
		return "the browser"
	case "form":
		return "the form"
	case "python", "requests", "httpx", "urllib":
		return "the code"
	}
	return s.Source
}

func sentVerb(s *model.SentRequest, m string) string {
	if s.Source == "s3" {
		return "received " + m
	}
	return "sends " + m
}

// sentWhy says where the sent method shows, as " (…)", or "" when the
// request writes it plainly.
func sentWhy(s *model.SentRequest) string {
	switch {
	case s.Source == "s3":
		return " (the first line of its canonical request)"
	case s.Method.Why != "":
		return " (" + s.Method.Why + ")"
	case s.Method.Stated:
		return ""
	}
	return " (its default)"
}

// signedWhy says where the signed method comes from.
func signedWhy(sr *model.SignedRequest) string {
	switch {
	case sr.Source == "cli":
		return "aws s3 presign, which always signs GET"
	case sr.Method.Why == "x-id":
		return "x-id in the URL names the operation it was signed for"
	case sr.Op != nil:
		return sr.Op.Name
	case sr.Method.Why != "":
		return sr.Method.Why
	}
	return sr.Operation.Str
}

func sentSpan(s *model.SentRequest) source.Span {
	if s.Method.Span.Len() > 0 {
		return s.Method.Span
	}
	return s.Span
}

func signedSpans(sr *model.SignedRequest) []source.Span {
	if sr.Method.Span.Len() > 0 {
		return []source.Span{sr.Method.Span}
	}
	if sr.Span.Len() > 0 {
		return []source.Span{sr.Span}
	}
	return nil
}

// fixes offers to presign the operation that matches the method the URL
// is used with: an edit of the code's presign call when the paste has it.
func fixes(f *model.Facts, sr *model.SignedRequest, s *model.SentRequest, used string) []rules.Fix {
	if sr.Op != nil && sr.Op.Source == "python" {
		return methodFixes(f, sr.Op, used)
	}
	who := "the request"
	if s.Source != "s3" {
		who = sentWho(s)
	}
	return []rules.Fix{{Message: fmt.Sprintf("presign the operation %s performs (%s), or call the URL with %s", who, opForMethod(used), sr.Method.Str)}}
}
