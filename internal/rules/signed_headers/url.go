package signedheaders

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// signedHeadersURL reports SigV4 URLs that sign headers besides host: the
// request must send each of them with the signed value.
func signedHeadersURL(p *rules.Pass) {
	for _, u := range derive.SigV4URLs(p.Facts) {
		hs, prm := u.SignedHeaders()
		var extra []string
		for _, h := range hs {
			if h != "host" {
				extra = append(extra, h)
			}
		}
		if len(extra) == 0 || usedByCall(p, u) || urlSentAsSigned(p.Facts.Incident, u, extra) {
			continue // the curl / HTTP-call check compares what is sent; or the paste sends them as signed
		}
		if endedWithoutS3Error(p.Facts.Incident, u) {
			continue // the paste shows S3 took the request, or the browser never sent it
		}
		msg := fmt.Sprintf("the URL's X-Amz-SignedHeaders signs %s besides host: the request must send %s with exactly the values used when signing; a missing or different value gives SignatureDoesNotMatch (403), and other x-amz-* headers that are sent but not signed give AccessDenied (403) \"There were headers present in the request which were not signed\"",
			strings.Join(extra, ", "), derive.PickPlural(extra, "that header", "those headers"))
		for _, h := range extra {
			switch h {
			case "x-amz-content-sha256":
				msg += "; x-amz-content-sha256 is rarely sent by whoever uses a presigned URL (early aws-sdk-go-v2 presigns signed it)"
			case "content-type":
				msg += "; browsers and HTTP libraries often add \"; charset=…\" to Content-Type or set their own"
			}
		}
		var hdrs []string
		for _, h := range extra {
			hdrs = append(hdrs, "-H '"+h+": <signed value>'")
		}
		p.Report(rules.Finding{
			Message: msg,
			Span:    prm.Span,
			Key:     strings.Join(extra, ";"),
			Fixes: []rules.Fix{
				{Message: "send exactly the signed headers with the signed values, e.g. curl -X PUT " + strings.Join(hdrs, " ") + " --upload-file FILE 'URL'"},
				{Message: "or stop signing them: leave ContentType, ACL, Metadata, ServerSideEncryption and checksum fields out of Params and generate the URL again"},
			},
		})
	}
}

// usedByCall reports whether the paste shows the request made with u (a
// curl command or an HTTP call whose URL is u).
func usedByCall(p *rules.Pass, u *presign.URL) bool {
	for _, c := range p.Facts.Curls {
		if c.URL == u {
			return true
		}
	}
	for _, c := range p.Facts.HTTPCalls {
		if c.URL != nil && c.URL.Span.Overlaps(u.Span) {
			return true
		}
	}
	return false
}

// endedWithoutS3Error reports whether the paste shows that the request
// of URL u ended without an error of S3's (rules.EndedWithoutS3Error: S3
// took it, or the browser refused its preflight): this check only infers,
// from the URL alone, what a request may get wrong. (Another error of
// S3's, such as an expired URL, does not silence it: S3 checks the
// signature after, and the headers still have to be sent.)
func endedWithoutS3Error(inc *model.Incident, u *presign.URL) bool {
	if inc == nil {
		return false
	}
	var srs []*model.SignedRequest
	if sr := inc.SignedForURL(u); sr != nil {
		srs = append(srs, sr)
	}
	return rules.EndedWithoutS3Error(inc, srs, len(inc.SignedRequests) <= 1)
}
