package model

import "testing"

func TestTargets(t *testing.T) {
	text := "aws s3 presign s3://demo/dir/a.txt --region eu-west-1\n"
	f := buildOne(KindCLI, text)
	ts := f.Targets()
	if len(ts) != 1 {
		t.Fatalf("targets %+v", ts)
	}
	tg := ts[0]
	if tg.Op != "get_object" || tg.Action != "s3:GetObject" || tg.Bucket != "demo" || tg.Key != "dir/a.txt" || tg.Region != "eu-west-1" || tg.ObjectARN() != "arn:aws:s3:::demo/dir/a.txt" {
		t.Errorf("target %+v", tg)
	}
	if tg.KMSAction() != "kms:Decrypt" {
		t.Errorf("kms action %s", tg.KMSAction())
	}
	if got := (Target{}).ObjectARN(); got != "arn:aws:s3:::*/*" {
		t.Errorf("unknown object ARN %s", got)
	}
}

func TestTargetsFromCurl(t *testing.T) {
	url := "https://demo.s3.eu-west-1.amazonaws.com/k.bin?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA_EXAMPLE_KEY_1%2F20240115%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-SignedHeaders=host"
	text := "curl -X PUT -H 'x-amz-server-side-encryption: aws:kms' -T k.bin '" + url + "'"
	f := buildOne(KindCurl, text)
	ts := f.Targets()
	if len(ts) != 1 || ts[0].Op != "put_object" || ts[0].Bucket != "demo" || ts[0].Key != "k.bin" || ts[0].Region != "eu-west-1" || !ts[0].KMS || ts[0].KMSAction() != "kms:GenerateDataKey" {
		t.Fatalf("targets %+v", ts)
	}
	if got := covered(f, ts[0].KMSSpan); got != "'x-amz-server-side-encryption: aws:kms'" {
		t.Errorf("kms evidence %q", got)
	}
	if len(f.Curls) != 1 || f.Curls[0].URL == nil || f.HTTPCalls[0].Method != "PUT" {
		t.Errorf("curl facts %+v", f.Curls)
	}
}

func TestCLIFacts(t *testing.T) {
	text := "aws sts assume-role --role-arn arn:aws:iam::111122223333:role/r --role-session-name s --duration-seconds 900\n" +
		"aws configure set aws_secret_access_key EXAMPLE_SECRET_ACCESS_KEY_1\naws configure set profile.dev.region eu-west-2\n" +
		"aws iam put-role-policy --role-name r --policy-name p --policy-document '{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}'\n"
	f := buildOne(KindCLI, text)
	if len(f.STSCalls) != 1 || f.STSCalls[0].Duration.Num != 900 || f.STSCalls[0].RoleARN.Str != "arn:aws:iam::111122223333:role/r" {
		t.Errorf("sts %+v", f.STSCalls)
	}
	if len(f.Credentials) != 1 || f.Credentials[0].Source != "cli" || covered(f, f.Credentials[0].Value.Span) != "EXAMPLE_SECRET_ACCESS_KEY_1" {
		t.Errorf("credentials %+v", f.Credentials)
	}
	if len(f.Settings) != 1 || f.Settings[0].Profile != "dev" || f.Settings[0].Value.Str != "eu-west-2" {
		t.Errorf("settings %+v", f.Settings)
	}
	if len(f.Policies) != 1 || len(f.Policies[0].Statements) != 1 {
		t.Errorf("inline policy %+v", f.Policies)
	}
	if len(f.Commands) != 4 {
		t.Errorf("commands %d", len(f.Commands))
	}
}

// TestKeyPattern: a key template's literal start is kept as a prefix
// pattern, so a policy on another prefix is seen not to cover it.
func TestKeyPattern(t *testing.T) {
	cases := []struct {
		v    *Value
		want string
	}{
		{&Value{Known: true, Str: "uploads/a.png"}, "uploads/a.png"},
		{&Value{Expr: `f"uploads/{name}"`}, "uploads/*"},
		{&Value{Expr: "`avatars/${user.id}.png`"}, "avatars/*"},
		{&Value{Expr: `f"{prefix}/x"`}, ""},
		{&Value{Expr: "key"}, ""},
		{nil, ""},
	}
	for _, c := range cases {
		if got := keyPattern(c.v); got != c.want {
			t.Errorf("keyPattern(%+v) = %q, want %q", c.v, got, c.want)
		}
	}
}

// TestJSObjectLiteralPolicy: a policy written as a JavaScript/TypeScript
// object literal (Pulumi's JSON.stringify, a const) is read as a policy.
func TestJSObjectLiteralPolicy(t *testing.T) {
	src := "const p = new aws.iam.RolePolicy(\"presign\", {\n  role: r.id,\n  policy: JSON.stringify({\n    Version: \"2012-10-17\",\n    Statement: [{ Effect: \"Allow\", Action: [\"s3:GetObject\"], Resource: \"arn:aws:s3:::b/*\" }],\n  }),\n});\n"
	f := buildOne(KindText, src)
	if len(f.Policies) != 1 || len(f.Policies[0].Statements) != 1 {
		t.Fatalf("policies = %d, want 1 with 1 statement", len(f.Policies))
	}
	if a := f.Policies[0].Statements[0].Action; len(a) != 1 || a[0].Value != "s3:GetObject" {
		t.Errorf("action = %+v", a)
	}
}
