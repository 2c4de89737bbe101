package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/policy"
)

// Policies written as infrastructure code, read wherever they sit in the
// paste (the splitter sees them as text or code): CloudFormation and SAM
// YAML (Statement: lists with !Sub, !Ref, !GetAtt), serverless.yml
// (iamRoleStatements:, statements:), CloudFormation JSON fragments with
// Fn::Sub / Ref / Fn::GetAtt / Fn::Join, and CDK PolicyStatements
// (TypeScript and Python). Each becomes a policy document, the same as a
// JSON policy pasted on its own, so the policy_* rules read them.

var reYAMLStatements = lazyre.New(`(?m)^[ \t]*(?:-[ \t]+)?(?:Statement|statements|iamRoleStatements):[ \t]*(?:#[^\n]*)?$`)

func (b *builder) embeddedPolicies(parts []Part) {
	text := b.f.Text
	covered := func(sp Span) bool {
		for _, d := range b.f.Policies {
			if d.Span.Overlaps(sp) {
				return true
			}
		}
		return false
	}
	add := func(docs []*policy.Document) {
		for _, d := range docs {
			if len(d.Statements) > 0 && !covered(d.Span) {
				b.f.Policies = append(b.f.Policies, d)
			}
		}
	}
	if strings.Contains(text, "tatements:") || strings.Contains(text, "Statement:") {
		for _, m := range reYAMLStatements.FindAllStringSubmatchIndex(text, 50) {
			ls := strings.LastIndexByte(text[:m[0]], '\n') + 1
			key := strings.Index(text[ls:m[1]], strings.TrimLeft(strings.TrimSpace(text[m[0]:m[1]]), "- \t"))
			if key < 0 {
				continue
			}
			if n := policy.ReadYAML(text, Span{Start: ls + key, End: len(text)}); n != nil && !covered(n.Span) {
				add(policy.Documents(text, n))
			}
		}
	}
	if strings.Contains(text, `"Statement"`) {
		for _, p := range parts {
			if p.Kind == KindPolicy || p.Kind == KindCredentials {
				continue
			}
			if body := text[p.Span.Start:p.Span.End]; strings.Contains(body, `"Statement"`) && strings.Contains(body, "{") {
				docs, _ := policy.Parse(text, p.Span)
				add(docs)
			}
		}
	}
	if strings.Contains(text, "PolicyStatement(") {
		add(policy.CDKDocuments(text, Span{Start: 0, End: len(text)}))
	}
	if strings.Contains(text, ".grant") {
		add(policy.CDKGrantDocuments(text, Span{Start: 0, End: len(text)}))
	}
	if strings.Contains(text, "Statement") {
		// A policy written as an object literal of JavaScript/TypeScript
		// (Pulumi's JSON.stringify({...}), a const passed to
		// PutBucketPolicyCommand): an unquoted Statement key inside braces.
		for _, m := range reJSStatement.FindAllStringSubmatchIndex(text, 50) {
			open := enclosingBrace(text, m[0])
			if open < 0 || covered(Span{Start: m[0], End: m[1]}) {
				continue
			}
			docs, _ := policy.Parse(text, Span{Start: open, End: len(text)})
			add(docs)
		}
	}
}

// reJSStatement is an unquoted Statement key holding a list.
var reJSStatement = lazyre.New(`[{,\s]Statement\s*:\s*\[`)

// enclosingBrace is the offset of the '{' that opens the object holding
// off, or -1: a backward scan over brackets (strings of one line aside).
func enclosingBrace(text string, off int) int {
	depth := 0
	for i := off - 1; i >= 0 && off-i < 4000; i-- {
		switch text[i] {
		case '}', ']', ')':
			depth++
		case '[', '(':
			if depth == 0 {
				return -1
			}
			depth--
		case '{':
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}
