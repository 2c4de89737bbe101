package corspreflight

import (
	"fmt"
	"slices"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// browserSources are the senders whose requests a browser makes (and
// preflights).
var browserSources = []string{"fetch", "axios", "xhr", "jquery", "angular", "har", "console"}

// corsPreflight is the rule as a predicate over the incident: the
// browser reports a CORS refusal, or the bucket's CORS rules (as shown)
// lack the method or a header a page's request sends, or code reads ETag
// while no rule exposes it. S3 answers a preflight from the CORS rules
// alone, so the message first tells a CORS failure from a signature one.
func corsPreflight(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil || inc.Signals == nil {
		return
	}
	sg := inc.Signals
	cors := inc.Env.CORS
	missing := lacking(inc)
	var refusal *model.ClientError
	for _, e := range sg.ClientErrors {
		if e.Kind == model.ClientCORS && !apiHost(e.Host) {
			refusal = e
			break
		}
	}
	redirected := refusal != nil && strings.Contains(strings.ToLower(refusal.Detail), "redirect")
	switch {
	case redirected && redirectExplained(inc):
		// S3 redirected the preflight: the URL names an endpoint other
		// than the bucket's (the global host, another region), which the
		// paste shows and global_endpoint / region_mismatch name. No CORS
		// rule makes S3 redirect.
	case redirected:
		p.Report(rules.Finding{
			Message: "the browser blocked the request because the preflight OPTIONS was answered with a redirect, which a preflighted request may not follow: S3 redirects when the URL names another endpoint than the bucket's (the global host bucket.s3.amazonaws.com for a bucket outside us-east-1, or another region's host); no CORS rule changes that",
			Span:    refusal.Span, Key: "cors",
			Fixes: []rules.Fix{{Message: "presign on the bucket's regional host (the bucket's region, and addressing_style 'virtual' in boto3) so that S3 answers the preflight itself"}},
		})
	case refusal != nil:
		msg := "the browser blocked the request (CORS): the preflight OPTIONS is answered from the bucket's CORS rules alone, before any signature is checked, so this is not a signature failure"
		if d := refusal.Detail; strings.HasPrefix(d, "header ") {
			msg += fmt.Sprintf("; the preflight asked for the %s, which no CORS rule allows", d)
		}
		msg += describe(cors, missing)
		p.Report(rules.Finding{Message: msg, Span: refusal.Span, Related: ruleSpans(cors), Key: "cors", Fixes: fix(cors, false)})
	case len(cors) > 0 && len(missing) > 0:
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the bucket's CORS rules do not allow %s that the page sends: the browser's preflight gets 403 AccessForbidden (CORSResponse: This CORS request is not allowed) and the request is never sent, whatever the signature", strings.Join(missing, " and ")),
			Span:    cors[0].Span, Related: ruleSpans(cors[1:]), Key: "cors", Fixes: fix(cors, false),
		})
	}
	// ETag hidden from the page.
	var unsafe *model.ClientError
	for _, e := range sg.ClientErrors {
		if e.Kind == model.ClientUnsafeHeader {
			unsafe = e
		}
	}
	exposed := false
	for _, r := range cors {
		if containsFold(r.Exposed, "ETag") {
			exposed = true
		}
	}
	switch {
	case unsafe != nil:
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the browser refuses to expose the %s response header to the page: S3 sends it, but a cross-origin page reads only the headers the CORS rule lists in ExposeHeaders; the multipart upload then cannot be completed", unsafe.Detail),
			Span:    unsafe.Span, Related: factSpans(sg.ETagReads), Key: "etag", Fixes: fix(cors, true),
		})
	case len(sg.ETagReads) > 0 && len(cors) > 0 && !exposed:
		p.Report(rules.Finding{
			Message: "the code reads the ETag response header, but no CORS rule lists it in ExposeHeaders: in the browser it reads null, and CompleteMultipartUpload gets parts without ETags",
			Span:    sg.ETagReads[0].Span, Related: ruleSpans(cors), Key: "etag", Fixes: fix(cors, true),
		})
	}
}

// apiHost reports a host of an AWS service other than S3 (API Gateway's
// execute-api, a Lambda function URL): a CORS refusal there is about the
// API that hands out the URL, whose CORS settings are not the bucket's.
func apiHost(host string) bool {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	if i := strings.LastIndexByte(h, ':'); i >= 0 {
		h = h[:i]
	}
	if strings.HasSuffix(h, ".on.aws") {
		return true
	}
	if !strings.HasSuffix(h, ".amazonaws.com") && !strings.HasSuffix(h, ".amazonaws.com.cn") {
		return false
	}
	for _, l := range strings.Split(h, ".") {
		if strings.HasPrefix(l, "s3") {
			return false
		}
	}
	return true
}

