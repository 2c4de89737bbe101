package globalendpoint

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
)

// judgedAtHost reports whether the paste holds S3's answer to the signed
// request and that answer shows S3 routed the request to the bucket and
// judged it there, so the global host is not what failed:
//
//   - an error code the rule's Answers do not list (AuthorizationQuery
//     ParametersError naming the region, IllegalLocationConstraintException,
//     AccessDenied, NoSuchKey, …): S3 read the request in the bucket's
//     region; a redirect would have been the answer otherwise;
//   - an answer whose canonical request (the request S3 received) carries
//     the host the URL names: S3 received it on the global host and
//     answered there, no redirect was followed.
//
// Answers without a code (a bare status line) tell neither. The answers
// are the incident's, as the model resolved and linked them: those linked
// to the signed request, and, when the paste signs one request only, the
// answers linked to none (sole: srs are every request the paste signs,
// and no other client signs).
func judgedAtHost(inc *model.Incident, srs []*model.SignedRequest, sole bool) bool {
	if inc == nil {
		return false
	}
	for _, a := range answersOf(inc, srs, sole) {
		code := a.Code.Str
		if code == "" {
			continue
		}
		if !listed(code) {
			return true
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

// answersOf returns the answers about the signed requests srs.
func answersOf(inc *model.Incident, srs []*model.SignedRequest, sole bool) []*model.Answer {
	var out []*model.Answer
	seen := map[*model.Answer]bool{}
	for _, sr := range srs {
		for _, a := range inc.AnswersTo(sr) {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	if sole {
		for _, a := range inc.AllAnswers() {
			if !seen[a] && inc.SignedOf(a) == nil {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	return out
}

// listed reports whether code is one of the answers the rule documents.
func listed(code string) bool {
	for _, a := range answers {
		if a.Code == code {
			return true
		}
	}
	return false
}
