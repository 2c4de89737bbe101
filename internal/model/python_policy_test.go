package model

import (
	"strings"
	"testing"
)

// TestPythonPolicies reads policies that Python code builds: inline in
// json.dumps, bound to a name first, and as a JSON string literal; a dict
// without Statement is not a policy.
func TestPythonPolicies(t *testing.T) {
	for _, c := range []struct {
		name, src        string
		docs, statements int
		action           string
	}{
		{"inline json.dumps", `import boto3, json
s3 = boto3.client('s3')
s3.put_bucket_policy(Bucket='demo', Policy=json.dumps({
    'Version': '2012-10-17',
    'Statement': [{'Effect': 'Deny', 'Principal': '*', 'Action': 's3:GetObject', 'Resource': 'arn:aws:s3:::demo/*',
                   'Condition': {'NotIpAddress': {'aws:SourceIp': ['203.0.113.0/24']}}}],
}))
`, 1, 1, "s3:GetObject"},
		{"bound to a name", `import json
policy = {
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Action": ["s3:PutObject"], "Resource": f"arn:aws:s3:::{BUCKET}/*"},
        {"Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": False}}},
    ],
}
iam.put_role_policy(RoleName='signer', PolicyName='p', PolicyDocument=json.dumps(policy))
`, 1, 2, "s3:PutObject"},
		{"JSON string literal", `s3.put_bucket_policy(Bucket='demo', Policy='{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::demo/*"}]}')
`, 1, 1, "s3:GetObject"},
		{"not a policy", `params = {'Bucket': 'demo', 'Key': 'a.txt'}
`, 0, 0, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := buildPython(c.src)
			if len(f.Policies) != c.docs {
				t.Fatalf("%d policies, want %d", len(f.Policies), c.docs)
			}
			if c.docs == 0 {
				return
			}
			d := f.Policies[0]
			if len(d.Statements) != c.statements {
				t.Fatalf("%d statements, want %d", len(d.Statements), c.statements)
			}
			a := d.Statements[0].Action
			if len(a) == 0 || a[0].Value != c.action {
				t.Fatalf("first action %+v, want %s", a, c.action)
			}
			if got := c.src[a[0].Span.Start:a[0].Span.End]; !strings.Contains(got, c.action) {
				t.Errorf("action span holds %q", got)
			}
		})
	}
}
