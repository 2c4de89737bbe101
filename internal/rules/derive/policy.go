package derive

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/policy"
)

// PolicyStatement is one statement with the document it belongs to.
type PolicyStatement struct {
	doc  *policy.Document
	Stmt *policy.Statement
}

func AllStatements(f *model.Facts) []PolicyStatement {
	var out []PolicyStatement
	for _, d := range f.Policies {
		for _, s := range d.Statements {
			out = append(out, PolicyStatement{d, s})
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

// GenericTargets returns the stand-ins for "a presigned object read or
// write" (a copy).
func GenericTargets() []model.Target { return append([]model.Target(nil), genericTargets...) }

// RelevantTarget returns the first target (of the paste, else generic) the
// statement applies to by action and resource.
func RelevantTarget(ts []model.Target, st *policy.Statement) (model.Target, bool) {
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

// Blocks tells, for a statement whose condition evaluates to r for a
// presigned request, whether the statement stops that request: a Deny whose
// condition holds denies it; an Allow whose condition fails does not allow
// it.
func Blocks(st *policy.Statement, r policy.Tri) policy.Tri {
	if st.Deny() {
		return r
	}
	return r.Not()
}

// CondText renders `Operator key values` for messages.
func CondText(c policy.Condition) string {
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

// EffectWord names the statement for messages: "this Deny statement" or
// "this Allow statement", with its Sid when it has one.
func EffectWord(st *policy.Statement) string {
	e := "Allow"
	if st.Deny() {
		e = "Deny"
	}
	if st.Sid != "" {
		return fmt.Sprintf("the %s statement %q", e, st.Sid)
	}
	return "this " + e + " statement"
}

// IsIdentityPolicy reports whether the document reads as an identity (IAM
// user or role) policy: no statement names a Principal.
func IsIdentityPolicy(d *policy.Document) bool {
	for _, s := range d.Statements {
		if s.Principal != nil || s.NotPrincipal != nil {
			return false
		}
	}
	return true
}

// ConditionsOn returns the statement's conditions on any of the keys
// (compared case-insensitively).
func ConditionsOn(st *policy.Statement, keys ...string) []policy.Condition {
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

func StmtKey(c policy.Condition) string {
	return fmt.Sprintf("%d", c.KeySpan.Start)
}

// AlsoWhen hedges a statement's effect when it has conditions besides c:
// all of a statement's conditions must hold for it to apply.
func AlsoWhen(st *policy.Statement, c policy.Condition) string {
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

func DenyVerb(st *policy.Statement) string {
	if st.Deny() {
		return "denies"
	}
	return "does not allow"
}
