package signedheaders

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// sentAsSigned reports whether the paste shows the signed request used as
// signed (issue 17 class 11): a request linked to it (curl -H, requests
// headers, fetch/axios headers with their defaults, a HAR entry) sends
// every signed header with the signed value (when the paste tells it), or
// S3 answered it with a 2xx status; and no x-amz-* header is sent
// unsigned. want maps each signed header (lower
// case, x-amz-meta-* for metadata) to its signed value, "" when unknown.
func sentAsSigned(inc *model.Incident, sr *model.SignedRequest, want map[string]string) bool {
	if inc == nil || sr == nil || len(want) == 0 {
		return false
	}
	sent := inc.SentWith(sr)
	for _, s := range sent {
		if s.Source != "s3" && s.Status >= 200 && s.Status < 300 {
			return true
		}
	}
	if unsignedAmz(sent, want) {
		return false // S3 answers AccessDenied "headers present … which were not signed"
	}
	for name, val := range want {
		if strings.HasSuffix(name, "*") {
			if !sendsPrefix(sent, strings.TrimSuffix(name, "*")) {
				return false
			}
			continue
		}
		got, from, ok := inc.SignedHeaderValue(sr, name)
		if !ok || from == nil || from.Source == "s3" {
			return false
		}
		if val != "" && strings.TrimSpace(got) != strings.TrimSpace(val) {
			return false
		}
		if val == "" && refused403(inc, sr, from) {
			// The paste does not tell the signed value, and the request
			// that sends one was refused 403 without another cause
			// named: a header sent with another value than signed is
			// one of the few things that gives exactly that.
			return false
		}
	}
	return true
}

// refused403 reports whether S3 refused the sent request s with 403 (its
// status, or S3's SignatureDoesNotMatch linked to it or to the signed
// request sr, whatever source the answer came from) and the paste names
// no other cause: no S3 answer, or only SignatureDoesNotMatch.
func refused403(inc *model.Incident, sr *model.SignedRequest, s *model.SentRequest) bool {
	for _, a := range inc.Answers {
		if c := a.Code.Str; c != "" && c != "SignatureDoesNotMatch" {
			return false
		}
	}
	return s.Status == 403 || refusedSigned(inc, sr, []*model.SentRequest{s}) || toldRefused(inc)
}

// toldRefused reports whether the paste's words tell S3 answered 403
// SignatureDoesNotMatch (Signals.Refusals) where the paste has a single
// signed request, so that the words can only be about it.
func toldRefused(inc *model.Incident) bool {
	if inc.Signals == nil || len(inc.SignedRequests) != 1 {
		return false
	}
	for _, f := range inc.Signals.Refusals {
		if f.Str == "SignatureDoesNotMatch" && f.Why == "403" {
			return true
		}
	}
	return false
}

// unsignedAmz reports whether a sent request (not S3's quote) carries an
// x-amz-* header the signature does not cover (client defaults included).
func unsignedAmz(sent []*model.SentRequest, want map[string]string) bool {
	for _, s := range sent {
		if s.Source == "s3" {
			continue
		}
		for _, h := range s.Headers {
			n := strings.ToLower(h.Name)
			if !strings.HasPrefix(n, "x-amz-") {
				continue
			}
			if _, ok := want[n]; ok {
				continue
			}
			if _, ok := want["x-amz-meta-*"]; ok && strings.HasPrefix(n, "x-amz-meta-") {
				continue
			}
			return true
		}
	}
	return false
}

// sendsPrefix reports whether a sent request (not S3's quote) carries a
// header starting with prefix.
func sendsPrefix(sent []*model.SentRequest, prefix string) bool {
	for _, s := range sent {
		if s.Source == "s3" {
			continue
		}
		for _, h := range s.Headers {
			if strings.HasPrefix(strings.ToLower(h.Name), prefix) {
				return true
			}
		}
	}
	return false
}

// signedOfOp returns the incident's signed request of a presign call.
func signedOfOp(inc *model.Incident, o *model.Operation) *model.SignedRequest {
	if inc == nil {
		return nil
	}
	if srs := inc.SignedByOp(o); len(srs) > 0 {
		return srs[0]
	}
	return nil
}

// urlSentAsSigned is sentAsSigned for a presigned URL whose signed
// headers' values the URL does not carry.
func urlSentAsSigned(inc *model.Incident, u *presign.URL, extra []string) bool {
	if inc == nil {
		return false
	}
	want := map[string]string{}
	for _, h := range extra {
		want[h] = ""
	}
	return sentAsSigned(inc, inc.SignedForURL(u), want)
}

