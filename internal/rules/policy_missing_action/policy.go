package policymissingaction

import (
	"fmt"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/policy"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// policyMissingAction checks the paste's policies against the operation the
// rest of the paste presigns: an explicit Deny that applies, an identity
// policy with no Allow for the action on the object ARN, and SSE-KMS without
// the KMS action. A presigned URL only works while its signer may perform
// the operation: S3 authorizes it when it is used.
func policyMissingAction(p *rules.Pass) {
	targets := p.Facts.Targets()
	if len(targets) == 0 {
		return
	}
	scheme := ""
	for _, u := range p.Facts.URLs {
		if u.Version != "" {
			scheme = strings.ToLower(u.Scheme)
			break
		}
	}
	for _, d := range p.Facts.Policies {
		for _, t := range targets {
			explicitDeny(p, d, t, scheme)
			if derive.IsIdentityPolicy(d) && hasAllow(d) && mentionsS3(d) {
				missingAllow(p, d, t)
				if t.KMS {
					missingKMS(p, d, t)
				}
			}
		}
	}
}

// mentionsS3 reports whether any statement names an S3 action (or all
// actions): a policy about other services is not the signer's S3 grant.
func mentionsS3(d *policy.Document) bool {
	for _, s := range d.Statements {
		if s.NotAction != nil {
			return true
		}
		for _, a := range s.Action {
			v := strings.ToLower(a.Value)
			if v == "*" || strings.HasPrefix(v, "s3:") || a.Expr {
				return true
			}
		}
	}
	return false
}

func hasAllow(d *policy.Document) bool {
	for _, s := range d.Statements {
		if !s.Deny() {
			return true
		}
	}
	return false
}

// otherRuleKeys are condition keys that other policy rules explain.
var otherRuleKeys = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"aws:multifactorauthpresent": true, "aws:multifactorauthage": true,
		"aws:sourceip": true, "aws:vpcsourceip": true, "aws:sourcevpc": true, "aws:sourcevpce": true,
		"s3:authtype": true, "s3:signatureversion": true, "s3:signatureage": true,
	}
})

func explicitDeny(p *rules.Pass, d *policy.Document, t model.Target, scheme string) {
	arn := t.ObjectARN()
	for _, st := range d.Statements {
		if !st.Deny() {
			continue
		}
		act, ok := st.CoversAction(t.Action)
		if !ok {
			continue
		}
		res, ok := st.CoversResource(arn)
		if !ok {
			continue
		}
		var notes []string
		decided := true
		for _, c := range st.Conditions {
			k := strings.ToLower(c.Key)
			var r policy.Tri
			switch {
			case otherRuleKeys()[k], k == "aws:securetransport" && scheme == "http":
				decided = false // reported by its own rule (policy_network_condition for http://)
			case k == "aws:requestedregion" && t.Region != "":
				r = c.Eval(true, []string{t.Region})
				notes = append(notes, fmt.Sprintf("aws:RequestedRegion is the region the request is sent to — for S3 the bucket's region, which a working presigned URL is signed for — not where its user is; the paste signs for %q, and %s matches it", t.Region, derive.CondText(c)))
			case k == "aws:securetransport" && scheme != "":
				r = c.Eval(true, []string{fmt.Sprint(scheme == "https")})
				notes = append(notes, fmt.Sprintf("the URL is %s://, and %s matches it", scheme, derive.CondText(c)))
			}
			if r != policy.True {
				decided = false
			}
		}
		if !decided {
			continue
		}
		who := ""
		switch {
		case st.Principal != nil && !st.Principal.Any:
			who = " for the principals it names"
		case st.NotPrincipal != nil:
			who = " for every principal but those its NotPrincipal names"
		}
		cond := "with no condition"
		if len(notes) > 0 {
			cond = "with conditions that hold: " + strings.Join(notes, "; ")
		}
		related := []source.Span{}
		if act.Span.End > 0 {
			related = append(related, act.Span)
		}
		if res.Span.End > 0 {
			related = append(related, res.Span)
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("%s denies %s on %s%s %s; an explicit Deny wins over every Allow, so S3 answers AccessDenied (403) for the presigned URL however it was signed", derive.EffectWord(st), t.Action, arn, who, cond),
			Span:    st.EffectSpan,
			Related: related,
			Key:     fmt.Sprintf("deny:%d:%s", st.Span.Start, t.Action),
			Fixes: []rules.Fix{{
				Message: "narrow the Deny (its Action, Resource or condition) so it does not match the presigned request, or sign for an object it does not cover",
			}},
		})
	}
}

func missingAllow(p *rules.Pass, d *policy.Document, t model.Target) {
	arn := t.ObjectARN()
	var near *policy.Statement
	for _, st := range d.Statements {
		if st.Deny() {
			continue
		}
		if _, ok := st.CoversAction(t.Action); !ok {
			continue
		}
		if _, ok := st.CoversResource(arn); ok {
			return
		}
		if near == nil {
			near = st
		}
	}
	span := d.Span
	msg := fmt.Sprintf("no Allow statement of this identity policy grants %s", t.Action)
	fix := fmt.Sprintf("add an Allow statement for %s on %s to the policy of the principal that signs", t.Action, arn)
	if near != nil {
		span = near.ResourceSpan
		msg = fmt.Sprintf("%s allows %s but not on %s", derive.EffectWord(near), t.Action, arn)
		for _, r := range near.Resource {
			if strings.HasPrefix(r.Value, "arn:aws:s3:::") && !strings.Contains(r.Value, "/") && !r.Expr {
				msg += fmt.Sprintf(": %q is the bucket's ARN, and object actions need the object ARN (%s/*)", r.Value, r.Value)
				break
			}
		}
		fix = fmt.Sprintf("add %s to the Resource of that statement", arn)
	} else if len(d.Statements) > 0 && d.Statements[0].ActionSpan.End > 0 {
		span = d.Statements[0].ActionSpan
	}
	msg += fmt.Sprintf(" on %s; if this is the policy of the principal that signs the URL and no other policy grants it, S3 answers AccessDenied (403) when the URL is used (and 403 instead of 404 for a missing key without s3:ListBucket)", arn)
	if near != nil {
		msg = strings.Replace(msg, " on "+arn+";", ";", 1)
	}
	p.Report(rules.Finding{Message: msg, Span: span, Key: fmt.Sprintf("allow:%d:%s", d.Span.Start, t.Action), Fixes: []rules.Fix{{Message: fix}}})
}

func missingKMS(p *rules.Pass, d *policy.Document, t model.Target) {
	action := t.KMSAction()
	for _, st := range d.Statements {
		if st.Deny() {
			continue
		}
		if _, ok := st.CoversAction(action); !ok {
			continue
		}
		if _, ok := st.CoversResource("arn:aws:kms:*:*:key/*"); ok {
			return
		}
	}
	span := d.Span
	if len(d.Statements) > 0 && d.Statements[0].ActionSpan.End > 0 {
		span = d.Statements[0].ActionSpan
	}
	p.Report(rules.Finding{
		Message: fmt.Sprintf("the paste shows SSE-KMS, and no Allow statement of this identity policy grants %s: S3 needs the signer to use the KMS key for a presigned %s, and answers AccessDenied (403) without it", action, t.Method),
		Span:    span,
		Related: []source.Span{t.KMSSpan},
		Key:     fmt.Sprintf("kms:%d:%s", d.Span.Start, action),
		Fixes: []rules.Fix{{
			Message: fmt.Sprintf("allow %s on the bucket's KMS key for the principal that signs (in its IAM policy and in the key policy)", action),
		}},
	})
}
