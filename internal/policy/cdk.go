package policy

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// CDK policy statements: new iam.PolicyStatement({ effect, actions,
// resources, conditions, principals }) in TypeScript and
// iam.PolicyStatement(effect=…, actions=[…], resources=[…],
// conditions={…}) in Python. The keys become IAM's (actions → Action …),
// iam.Effect.DENY the effect Deny (Allow when none is given), and
// references stay expressions (bucket.bucketArn, bucket.bucket_arn);
// bucket.arnForObjects('*') and arn_for_objects("*") name the objects.

var cdkKeys = table.Pairs(
	"effect", "Effect", "actions", "Action", "notactions", "NotAction", "not_actions", "NotAction",
	"resources", "Resource", "notresources", "NotResource", "not_resources", "NotResource",
	"conditions", "Condition", "principals", "Principal", "sid", "Sid",
)

// CDKDocuments reads every PolicyStatement call in text[sp] as a document
// of one statement.
func CDKDocuments(text string, sp source.Span) []*Document {
	sp = clamp(sp, len(text))
	var docs []*Document
	for i := sp.Start; i < sp.End && len(docs) < 50; {
		k := strings.Index(text[i:sp.End], "PolicyStatement(")
		if k < 0 {
			break
		}
		open := i + k + len("PolicyStatement")
		i = open + 1
		r := &reader{s: text, pos: open + 1, end: sp.End}
		r.skip()
		var n *Node
		if r.pos < r.end && r.s[r.pos] == '{' {
			n = r.object()
		} else {
			r.pos = open
			n = r.objectUntil('(', ')')
		}
		if n == nil || n.Kind != Object {
			continue
		}
		cdkNormalize(n)
		if !isStatement(n) {
			continue
		}
		docs = append(docs, &Document{Span: n.Span, Node: n, Statements: []*Statement{statement(text, n)}})
		i = max(i, n.Span.End)
	}
	return docs
}

func cdkNormalize(n *Node) {
	hasEffect := false
	for i := range n.Fields {
		f := &n.Fields[i]
		if k, ok := cdkKeys[strings.ToLower(f.Key)]; ok {
			f.Key = k
		}
		switch f.Key {
		case "Effect":
			hasEffect = true
			if strings.Contains(strings.ToUpper(f.Value.Str), "DENY") {
				f.Value = &Node{Kind: String, Span: f.Value.Span, Str: "Deny"}
			} else {
				f.Value = &Node{Kind: String, Span: f.Value.Span, Str: "Allow"}
			}
		case "Resource", "NotResource":
			cdkResources(f.Value)
		}
	}
	if !hasEffect {
		n.Fields = append(n.Fields, Field{Key: "Effect", KeySpan: source.Span{Start: n.Span.Start, End: n.Span.Start}, Value: &Node{Kind: String, Span: n.Span, Str: "Allow"}})
	}
}

// cdkResources turns arnForObjects('*') / arn_for_objects("*") into the
// objects' ARN pattern, and `${bucket.bucketArn}/*` templates into theirs.
func cdkResources(n *Node) {
	var items []*Node
	if n.Kind == Array {
		items = n.Items
	} else {
		items = []*Node{n}
	}
	for _, it := range items {
		l := strings.ToLower(it.Str)
		switch {
		case it.Kind == Expr && (strings.Contains(l, "arnforobjects(") || strings.Contains(l, "arn_for_objects(")):
			recv, _, _ := strings.Cut(it.Str, ".arn")
			recv, _, _ = strings.Cut(recv, ".Arn")
			it.Kind, it.Str = String, "arn:aws:s3:::${"+recv+"}/*"
		case it.Kind == String && strings.HasPrefix(it.Str, "${") && strings.Contains(l, "arn}/"):
			// `${bucket.bucketArn}/*` read as a template: already a pattern.
		}
	}
}
