package policyoverbroad

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// policyOverbroad reports Allow statements that grant more than presigning
// needs: s3:* or * actions, NotAction, Resource "*" for S3 actions, and the
// AmazonS3FullAccess managed policy attached by a command.
func policyOverbroad(p *rules.Pass) {
	for _, ps := range derive.AllStatements(p.Facts) {
		st := ps.Stmt
		if st.Deny() {
			continue
		}
		var what []string
		var spans []source.Span
		for _, a := range st.Action {
			v := strings.ToLower(strings.TrimSpace(a.Value))
			if v == "*" || v == "s3:*" {
				what = append(what, fmt.Sprintf("Action %q", a.Value))
				spans = append(spans, a.Span)
			}
		}
		if st.NotAction != nil {
			what = append(what, "NotAction (it allows every other action of every service)")
			spans = append(spans, st.ActionSpan)
		}
		s3 := st.NotAction != nil
		for _, a := range st.Action {
			v := strings.ToLower(a.Value)
			if strings.HasPrefix(v, "s3:") || v == "*" {
				s3 = true
			}
		}
		for _, r := range st.Resource {
			if strings.TrimSpace(r.Value) == "*" && s3 && !r.Expr {
				what = append(what, "Resource \"*\" (every bucket of the account)")
				spans = append(spans, r.Span)
			}
		}
		if len(what) == 0 {
			continue
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("%s grants %s; a presigned URL carries all of its signer's rights for the object it names, so the signing principal needs only the one action (s3:GetObject or s3:PutObject) on one bucket prefix", derive.EffectWord(st), strings.Join(what, " and ")),
			Span:    spans[0],
			Related: spans[1:],
			Key:     fmt.Sprintf("stmt:%d", st.Span.Start),
			Fixes: []rules.Fix{{
				Message: "allow only the presigned action on arn:aws:s3:::<bucket>/<prefix>/* for the signing principal",
			}},
		})
	}
	for _, c := range p.Facts.Commands {
		for _, o := range c.Options {
			if o.Name == "policy-arn" && o.Value != nil && strings.HasSuffix(o.Value.Text, "/AmazonS3FullAccess") {
				p.Report(rules.Finding{
					Message: "the managed policy AmazonS3FullAccess allows every S3 action on every bucket; the principal that signs presigned URLs needs only the one action on one bucket prefix",
					Span:    o.Value.Span,
					Key:     "AmazonS3FullAccess",
					Fixes:   []rules.Fix{{Message: "attach a policy that allows only the presigned action on arn:aws:s3:::<bucket>/<prefix>/*"}},
				})
			}
		}
	}
}
