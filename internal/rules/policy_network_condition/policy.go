package policynetworkcondition

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/policy"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// policyNetworkCondition reports network conditions on the presigned
// operation: aws:SourceIp, aws:VpcSourceIp, aws:SourceVpc and
// aws:SourceVpce are compared with whoever uses the URL, not with the signer;
// aws:SecureTransport only matters when the paste uses an http:// URL.
// aws:RequestedRegion is not a network condition: it names the region the
// request goes to, and policy_missing_action evaluates it.
func policyNetworkCondition(p *rules.Pass) {
	httpSpan, hasHTTP := httpURL(p)
	targets := p.Facts.Targets()
	for _, ps := range derive.AllStatements(p.Facts) {
		st := ps.Stmt
		t, ok := derive.RelevantTarget(targets, st)
		if !ok {
			continue
		}
		for _, c := range st.Conditions {
			key := strings.ToLower(c.Key)
			var why string
			var related []source.Span
			switch key {
			case "aws:sourceip", "aws:vpcsourceip":
				why = ipWhy(st, c)
			case "aws:sourcevpc", "aws:sourcevpce":
				// A browser or server on the internet sends no VPC keys.
				if derive.Blocks(st, c.Eval(false, nil)) != policy.True {
					continue
				}
				why = fmt.Sprintf("a URL used from outside that VPC endpoint (a browser, a laptop, another network) carries no %s, so %s %s it", c.Key, derive.EffectWord(st), derive.DenyVerb(st))
			case "aws:securetransport":
				if !hasHTTP || derive.Blocks(st, c.Eval(true, []string{"false"})) != policy.True {
					continue
				}
				why = fmt.Sprintf("the paste uses an http:// URL, which reaches S3 with aws:SecureTransport \"false\", so %s %s it", derive.EffectWord(st), derive.DenyVerb(st))
				related = append(related, httpSpan)
			default:
				continue
			}
			if why == "" {
				continue
			}
			msg := fmt.Sprintf("the condition %s on %s: %s%s; S3 checks this condition against whoever uses the presigned URL, not against the signer, and answers AccessDenied (403)", derive.CondText(c), t.Action, why, derive.AlsoWhen(st, c))
			p.Report(rules.Finding{
				Message: msg,
				Span:    c.KeySpan,
				Related: append([]source.Span{st.EffectSpan}, related...),
				Key:     derive.StmtKey(c),
				Fixes: []rules.Fix{{
					Message: "scope the condition so the URL's users satisfy it (their addresses, or the https:// URL), or exempt presigned requests from the signing principal",
				}},
			})
		}
	}
}

// ipWhy explains an IP condition; whether it stops the request depends on
// the caller's address, which the paste does not show.
func ipWhy(st *policy.Statement, c policy.Condition) string {
	vs := strings.Join(c.ValueStrings(), ", ")
	neg := strings.Contains(strings.ToLower(c.Base), "not")
	switch {
	case st.Deny() && neg:
		return "requests from any address outside " + vs + " are denied, so the URL fails for users elsewhere (a customer's browser, a phone network)"
	case st.Deny():
		return "requests from " + vs + " are denied"
	case neg:
		return "this statement allows only requests from outside " + vs
	}
	return "this statement allows only requests from " + vs + ", so the URL fails for users elsewhere unless another statement allows them"
}

// httpURL returns the first http:// URL of the paste (presigned URLs and
// curl lines).
func httpURL(p *rules.Pass) (source.Span, bool) {
	for _, u := range p.Facts.URLs {
		if strings.EqualFold(u.Scheme, "http") {
			return u.Span, true
		}
	}
	for _, c := range p.Facts.Curls {
		if c.Cmd.URL != nil && strings.HasPrefix(strings.ToLower(c.Cmd.URL.Text), "http://") {
			return c.Cmd.URL.Span, true
		}
	}
	return source.Span{}, false
}
