package globalendpoint

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// judgedAtHost reports whether the paste holds S3's answer to the signed
// request and that answer shows S3 routed the request to the bucket and
// judged it there, so the global host is not what failed:
//
//   - an answer the rule's Answers do not list (AuthorizationQuery
//     ParametersError naming the region, IllegalLocationConstraintException,
//     AccessDenied, NoSuchKey, …; rules.AnsweredOtherwise, which also
//     counts a client error that stops the request before S3): S3 read
//     the request in the bucket's region; a redirect would have been the
//     answer otherwise;
//   - an answer whose canonical request (the request S3 received) carries
//     the host the URL names: S3 received it on the global host and
//     answered there, no redirect was followed.
//
// The answers are the incident's, as the model resolved and linked them
// (sole: srs are every request the paste signs, and no other client
// signs).
func judgedAtHost(inc *model.Incident, srs []*model.SignedRequest, sole bool) bool {
	if inc == nil {
		return false
	}
	if rules.AnsweredOtherwise(inc, withCORS, srs, sole) {
		return true
	}
	for _, a := range rules.AnswersAbout(inc, srs, sole) {
		if a.Code.Str == "" {
			continue
		}
		if r := inc.Received(a); r != nil && r.Host != "" {
			for _, sr := range srs {
				if sr.URL != nil && sr.URL.Endpoint.Kind == presign.EndpointGlobal && strings.EqualFold(r.Host, sr.URL.Host) {
					return true
				}
			}
		}
	}
	return false
}

// withCORS are the rule's answers and the browser's CORS refusal (the
// model's answer coded "CORS"): a browser that follows the 307 fails CORS
// (a preflight may not be redirected), so the refusal does not show S3
// judged the request; only one naming the redirect shows the host failed
// (failureShown).
var withCORS = append(append([]rules.Answer{}, answers...), rules.Answer{Code: "CORS"})

// routedByDNS reports whether S3 routes a virtual-hosted request on the
// legacy global host to a bucket in region by DNS: it does for the
// regions launched before 20 March 2019, once the bucket's DNS record is
// in place (the first hours after the bucket is created S3 answers 307
// TemporaryRedirect instead). For the regions launched after (the opt-in
// regions: af-south-1, ap-east-1, me-south-1, …) it never does: S3
// answers 400 IllegalLocationConstraintException.
func routedByDNS(region string) bool {
	return !derive.OptInRegions()[region]
}

// failureShown reports whether the paste shows the signed requests srs
// failed as the global host makes them fail: S3 answered one of the
// rule's answers (TemporaryRedirect, PermanentRedirect,
// IllegalLocationConstraintException, SignatureDoesNotMatch after the
// redirect), or a redirect or error status with no code (a status line,
// curl -w's code, a HAR entry), or the browser blocked the request (the
// redirect fails CORS, and the refusal names the redirect), or a comment of the code tells one of those
// (toldFailed). An answer the rule does not list shows S3 routed
// the request and judged it (judgedAtHost, checked before).
//
// sole: srs are every request the paste signs, and no other client signs,
// so answers and sent requests linked to no signed request are about
// them.
func failureShown(inc *model.Incident, srs []*model.SignedRequest, sole bool) bool {
	if inc == nil {
		return false
	}
	about := rules.AnswersAbout(inc, srs, sole)
	for _, a := range about {
		if a.Code.Str == "CORS" {
			continue // the browser's refusal: only one naming the redirect tells (below)
		}
		if a.Code.Str != "" && rules.Documents(answers, a) && (onlyAfter(a) == "" || redirectShown(inc, about) || !otherCause(inc, srs)) || a.Code.Str == "" && a.Status >= 300 {
			return true
		}
	}
	for _, sr := range srs {
		for _, s := range inc.SentWith(sr) {
			if s.Status >= 300 {
				return true
			}
		}
	}
	if sole {
		for _, s := range inc.SentRequests {
			if s.Status >= 300 {
				if sr, _ := inc.SignedFor(s); sr == nil {
					return true
				}
			}
		}
		if inc.Signals != nil {
			for _, e := range inc.Signals.ClientErrors {
				if e.Kind == model.ClientCORS && strings.Contains(strings.ToLower(e.Detail), "redirect") {
					return true // "Redirect is not allowed for a preflight request", "CORS request external redirect not allowed"
				}
			}
			if toldFailed(inc.Signals.Outcomes) {
				return true
			}
		}
	}
	return false
}

// onlyAfter returns the code S3 answers first when every documented
// answer with a's code comes only after it (SignatureDoesNotMatch after
// TemporaryRedirect is followed), else "".
func onlyAfter(a *model.Answer) string {
	after := ""
	for _, d := range answers {
		if d.Code != a.Code.Str {
			continue
		}
		if d.After == "" {
			return ""
		}
		after = d.After
	}
	return after
}

// redirectShown reports whether the paste shows a redirect: S3's redirect
// answer or a 3xx status (an answer, a sent request, a comment telling
// it), or the browser refusing a redirect. Without one, an answer S3
// gives only after a redirect (SignatureDoesNotMatch) has other causes
// the paste may show (a method or header mismatch): it does not tell the
// global host failed when one of them is there (otherCause).
func redirectShown(inc *model.Incident, about []*model.Answer) bool {
	for _, a := range about {
		if c := a.Code.Str; c == "TemporaryRedirect" || c == "PermanentRedirect" || a.Status >= 300 && a.Status < 400 {
			return true
		}
	}
	for _, s := range inc.SentRequests {
		if s.Status >= 300 && s.Status < 400 {
			return true
		}
	}
	if inc.Signals == nil {
		return false
	}
	for _, o := range inc.Signals.Outcomes {
		if o.Str == "TemporaryRedirect" || o.Str == "PermanentRedirect" || o.Str >= "300" && o.Str < "400" {
			return true
		}
	}
	for _, e := range inc.Signals.ClientErrors {
		if e.Kind == model.ClientCORS && strings.Contains(strings.ToLower(e.Detail), "redirect") {
			return true
		}
	}
	return false
}

// otherCause reports whether the paste shows another cause of S3's
// SignatureDoesNotMatch for one of srs, whatever the host: a request sent
// with another method than signed (the model's OtherMethod).
func otherCause(inc *model.Incident, srs []*model.SignedRequest) bool {
	for _, sr := range srs {
		if inc.OtherMethod(sr) != nil {
			return true
		}
	}
	return false
}

// toldFailed reports whether a comment of the code tells the request
// ended as the global host makes it end (Signals.Outcomes): one of the
// rule's codes or a redirect or error status, and no code the rule does
// not list (NoSuchKey, AccessDenied: S3 judged the request).
func toldFailed(outcomes []model.Fact) bool {
	failed := false
	for _, o := range outcomes {
		if o.Str[0] >= '0' && o.Str[0] <= '9' {
			failed = failed || o.Str >= "300"
			continue
		}
		if !rules.Documents(answers, &model.Answer{Code: model.Fact{Str: o.Str}}) {
			return false
		}
		failed = true
	}
	return failed
}
