package globalendpoint

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
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
	if rules.AnsweredOtherwise(inc, answers, srs, sole) {
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
