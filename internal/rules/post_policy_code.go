package rules

import (
	"fmt"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
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
func postPolicyCode(p *Pass) {
	f := p.Facts
	for _, o := range pyOps(f) {
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
				fix := Fix{Message: fmt.Sprintf("add the condition {'%s': <the same value>} to Conditions", fl.Name)}
				val := "..."
				if fl.Value != nil {
					val = fl.Value.Expr
				}
				cond := fmt.Sprintf("{'%s': %s}", fl.Name, val)
				if call := findCall(f, o.Span); call != nil {
					if cl := conditionsList(f, o); cl != nil {
						fix.Edits = []diff.Edit{insertArg(f, cl.Span, cond)}
					} else if o.Conditions == nil {
						fix.Edits = []diff.Edit{insertArg(f, call.ArgsSpan, "Conditions=["+cond+"]")}
					}
					fix.Message = "add the condition " + cond + " to Conditions"
				}
				p.Report(Finding{
					Message: fmt.Sprintf("Fields sets %q but no condition in Conditions allows it; boto3 does not add conditions for Fields, so S3 answers AccessDenied (403) \"Invalid according to Policy: Extra input fields: %s\"", fl.Name, fl.Name),
					Span:    fl.Span,
					Key:     "post:" + name,
					Fixes:   []Fix{fix},
				})
				continue
			}
			if fv, cv := knownStr(fl.Value), knownStr(c.Value); fv != "" && cv != "" && fv != cv {
				p.Report(Finding{
					Message: fmt.Sprintf("Fields sets %s=%q but Conditions requires %q; S3 answers AccessDenied (403) \"Invalid according to Policy: Policy Condition failed\"", fl.Name, fv, cv),
					Span:    fl.Span,
					Related: []model.Span{c.Span},
					Key:     "post:" + name,
					Fixes:   []Fix{{Message: "give the field and its condition the same value", Edits: edit(valueSpan(fl.Value), quoteChar(f, valueSpan(fl.Value))+cv+quoteChar(f, valueSpan(fl.Value)))}},
				})
			}
		}
	}
}
