package methodmismatch

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
)

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
