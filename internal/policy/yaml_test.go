package policy

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

func TestReadYAMLStatements(t *testing.T) {
	text := `      PolicyDocument:
        Statement:
          - Sid: VpceOnly
            Effect: Deny
            Principal: "*"
            Action: [s3:GetObject, "s3:PutObject"]
            Resource:
              - !Sub "arn:${AWS::Partition}:s3:::${ReportsBucket}/*"
              - !GetAtt ReportsBucket.Arn
            Condition:
              StringNotEquals:
                aws:SourceVpce: !Ref S3VpcEndpoint  # the endpoint
          - Effect: Allow
            Action: s3:ListBucket
            Resource: !Ref Bucket
      Roles: [!Ref R]
`
	at := len("      PolicyDocument:\n        ")
	n := ReadYAML(text, source.Span{Start: at, End: len(text)})
	docs := Documents(text, n)
	if len(docs) != 1 || len(docs[0].Statements) != 2 {
		t.Fatalf("docs %+v", docs)
	}
	s := docs[0].Statements[0]
	if !s.Deny() || s.Sid != "VpceOnly" || len(s.Action) != 2 || s.Action[1].Value != "s3:PutObject" {
		t.Errorf("statement %+v", s)
	}
	if len(s.Resource) != 2 || s.Resource[0].Value != "arn:aws:s3:::${ReportsBucket}/*" || s.Resource[1].Value != "${ReportsBucket.Arn}" {
		t.Errorf("resources %+v", s.Resource)
	}
	if len(s.Conditions) != 1 || s.Conditions[0].Key != "aws:SourceVpce" || s.Conditions[0].Values[0].Value != "${S3VpcEndpoint}" {
		t.Errorf("conditions %+v", s.Conditions)
	}
	if got := text[s.Resource[0].Span.Start:s.Resource[0].Span.End]; got != `!Sub "arn:${AWS::Partition}:s3:::${ReportsBucket}/*"` {
		t.Errorf("span %q", got)
	}
	if r := docs[0].Statements[1].Resource; len(r) != 1 || r[0].Value != "${Bucket}" {
		t.Errorf("second statement resource %+v", r)
	}
}

func TestIntrinsicAndCDK(t *testing.T) {
	text := `{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": {"Fn::Join": ["", ["arn:aws:s3:::", {"Ref": "B"}, "/*"]]}}]}`
	docs, _ := Parse(text, source.Span{Start: 0, End: len(text)})
	if len(docs) != 1 || docs[0].Statements[0].Resource[0].Value != "arn:aws:s3:::${B}/*" {
		t.Fatalf("Fn::Join: %+v", docs)
	}
	for _, code := range []string{
		"fn.addToRolePolicy(new iam.PolicyStatement({\n  effect: iam.Effect.DENY,\n  actions: ['s3:GetObject'],\n  resources: [bucket.arnForObjects('*')],\n}));",
		"role.add_to_policy(iam.PolicyStatement(\n    effect=iam.Effect.DENY,\n    actions=[\"s3:GetObject\"],\n    resources=[bucket.arn_for_objects(\"*\")],\n))",
	} {
		docs := CDKDocuments(code, source.Span{Start: 0, End: len(code)})
		if len(docs) != 1 {
			t.Fatalf("%q: %d documents", code, len(docs))
		}
		s := docs[0].Statements[0]
		if !s.Deny() || len(s.Action) != 1 || s.Action[0].Value != "s3:GetObject" || len(s.Resource) != 1 || s.Resource[0].Value != "arn:aws:s3:::${bucket}/*" {
			t.Errorf("%q: statement %+v %+v", code, s, s.Resource)
		}
	}
	// No effect: CDK's default is Allow.
	code := "new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] })"
	if docs := CDKDocuments(code, source.Span{Start: 0, End: len(code)}); len(docs) != 1 || docs[0].Statements[0].Deny() {
		t.Errorf("default effect: %+v", docs)
	}
}

// FuzzReadYAML: any text read as a YAML policy block gives no panic and
// spans inside the text.
func FuzzReadYAML(f *testing.F) {
	for _, s := range []string{
		"Statement:\n  - Effect: Allow\n    Action: [s3:GetObject]\n    Resource: !Sub 'arn:aws:s3:::${B}/*'\n",
		"Statement:\n- Effect: Deny\n  Condition:\n    StringNotEquals:\n      aws:SourceVpce: !Ref E\n",
		"Statement:\n  -\n  - 'x'\n  - [a, \"b\", 'c'\n", "Statement: #\n  \"k\": v\n", "- :\n", "a: [,,]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		n := ReadYAML(text, source.Span{Start: 0, End: len(text)})
		var walk func(n *Node, d int)
		walk = func(n *Node, d int) {
			if n == nil || d > 100 {
				return
			}
			if n.Span.Start < 0 || n.Span.End > len(text) || n.Span.Start > n.Span.End {
				t.Fatalf("span %v outside %d bytes", n.Span, len(text))
			}
			for _, f := range n.Fields {
				walk(f.Value, d+1)
			}
			for _, it := range n.Items {
				walk(it, d+1)
			}
		}
		walk(n, 0)
		Documents(text, n)
		CDKDocuments(text, source.Span{Start: 0, End: len(text)})
	})
}
