package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/policy"
	"github.com/presign-doctor/presign-doctor/internal/python"
)

// pythonPolicies reads the IAM and bucket policies that Python code builds
// itself: a dict literal with a "Statement" key (passed to json.dumps for
// put_bucket_policy(Policy=...), put_role_policy(PolicyDocument=...), or
// bound to a name first), or a JSON string literal holding one. The policy
// reader takes Python's dict syntax as it is (quotes of either kind, bare
// True/False/None read as expressions), so every statement keeps the spans
// of the code.
func pythonPolicies(text string, files []*python.File) []*policy.Document {
	var docs []*policy.Document
	for _, pf := range files {
		python.Walk(pf.Tree, func(n *python.Node) bool {
			switch n.Kind {
			case python.Dict:
				if !dictHasKey(n, "Statement") {
					return true
				}
			case python.Str:
				v := strings.TrimSpace(n.Value)
				if n.Prefix != "" || len(n.Parts) > 0 || !strings.HasPrefix(v, "{") || !strings.Contains(v, `"Statement"`) {
					return true
				}
			default:
				return true
			}
			if n.Span.Start < 0 || n.Span.End > len(text) || n.Span.Start >= n.Span.End {
				return false
			}
			found, _ := policy.Parse(text, n.Span)
			docs = append(docs, found...)
			return false // the statements inside belong to this document
		})
	}
	return docs
}

// dictHasKey reports whether a dict literal has the string key k.
func dictHasKey(n *python.Node, k string) bool {
	for _, e := range n.Args {
		if e.Kind == python.DictEntry && e.X != nil && e.X.Kind == python.Str && e.X.Value == k {
			return true
		}
	}
	return false
}