// lacking returns what the page's requests send that no CORS rule allows
// ("method PUT", "header content-type").
func lacking(inc *model.Incident) (missing []string) {
	if inc.Signals != nil {
		for _, e := range inc.Signals.ClientErrors {
			if e.Kind == model.ClientCORS && strings.HasPrefix(e.Detail, "header ") && !apiHost(e.Host) {
				missing = appendNew(missing, e.Detail)
			}
		}
	}
	cors := inc.Env.CORS
	if len(cors) == 0 {
		return missing
	}
	for _, s := range inc.SentRequests {
		if !slices.Contains(browserSources, s.Source) || s.Method.Str == "" {
			continue
		}
		m := strings.ToUpper(s.Method.Str)
		if !anyRule(cors, func(r model.CORSRule) bool { return containsFold(r.AllowedMethods, m) }) {
			missing = appendNew(missing, "method "+m)
		}
		for _, h := range s.Headers {
			n := strings.ToLower(h.Name)
			if safelisted(n, h.Value) {
				continue
			}
			if !anyRule(cors, func(r model.CORSRule) bool { return headerAllowed(r.AllowedHeaders, n) }) {
				missing = appendNew(missing, "header "+n)
			}
		}
	}
	return missing
}

// safelisted reports the headers a browser sends without a preflight.
func safelisted(name, value string) bool {
	switch name {
	case "accept", "accept-language", "content-language", "host", "content-length":
		return true
	case "content-type":
		v := strings.ToLower(value)
		return strings.HasPrefix(v, "text/plain") || strings.HasPrefix(v, "multipart/form-data") || strings.HasPrefix(v, "application/x-www-form-urlencoded")
	}
	return false
}

func headerAllowed(allowed []string, h string) bool {
	for _, a := range allowed {
		a = strings.ToLower(strings.TrimSpace(a))
		if a == "*" || a == h || strings.HasSuffix(a, "*") && strings.HasPrefix(h, strings.TrimSuffix(a, "*")) {
			return true
		}
	}
	return false
}

func anyRule(rs []model.CORSRule, ok func(model.CORSRule) bool) bool {
	for _, r := range rs {
		if ok(r) {
			return true
		}
	}
	return false
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(strings.TrimSpace(x), s) {
			return true
		}
	}
	return false
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// describe says what the shown rules lack.
func describe(cors []model.CORSRule, missing []string) string {
	if len(cors) == 0 {
		return "; the paste does not show the bucket's CORS rules (aws s3api get-bucket-cors --bucket BUCKET)"
	}
	if len(missing) > 0 {
		return "; the CORS rules shown do not allow " + strings.Join(missing, " or ")
	}
	return "; the CORS rules shown must allow the page's origin, the method it sends (PUT for an upload) and its headers"
}

// fix gives the CORS rule to add: the origins the rules name (or a
// placeholder), GET, PUT, HEAD, every header, ETag exposed.
func fix(cors []model.CORSRule, etag bool) []rules.Fix {
	origins := "https://YOUR-APP-ORIGIN"
	if len(cors) > 0 && len(cors[0].AllowedOrigins) > 0 {
		origins = strings.Join(cors[0].AllowedOrigins, `", "`)
	}
	rule := `{"CORSRules": [{"AllowedOrigins": ["` + origins + `"], "AllowedMethods": ["GET", "PUT", "HEAD"], "AllowedHeaders": ["*"], "ExposeHeaders": ["ETag"], "MaxAgeSeconds": 3000}]}`
	msg := "put this CORS configuration on the bucket (aws s3api put-bucket-cors --bucket BUCKET --cors-configuration file://cors.json): "
	if etag {
		msg = "expose ETag to the page (aws s3api put-bucket-cors --bucket BUCKET --cors-configuration file://cors.json): "
	}
	return []rules.Fix{{Message: msg + rule}}
}

func ruleSpans(rs []model.CORSRule) []source.Span {
	var out []source.Span
	for _, r := range rs {
		out = append(out, r.Span)
	}
	return out
}

func factSpans(fs []model.Fact) []source.Span {
	var out []source.Span
	for _, f := range fs {
		out = append(out, f.Span)
	}
	return out
}

// redirectExplained reports whether the paste shows why S3 redirects: a
// presigned URL on the global host signed for a region other than
// us-east-1, or on a regional host of another region than it was signed
// for.
func redirectExplained(inc *model.Incident) bool {
	for _, sr := range inc.SignedRequests {
		u := sr.URL
		if u == nil {
			continue
		}
		sc, _, ok := u.Credential()
		if !ok || sc.Region == "" {
			continue
		}
		switch {
		case u.Endpoint.Kind == "global" && sc.Region != "us-east-1":
			return true
		case u.Endpoint.Region != "" && u.Endpoint.Region != sc.Region:
			return true
		}
	}
	return false
}
