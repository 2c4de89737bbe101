package policymfacondition

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/policy"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// policyMFACondition reports statements on the presigned operation whose
// aws:MultiFactorAuthPresent / aws:MultiFactorAuthAge condition stops a
// presigned request. A URL signed with long-term access keys has no MFA key
// in its request context; one signed with temporary credentials obtained
// without MFA has aws:MultiFactorAuthPresent "false".
func policyMFACondition(p *rules.Pass) {
	targets := p.Facts.Targets()
	for _, ps := range derive.AllStatements(p.Facts) {
		st := ps.Stmt
		t, ok := derive.RelevantTarget(targets, st)
		if !ok {
			continue
		}
		for _, c := range derive.ConditionsOn(st, "aws:MultiFactorAuthPresent", "aws:MultiFactorAuthAge") {
			var longTerm, noMFA policy.Tri
			if strings.EqualFold(c.Key, "aws:MultiFactorAuthPresent") {
				longTerm = derive.Blocks(st, c.Eval(false, nil))
				noMFA = derive.Blocks(st, c.Eval(true, []string{"false"}))
			} else {
				// No MFA at all: the age key is absent for both.
				longTerm = derive.Blocks(st, c.Eval(false, nil))
				noMFA = longTerm
			}
			var who []string
			if longTerm == policy.True {
				who = append(who, "long-term access keys (AKIA…, which never carry MFA context: the key is absent)")
			}
			if noMFA == policy.True {
				who = append(who, "temporary credentials obtained without MFA (role sessions, Lambda, ECS, SSO)")
			}
			ageNote := ""
			if strings.EqualFold(c.Key, "aws:MultiFactorAuthAge") {
				ageNote = "; even with MFA, the age is probably measured when the URL is used, so a long-lived URL can outgrow it"
				if len(who) == 0 {
					who = append(who, "credentials whose MFA sign-in is older than the limit")
				}
			}
			if len(who) == 0 {
				continue
			}
			verb := "denies"
			if !st.Deny() {
				verb = "does not allow"
			}
			msg := fmt.Sprintf("%s %s %s on a presigned URL signed with %s, because of %s%s%s; S3 evaluates the condition for the signer's credentials when the URL is used and answers AccessDenied (403) \"Access Denied\", not SignatureDoesNotMatch",
				derive.EffectWord(st), verb, t.Action, strings.Join(who, " or "), derive.CondText(c), derive.AlsoWhen(st, c), ageNote)
			p.Report(rules.Finding{
				Message: msg,
				Span:    c.KeySpan,
				Related: []source.Span{st.EffectSpan},
				Key:     derive.StmtKey(c),
				Fixes: []rules.Fix{{
					Message: "sign with credentials that satisfy the condition (a session from sts get-session-token --serial-number … --token-code …), or exempt the signing principal from the MFA condition",
				}},
			})
		}
	}
}
