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
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// policyMissingAction checks the paste's policies against the operation the
// rest of the paste presigns: an explicit Deny that applies, an identity
// policy with no Allow for the action on the object ARN, and SSE-KMS without
// the KMS action. A presigned URL only works while its signer may perform
// the operation: S3 authorizes it when it is used.
func policyMissingAction(p *rules.Pass) {
	f := p.Facts
	for _, d := range f.Policies {
		bucketARNOnly(p, d)
	}
	targets, assumed := targetsOf(f)
	scheme := ""
	for _, u := range f.URLs {
		if u.Version != "" {
			scheme = strings.ToLower(u.Scheme)
			break
		}
	}
	callers := callersOf(f)
	planRemoved(p, targets)
	for _, d := range f.Policies {
		if len(targets) == 0 {
			// Nothing in the paste says which request was signed: a Deny
			// is reported only when the caller get-caller-identity shows
			// decides it, and KMS only for the actions the policy grants.
			denied := false
			for _, t := range derive.GenericTargets() {
				if len(callers) > 0 && !denied {
					denied = explicitDeny(p, d, t, scheme, callers, true)
				}
				if kmsTarget(f, &t) && derive.IsIdentityPolicy(d) && grants(d, t) {
					missingKMS(p, d, t)
				}
			}
			continue
		}
		for _, t := range targets {
			explicitDeny(p, d, t, scheme, callers, false)
			if derive.IsIdentityPolicy(d) && hasAllow(d) && mentionsS3(d) {
				if !assumed {
					missingAllow(p, d, t)
				}
				if t.KMS {
					missingKMS(p, d, t)
				}
			}
		}
	}
}

// targetsOf returns the requests the paste presigns: the model's targets
// (presign calls, requests sent with a presigned URL), else the
// incident's resolved target when the paste holds a signed request (a URL
// or form alone). assumed is true when the operation of that target is
// only the model's default (a URL without x-id is most often a download).
func targetsOf(f *model.Facts) (ts []model.Target, assumed bool) {
	if ts := f.Targets(); len(ts) > 0 {
		return ts, false
	}
	inc := f.Incident
	if inc == nil {
		return nil, false
	}
	rt := inc.Target()
	if rt.Signed == nil {
		return nil, false
	}
	region := rt.Region.Str
	if rt.Region.From == model.FromDefault {
		region = ""
	}
	t := model.Target{Op: rt.Operation.Str, Action: rt.Action(), Method: rt.Method.Str, Bucket: rt.Bucket.Str, Key: rt.Key.Str,
		Region: region, Span: rt.Signed.Span}
	if rt.KMS.Str != "" {
		t.KMS, t.KMSSpan = true, rt.KMS.Span
	}
	return []model.Target{t}, rt.Operation.From == model.FromDefault
}

// kmsTarget marks t as SSE-KMS when the incident shows it (the bucket's
// default encryption, a header, Params).
func kmsTarget(f *model.Facts, t *model.Target) bool {
	if f.Incident == nil {
		return false
	}
	if k := f.Incident.Target().KMS; k.Str != "" {
		t.KMS, t.KMSSpan = true, k.Span
	}
	return t.KMS
}

// grants reports whether an Allow statement of d grants t's action.
func grants(d *policy.Document, t model.Target) bool {
	for _, st := range d.Statements {
		if st.Deny() {
			continue
		}
		if _, ok := st.CoversAction(t.Action); ok {
			return true
		}
	}
	return false
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
	return table.Set(
		"aws:multifactorauthpresent", "aws:multifactorauthage",
		"aws:sourceip", "aws:vpcsourceip", "aws:sourcevpc", "aws:sourcevpce",
		"s3:authtype", "s3:signatureversion", "s3:signatureage",
	)
})

