package chunkedbody

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// chunkedBody is the rule as a predicate over the incident: S3 answers
// NotImplemented naming Transfer-Encoding, or MissingContentLength; or a
// request that uploads sends a stream body (no length).
func chunkedBody(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	var streams []*model.SentRequest
	for _, s := range inc.SentRequests {
		if s.Body.Str == "stream" || s.Body.Str == "chunked" {
			streams = append(streams, s)
		}
	}
	var related []source.Span
	for _, s := range streams {
		related = append(related, bodySpan(s))
	}
	fix := []rules.Fix{{Message: "send a sized body so Content-Length is set: a Buffer/Blob/File or bytes instead of a stream (JavaScript: await fs.promises.readFile(path) or the File itself; Python: data=open(path, 'rb') or its read(); curl: -T FILE, not --data-binary @- with Transfer-Encoding: chunked), or set Content-Length from the file's size"}}
	reported := false
	for _, a := range inc.AllAnswers() {
		code := a.Code.Str
		var why string
		switch {
		case code == "NotImplemented" && headerElem(a) == "transfer-encoding":
			why = "S3 answers NotImplemented (501) \"A header you provided implies functionality that is not implemented\" naming <Header>Transfer-Encoding</Header>: the body was sent chunked, without Content-Length, which S3 does not accept on a presigned PUT"
		case code == "NotImplemented" && headerElem(a) == "" && len(streams) > 0:
			why = "S3 answers NotImplemented (501) \"A header you provided implies functionality that is not implemented\": the stream body goes out with Transfer-Encoding: chunked, which S3 does not accept"
		case code == "MissingContentLength":
			why = "S3 answers MissingContentLength (411) \"You must provide the Content-Length HTTP header.\": the body was sent without a length"
		default:
			continue
		}
		if len(streams) > 0 {
			why += fmt.Sprintf("; %s sends %s", streams[0].Source, bodyWhat(streams[0]))
		}
		p.Report(rules.Finding{Message: why, Span: a.Span, Related: related, Key: "chunked", Fixes: fix})
		reported = true
	}
	if reported {
		return
	}
	for _, s := range streams {
		if s.Method.Str == "GET" || s.Method.Str == "HEAD" {
			continue
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("%s sends %s: with no length known the client uses Transfer-Encoding: chunked, and S3 refuses it on a presigned upload with NotImplemented (501, <Header>Transfer-Encoding</Header>) or MissingContentLength (411)", s.Source, bodyWhat(s)),
			Span:    bodySpan(s), Key: "chunked", Fixes: fix,
		})
	}
}

func headerElem(a *model.Answer) string {
	for _, e := range a.Elements {
		if strings.EqualFold(e.Name, "Header") {
			return strings.ToLower(strings.TrimSpace(e.Value))
		}
	}
	return ""
}

func bodyWhat(s *model.SentRequest) string {
	if s.Body.Str == "chunked" {
		return "the body with Transfer-Encoding: chunked"
	}
	if s.Body.Why != "" && s.Body.Span.Len() > 0 {
		return "a stream body (" + s.Body.Why + ")"
	}
	return "a stream body"
}

func bodySpan(s *model.SentRequest) source.Span {
	if s.Body.Span.Len() > 0 {
		return s.Body.Span
	}
	return s.Span
}
