package rules

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/policy"
)

// policyStatement is one statement with the document it belongs to.
type policyStatement struct {
	doc *policy.Document
	st  *policy.Statement
}

func allStatements(f *model.Facts) []policyStatement {
	var out []policyStatement
	for _, d := range f.Policies {
		for _, s := range d.Statements {
			out = append(out, policyStatement{d, s})
		}
	}
	return out
}

// genericTargets stands for "a presigned object read or write" when the
// paste does not tell the operation.
var genericTargets = []model.Target{
	{Op: "get_object", Action: "s3:GetObject", Method: "GET"},
	{Op: "put_object", Action: "s3:PutObject", Method: "PUT"},
}

// relevantTarget returns the first target (of the paste, else generic) the
// statement applies to by action and resource.
func relevantTarget(ts []model.Target, st *policy.Statement) (model.Target, bool) {
	if len(ts) == 0 {
		ts = genericTargets
	}
	for _, t := range ts {
		if _, ok := st.CoversAction(t.Action); !ok {
			continue
		}
		if _, ok := st.CoversResource(t.ObjectARN()); !ok {
			continue
		}
		return t, true
	}
	return model.Target{}, false
}

// blocks tells, for a statement whose condition evaluates to r for a
// presigned request, whether the statement stops that request: a Deny whose
// condition holds denies it; an Allow whose condition fails does not allow
// it.
func blocks(st *policy.Statement, r policy.Tri) policy.Tri {
	if st.Deny() {
		return r
	}
	return r.Not()
}

// condText renders `Operator key values` for messages.
func condText(c policy.Condition) string {
	vs := c.ValueStrings()
	v := strings.Join(quoteAll(vs), ", ")
	if len(vs) > 1 {
		v = "[" + v + "]"
	}
	return fmt.Sprintf("%s %s %s", c.Operator, c.Key, v)
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// effectWord names the statement for messages: "this Deny statement" or
// "this Allow statement", with its Sid when it has one.
func effectWord(st *policy.Statement) string {
	e := "Allow"
	if st.Deny() {
		e = "Deny"
	}
	if st.Sid != "" {
		return fmt.Sprintf("the %s statement %q", e, st.Sid)
	}
	return "this " + e + " statement"
}

// isIdentityPolicy reports whether the document reads as an identity (IAM
// user or role) policy: no statement names a Principal.
func isIdentityPolicy(d *policy.Document) bool {
	for _, s := range d.Statements {
		if s.Principal != nil || s.NotPrincipal != nil {
			return false
		}
	}
	return true
}

// conditionsOn returns the statement's conditions on any of the keys
// (compared case-insensitively).
func conditionsOn(st *policy.Statement, keys ...string) []policy.Condition {
	var out []policy.Condition
	for _, c := range st.Conditions {
		for _, k := range keys {
			if strings.EqualFold(c.Key, k) {
				out = append(out, c)
			}
		}
	}
	return out
}

func stmtKey(c policy.Condition) string {
	return fmt.Sprintf("%d", c.KeySpan.Start)
}

// alsoWhen hedges a statement's effect when it has conditions besides c:
// all of a statement's conditions must hold for it to apply.
func alsoWhen(st *policy.Statement, c policy.Condition) string {
	var others []string
	for _, o := range st.Conditions {
		if o.KeySpan != c.KeySpan {
			others = append(others, o.Key)
		}
	}
	if len(others) == 0 {
		return ""
	}
	return " (only when its other conditions on " + strings.Join(others, ", ") + " hold too)"
}

func denyVerb(st *policy.Statement) string {
	if st.Deny() {
		return "denies"
	}
	return "does not allow"
}