// explicitDeny reports a Deny statement that applies to the presigned
// request: its action and resource cover it and each of its conditions
// holds. Conditions on who signs (aws:PrincipalArn, aws:userid,
// aws:username, aws:PrincipalAccount) are evaluated against the caller
// get-caller-identity shows; byCaller requires one of them to decide.
func explicitDeny(p *rules.Pass, d *policy.Document, t model.Target, scheme string, callers []caller, byCaller bool) (reported bool) {
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
		usedCaller := false
		if np := st.NotPrincipal; np != nil && !np.Any && len(callers) == 1 {
			// Deny with NotPrincipal applies to every principal it does
			// not name: the caller get-caller-identity shows decides it.
			if namesCaller(np, callers[0]) {
				continue
			}
			usedCaller = true
			notes = append(notes, fmt.Sprintf("get-caller-identity shows the signer is %s, which its NotPrincipal does not name", callers[0].arn))
		}
		for _, c := range st.Conditions {
			k := strings.ToLower(c.Key)
			var r policy.Tri
			switch {
			case len(callers) == 1 && callers[0].value(k) != "":
				r = c.Eval(true, []string{callers[0].value(k)})
				usedCaller = true
				notes = append(notes, fmt.Sprintf("get-caller-identity shows the signer is %s, so %s is %q, and %s matches it", callers[0].arn, c.Key, callers[0].value(k), derive.CondText(c)))
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
		if !decided || byCaller && !usedCaller {
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
			Message: fmt.Sprintf("%s denies %s on %s%s %s; an explicit Deny wins over every Allow, so S3 answers AccessDenied (403) for the presigned URL however it was signed", derive.EffectWord(st), t.Action, onWhat(t, arn, res), who, cond),
			Span:    st.EffectSpan,
			Related: related,
			Key:     fmt.Sprintf("deny:%d:%s", st.Span.Start, t.Action),
			Fixes: []rules.Fix{{
				Message: "narrow the Deny (its Action, Resource or condition) so it does not match the presigned request, or sign for an object it does not cover",
			}},
		})
		reported = true
	}
	return reported
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
	if grant := cdkGrantCall(p.Facts.Text, d.Span); grant != "" {
		// The statement is what a CDK L2 grant gives: the fix is another
		// grant (or a key pattern that covers the key), not JSON.
		fix = fmt.Sprintf("%s gives no %s on %s: grant it in the CDK code (grantPut / grant_put gives s3:PutObject, grantRead / grant_read s3:GetObject*, grantReadWrite both), with a key pattern that covers the key", grant, t.Action, arn)
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

// caller is a principal get-caller-identity shows, with the values of the
// condition keys that name who signs.
type caller struct {
	_                                            [0]func() // not comparable: no generated equality function in the wasm
	arn                                          string
	principalARN, userID, userName, account, typ string
}

// callersOf returns the callers of the incident's environment.
func callersOf(f *model.Facts) []caller {
	if f.Incident == nil {
		return nil
	}
	var out []caller
	for _, id := range f.Incident.Env.Callers {
		// Placeholders stay: the redaction gives one account ID (or key)
		// the same placeholder in the caller and in the policy.
		arn := valueOf(id.Arn)
		if arn == "" {
			continue
		}
		c := caller{arn: arn, principalARN: arn, userID: valueOf(id.UserID), account: valueOf(id.Account)}
		parts := strings.SplitN(arn, ":", 6)
		if len(parts) == 6 {
			if c.account == "" {
				c.account = parts[4]
			}
			res := parts[5]
			switch {
			case strings.HasPrefix(res, "assumed-role/"):
				// aws:PrincipalArn of a role session is the role's ARN.
				role := strings.SplitN(strings.TrimPrefix(res, "assumed-role/"), "/", 2)[0]
				c.principalARN = "arn:" + parts[1] + ":iam::" + parts[4] + ":role/" + role
				c.typ = "AssumedRole"
			case strings.HasPrefix(res, "user/"):
				c.userName = res[strings.LastIndex(res, "/")+1:]
				c.typ = "User"
			case res == "root":
				c.typ = "Account"
			}
		}
		out = append(out, c)
	}
	return out
}

// namesCaller reports whether a (Not)Principal names the caller: its
// session ARN, or its role's or user's ARN (a role's ARN is taken as
// naming its sessions, the lenient reading, so that no Deny is reported
// that AWS might not apply).
func namesCaller(pr *policy.Principal, c caller) bool {
	for _, v := range pr.Values["AWS"] {
		x := strings.TrimSpace(v.Value)
		if v.Expr || strings.EqualFold(x, c.arn) || strings.EqualFold(x, c.principalARN) || x == "*" {
			return true
		}
	}
	return false
}

// value returns the caller's value for a condition key (lower case), or
// "" when it has none.
func (c caller) value(key string) string {
	switch key {
	case "aws:principalarn":
		return c.principalARN
	case "aws:userid":
		return c.userID
	case "aws:username":
		return c.userName
	case "aws:principalaccount":
		return c.account
	case "aws:principaltype":
		return c.typ
	}
	return ""
}

// bucketARNOnly reports an Allow statement that grants object actions
// (s3:GetObject, s3:PutObject…) only on bucket ARNs (arn:aws:s3:::bucket,
// Terraform's aws_s3_bucket.x.arn, CDK's bucket.bucket_arn), when no other
// Allow statement of the policy grants them on objects: an object action
// applies to arn:aws:s3:::bucket/key, so the grant matches nothing and S3
// answers AccessDenied (403) whatever the presigned request.
func bucketARNOnly(p *rules.Pass, d *policy.Document) {
	for _, st := range d.Statements {
		if st.Deny() || len(st.Resource) == 0 || len(st.Conditions) > 0 {
			continue
		}
		var actions []string
		for _, a := range st.Action {
			if objectAction(a.Value) && !a.Expr {
				actions = append(actions, a.Value)
			}
		}
		if len(actions) == 0 {
			continue
		}
		var bucket *policy.Str
		only := true
		for i, r := range st.Resource {
			if !bucketARN(r) {
				only = false
				break
			}
			if bucket == nil {
				bucket = &st.Resource[i]
			}
		}
		if !only || bucket == nil || grantedOnObjects(d, st, actions[0]) {
			continue
		}
		what := fmt.Sprintf("%q is the bucket's ARN", bucket.Value)
		obj := bucket.Value + "/*"
		if bucket.Expr && !strings.Contains(bucket.Value, "${") {
			what = fmt.Sprintf("%s is the bucket's ARN", bucket.Value)
			obj = "\"${" + bucket.Value + "}/*\""
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("%s grants %s on %s only: %s, and object actions apply to object ARNs (%s), so this grant matches no object and S3 answers AccessDenied (403) for every presigned request it was meant to allow",
				derive.EffectWord(st), strings.Join(actions, ", "), bucket.Value, what, obj),
			Span: bucket.Span,
			Key:  fmt.Sprintf("bucketarn:%d", st.Span.Start),
			Fixes: []rules.Fix{{
				Message: fmt.Sprintf("add the object ARN %s to the statement's Resource (keep the bucket's ARN for s3:ListBucket)", obj),
			}},
		})
	}
}

// objectAction reports whether an action (as written, wildcards aside) is
// one that applies to objects.
func objectAction(a string) bool {
	v := strings.ToLower(strings.TrimSpace(a))
	if strings.ContainsAny(v, "*?") {
		return false
	}
	for _, p := range []string{"s3:getobject", "s3:putobject", "s3:deleteobject", "s3:abortmultipartupload", "s3:restoreobject", "s3:listmultipartuploadparts"} {
		if strings.HasPrefix(v, p) {
			return true
		}
	}
	return false
}

// bucketARN reports whether a resource names a bucket, not its objects:
// arn:aws:s3:::name with no path and no wildcard, or a reference to a
// bucket's ARN in Terraform (aws_s3_bucket.x.arn), CDK (bucket.bucket_arn,
// bucket.bucketArn) or CloudFormation (!GetAtt Bucket.Arn).
func bucketARN(r policy.Str) bool {
	v := strings.TrimSpace(r.Value)
	if strings.HasPrefix(v, "${") && strings.HasSuffix(strings.ToLower(v), ".arn}") && strings.Count(v, "${") == 1 && strings.Contains(strings.ToLower(v), "bucket") {
		return true // CloudFormation's !GetAtt Bucket.Arn
	}
	if rest, ok := strings.CutPrefix(v, "arn:aws:s3:::"); ok && strings.HasPrefix(rest, "${") && strings.HasSuffix(rest, "}") && strings.Count(rest, "${") == 1 && !strings.ContainsAny(rest, "/*?") {
		return true // !Sub arn:aws:s3:::${Bucket}: the bucket, whatever its name
	}
	if r.Expr {
		l := strings.ToLower(v)
		return !strings.ContainsAny(l, "/*\"'$") && (strings.HasPrefix(l, "aws_s3_bucket.") && strings.HasSuffix(l, ".arn") ||
			strings.HasSuffix(l, ".bucket_arn") || strings.HasSuffix(l, ".bucketarn"))
	}
	rest, ok := strings.CutPrefix(v, "arn:aws:s3:::")
	return ok && rest != "" && !strings.ContainsAny(rest, "/*?$")
}

// grantedOnObjects reports whether another Allow statement of d grants the
// action on a resource that can name an object.
func grantedOnObjects(d *policy.Document, skip *policy.Statement, action string) bool {
	for _, st := range d.Statements {
		if st == skip || st.Deny() {
			continue
		}
		if _, ok := st.CoversAction(action); !ok {
			continue
		}
		for _, r := range st.Resource {
			if !bucketARN(r) {
				return true
			}
		}
		if st.Resource == nil {
			return true
		}
	}
	return false
}

// valueOf returns a value's string when the reader knows it, placeholders
// included.
func valueOf(v *model.Value) string {
	if v == nil || !v.Known {
		return ""
	}
	return v.Str
}

// onWhat names the object the Deny covers: the target's ARN, or the
// statement's resource when the paste does not tell the target.
func onWhat(t model.Target, arn string, res policy.Str) string {
	if t.Bucket == "" && res.Value != "" {
		return res.Value
	}
	return arn
}

// planRemoved reports an object action a terraform plan takes away from
// an identity policy (the model's PlanRemovals: granted by an Allow
// statement before the plan, by none after it), when the paste signs no
// request the rule can check against the policy: once the plan is
// applied, every request that needs the action is refused with
// AccessDenied. (When the paste shows what it signs, missingAllow reads
// the policy after the plan against that request.)
func planRemoved(p *rules.Pass, targets []model.Target) {
	if len(targets) > 0 {
		return
	}
	for _, r := range p.Facts.PlanRemovals {
		d, a := r.Policy, r.Action
		if !derive.IsIdentityPolicy(d) || !objectAction(a.Value) {
			continue
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the plan removes %s from this identity policy and no other Allow statement of it grants it: once applied, a presigned URL that needs %s (signed by the principal of this policy) gets AccessDenied (403), unless another policy of that principal grants it", a.Value, a.Value),
			Span:    a.Span,
			Key:     fmt.Sprintf("allow:%d:%s", d.Span.Start, a.Value),
			Fixes:   []rules.Fix{{Message: fmt.Sprintf("keep %s in the policy's Action list (on the object ARN, bucket/*) if the app presigns requests that need it", a.Value)}},
		})
	}
}

// cdkGrantCall returns the CDK grant call (bucket.grantRead(role)) a
// document was read from, or "".
func cdkGrantCall(text string, sp source.Span) string {
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return ""
	}
	if c := text[sp.Start:sp.End]; strings.Contains(c, ".grant") && !strings.ContainsAny(c, "\n{") {
		return c
	}
	return ""
}
