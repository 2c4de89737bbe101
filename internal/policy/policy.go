// Package policy reads IAM and bucket policies out of pasted text: plain
// JSON, JSON with comments and trailing commas, the escaped policy string
// printed by aws s3api get-bucket-policy, and Terraform's jsonencode({...})
// and heredoc forms. It also evaluates what it can of a statement against
// a presigned request: actions, resources and conditions.
package policy

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Document is one policy: a list of statements.
type Document struct {
	Span       source.Span
	Version    string
	Statements []*Statement
	// Node is the document's value tree.
	Node *Node
}

// Str is one string of a policy (an action, a resource, a condition value)
// with its span. Expr is true when it is a Terraform reference or
// interpolation whose value is unknown.
type Str struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Value string
	Span  source.Span
	Expr  bool
}

// Statement is one statement of a policy.
type Statement struct {
	Span       source.Span
	Sid        string
	Effect     string // "Allow" or "Deny" as written
	EffectSpan source.Span
	// Action and the others are nil when the statement has no such element.
	Action, NotAction     []Str
	Resource, NotResource []Str
	ActionSpan            source.Span // the Action or NotAction element
	ResourceSpan          source.Span // the Resource or NotResource element
	Principal             *Principal
	NotPrincipal          *Principal
	Conditions            []Condition
	ConditionSpan         source.Span
}

// Deny reports whether the statement denies.
func (s *Statement) Deny() bool { return strings.EqualFold(strings.TrimSpace(s.Effect), "Deny") }

// Principal is a Principal or NotPrincipal element.
type Principal struct {
	Span source.Span
	// Any is true for "*" or {"AWS": "*"}.
	Any bool
	// Values are the principals by type: AWS, Service, Federated,
	// CanonicalUser.
	Values map[string][]Str
}

// Condition is one key of a condition block with its operator.
type Condition struct {
	// Operator as written: "ForAnyValue:StringNotEqualsIfExists".
	Operator string
	OpSpan   source.Span
	// Set is "", "ForAnyValue" or "ForAllValues".
	Set string
	// Base is the operator without set prefix and IfExists suffix.
	Base     string
	IfExists bool
	Key      string
	KeySpan  source.Span
	Values   []Str
	// Span is the "key": values entry.
	Span source.Span
}

// Parse reads every policy document in text[sp.Start:sp.End]. Spans are into
// text. Statements are found wherever they sit: a document with Statement,
// a single statement object, a list of statements, a policy in an escaped
// string (get-bucket-policy), or inside Terraform.
func Parse(text string, sp source.Span) ([]*Document, []Problem) {
	vals, probs := ReadValues(text, sp)
	var docs []*Document
	for _, v := range vals {
		docs = collect(text, v, docs, &probs, 0)
	}
	return docs, probs
}

func collect(text string, n *Node, docs []*Document, probs *[]Problem, depth int) []*Document {
	if n == nil || depth > 50 {
		return docs
	}
	switch n.Kind {
	case Object:
		if d := tfDocument(n); d != nil {
			return append(docs, d)
		}
		if st := n.Get("Statement"); st != nil {
			d := &Document{Span: n.Span, Node: n}
			if v := n.Get("Version"); v != nil {
				d.Version = v.Str
			}
			d.Statements = statements(text, st, probs)
			return append(docs, d)
		}
		if isStatement(n) {
			return append(docs, &Document{Span: n.Span, Node: n, Statements: []*Statement{statement(text, n)}})
		}
		for _, f := range n.Fields {
			docs = collect(text, f.Value, docs, probs, depth+1)
		}
	case Array:
		if len(n.Items) > 0 && isStatement(n.Items[0]) {
			return append(docs, &Document{Span: n.Span, Node: n, Statements: statements(text, n, probs)})
		}
		for _, it := range n.Items {
			docs = collect(text, it, docs, probs, depth+1)
		}
	case String:
		t := strings.TrimSpace(n.Str)
		if strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[") {
			vals, ps := readString(text, n)
			*probs = append(*probs, ps...)
			for _, v := range vals {
				docs = collect(text, v, docs, probs, depth+1)
			}
		}
	}
	return docs
}

func isStatement(n *Node) bool {
	return n != nil && n.Kind == Object && n.Get("Effect") != nil &&
		(n.Get("Action") != nil || n.Get("NotAction") != nil || n.Get("Resource") != nil || n.Get("Principal") != nil)
}

