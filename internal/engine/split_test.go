package engine

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

func TestSplitMixed(t *testing.T) {
	paste := strings.Join([]string{
		"import boto3",
		"from botocore.config import Config",
		"",
		"s3 = boto3.client('s3')",
		"def handler(event, context):",
		"    url = s3.generate_presigned_url(",
		"        'get_object',",
		"",
		"        Params={'Bucket': 'b', 'Key': 'k'},",
		"        ExpiresIn=3600)",
		"    return url",
		"",
		"https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=700000",
		"",
		`<?xml version="1.0" encoding="UTF-8"?>`,
		"<Error><Code>SignatureDoesNotMatch</Code>",
		"<Message>The request signature we calculated does not match</Message>",
		"</Error>",
		"aws s3 presign s3://b/k \\",
		"   --expires-in 700000",
		"curl -X PUT -H 'Content-Type: text/plain' 'https://b.s3.amazonaws.com/k'",
		`{"Version": "2012-10-17",`,
		` "Statement": [{"Effect": "Deny", "Action": "s3:*",`,
		`   "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}}]}`,
		"[default]",
		"aws_access_key_id = AKIA_KEY_1",
		"so what is wrong here?",
	}, "\n")
	parts := Split(paste)
	var kinds []string
	for _, p := range parts {
		kinds = append(kinds, p.Kind)
	}
	want := "python presigned-url s3-error cli curl policy credentials text"
	if got := strings.Join(kinds, " "); got != want {
		for _, p := range parts {
			t.Logf("%s %q", p.Kind, paste[p.Span.Start:p.Span.End])
		}
		t.Fatalf("kinds = %s\nwant   %s", got, want)
	}
	if !strings.HasSuffix(paste[parts[0].Span.Start:parts[0].Span.End], "return url") {
		t.Fatalf("python part ends early: %q", paste[parts[0].Span.Start:parts[0].Span.End])
	}
}

func TestSplitEmptyAndBlank(t *testing.T) {
	if len(Split("")) != 0 || len(Split("\n\n  \n")) != 0 {
		t.Fatal("blank input must give no parts")
	}
}

// TestSplitPoliciesCommandsCurl checks the kinds of Terraform policies,
// get-bucket-policy output and commands behind Windows or user@host prompts.
func TestSplitPoliciesCommandsCurl(t *testing.T) {
	tests := []struct{ paste, want string }{
		{"resource \"aws_s3_bucket_policy\" \"b\" {\n  bucket = aws_s3_bucket.b.id\n  policy = <<POLICY\n{\"Statement\": [{\"Effect\": \"Deny\"}]}\nPOLICY\n}\n", "policy"},
		{"resource \"aws_iam_policy\" \"p\" {\n  policy = jsonencode({\n    Statement = [{ Effect = \"Allow\" }]\n  })\n}", "policy"},
		{"resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"demo\"\n}", "text"},
		{"data \"aws_iam_policy_document\" \"p\" {\n  statement {\n    actions = [\"s3:GetObject\"]\n  }\n}", "policy"},
		{"policy = <<EOF\n{\"Statement\": []}\nEOF", "policy text"},
		{"$ aws s3api get-bucket-policy --bucket b\n{\n    \"Policy\": \"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[]}\"\n}", "cli policy"},
		{"C:\\> curl.exe -X PUT ^\n  -H \"x-amz-acl: private\" ^\n  \"https://b.s3.amazonaws.com/k\"", "curl"},
		{"PS C:\\Users\\me> aws s3 presign s3://b/k `\n  --expires-in 60", "cli"},
		{"me@box:~/src$ curl -I 'https://b.s3.amazonaws.com/k'", "curl"},
		{"[ec2-user@ip-10-0-0-1 ~]$ aws s3 presign s3://b/k", "cli"},
		{"[profile signer]\nrole_arn = arn:aws:iam::111122223333:role/signer\nduration_seconds = 900\nsso_session = corp\n\naws s3 presign s3://b/k --profile signer", "credentials cli"},
	}
	for _, tt := range tests {
		var kinds []string
		for _, p := range Split(tt.paste) {
			kinds = append(kinds, p.Kind)
		}
		if got := strings.Join(kinds, " "); got != tt.want {
			t.Errorf("%q: kinds %s, want %s", tt.paste, got, tt.want)
		}
	}
}

