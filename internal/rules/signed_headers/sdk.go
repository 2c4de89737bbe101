package signedheaders

import (
	"fmt"
	"sort"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// What each SDK signs into a presigned URL from the request's parameters
// (issue 19): boto3, Go v2, Java v2 and .NET sign every header the
// parameters set (Content-Type included); the JavaScript v3 presigner does
// not sign content-type unless signableHeaders asks for it (its own test
// "should not sign content-type header") and moves x-amz-* headers into
// the query, except the SSE ones it cannot hoist; PHP signs neither
// Content-Type nor Content-Length.
//
// Checked against: aws-sdk-js-v3 packages/s3-request-presigner (presigner
// tests, signableHeaders / unhoistableHeaders options), aws-sdk-go-v2#1808
// and #293 (PresignPutObject's SignedHeader holds Content-Type and SSE
// headers), aws-sdk-php#1392.
func sdkSigns(o *model.Operation, header string) bool {
	switch o.SDK {
	case "js-v3":
		if header == "content-type" {
			for _, h := range o.SignableHeaders {
				if strings.EqualFold(h, "content-type") {
					return true
				}
			}
			return false
		}
		if strings.HasPrefix(header, "x-amz-") && !strings.HasPrefix(header, "x-amz-server-side-encryption") {
			return false // hoisted into the query: nothing to send
		}
	case "php":
		if header == "content-type" || header == "content-length" {
			return false
		}
	}
	return true
}

// signedHeadersSDK is signedHeadersCode for the SDKs other than boto3: the
// parameters of a presign call that its SDK signs as headers, and whether
// the request the paste sends with that URL carries them.
func signedHeadersSDK(p *rules.Pass) {
	f := p.Facts
	inc := f.Incident
	if derive.CopiesSignedHeaders(f) {
		return // the code sends what the presigner signed
	}
	for _, o := range derive.CodeOps(f) {
		if o.Source == "python" || o.Kind != "url" {
			continue
		}
		var hs []string
		var first *model.Param
		var rel []source.Span
		for i := range o.Params {
			prm := &o.Params[i]
			h := headerOf(prm.Name)
			if h == "" || !sdkSigns(o, h) {
				continue
			}
			v := "…"
			if s := derive.KnownStr(prm.Value); s != "" {
				v = s
			}
			hs = append(hs, h+": "+v)
			if first == nil {
				first = prm
			} else {
				rel = append(rel, prm.Span)
			}
		}
		if first == nil || curlCompares(f, hs) || opSentAsSigned(inc, o, hs) {
			continue
		}
		sr := signedOfOp(inc, o)
		var sent []*model.SentRequest
		if sr != nil {
			sent = inc.SentWith(sr)
		}
		missing, s := unsentBy(sent, hs)
		if len(missing) == 0 {
			continue // nothing the paste sends lacks them; advice only when it sends
		}
		rel = append(rel, s.Span)
		names := make([]string, 0, len(hs))
		for _, h := range hs {
			names = append(names, strings.SplitN(h, ":", 2)[0])
		}
		sort.Strings(names)
		p.Report(rules.Finding{
			Severity: rules.Error,
			Message: fmt.Sprintf("the %s presigner signs %s into the URL, but the request the code sends does not carry %s; S3 answers SignatureDoesNotMatch (403)",
				derive.Language(o.Source), strings.Join(hs, ", "), strings.Join(missing, ", ")),
			Span:    first.Span,
			Related: rel,
			Key:     strings.Join(names, ";"),
			Fixes: []rules.Fix{
				{Message: "send exactly these headers with the same values when using the URL: " + strings.Join(hs, ", ")},
				{Message: "or stop signing them: leave them out of the presigned request (for browser uploads that must limit type or size, use a presigned POST with conditions)"},
			},
		})
	}
}

// unsentBy returns the signed headers ("name: value") that a sent request
// does not carry, with that request.
func unsentBy(sent []*model.SentRequest, hs []string) ([]string, *model.SentRequest) {
	for _, s := range sent {
		if s.Source == "s3" {
			continue
		}
		have := map[string]bool{}
		for _, h := range s.Headers {
			have[strings.ToLower(h.Name)] = true
		}
		var missing []string
		for _, hv := range hs {
			name, _, _ := strings.Cut(hv, ": ")
			if !strings.HasSuffix(name, "*") && !have[name] {
				missing = append(missing, hv)
			}
		}
		if len(missing) > 0 {
			return missing, s
		}
	}
	return nil, nil
}