func statements(text string, n *Node, probs *[]Problem) []*Statement {
	var out []*Statement
	switch n.Kind {
	case Object:
		out = append(out, statement(text, n))
	case Array:
		for _, it := range n.Items {
			if it.Kind == Object {
				out = append(out, statement(text, it))
			}
		}
	case String:
		vals, ps := readString(text, n)
		*probs = append(*probs, ps...)
		for _, v := range vals {
			out = append(out, statements(text, v, probs)...)
		}
	}
	return out
}

func statement(text string, n *Node) *Statement {
	s := &Statement{Span: n.Span}
	if v := n.Get("Sid"); v != nil {
		s.Sid = v.Str
	}
	if v := n.Get("Effect"); v != nil {
		s.Effect, s.EffectSpan = v.Str, v.Span
	}
	if f := n.Field("Action"); f != nil {
		s.Action, s.ActionSpan = strs(f.Value), source.Span{Start: f.KeySpan.Start, End: f.Value.Span.End}
	}
	if f := n.Field("NotAction"); f != nil {
		s.NotAction, s.ActionSpan = strs(f.Value), source.Span{Start: f.KeySpan.Start, End: f.Value.Span.End}
	}
	if f := n.Field("Resource"); f != nil {
		s.Resource, s.ResourceSpan = strs(f.Value), source.Span{Start: f.KeySpan.Start, End: f.Value.Span.End}
	}
	if f := n.Field("NotResource"); f != nil {
		s.NotResource, s.ResourceSpan = strs(f.Value), source.Span{Start: f.KeySpan.Start, End: f.Value.Span.End}
	}
	if v := n.Get("Principal"); v != nil {
		s.Principal = principal(v)
	}
	if v := n.Get("NotPrincipal"); v != nil {
		s.NotPrincipal = principal(v)
	}
	if f := n.Field("Condition"); f != nil {
		s.ConditionSpan = source.Span{Start: f.KeySpan.Start, End: f.Value.Span.End}
		s.Conditions = conditions(f.Value)
	}
	return s
}

// strs reads a string or a list of strings.
func strs(n *Node) []Str {
	out := []Str{}
	switch n.Kind {
	case Array:
		for _, it := range n.Items {
			out = append(out, strs(it)...)
		}
	case String, Number, Bool:
		out = append(out, Str{Value: n.Str, Span: n.Span, Expr: n.Kind == String && strings.Contains(n.Str, "${")})
	case Expr:
		out = append(out, Str{Value: n.Str, Span: n.Span, Expr: true})
	case Object:
		if v, ok := intrinsic(n); ok {
			out = append(out, Str{Value: v, Span: n.Span, Expr: strings.Contains(v, "${")})
		}
	}
	return out
}

// Documents returns the policy documents a value read by ReadValues or
// ReadYAML holds.
func Documents(text string, n *Node) []*Document {
	var probs []Problem
	return collect(text, n, nil, &probs, 0)
}

func principal(n *Node) *Principal {
	p := &Principal{Span: n.Span, Values: map[string][]Str{}}
	switch n.Kind {
	case String:
		p.Any = n.Str == "*"
		p.Values["AWS"] = strs(n)
	case Object:
		for _, f := range n.Fields {
			vs := strs(f.Value)
			p.Values[f.Key] = append(p.Values[f.Key], vs...)
			for _, v := range vs {
				if v.Value == "*" && strings.EqualFold(f.Key, "AWS") {
					p.Any = true
				}
			}
		}
	}
	return p
}

func conditions(n *Node) []Condition {
	var out []Condition
	if n.Kind != Object {
		return out
	}
	for _, op := range n.Fields {
		set, base, ifExists := SplitOperator(op.Key)
		if op.Value.Kind != Object {
			continue
		}
		for _, k := range op.Value.Fields {
			out = append(out, Condition{
				Operator: op.Key, OpSpan: op.KeySpan, Set: set, Base: base, IfExists: ifExists,
				Key: k.Key, KeySpan: k.KeySpan, Values: strs(k.Value),
				Span: source.Span{Start: k.KeySpan.Start, End: k.Value.Span.End},
			})
		}
	}
	return out
}

// SplitOperator splits a condition operator such as
// "ForAnyValue:StringNotEqualsIfExists" into its set prefix, base operator
// and IfExists suffix.
func SplitOperator(op string) (set, base string, ifExists bool) {
	base = strings.TrimSpace(op)
	if i := strings.IndexByte(base, ':'); i >= 0 {
		set, base = base[:i], base[i+1:]
	}
	if len(base) > len("IfExists") && strings.EqualFold(base[len(base)-len("IfExists"):], "IfExists") {
		base, ifExists = base[:len(base)-len("IfExists")], true
	}
	return set, base, ifExists
}
