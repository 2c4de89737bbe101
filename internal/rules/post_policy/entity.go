package postpolicy

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// S3's own size limits, which EntityTooLarge and EntityTooSmall also
// name outside any POST policy: 5 GiB for one PUT, 5 MiB for a multipart
// part.
const (
	maxSinglePut = 5368709120
	minPartSize  = 5242880
)

// postPolicySize is EntityTooLarge / EntityTooSmall against a presigned
// POST's content-length-range: S3 answers them (400) with ProposedSize and
// MaxSizeAllowed / MinSizeAllowed, the bounds of the policy's condition.
// A MaxSizeAllowed of 5 GiB (or MinSizeAllowed of 5 MiB) is S3's own limit
// of a single PUT (a multipart part) unless the paste has a presigned POST.
//
// Checked against: apisauce#245 and froala wysiwyg-editor#1625 (a POST
// policy's content-length-range gives EntityTooLarge with MaxSizeAllowed
// the range's maximum), laravel-zipstream#46 and versitygw#2041 (the 5 GB
// PUT limit: MaxSizeAllowed 5368709120), minio#3295 (content-length-range
// minimum and maximum).
func postPolicySize(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	hasPost := len(relatedPost(inc)) > 0
	for _, a := range inc.AllAnswers() {
		code := a.Code.Str
		if code != "EntityTooLarge" && code != "EntityTooSmall" || a.Err == nil {
			continue
		}
		proposed := strings.TrimSpace(a.Err.Value("ProposedSize"))
		bound, limitName, own := strings.TrimSpace(a.Err.Value("MaxSizeAllowed")), "maximum", int64(maxSinglePut)
		if code == "EntityTooSmall" {
			bound, limitName, own = strings.TrimSpace(a.Err.Value("MinSizeAllowed")), "minimum", minPartSize
		}
		n, err := strconv.ParseInt(bound, 10, 64)
		if !hasPost && (err != nil || n == own) {
			continue // S3's own limit, or nothing says a POST policy set it
		}
		msg := fmt.Sprintf("S3 answered %s (400): the file is ", code)
		if proposed != "" {
			msg += proposed + " bytes, "
		}
		if code == "EntityTooLarge" {
			msg += "larger than"
		} else {
			msg += "smaller than"
		}
		if bound != "" {
			msg += fmt.Sprintf(" the %s of %s bytes", limitName, bound)
		} else {
			msg += " the " + limitName
		}
		msg += " that the presigned POST's policy allows in its content-length-range condition; the form and its signature are fine"
		sp := a.Code.Span
		if sp.Len() == 0 {
			sp = a.Span
		}
		p.Report(rules.Finding{
			Message: msg,
			Span:    sp,
			Related: append(rangeSpans(p.Facts), relatedPost(inc)...),
			Key:     "post:size",
			Fixes:   []rules.Fix{{Message: "create the presigned POST with a content-length-range that covers the files users send ([\"content-length-range\", min, max] in Conditions), and check the file's size in the page before sending it so the user gets a clear message"}},
		})
	}
}

// rangeSpans points at the content-length-range conditions of the paste.
func rangeSpans(f *model.Facts) []source.Span {
	var out []source.Span
	for _, o := range f.Operations {
		for _, c := range o.ConditionParams {
			if c.Name == "content-length-range" {
				out = append(out, c.Span)
			}
		}
	}
	return out
}

// putToPost is a request with another method than POST sent to a presigned
// POST's target: a presigned POST is an HTML form upload (multipart/form-data
// POST to the bucket URL, the fields first and the file last); its url names
// no key and its fields are no headers, so a PUT there is no upload S3
// accepts.
func putToPost(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, sr := range inc.SignedRequests {
		if !isPost(sr) {
			continue
		}
		for _, s := range inc.SentRequests {
			if s.Method.Str == "" || s.Method.Str == "POST" || s.Method.Str == "GET" || s.Method.Str == "HEAD" || s.Method.Str == "OPTIONS" {
				continue
			}
			linked, _ := inc.SignedFor(s)
			if linked != sr && !(linked == nil && len(inc.SignedRequests) == 1) {
				continue
			}
			sp := s.Method.Span
			if sp.Len() == 0 {
				sp = s.Span
			}
			p.Report(rules.Finding{
				Message: fmt.Sprintf("%s sends %s to the presigned POST's url: a presigned POST is a form upload, a multipart/form-data POST to the bucket's URL with every field of the policy followed by the file; its url names no object and its fields are not headers, so a %s there fails (403)",
					sender(s), s.Method.Str, s.Method.Str),
				Span:    sp,
				Related: relatedPost(inc),
				Key:     "post:method",
				Fixes: []rules.Fix{
					{Message: "send a multipart/form-data POST: append every entry of fields to a FormData, then the file last (formData.append('file', file)), and POST it to url without setting Content-Type yourself"},
					{Message: "or, to upload with PUT, presign put_object (a presigned URL) instead of a presigned POST"},
				},
			})
		}
	}
}

func sender(s *model.SentRequest) string {
	switch s.Source {
	case "python", "requests", "httpx", "urllib":
		return "the code"
	case "har", "console":
		return "the browser"
	}
	return s.Source
}
