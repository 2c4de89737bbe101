package postpolicy

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// minFormSeconds is the shortest lifetime that leaves a person the time
// to open the page, choose a file and send the form.
const minFormSeconds = 60

// postPolicyIncident is the rule as predicates over the incident: a
// presigned POST that expires before a person can use its form (issue 17
// class 5), and S3's "Invalid according to Policy" answers, explained by
// what they name.
func postPolicyIncident(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, sr := range inc.SignedRequests {
		if !isPost(sr) {
			continue
		}
		e := sr.Expires
		if e.From == model.FromDefault || e.Num <= 0 || e.Num >= minFormSeconds || e.Span.Len() == 0 {
			continue
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the presigned POST's policy expires %d seconds after it is made: the form is rendered, a person chooses a file and sends it, which takes longer, and S3 then answers AccessDenied (403) \"Invalid according to Policy: Policy expired.\"", e.Num),
			Span:    e.Span,
			Key:     "post:expiry",
			Fixes:   []rules.Fix{{Message: "give the form time to be used: an expiry of several minutes (ExpiresIn=600), or create the presigned POST when the user sends the form"}},
		})
	}
	for _, a := range inc.Answers {
		msg := a.Message.Str
		i := strings.Index(msg, "Invalid according to Policy")
		if i < 0 {
			continue
		}
		detail := strings.TrimSpace(strings.TrimPrefix(msg[i:], "Invalid according to Policy"))
		detail = strings.TrimSpace(strings.TrimPrefix(detail, ":"))
		what, key := explain(detail)
		sp := a.Message.Span
		if sp.Len() == 0 {
			sp = a.Span
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("S3 answered AccessDenied (403) \"Invalid according to Policy: %s\": %s", detail, what),
			Span:    sp,
			Related: relatedPost(inc),
			Key:     key,
			Fixes:   []rules.Fix{{Message: "make the form's fields and the policy's conditions agree: every field the form sends (but file, and x-amz-signature and policy) needs a condition, and every condition a field that satisfies it; create the presigned POST again after changing them"}},
		})
	}
}

// explain says what a policy failure names, and the cause's Key.
func explain(detail string) (string, string) {
	switch {
	case strings.HasPrefix(detail, "Policy expired"):
		return "the form was sent after the policy's expiration; give the presigned POST a longer expiry, or create it when the user sends the form", "post:expiry"
	case strings.HasPrefix(detail, "Extra input fields:"):
		f := strings.TrimSpace(strings.TrimPrefix(detail, "Extra input fields:"))
		return fmt.Sprintf("the form sends the field %s, which no condition of the policy names; add a condition for it (or drop the field from the form)", f), "post:" + strings.ToLower(strings.TrimSuffix(f, "."))
	case strings.HasPrefix(detail, "Policy Condition failed:"):
		c := strings.TrimSpace(strings.TrimPrefix(detail, "Policy Condition failed:"))
		return fmt.Sprintf("the value the form sends does not satisfy the condition %s; send the value the condition allows, or change the condition", c), "post:condition"
	}
	return "a form field and the policy's conditions disagree", "post:policy"
}

// relatedPost points at the presigned POSTs of the paste.
func relatedPost(inc *model.Incident) []source.Span {
	var out []source.Span
	for _, sr := range inc.SignedRequests {
		if isPost(sr) && sr.Span.Len() > 0 {
			out = append(out, sr.Span)
		}
	}
	return out
}

func isPost(sr *model.SignedRequest) bool {
	return sr.Source == "post" || sr.Op != nil && sr.Op.Kind == "post"
}
