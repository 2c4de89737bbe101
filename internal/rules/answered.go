package rules

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/redact"
)

// AnsweredOtherwise reports whether the paste shows how the signed
// requests srs ended, and that end is none of the answers a rule
// documents: S3's answer with a code (and, when the rule fixes it, a
// message) the rule does not list, or an end without an error of S3's
// (EndedWithoutS3Error). A rule whose finding is inferred from what code
// leaves unsaid (an SDK default, a setting left out) stays silent then:
// the evidence names another cause.
//
// The answers are the incident's as the model resolved and linked them:
// those linked to srs, and, when sole (srs are every request the paste
// signs, and one client signs), the answers and client errors linked to
// no signed request. An error status without a code (a bare "403
// Forbidden") tells nothing.
func AnsweredOtherwise(inc *model.Incident, documented []Answer, srs []*model.SignedRequest, sole bool) bool {
	if inc == nil {
		return false
	}
	for _, a := range AnswersAbout(inc, srs, sole) {
		if a.Code.Str != "" && !Documents(documented, a) {
			return true
		}
	}
	return EndedWithoutS3Error(inc, srs, sole)
}

// EndedWithoutS3Error reports whether the paste shows that the signed
// requests srs ended without an error of S3's: S3 took them (a success,
// 2xx, and no error beside it: a working setup shown for comparison), or
// the client stopped them before S3 read them (a certificate that does
// not match the host, TLS spoken to a plain port or the reverse, a
// browser's refused preflight; a refusal of the response itself hides
// S3's answer instead, and tells nothing). A client error counts when it
// names the URL of one of srs, or when sole.
func EndedWithoutS3Error(inc *model.Incident, srs []*model.SignedRequest, sole bool) bool {
	if inc == nil {
		return false
	}
	ok, failed := false, false
	for _, a := range AnswersAbout(inc, srs, sole) {
		switch {
		case a.Code.Str != "" || a.Status >= 300:
			failed = true
		case a.Status >= 200:
			ok = true
		}
	}
	if ok && !failed {
		return true
	}
	if inc.Signals == nil {
		return false
	}
	for _, e := range inc.Signals.ClientErrors {
		switch {
		case e.Kind == model.ClientCertificate, e.Kind == model.ClientTLSProtocol, e.Kind == model.ClientPlainToTLS:
		case e.Kind == model.ClientCORS && e.Preflight:
		default:
			continue
		}
		if sole || namesURLOf(e, srs) {
			return true
		}
	}
	return false
}

// namesURLOf reports whether the client error names the URL of one of srs.
func namesURLOf(e *model.ClientError, srs []*model.SignedRequest) bool {
	for _, sr := range srs {
		if e.URL != "" && sr.URL != nil && e.URL == sr.URL.Raw {
			return true
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
// answers: the same code and, when both messages are known, the same
// fixed text. The code alone does not tell: S3 answers InvalidRequest to
// a SigV2 signature and to a bucket without Transfer Acceleration alike,
// AuthorizationQueryParametersError to a wrong region and to a mal-formed
// credential. S3's messages are fixed text with values in it (a region,
// a header's name, quoted; a redacted name), so the messages are compared
// up to their first value; a message that stops before it (cut in a log)
// agrees when it is the start of the other.
func Documents(documented []Answer, a *model.Answer) bool {
	for _, d := range documented {
		if d.Code != a.Code.Str {
			continue
		}
		if d.Message == "" || a.Message.Str == "" || sameFixedText(d.Message, a.Message.Str) {
			return true
		}
	}
	return false
}

// sameFixedText reports whether the fixed texts of two messages (their
// words before the first value, lower case) agree: one is the start of
// the other.
func sameFixedText(m1, m2 string) bool {
	w1, w2 := fixedText(m1), fixedText(m2)
	n := min(len(w1), len(w2))
	for i := 0; i < n; i++ {
		if w1[i] != w2[i] {
			return false
		}
	}
	return true
}

// fixedText is the words of an S3 message before its first value: a word
// holding a quote or an angle bracket ('us-east-1', "s3", <bucket region>)
// or a redaction's placeholder.
func fixedText(m string) []string {
	w := strings.Fields(strings.ToLower(m))
	for i, x := range w {
		if strings.ContainsAny(x, "'\"`<>") || redact.IsPlaceholder(strings.Trim(x, ".,;:()[]")) {
			return w[:i]
		}
	}
	return w
}
