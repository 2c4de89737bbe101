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

// headerOf returns the header a Param is signed as, or "".
func headerOf(name string) string {
	if name == "Metadata" {
		return "x-amz-meta-*"
	}
	return derive.HeaderParams()[name]
}

// signedParams lists the operation's Params that become signed headers
// (those keep accepts, all when keep is nil) as "header: value" ("…" when
// the value is not a literal), the first such Param, and the spans of the
// others.
func signedParams(o *model.Operation, keep func(h string) bool) (hs []string, first *model.Param, rel []source.Span) {
	for i := range o.Params {
		prm := &o.Params[i]
		h := headerOf(prm.Name)
		if h == "" || keep != nil && !keep(h) {
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
	return hs, first, rel
}

// signedHeadersCode reports Params that become signed headers: whoever
// uses the URL must send exactly those headers with the same values.
func signedHeadersCode(p *rules.Pass) {
	f := p.Facts
	for _, o := range derive.PyOps(f) {
		if o.Kind != "url" {
			continue
		}
		hs, first, rel := signedParams(o, nil)
		if first == nil || curlCompares(f, hs) || opSentAsSigned(f.Incident, o, hs) {
			continue // the curl check compares what the curl line sends; or the paste sends them as signed
		}
		msg := fmt.Sprintf("Params sign %s into the URL: the request must carry exactly %s, or S3 answers SignatureDoesNotMatch (403) (browsers and HTTP libraries often send another Content-Type)", countOf(len(hs), "a header", "headers"), strings.Join(hs, ", "))
		sev := "" // the catalog's: advice on what to send
		refused := false
		var sent []*model.SentRequest
		if sr := signedOfOp(f.Incident, o); sr != nil {
			sent = f.Incident.SentWith(sr)
			refused = refusedSigned(f.Incident, sr, sent)
		}
		missing, call := unsentHeaders(f, o, hs, refused)
		var at *source.Span
		if call != nil {
			at = &call.Span
		} else if m, s := unsentBy(sent, hs, refused); s != nil {
			// the request the incident links to the URL (through a
			// function's return, a variable of another name)
			missing, at = m, &s.Span
		}
		if at != nil && len(missing) > 0 {
			sev = rules.Error // the request the code makes fails
			msg = fmt.Sprintf("Params sign %s into the URL, but the request the code sends does not carry %s; S3 answers SignatureDoesNotMatch (403)", strings.Join(hs, ", "), strings.Join(missing, ", "))
			rel = append(rel, *at)
		}
		names := make([]string, 0, len(hs))
		for _, h := range hs {
			names = append(names, strings.SplitN(h, ":", 2)[0])
		}
		sort.Strings(names)
		p.Report(rules.Finding{
			Severity: sev,
			Message:  msg,
			Span:     first.Span,
			Related:  rel,
			Key:      strings.Join(names, ";"),
			Fixes: []rules.Fix{
				{Message: "send exactly these headers with the same values when using the URL: " + strings.Join(hs, ", ")},
				{Message: "or stop signing them: remove them from Params (for browser uploads that must limit type or size, use generate_presigned_post with conditions)"},
			},
		})
	}
}

// curlCompares reports whether a curl line of the paste fetches a SigV4
// URL that signs every header of hs ("name: value"): the curl check then
// says what the line sends wrong, pointing back at the Params, and the
// advice on the Params would repeat the same cause.
func curlCompares(f *model.Facts, hs []string) bool {
	for _, c := range f.Curls {
		if c.URL == nil || c.URL.Version != "v4" {
			continue
		}
		names, sh := c.URL.SignedHeaders()
		if sh == nil {
			continue
		}
		signed := derive.SetOf(names)
		all := true
		for _, hv := range hs {
			name, _, _ := strings.Cut(hv, ": ")
			if !strings.HasSuffix(name, "*") && !signed[name] {
				all = false
			}
		}
		if all {
			return true
		}
	}
	return false
}

// unsentHeaders returns the signed headers that an HTTP call of the code
// using the operation's URL does not send (with the same value; a signed
// value the paste does not show counts as another one when S3 refused
// the signature: see unsentBy).
func unsentHeaders(f *model.Facts, o *model.Operation, hs []string, refused bool) ([]string, *model.HTTPCall) {
	for _, h := range f.HTTPCalls {
		if h.Source != "python" || h.URL == nil || o.ResultVar == "" || strings.TrimSpace(h.URL.Expr) != o.ResultVar {
			continue
		}
		sent := map[string]string{}
		for _, prm := range h.Headers {
			sent[strings.ToLower(prm.Name)] = derive.KnownStr(prm.Value)
		}
		var missing []string
		for _, hv := range hs {
			name, val, _ := strings.Cut(hv, ": ")
			if strings.HasSuffix(name, "*") {
				continue
			}
			got, ok := sent[name]
			if !ok || got != "" && got != val && (val != "…" || refused) {
				if ok && val == "…" {
					hv = fmt.Sprintf("%s with the value the signer used (it sends %s, which the paste does not show to be it)", name, got)
				}
				missing = append(missing, hv)
			}
		}
		return missing, h
	}
	return nil, nil
}

func countOf(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return fmt.Sprintf("%d %s", n, many)
}

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
	if f.CopiesSignedHeaders {
		return // the code sends what the presigner signed
	}
	for _, o := range derive.CodeOps(f) {
		if o.Source == "python" || o.Kind != "url" {
			continue
		}
		hs, first, rel := signedParams(o, func(h string) bool { return sdkSigns(o, h) })
		if first == nil || curlCompares(f, hs) || opSentAsSigned(inc, o, hs) {
			continue
		}
		sr := signedOfOp(inc, o)
		var sent []*model.SentRequest
		if sr != nil {
			sent = inc.SentWith(sr)
		}
		missing, s := unsentBy(sent, hs, refusedSigned(inc, sr, sent))
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
// does not carry, or carries with another literal value, with that
// request. A signed value the paste does not show ("…": a variable, a
// call such as new Tika().detect(key)) is not known to equal the literal
// sent: when S3 refused the signature (refused), that literal counts as
// another value; unknown is not equal.
func unsentBy(sent []*model.SentRequest, hs []string, refused bool) ([]string, *model.SentRequest) {
	for _, s := range sent {
		if s.Source == "s3" || s.HeadersUnknown {
			continue
		}
		have := map[string]bool{}
		lit := map[string]string{} // the literal value sent, when one is
		for _, h := range s.Headers {
			have[strings.ToLower(h.Name)] = true
			if h.Expr == "" && !h.Default {
				lit[strings.ToLower(h.Name)] = strings.TrimSpace(h.Value)
			}
		}
		var missing []string
		for _, hv := range hs {
			name, val, _ := strings.Cut(hv, ": ")
			got, isLit := lit[name]
			differs := isLit && got != "" && got != val && (val != "…" || refused)
			if !strings.HasSuffix(name, "*") && (!have[name] || differs) {
				if val == "…" && have[name] {
					hv = fmt.Sprintf("%s with the value the signer used (the request sends %s, which the paste does not show to be it)", name, got)
				}
				missing = append(missing, hv)
			}
		}
		if len(missing) > 0 {
			return missing, s
		}
	}
	return nil, nil
}

// refusedSigned reports whether S3 answered SignatureDoesNotMatch to the
// signed request sr or to one of the requests sent with it.
func refusedSigned(inc *model.Incident, sr *model.SignedRequest, sent []*model.SentRequest) bool {
	if inc == nil {
		return false
	}
	for _, l := range inc.Links {
		if l.Answer == nil || l.Answer.Code.Str != "SignatureDoesNotMatch" {
			continue
		}
		if l.Kind == model.LinkAnswerSigned && sr != nil && l.Signed == sr {
			return true
		}
		for _, s := range sent {
			if l.Kind == model.LinkAnswerSent && l.Sent == s {
				return true
			}
		}
	}
	return false
}
