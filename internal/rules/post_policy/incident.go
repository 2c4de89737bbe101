package postpolicy

import (
	"fmt"
	"strings"

	"strconv"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// minFormSeconds is the shortest lifetime that leaves a person the time
// to open the page, choose a file and send the form.
const minFormSeconds = 60

// postPolicyIncident is the rule as predicates over the incident: a
// presigned POST that expires before a person can use its form (issue 17
// class 5), and S3's "Invalid according to Policy" answers, explained by
// what they name.
func postPolicyIncident(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, sr := range inc.SignedRequests {
		if !isPost(sr) {
			continue
		}
		e := sr.Expires
		if e.From == model.FromDefault || e.Num <= 0 || e.Num >= minFormSeconds || e.Span.Len() == 0 {
			continue
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the presigned POST's policy expires %d seconds after it is made: the form is rendered, a person chooses a file and sends it, which takes longer, and S3 then answers AccessDenied (403) \"Invalid according to Policy: Policy expired.\"", e.Num),
			Span:    e.Span,
			Key:     "post:expiry",
			Fixes:   []rules.Fix{{Message: "give the form time to be used: an expiry of several minutes (ExpiresIn=600), or create the presigned POST when the user sends the form"}},
		})
	}
	for _, a := range inc.Answers {
		msg := a.Message.Str
		i := strings.Index(msg, "Invalid according to Policy")
		if i < 0 {
			continue
		}
		detail := strings.TrimSpace(strings.TrimPrefix(msg[i:], "Invalid according to Policy"))
		detail = strings.TrimSpace(strings.TrimPrefix(detail, ":"))
		what, key := explain(detail)
		sp := a.Message.Span
		if sp.Len() == 0 {
			sp = a.Span
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("S3 answered AccessDenied (403) \"Invalid according to Policy: %s\": %s", detail, what),
			Span:    sp,
			Related: relatedPost(inc),
			Key:     key,
			Fixes:   []rules.Fix{{Message: "make the form's fields and the policy's conditions agree: every field the form sends (but file, and x-amz-signature and policy) needs a condition, and every condition a field that satisfies it; create the presigned POST again after changing them"}},
		})
	}
}

// explain says what a policy failure names, and the cause's Key.
func explain(detail string) (string, string) {
	switch {
	case strings.HasPrefix(detail, "Policy expired"):
		return "the form was sent after the policy's expiration; give the presigned POST a longer expiry, or create it when the user sends the form", "post:expiry"
	case strings.HasPrefix(detail, "Extra input fields:"):
		f := strings.TrimSpace(strings.TrimPrefix(detail, "Extra input fields:"))
		return fmt.Sprintf("the form sends the field %s, which no condition of the policy names; add a condition for it (or drop the field from the form)", f), "post:" + strings.ToLower(strings.TrimSuffix(f, "."))
	case strings.HasPrefix(detail, "Policy Condition failed:"):
		c := strings.TrimSpace(strings.TrimPrefix(detail, "Policy Condition failed:"))
		return fmt.Sprintf("the value the form sends does not satisfy the condition %s; send the value the condition allows, or change the condition", c), "post:condition"
	}
	return "a form field and the policy's conditions disagree", "post:policy"
}

// relatedPost points at the presigned POSTs of the paste.
func relatedPost(inc *model.Incident) []source.Span {
	var out []source.Span
	for _, sr := range inc.SignedRequests {
		if isPost(sr) && sr.Span.Len() > 0 {
			out = append(out, sr.Span)
		}
	}
	return out
}

func isPost(sr *model.SignedRequest) bool {
	return sr.Source == "post" || sr.Op != nil && sr.Op.Kind == "post"
}

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
