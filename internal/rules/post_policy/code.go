package postpolicy

import (
	"fmt"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// autoFields are the form fields generate_presigned_post adds conditions
// for itself.
var autoFields = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"key": true, "bucket": true, "x-amz-algorithm": true, "x-amz-credential": true,
		"x-amz-date": true, "x-amz-security-token": true, "policy": true, "x-amz-signature": true}
})

// postPolicyCode reports generate_presigned_post Fields without a
// matching condition, and eq conditions that contradict the field: S3
// answers AccessDenied "Invalid according to Policy".
func postPolicyCode(p *rules.Pass) {
	f := p.Facts
	for _, o := range derive.PyOps(f) {
		if o.Kind != "post" {
			continue
		}
		conds := map[string]*model.Param{}
		for i := range o.ConditionParams {
			c := &o.ConditionParams[i]
			conds[strings.ToLower(c.Name)] = c
		}
		for _, fl := range o.Fields {
			name := strings.ToLower(fl.Name)
			if autoFields()[name] {
				continue
			}
			c, ok := conds[name]
			if !ok {
				fix := rules.Fix{Message: fmt.Sprintf("add the condition {'%s': <the same value>} to Conditions", fl.Name)}
				val := "..."
				if fl.Value != nil {
					val = fl.Value.Expr
				}
				cond := fmt.Sprintf("{'%s': %s}", fl.Name, val)
				if call := derive.FindCall(f, o.Span); call != nil {
					if cl := derive.ConditionsList(f, o); cl != nil {
						fix.Edits = []diff.Edit{derive.InsertArg(f, cl.Span, cond)}
					} else if o.Conditions == nil {
						fix.Edits = []diff.Edit{derive.InsertArg(f, call.ArgsSpan, "Conditions=["+cond+"]")}
					}
					fix.Message = "add the condition " + cond + " to Conditions"
				}
				p.Report(rules.Finding{
					Message: fmt.Sprintf("Fields sets %q but no condition in Conditions allows it; boto3 does not add conditions for Fields, so S3 answers AccessDenied (403) \"Invalid according to Policy: Extra input fields: %s\"", fl.Name, fl.Name),
					Span:    fl.Span,
					Key:     "post:" + name,
					Fixes:   []rules.Fix{fix},
				})
				continue
			}
			if fv, cv := derive.KnownStr(fl.Value), derive.KnownStr(c.Value); fv != "" && cv != "" && fv != cv {
				p.Report(rules.Finding{
					Message: fmt.Sprintf("Fields sets %s=%q but Conditions requires %q; S3 answers AccessDenied (403) \"Invalid according to Policy: Policy Condition failed\"", fl.Name, fv, cv),
					Span:    fl.Span,
					Related: []model.Span{c.Span},
					Key:     "post:" + name,
					Fixes:   []rules.Fix{{Message: "give the field and its condition the same value", Edits: derive.Edit(derive.ValueSpan(fl.Value), derive.QuoteChar(f, derive.ValueSpan(fl.Value))+cv+derive.QuoteChar(f, derive.ValueSpan(fl.Value)))}},
				})
			}
		}
	}
}

// postFieldsAny reads the Fields of a presigned POST made by the other
// SDKs (JavaScript v2 and v3 createPresignedPost, PHP PostObjectV4, Ruby
// presigned_post), which put every field into the policy as an eq
// condition themselves. Two shapes fail there: Expires written among the
// fields (it is the call's own parameter, beside Bucket and Fields: as a
// field it is one more form input, and the policy keeps the default hour),
// and a number as a field's value (the policy's condition must be a
// string: S3 rejects the policy).
func postFieldsAny(p *rules.Pass) {
	f := p.Facts
	for _, o := range derive.CodeOps(f) {
		if o.Kind != "post" || o.Source == "python" {
			continue
		}
		for _, fl := range o.Fields {
			switch {
			case strings.EqualFold(fl.Name, "Expires") || strings.EqualFold(fl.Name, "ExpiresIn"):
				p.Report(rules.Finding{
					Message: fmt.Sprintf("%s is written inside Fields: there it is one more form field the policy must allow (a number there makes S3 reject the policy, \"Invalid Policy\"), and the form still expires after the SDK's default hour; the expiry is the call's own parameter, beside Bucket and Fields", fl.Name),
					Span:    fl.Span,
					Key:     "post:" + strings.ToLower(fl.Name),
					Fixes:   []rules.Fix{{Message: "move " + fl.Name + " out of Fields, next to Bucket: createPresignedPost({ Bucket, Fields: { key }, Expires: 60 })"}},
				})
			case fl.Value != nil && fl.Value.IsNum:
				p.Report(rules.Finding{
					Message: fmt.Sprintf("Fields gives %s a number; the SDK writes it into the policy as a condition, whose values must be strings: S3 answers InvalidPolicyDocument (400) \"Invalid Policy\"", fl.Name),
					Span:    fl.Span,
					Key:     "post:" + strings.ToLower(fl.Name),
					Fixes:   []rules.Fix{{Message: "give " + fl.Name + " a string value in Fields"}},
				})
			}
		}
	}
}