// TestProseLine: sentences, log lines and exception messages are never
// Python, whatever regexp they happen to match; Python statements are.
func TestProseLine(t *testing.T) {
	prose := []string{
		"Attackers might be trying to steal your information from my.bucket.s3.eu-west-1.amazonaws.com (for example, passwords).",
		"software.amazon.awssdk.services.s3.model.S3Exception: Content-MD5 OR x-amz-checksum- HTTP header is required (Service: S3, Status Code: 400)",
		"requests.exceptions.SSLError: HTTPSConnectionPool(host='b.s3.amazonaws.com', port=443): Max retries exceeded with url: /k",
		`hostname "packages.example.com.s3.amazonaws.com" does not match the server certificate`,
		"Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource",
		"\tat software.amazon.awssdk.core.interceptor.ExecutionAttributes.putAttribute(ExecutionAttributes.java:75)",
	}
	for _, l := range prose {
		if !proseLine(l) {
			t.Errorf("proseLine(%q) = false, want true", l)
		}
	}
	code := []string{
		`s3 = boto3.client("s3", region_name="us-east-1")`,
		"except ClientError as e:",
		"from botocore.config import Config",
		"if x is not None and key not in seen:",
		"return [k for k in keys if k]",
		`print "signed url:", url`,
		"async def handler(event, context) -> dict:",
		"lambda x: x if x else None",
		`url = s3.generate_presigned_url("get_object", Params={"Bucket": b, "Key": k})  # works fine in the console`,
		`x = """a docstring with many words in it`,
		"global _session",
		"yield from chunks",
	}
	for _, l := range code {
		if proseLine(l) {
			t.Errorf("proseLine(%q) = true, want false", l)
		}
	}
}

// TestSplitErrorDumpNotPython: an exception's text after Python code, or a
// base64 digest line, is not read as Python.
func TestSplitErrorDumpNotPython(t *testing.T) {
	text := "s3 = boto3.client('s3')\nurl = s3.generate_presigned_url('get_object', Params=p)\n\n" +
		"botocore.exceptions.SSLError: SSL validation failed for https://a.b.s3.amazonaws.com/k hostname 'a.b.s3.amazonaws.com' doesn't match\n\n" +
		"XUFAKrxLKna5cZ2REBfFkg==\n"
	for _, p := range Split(text) {
		body := text[p.Span.Start:p.Span.End]
		if p.Kind == model.KindPython && (strings.Contains(body, "SSLError") || strings.Contains(body, "XUFAK")) {
			t.Errorf("part %q is python", body)
		}
	}
}

// TestSplitURLOpeningAStatement: a line whose URL is an argument of a call
// the next lines continue (fetch("https://…", {) is code, not a URL line,
// so the statement stays one part; a URL line with a label or closing
// punctuation stays a URL line.
func TestSplitURLOpeningAStatement(t *testing.T) {
	u := "https://b.s3.eu-west-1.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=abc"
	for _, c := range []struct {
		text string
		url  bool
	}{
		{"const res = await fetch(\"" + u + "\", {\n  headers: { Range: \"bytes=0-1\" },\n});\n", false},
		{"axios.put('" + u + "', file, {\n  headers: {'Content-Type': 'image/png'}\n})\n", false},
		{u + "\n", true},
		{"URL: " + u + "\n", true},
		{"fetch(\"" + u + "\")\n", true},
	} {
		parts := Split(c.text)
		if len(parts) == 0 {
			t.Fatalf("%q: no part", c.text)
		}
		if got := parts[0].Kind == model.KindURL; got != c.url {
			t.Errorf("%q: first part %s (%d parts), want url=%v", c.text, parts[0].Kind, len(parts), c.url)
		}
		if !c.url && len(parts) != 1 {
			t.Errorf("%q: %d parts, want the statement as one", c.text, len(parts))
		}
	}
}

// TestSplitHostIsNotPython: "s3." inside a host name (PowerShell's echo of
// the failed command) does not make a line Python; s3. as a name does.
func TestSplitHostIsNotPython(t *testing.T) {
	for text, python := range map[string]bool{
		"+ Invoke-WebRequest -Uri \"https://reports.s3.eu-west-1.amazon ...\n": false,
		"url = s3.generate_presigned_url('get_object', Params=p)\n":            true,
		"return self.s3.generate_presigned_url('get_object', Params=p)\n":      true,
	} {
		parts := Split(text)
		if got := len(parts) > 0 && parts[0].Kind == model.KindPython; got != python {
			t.Errorf("%q: python %v, want %v", text, got, python)
		}
	}
}

// TestSplitAWSConfigSections checks that the AWS config file's sections
// ([sso-session NAME], [services NAME]) and settings no list names stay
// one credentials part, not Python.
func TestSplitAWSConfigSections(t *testing.T) {
	text := "[profile dev]\nsso_session = acme\nregion = eu-west-1\n\n[sso-session acme]\nsso_start_url = https://acme.awsapps.com/start\nsso_registration_scopes = sso:account:access\n\n[services local]\ns3 =\n  endpoint_url = http://localhost:9000\n\ns3 = boto3.client(\"s3\")\n"
	parts := Split(text)
	if len(parts) != 2 || parts[0].Kind != model.KindCredentials || parts[1].Kind != model.KindPython {
		for _, p := range parts {
			t.Logf("%s %q", p.Kind, text[p.Span.Start:p.Span.End])
		}
		t.Fatalf("want credentials then python, got %d parts", len(parts))
	}
}
