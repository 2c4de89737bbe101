package rules

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

// AnsweredOtherwise reports whether the paste shows how the signed
// requests srs ended, and that end is none of the answers a rule
// documents: S3's answer with a code (and, when the rule fixes it, a
// message) the rule does not list, or a client error that stops the
// request before S3 reads it (a certificate that does not match the host,
// TLS spoken to a plain port or the reverse). A rule whose finding is
// inferred from what code leaves unsaid (an SDK default, a setting left
// out) stays silent then: the evidence names another cause.
//
// The answers are the incident's as the model resolved and linked them:
// those linked to srs, and, when sole (srs are every request the paste
// signs, and one client signs), the answers and client errors linked to
// no signed request. Answers without a code (a bare status line) tell
// nothing.
func AnsweredOtherwise(inc *model.Incident, documented []Answer, srs []*model.SignedRequest, sole bool) bool {
	if inc == nil {
		return false
	}
	for _, a := range AnswersAbout(inc, srs, sole) {
		if a.Code.Str != "" && !Documents(documented, a) {
			return true
		}
	}
	if sole && inc.Signals != nil {
		for _, e := range inc.Signals.ClientErrors {
			switch e.Kind {
			case model.ClientCertificate, model.ClientTLSProtocol, model.ClientPlainToTLS:
				return true
			}
		}
	}
	return false
}

// AnswersAbout returns S3's answers about the signed requests srs: those
// linked to them, and when sole those linked to no signed request.
func AnswersAbout(inc *model.Incident, srs []*model.SignedRequest, sole bool) []*model.Answer {
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

// Documents reports whether S3's answer a is one of the documented
// answers: the same code and, when both messages are known, messages
// that open with the same two words (S3's messages carry values:
// regions, names; and a redacted word may stand in a quoted one).
func Documents(documented []Answer, a *model.Answer) bool {
	for _, d := range documented {
		if d.Code != a.Code.Str {
			continue
		}
		if d.Message == "" || a.Message.Str == "" || opening(d.Message) == opening(a.Message.Str) {
			return true
		}
	}
	return false
}

// opening is the first two words of a message, lower case.
func opening(m string) string {
	w := strings.Fields(strings.ToLower(m))
	if len(w) > 2 {
		w = w[:2]
	}
	return strings.Join(w, " ")
}
