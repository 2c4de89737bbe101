package policyoverbroad

import (
	"fmt"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
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
			v := strings.ToLower(strings.TrimSpace(a.Value))
			if (strings.HasPrefix(v, "s3:") || v == "*") && !accountAction(v) {
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
	// AWS-managed policies attached to the signer: by attach-*-policy
	// --policy-arn, or listed by list-attached-*-policies.
	for _, c := range p.Facts.Commands {
		for _, o := range c.Options {
			if o.Name == "policy-arn" && o.Value != nil {
				managed(p, o.Value.Text, o.Value.Span)
			}
		}
	}
	if inc := p.Facts.Incident; inc != nil {
		for _, m := range inc.Env.ManagedPolicies {
			managed(p, m.Str, m.Span)
		}
	}
}

// broadManaged are AWS-managed policies that grant every S3 action on
// every bucket, and what else they grant.
var broadManaged = sync.OnceValue(func() map[string]string {
	return table.Pairs(
		"AmazonS3FullAccess", "every S3 action on every bucket",
		"AdministratorAccess", "every action of every service, S3 included, on every resource",
		"PowerUserAccess", "every action of every service but IAM and Organizations, S3 included",
	)
})

// managed reports an AWS-managed policy ARN that grants far more than
// presigning needs.
func managed(p *rules.Pass, arn string, sp source.Span) {
	name, ok := strings.CutPrefix(strings.TrimSpace(arn), "arn:aws:iam::aws:policy/")
	if !ok {
		return
	}
	what, broad := broadManaged()[name]
	if !broad {
		return
	}
	p.Report(rules.Finding{
		Message: fmt.Sprintf("the managed policy %s allows %s; a presigned URL carries all of its signer's rights for the object it names, so the principal that signs needs only the one action on one bucket prefix", name, what),
		Span:    sp,
		Key:     name,
		Fixes:   []rules.Fix{{Message: "detach it, and attach a policy that allows only the presigned action on arn:aws:s3:::<bucket>/<prefix>/*"}},
	})
}

// accountAction reports an S3 action that takes no bucket or object
// resource, only "*" (s3:ListAllMyBuckets, the account's public access
// block, Storage Lens, batch jobs and access point listings): Resource "*"
// is the only way to grant it, so it is not overbroad.
func accountAction(v string) bool {
	switch v {
	case "s3:listallmybuckets", "s3:getaccountpublicaccessblock", "s3:putaccountpublicaccessblock",
		"s3:listaccesspoints", "s3:listaccesspointsforobjectlambda", "s3:listjobs", "s3:createjob",
		"s3:liststoragelensconfigurations", "s3:listmultiregionaccesspoints", "s3:listaccessgrantsinstances",
		"s3:createaccessgrantsinstance", "s3:liststoragelensgroups", "s3:listallmydirectorybuckets":
		return true
	}
	return false
}