// opSentAsSigned is sentAsSigned for a presign call whose Params give the
// signed headers as "name: value" ("…" when the value is not literal).
func opSentAsSigned(inc *model.Incident, o *model.Operation, hs []string) bool {
	want := map[string]string{}
	for _, hv := range hs {
		name, val, _ := strings.Cut(hv, ": ")
		if val == "…" {
			val = ""
		}
		want[name] = val
	}
	sr := signedOfOp(inc, o)
	if sr != nil && len(sr.HandedHeaders) > 0 {
		handed := true
		for name := range want {
			if !contains(sr.HandedHeaders, strings.ToLower(name)) {
				handed = false
			}
		}
		if handed {
			return true // the code tells the sender what it signed
		}
	}
	return sentAsSigned(inc, sr, want)
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// headersNotSigned reports S3's AccessDenied "There were headers present
// in the request which were not signed" (issue 17 class 7), naming the
// headers of <HeadersNotSigned> and, when a sent request of the paste
// carries one as a client-wide default (axios defaults, an instance, an
// interceptor, a wrapper), where that default is set.
func headersNotSigned(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, a := range inc.Answers {
		names := a.HeadersNotSigned
		if len(names) == 0 && !strings.Contains(a.Message.Str, "headers present in the request which were not signed") {
			continue
		}
		sp := a.Message.Span
		if sp.Len() == 0 {
			sp = a.Span
		}
		what := "headers the signature does not cover"
		if len(names) > 0 {
			what = strings.Join(names, ", ")
		}
		msg := fmt.Sprintf("S3 answered AccessDenied (403) \"There were headers present in the request which were not signed\": the request sends %s, which the presigned URL does not sign; x-amz-* headers (and Content-MD5) must be signed to be sent", what)
		var rel []source.Span
		for _, s := range inc.SentRequests {
			if s.Source == "s3" {
				continue
			}
			for _, h := range s.Headers {
				if !listed(names, h.Name) {
					continue
				}
				rel = append(rel, h.Span)
				if h.Default {
					msg += fmt.Sprintf("; %s is a client-wide default (set once for every request, such as axios.defaults or an interceptor), so it is sent to S3 too", h.Name)
				}
			}
		}
		p.Report(rules.Finding{
			Message: msg,
			Span:    sp,
			Related: rel,
			Key:     "not-signed:" + strings.Join(names, ";"),
			Fixes: []rules.Fix{
				{Message: "stop sending those headers to the presigned URL (use a plain HTTP client without defaults for it), or sign them: give their values to the presign call (SSECustomerAlgorithm, Metadata, ContentMD5…) so they are in X-Amz-SignedHeaders"},
			},
		})
	}
}

// listed reports whether name is in names, case-insensitively.
func listed(names []string, name string) bool {
	for _, n := range names {
		if strings.EqualFold(n, name) {
			return true
		}
	}
	return false
}

// signedHeadersClients reports a signed header that two requests of the
// paste send with different values to the same presigned URL ("curl works,
// Postman fails"): the signature holds one value, so S3 refuses the other
// request with SignatureDoesNotMatch.
func signedHeadersClients(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, sr := range inc.SignedRequests {
		if sr.URL == nil || len(sr.SignedHeaders) == 0 {
			continue
		}
		var sent []*model.SentRequest
		for _, s := range inc.SentWith(sr) {
			if s.Source != "s3" {
				sent = append(sent, s)
			}
		}
		for _, name := range sr.SignedHeaders {
			if name == "host" {
				continue
			}
			clientsDisagree(p, sent, name)
		}
	}
}

// clientsDisagree reports the first two requests that send name with
// different literal values.
func clientsDisagree(p *rules.Pass, sent []*model.SentRequest, name string) {
	var first *model.SentRequest
	var fh *model.SentHeader
	for _, s := range sent {
		h := s.Header(name)
		if h == nil || h.Value == "" || h.Expr != "" {
			continue
		}
		if first == nil {
			first, fh = s, h
			continue
		}
		if strings.TrimSpace(h.Value) == strings.TrimSpace(fh.Value) {
			continue
		}
		good, bad, gh, bh := first, s, fh, h
		if ok(s) && !ok(first) {
			good, bad, gh, bh = s, first, h, fh
		}
		how := "only one of them can match the signature"
		if ok(good) {
			how = fmt.Sprintf("S3 accepted the %s request, so the signed value is %q", good.Source, gh.Value)
		}
		p.Report(rules.Finding{
			Severity: rules.Error,
			Message: fmt.Sprintf("two requests send the same presigned URL with different %s: the %s request %q, the %s request %q; the URL signs %s, so %s and S3 answers SignatureDoesNotMatch (403) to the other",
				name, good.Source, gh.Value, bad.Source, bh.Value, name, how),
			Span:    bh.Span,
			Related: []source.Span{gh.Span},
			Key:     name,
			Fixes:   []rules.Fix{{Message: fmt.Sprintf("send %s: %s from every client (Postman: the Headers tab, and no body type that sets its own Content-Type; axios/fetch: the headers option with the file itself as the body, not FormData)", name, gh.Value)}},
		})
		return
	}
}

// ok reports whether S3 answered the request with a 2xx status.
func ok(s *model.SentRequest) bool { return s.Status >= 200 && s.Status < 300 }

// signedHeadersSent is the incident's predicate over every sent request,
// whatever sends it (XHR, fetch, axios and its instances' defaults,
// requests, a HAR entry, a console line): a request linked to a presigned
// URL that sends an x-amz-* header the URL does not sign (S3 answers
// AccessDenied "There were headers present in the request which were not
// signed"), and a request that sets a signed header twice (XHR's
// setRequestHeader and Headers.append join the values with ", ", which is
// not the value that was signed). Curl lines whose URL the paste shows are
// the curl check's; S3's own <HeadersNotSigned> is headersNotSigned's.
func signedHeadersSent(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	s3Lists := false
	for _, a := range inc.Answers {
		if len(a.HeadersNotSigned) > 0 || strings.Contains(a.Message.Str, "headers present in the request which were not signed") {
			s3Lists = true
		}
	}
	for _, sr := range inc.SignedRequests {
		if sr.URL == nil || sr.URL.Version != "v4" || s3Lists {
			continue
		}
		names, sh := sr.URL.SignedHeaders()
		if sh == nil {
			continue
		}
		signed := map[string]bool{}
		for _, n := range names {
			signed[strings.ToLower(n)] = true
		}
		for _, s := range inc.SentWith(sr) {
			if s.Source == "s3" || s.Curl != nil && s.Curl.URL != nil {
				continue
			}
			for _, h := range s.Headers {
				n := strings.ToLower(h.Name)
				if !strings.HasPrefix(n, "x-amz-") || signed[n] || n == "x-amz-date" || n == "x-amz-content-sha256" {
					continue
				}
				how := ""
				if h.Default {
					how = " as a client-wide default (set once for every request: axios.create/defaults, an interceptor, a wrapper's hook)"
				}
				p.Report(rules.Finding{
					Severity: rules.Error,
					Message: fmt.Sprintf("the %s request sends %s%s, which the presigned URL does not sign (X-Amz-SignedHeaders=%s); S3 refuses unsigned x-amz-* headers with AccessDenied (403) \"There were headers present in the request which were not signed\"",
						s.Source, h.Name, how, sh.Value),
					Span:    h.Span,
					Related: []source.Span{sh.Span},
					Key:     "unsigned:" + n,
					Fixes: []rules.Fix{
						{Message: fmt.Sprintf("do not send %s to the presigned URL (a plain client without default headers for it), or presign with it (ACL, Metadata, ServerSideEncryption… in the presign call's parameters) so that it is signed", h.Name)},
					},
				})
			}
		}
	}
	if !s3Lists && len(inc.SignedRequests) == 0 {
		defaultsToUnseenURL(p, inc)
	}
	duplicatedSignedHeaders(p, inc)
}

// defaultsToUnseenURL reports an x-amz-* header a client adds to every
// request (axios defaults or instance headers, an interceptor, a ky
// hook: SentHeader.Default) on an upload (PUT or POST) whose URL the
// code receives (an expression, not a literal) when the paste shows no
// signed request: a presigned URL signs only the headers its presign
// call was given, and whoever signed it did not see this client's
// defaults, so S3 refuses the header unless the signer added the same.
func defaultsToUnseenURL(p *rules.Pass, inc *model.Incident) {
	for _, s := range inc.SentRequests {
		if s.Source == "s3" || s.URL.Str != "" || s.URL.Expr == "" || s.Method.Str != "PUT" && s.Method.Str != "POST" {
			continue
		}
		for _, h := range s.Headers {
			n := strings.ToLower(h.Name)
			if !h.Default || !strings.HasPrefix(n, "x-amz-") || n == "x-amz-date" || n == "x-amz-content-sha256" || n == "x-amz-security-token" {
				continue
			}
			p.Report(rules.Finding{
				Severity: rules.Warning,
				Message: fmt.Sprintf("the %s %s to %s sends %s as a client-wide default (set once for every request: axios.create/defaults, an interceptor, a wrapper's hook); a presigned URL signs only the headers its presign call was given, so unless the signer signed %s with this value, S3 answers AccessDenied (403) \"There were headers present in the request which were not signed\" (or SignatureDoesNotMatch)",
					s.Source, s.Method.Str, s.URL.Expr, h.Name, n),
				Span: h.Span,
				Key:  "unsigned:" + n,
				Fixes: []rules.Fix{
					{Message: fmt.Sprintf("send the upload to the presigned URL with a plain client (fetch, or a ky/axios instance without that default or hook), or presign with %s (Metadata, ACL… in the presign call) and send the same value", h.Name)},
				},
			})
		}
	}
}

// duplicatedSignedHeaders reports a sent request that sets a signed header
// twice: the values travel joined ("text/plain, application/pdf"), as S3's
// canonical request shows, and match no signed value.
func duplicatedSignedHeaders(p *rules.Pass, inc *model.Incident) {
	signedAnywhere := func(n string) bool {
		for _, sr := range inc.SignedRequests {
			for _, h := range sr.SignedHeaders {
				if h == n {
					return true
				}
			}
		}
		for _, s := range inc.SentRequests {
			if s.Source == "s3" && s.Header(n) != nil {
				return true // S3's canonical request lists only signed headers
			}
		}
		return false
	}
	for _, s := range inc.SentRequests {
		switch s.Source {
		case "xhr", "fetch", "har", "console":
			// setRequestHeader and Headers.append add a value; a HAR
			// entry or a console dump shows what was sent. Dictionaries
			// of headers (axios, requests) keep the last value instead.
		default:
			continue
		}
		first := map[string]*model.SentHeader{}
		for i := range s.Headers {
			h := &s.Headers[i]
			n := strings.ToLower(h.Name)
			f, dup := first[n]
			if !dup {
				first[n] = h
				continue
			}
			if n == "host" || h.Default || f.Default || !signedAnywhere(n) {
				continue
			}
			p.Report(rules.Finding{
				Severity: rules.Error,
				Message: fmt.Sprintf("the %s request sets %s twice: the client sends both values joined with \", \", and the signature covers one value of %s, so S3 answers SignatureDoesNotMatch (403)",
					s.Source, h.Name, n),
				Span:    h.Span,
				Related: []source.Span{f.Span},
				Key:     "twice:" + n,
				Fixes:   []rules.Fix{{Message: fmt.Sprintf("set %s once, to the value that was signed (XHR's setRequestHeader and Headers.append add a value; they do not replace it)", h.Name)}},
			})
		}
	}
}

// emptySignedHeaders reads S3's canonical request: a header it lists in
// the signed headers with an empty value was signed into the URL and not
// sent (x-amz-acl:, x-amz-storage-class: in aws-sdk-ruby#816), whatever
// SDK signed it and whether or not the paste shows the code or the URL.
func emptySignedHeaders(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, a := range inc.Answers {
		c := a.Canonical
		if c.SignedHeaders == "" {
			continue
		}
		values := map[string]string{}
		for _, h := range c.Headers {
			n, v, _ := strings.Cut(h, ":")
			values[strings.ToLower(strings.TrimSpace(n))] = strings.TrimSpace(v)
		}
		var empty []string
		for _, n := range strings.Split(strings.ToLower(c.SignedHeaders), ";") {
			switch n {
			case "", "host", "x-amz-date", "x-amz-content-sha256", "x-amz-security-token":
				continue
			}
			if v, ok := values[n]; ok && v == "" {
				empty = append(empty, n)
			}
		}
		if len(empty) == 0 {
			continue
		}
		sp := a.Code.Span
		if sp.Len() == 0 {
			sp = a.Span
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("S3's canonical request lists %s among the signed headers with an empty value: the URL signs %s, but the request did not send %s, so S3 computed another signature (SignatureDoesNotMatch, 403)",
				strings.Join(empty, ", "), pluralIt(empty, "that header", "those headers"), pluralIt(empty, "it", "them")),
			Span: sp,
			Key:  "empty:" + strings.Join(empty, ";"),
			Fixes: []rules.Fix{
				{Message: "send " + strings.Join(empty, ", ") + " with the values given to the presign call (acl, storage class …) on the request, or presign without them"},
			},
		})
	}
}

func pluralIt(l []string, one, many string) string {
	if len(l) == 1 {
		return one
	}
	return many
}
