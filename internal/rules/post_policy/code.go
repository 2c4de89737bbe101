package postpolicy

import (
	"fmt"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// autoFields are the form fields generate_presigned_post adds conditions
// for itself.
var autoFields = sync.OnceValue(func() map[string]bool {
	return table.Set("key", "bucket", "x-amz-algorithm", "x-amz-credential",
		"x-amz-date", "x-amz-security-token", "policy", "x-amz-signature")
})

// postPolicyCode reports generate_presigned_post Fields without a
// matching condition, and eq conditions that contradict the field: S3
// answers AccessDenied "Invalid according to Policy".
func postPolicyCode(p *rules.Pass) {
	f := p.Facts
	optionInFields(p)
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

// postOptions are the options of a presigned POST call (boto3's
// generate_presigned_post, JavaScript's createPresignedPost, PHP's
// PostObjectV4...) that are not form fields.
var postOptions = sync.OnceValue(func() map[string]string {
	return table.Pairs("expires", "the expiry", "expiresin", "the expiry", "expires_in", "the expiry",
		"conditions", "the policy's conditions")
})

// optionInFields reports a presigned POST whose Fields holds one of the
// call's options (Fields: { key, Expires: 60 }, Expires a number of
// seconds, not the HTTP date of S3's Expires form field): the SDK takes it as a form
// field, so the option is not applied (the policy keeps the default expiry
// or conditions), the form carries a field its policy may not allow, and
// JavaScript v2 refuses a field whose value is not a string.
func optionInFields(p *rules.Pass) {
	for _, o := range derive.CodeOps(p.Facts) {
		if o.Kind != "post" {
			continue
		}
		for _, fl := range o.Fields {
			what, ok := postOptions()[strings.ToLower(fl.Name)]
			if !ok || strings.EqualFold(fl.Name, "expires") && (fl.Value == nil || !fl.Value.IsNum) {
				// Expires is also S3's form field for the object's Expires
				// header (an HTTP date): only a number of seconds is the
				// call's option.
				continue
			}
			p.Report(rules.Finding{
				Message: fmt.Sprintf("Fields sets %s, which is an option of the presigned POST call, not a form field: %s is not applied (the policy keeps its default) and the form gets an extra field %q, which S3 answers AccessDenied (403) \"Invalid according to Policy: Extra input fields\" for unless a condition allows it", fl.Name, what, fl.Name),
				Span:    fl.Span,
				Key:     "post:option:" + strings.ToLower(fl.Name),
				Fixes:   []rules.Fix{{Message: fmt.Sprintf("move %s out of Fields to the call's own parameters (Expires: seconds in JavaScript's createPresignedPost params, ExpiresIn= in boto3's generate_presigned_post)", fl.Name)}},
			})
		}
	}
}

// postFieldsAny reads the Fields of a presigned POST made by the other
// SDKs (JavaScript v2 and v3 createPresignedPost, PHP PostObjectV4, Ruby
// presigned_post), which put every field into the policy as an eq
// condition themselves: a number as a field's value fails there (the
// policy's condition must be a string: S3 rejects the policy). A call
// option written among the fields (Expires) is optionInFields'.
func postFieldsAny(p *rules.Pass) {
	f := p.Facts
	for _, o := range derive.CodeOps(f) {
		if o.Kind != "post" || o.Source == "python" {
			continue
		}
		for _, fl := range o.Fields {
			if _, option := postOptions()[strings.ToLower(fl.Name)]; option {
				continue // optionInFields names it
			}
			switch {
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
