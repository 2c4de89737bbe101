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
	case "python", "requests", "httpx", "urllib", "http", "client", "_client", "httpClient", "dio", "_dio", "okhttp", "urlsession":
		return "the code"
	case "prose":
		return "the request you describe"
	case "media":
		return "the media element"
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

// headProbe is the HEAD probe on a URL whose method the paste does not
// state (a bare URL without x-id): curl -I, wget --spider, requests.head,
// a link checker. A presigned URL is signed for one method, most often GET;
// S3 answers a HEAD on a GET URL 403 Forbidden with no body (a HEAD
// response carries none), so the SignatureDoesNotMatch code never shows.
// It fires only when S3's answer to the probe is a 403 (or the paste has
// no answer but a failure status), never when the probe succeeded: a URL
// signed for HEAD answers 200.
//
// Checked against: S3Mock#125 (HEAD on a presigned GET URL: AWS answers
// 403), dandi-cli PR#675 (wget --method=HEAD on a presigned GET URL: 403
// Forbidden), aws-sdk-java-v2#5473 (no presignHeadObject; HEAD needs its
// own signature), hf_transfer PR#1 (probe with GET and a Range instead).
func headProbe(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, sr := range inc.SignedRequests {
		if sr.URL == nil || sr.Method.From != model.FromDefault {
			continue // a stated method is methodMismatch's
		}
		for _, s := range inc.SentWith(sr) {
			if s.Method.Str != "HEAD" {
				continue
			}
			failed, succeeded := probeStatus(inc, sr)
			if succeeded || !failed {
				continue
			}
			p.Report(rules.Finding{
				Message: fmt.Sprintf("%s sends HEAD%s to a presigned URL that names no method (no x-id): a presigned URL is signed for one method, most often GET (get_object), and the method is the first line of the signed canonical request; S3 answers a HEAD on a GET URL 403 Forbidden with no body, since a HEAD response carries none, so SignatureDoesNotMatch never shows",
					sentWho(s), sentWhy(s)),
				Span:    sentSpan(s),
				Related: signedSpans(sr),
				Key:     methodKey("GET", "HEAD"),
				Fixes: []rules.Fix{
					{Message: "probe with the method the URL was signed for: a GET of the first byte (curl -r 0-0 URL, or a Range: bytes=0-0 header), which tells existence and (from Content-Range) the size"},
					{Message: "or presign head_object (HeadObjectCommand, PresignHeadObject, HttpMethod='HEAD') for the probe, beside the GET URL for the download"},
				},
			})
		}
	}
}

// probeStatus reports whether an answer linked to sr (or, when none is
// linked, any answer of the paste) is a 403, and whether one is a 2xx.
func probeStatus(inc *model.Incident, sr *model.SignedRequest) (failed, succeeded bool) {
	as := inc.AnswersTo(sr)
	if len(as) == 0 {
		as = inc.AllAnswers()
	}
	for _, a := range as {
		switch {
		case a.Status == 403 || a.Code.Str == "SignatureDoesNotMatch" || a.Code.Str == "AccessDenied":
			failed = true
		case a.Status >= 200 && a.Status < 300:
			succeeded = true
		}
	}
	return failed, succeeded
}
