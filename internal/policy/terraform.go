package policy

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// tfDocument reads the body of a Terraform aws_iam_policy_document data
// source: statement blocks with effect, actions, not_actions, resources,
// not_resources, principals / not_principals blocks and condition blocks
// (test, variable, values). It returns nil for other objects.
func tfDocument(n *Node) *Document {
	var blocks []Field
	for _, f := range n.Fields {
		if f.Key == "statement" && f.Value.Kind == Object && isTFStatement(f.Value) {
			blocks = append(blocks, f)
		}
	}
	if len(blocks) == 0 {
		return nil
	}
	d := &Document{Span: n.Span, Node: n}
	for _, b := range blocks {
		d.Statements = append(d.Statements, tfStatement(b))
	}
	return d
}

func isTFStatement(n *Node) bool {
	for _, k := range []string{"actions", "not_actions", "resources", "not_resources", "effect", "principals", "condition"} {
		if fieldExact(n, k) != nil {
			return true
		}
	}
	return false
}

// fieldExact finds a field by its exact (lower-case, snake) Terraform name.
func fieldExact(n *Node, key string) *Field {
	for i := range n.Fields {
		if n.Fields[i].Key == key {
			return &n.Fields[i]
		}
	}
	return nil
}

func tfStatement(b Field) *Statement {
	n := b.Value
	s := &Statement{Span: source.Span{Start: b.KeySpan.Start, End: n.Span.End}, Effect: "Allow", EffectSpan: b.KeySpan}
	if f := fieldExact(n, "sid"); f != nil {
		s.Sid = f.Value.Str
	}
	if f := fieldExact(n, "effect"); f != nil {
		s.Effect, s.EffectSpan = f.Value.Str, f.Value.Span
	}
	elem := func(f *Field) source.Span { return source.Span{Start: f.KeySpan.Start, End: f.Value.Span.End} }
	if f := fieldExact(n, "actions"); f != nil {
		s.Action, s.ActionSpan = strs(f.Value), elem(f)
	}
	if f := fieldExact(n, "not_actions"); f != nil {
		s.NotAction, s.ActionSpan = strs(f.Value), elem(f)
	}
	if f := fieldExact(n, "resources"); f != nil {
		s.Resource, s.ResourceSpan = strs(f.Value), elem(f)
	}
	if f := fieldExact(n, "not_resources"); f != nil {
		s.NotResource, s.ResourceSpan = strs(f.Value), elem(f)
	}
	for _, f := range n.Fields {
		v := f.Value
		switch f.Key {
		case "principals", "not_principals":
			p := s.Principal
			if f.Key == "not_principals" {
				p = s.NotPrincipal
			}
			if p == nil {
				p = &Principal{Span: v.Span, Values: map[string][]Str{}}
			}
			typ := ""
			if t := fieldExact(v, "type"); t != nil {
				typ = t.Value.Str
			}
			if ids := fieldExact(v, "identifiers"); ids != nil {
				vs := strs(ids.Value)
				p.Values[typ] = append(p.Values[typ], vs...)
				for _, x := range vs {
					if x.Value == "*" && (typ == "*" || strings.EqualFold(typ, "AWS")) {
						p.Any = true
					}
				}
			}
			if f.Key == "principals" {
				s.Principal = p
			} else {
				s.NotPrincipal = p
			}
		case "condition":
			test, variable, values := fieldExact(v, "test"), fieldExact(v, "variable"), fieldExact(v, "values")
			if test == nil || variable == nil {
				continue
			}
			set, base, ifExists := SplitOperator(test.Value.Str)
			c := Condition{Operator: test.Value.Str, OpSpan: test.Value.Span, Set: set, Base: base, IfExists: ifExists,
				Key: variable.Value.Str, KeySpan: variable.Value.Span, Span: v.Span}
			if values != nil {
				c.Values = strs(values.Value)
			}
			s.Conditions = append(s.Conditions, c)
			if s.ConditionSpan == (source.Span{}) {
				s.ConditionSpan = source.Span{Start: f.KeySpan.Start, End: v.Span.End}
			} else {
				s.ConditionSpan.End = v.Span.End
			}
		}
	}
	return s
}
