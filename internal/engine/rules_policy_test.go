package engine

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// These engine-level tests run whole pastes through Analyze and check the
// findings of the policy, CLI and curl checks: which fire, where they point
// and that they stay silent when they should.

const rfNow = "2024-01-15T14:30:00Z"

// rfURL is a SigV4 presigned GET URL with the given scheme, expiry and
// signed headers.
func rfURL(scheme, expires, signed string) string {
	return scheme + "://demo.s3.eu-west-1.amazonaws.com/a.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256" +
		"&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Feu-west-1%2Fs3%2Faws4_request" +
		"&X-Amz-Date=20240115T140000Z&X-Amz-Expires=" + expires + "&X-Amz-SignedHeaders=" + signed +
		"&X-Amz-Signature=" + strings.Repeat("ab", 32)
}

func rfAnalyze(t *testing.T, input string) Response {
	t.Helper()
	resp := Analyze(Request{Input: input, Now: rfNow})
	if resp.Error != "" {
		t.Fatalf("error: %s", resp.Error)
	}
	return resp
}

// rfText returns the redacted text a UTF-16 range covers.
func rfText(resp Response, start, end int) string {
	u := utf16.Encode([]rune(resp.Redacted))
	if start < 0 || end > len(u) || start > end {
		return "<out of bounds>"
	}
	return string(utf16.Decode(u[start:end]))
}

func rfFind(resp Response, rule string) []Finding {
	var out []Finding
	for _, f := range resp.Findings {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

// rfCase is a paste and what one rule must say about it: nothing (fires
// false), or a finding whose span covers span and whose message holds every
// string of says.
type rfCase struct {
	name  string
	input string
	fires bool
	span  string
	says  []string
	not   []string
}

func rfRun(t *testing.T, rule string, cases []rfCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp := rfAnalyze(t, c.input)
			fs := rfFind(resp, rule)
			if !c.fires {
				for _, f := range fs {
					t.Errorf("%s fired on %q: %s", rule, rfText(resp, f.Start, f.End), f.Message)
				}
				return
			}
			if len(fs) == 0 {
				var got []string
				for _, f := range resp.Findings {
					got = append(got, f.Rule)
				}
				t.Fatalf("%s did not fire (findings: %v)", rule, got)
			}
			var hit *Finding
			for i := range fs {
				if rfText(resp, fs[i].Start, fs[i].End) == c.span {
					hit = &fs[i]
				}
			}
			if hit == nil {
				for _, f := range fs {
					t.Logf("finding on %q: %s", rfText(resp, f.Start, f.End), f.Message)
				}
				t.Fatalf("no %s finding on %q", rule, c.span)
			}
			for _, s := range c.says {
				if !strings.Contains(hit.Message, s) {
					t.Errorf("message lacks %q: %s", s, hit.Message)
				}
			}
			for _, s := range c.not {
				if strings.Contains(hit.Message, s) {
					t.Errorf("message should not say %q: %s", s, hit.Message)
				}
			}
			if strings.HasSuffix(hit.Message, ".") || hit.Message != strings.ToLower(hit.Message[:1])+hit.Message[1:] {
				t.Errorf("message style: %q", hit.Message)
			}
		})
	}
}

// rfPolicy wraps statements into a policy document.
func rfPolicy(statements ...string) string {
	return "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    " + strings.Join(statements, ",\n    ") + "\n  ]\n}\n"
}

const rfPresign = "aws s3 presign s3://demo/a.txt --region eu-west-1 --expires-in 3600\n\n"

func TestPolicyMFACondition(t *testing.T) {
	rfRun(t, "policy_mfa_condition", []rfCase{
		{name: "deny BoolIfExists false stops long-term keys",
			input: rfPresign + rfPolicy(`{"Sid": "RequireMFA", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::demo/*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}`),
			fires: true, span: `"aws:MultiFactorAuthPresent"`,
			says: []string{`the Deny statement "RequireMFA" denies s3:GetObject`, "long-term access keys", "without MFA", "AccessDenied (403)", "not SignatureDoesNotMatch"}},
		{name: "deny Bool false misses long-term keys",
			input: rfPolicy(`{"Effect": "Deny", "Action": "s3:GetObject", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}}`),
			fires: true, span: `"aws:MultiFactorAuthPresent"`,
			says: []string{"temporary credentials obtained without MFA"}, not: []string{"long-term"}},
		{name: "allow only with MFA",
			input: rfPresign + rfPolicy(`{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::demo/*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}`),
			fires: true, span: `"aws:MultiFactorAuthPresent"`,
			says: []string{"does not allow s3:GetObject", "long-term access keys"}},
		{name: "MFA age",
			input: rfPolicy(`{"Effect": "Deny", "Action": "s3:GetObject", "Resource": "*", "Condition": {"NumericGreaterThanIfExists": {"aws:MultiFactorAuthAge": "3600"}}}`),
			fires: true, span: `"aws:MultiFactorAuthAge"`, says: []string{"probably measured when the URL is used"}},
		{name: "terraform jsonencode",
			input: "resource \"aws_iam_policy\" \"signer\" {\n  policy = jsonencode({\n    Statement = [{\n      Effect = \"Deny\"\n      Action = \"s3:*\"\n      Resource = \"*\"\n      Condition = { BoolIfExists = { \"aws:MultiFactorAuthPresent\" = \"false\" } }\n    }]\n  })\n}\n",
			fires: true, span: `"aws:MultiFactorAuthPresent"`},
		{name: "MFA on IAM actions only is silent",
			input: rfPresign + rfPolicy(`{"Effect": "Deny", "Action": "iam:*", "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}`)},
		{name: "MFA on another bucket is silent",
			input: rfPresign + rfPolicy(`{"Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::other/*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}`)},
		{name: "deny when MFA present is silent",
			input: rfPolicy(`{"Effect": "Deny", "Action": "s3:GetObject", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}`)},
	})
}

func TestPolicyNetworkCondition(t *testing.T) {
	https, http := rfURL("https", "3600", "host"), rfURL("http", "3600", "host")
	secure := rfPolicy(`{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": ["arn:aws:s3:::demo", "arn:aws:s3:::demo/*"], "Condition": {"Bool": {"aws:SecureTransport": "false"}}}`)
	rfRun(t, "policy_network_condition", []rfCase{
		{name: "SourceVpc deny",
			input: rfPresign + rfPolicy(`{"Effect": "Deny", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::demo/*", "Condition": {"StringNotEquals": {"aws:SourceVpc": "vpc-111bbb22"}}}`),
			fires: true, span: `"aws:SourceVpc"`, says: []string{"carries no aws:SourceVpc", "whoever uses the presigned URL", "AccessDenied (403)"}},
		{name: "SourceVpce deny with a principal exception",
			input: rfPolicy(`{"Effect": "Deny", "Principal": "*", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}, "ArnNotEquals": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/admin"}}}`),
			fires: true, span: `"aws:SourceVpce"`, says: []string{"only when its other conditions on aws:PrincipalArn hold too"}},
		{name: "SourceVpce allow",
			input: rfPolicy(`{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}}`),
			fires: true, span: `"aws:SourceVpce"`, says: []string{"does not allow"}},
		{name: "terraform policy document",
			input: "data \"aws_iam_policy_document\" \"bucket\" {\n  statement {\n    effect    = \"Deny\"\n    actions   = [\"s3:*\"]\n    resources = [\"${aws_s3_bucket.demo.arn}/*\"]\n    principals {\n      type        = \"*\"\n      identifiers = [\"*\"]\n    }\n    condition {\n      test     = \"StringNotEquals\"\n      variable = \"aws:SourceVpce\"\n      values   = [\"vpce-1a2b3c4d\"]\n    }\n  }\n}\n",
			fires: true, span: `"aws:SourceVpce"`, says: []string{"carries no aws:SourceVpce"}},
		{name: "SourceIp allow",
			input: rfPolicy(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}}}`),
			fires: true, span: `"aws:SourceIp"`, says: []string{"allows only requests from 203.0.113.0/24"}},
		{name: "SourceIp deny outside",
			input: rfPolicy(`{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"NotIpAddress": {"aws:SourceIp": "198.51.100.7/32"}}}`),
			fires: true, span: `"aws:SourceIp"`, says: []string{"outside 198.51.100.7/32 are denied"}},
		{name: "SecureTransport with an http URL", input: http + "\n\n" + secure,
			fires: true, span: `"aws:SecureTransport"`, says: []string{"http:// URL"}},
		{name: "SecureTransport with an https URL is silent", input: https + "\n\n" + secure},
		{name: "SecureTransport without a URL is silent", input: secure},
		{name: "RequestedRegion is not a network condition",
			input: rfPresign + rfPolicy(`{"Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["us-east-1"]}}}`)},
	})
}

func TestPolicySignatureCondition(t *testing.T) {
	rfRun(t, "policy_signature_condition", []rfCase{
		{name: "authType deny query string",
			input: rfPolicy(`{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::demo/*", "Condition": {"StringEquals": {"s3:authType": "REST-QUERY-STRING"}}}`),
			fires: true, span: `"s3:authType"`, says: []string{`s3:authType "REST-QUERY-STRING"`, "denies", "AccessDenied (403)"}},
		{name: "authType allow header only",
			input: rfPresign + rfPolicy(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::demo/*", "Condition": {"StringEquals": {"s3:authType": "REST-HEADER"}}}`),
			fires: true, span: `"s3:authType"`, says: []string{"does not allow s3:GetObject"}},
		{name: "authType deny header is silent",
			input: rfPolicy(`{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"StringEquals": {"s3:authType": "REST-HEADER"}}}`)},
		{name: "signatureAge shorter than the expiry",
			input: rfPresign + rfPolicy(`{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::demo/*", "Condition": {"NumericGreaterThan": {"s3:signatureAge": "600000"}}}`),
			fires: true, span: `"s3:signatureAge"`, says: []string{"stops working 10 minutes after signing", "the paste asks for 1 hour"}},
		{name: "signatureAge as a lower bound is silent",
			input: rfPolicy(`{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"NumericLessThan": {"s3:signatureAge": "600000"}}}`)},
		{name: "signatureversion with a SigV2 URL",
			input: "https://demo.s3.amazonaws.com/a.txt?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1705332600&Signature=abc%3D\n\n" +
				rfPolicy(`{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"StringNotEquals": {"s3:signatureversion": "AWS4-HMAC-SHA256"}}}`),
			fires: true, span: `"s3:signatureversion"`, says: []string{"SigV2 URL"}},
		{name: "signatureversion with a SigV4 URL is silent",
			input: rfURL("https", "3600", "host") + "\n\n" +
				rfPolicy(`{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"StringNotEquals": {"s3:signatureversion": "AWS4-HMAC-SHA256"}}}`)},
		{name: "escaped get-bucket-policy output",
			input: "$ aws s3api get-bucket-policy --bucket demo\n{\n    \"Policy\": \"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Deny\\\",\\\"Principal\\\":\\\"*\\\",\\\"Action\\\":\\\"s3:GetObject\\\",\\\"Resource\\\":\\\"arn:aws:s3:::demo/*\\\",\\\"Condition\\\":{\\\"StringEquals\\\":{\\\"s3:authType\\\":\\\"REST-QUERY-STRING\\\"}}}]}\"\n}\n",
			fires: true, span: `\"s3:authType\"`},
	})
}

func TestPolicyMissingAction(t *testing.T) {
	identity := func(stmts ...string) string { return rfPresign + rfPolicy(stmts...) }
	rfRun(t, "policy_missing_action", []rfCase{
		{name: "no allow for GetObject",
			input: identity(`{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::demo/*"}`),
			fires: true, span: `"Action": "s3:PutObject"`, says: []string{"no Allow statement of this identity policy grants s3:GetObject on arn:aws:s3:::demo/a.txt", "AccessDenied (403)"}},
		{name: "bucket ARN instead of object ARN",
			input: identity(`{"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": "arn:aws:s3:::demo"}`),
			fires: true, span: `"Resource": "arn:aws:s3:::demo"`, says: []string{"the bucket's ARN", "arn:aws:s3:::demo/*"}},
		{name: "wildcard action allows", input: identity(`{"Effect": "Allow", "Action": "s3:Get*", "Resource": "arn:aws:s3:::demo/*"}`)},
		{name: "NotAction allows", input: identity(`{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}`)},
		{name: "explicit deny",
			input: rfPresign + rfPolicy(`{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/app"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::demo/*"}`,
				`{"Sid": "NoReads", "Effect": "Deny", "Principal": "*", "Action": "s3:Get*", "Resource": "arn:aws:s3:::demo/*"}`),
			fires: true, span: `"Deny"`, says: []string{`the Deny statement "NoReads" denies s3:GetObject`, "with no condition", "explicit Deny wins"}},
		{name: "deny NotAction covering GetObject",
			input: identity(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}`, `{"Effect": "Deny", "NotAction": ["s3:PutObject"], "Resource": "*"}`),
			fires: true, span: `"Deny"`},
		{name: "deny of another action is silent",
			input: identity(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}`, `{"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}`)},
		{name: "RequestedRegion deny matches the bucket's region",
			input: identity(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}`, `{"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["us-east-1", "us-west-2"]}}}`),
			fires: true, span: `"Deny"`, says: []string{"aws:RequestedRegion is the region the request is sent to", "not where its user is", `"eu-west-1"`}},
		{name: "RequestedRegion deny for other regions is silent",
			input: identity(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}`, `{"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1"]}}}`)},
		{name: "deny with an MFA condition is left to its rule",
			input: identity(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}`, `{"Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}`)},
		{name: "SSE-KMS without kms:Decrypt",
			input: identity(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::demo/*"}`) + "curl -H 'x-amz-server-side-encryption: aws:kms' '" + rfURL("https", "3600", "host") + "'\n",
			fires: true, span: `"Action": "s3:GetObject"`, says: []string{"kms:Decrypt", "SSE-KMS"}},
		{name: "SSE-KMS with kms:Decrypt",
			input: identity(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::demo/*"}`, `{"Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": "arn:aws:kms:eu-west-1:111122223333:key/abcd"}`) +
				"curl -H 'x-amz-server-side-encryption: aws:kms' '" + rfURL("https", "3600", "host") + "'\n"},
		{name: "boto3 SSE-KMS upload without kms:GenerateDataKey",
			input: "import boto3\ns3 = boto3.client('s3', region_name='eu-west-1')\nurl = s3.generate_presigned_url('put_object', Params={'Bucket': 'demo', 'Key': 'up/a.txt', 'ServerSideEncryption': 'aws:kms'}, ExpiresIn=600)\n\n" +
				rfPolicy(`{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::demo/up/*"}`),
			fires: true, span: `"Action": "s3:PutObject"`, says: []string{"kms:GenerateDataKey", "presigned PUT"}},
		{name: "a policy about other services is silent",
			input: identity(`{"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"}`)},
		{name: "no operation in the paste is silent",
			input: rfPolicy(`{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::demo/*"}`)},
	})
}

func TestPolicyOverbroad(t *testing.T) {
	rfRun(t, "policy_overbroad", []rfCase{
		{name: "s3:* on *",
			input: rfPolicy(`{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}`),
			fires: true, span: `"s3:*"`, says: []string{`Action "s3:*"`, `Resource "*"`}},
		{name: "NotAction",
			input: rfPolicy(`{"Effect": "Allow", "NotAction": "iam:*", "Resource": "arn:aws:s3:::demo/*"}`),
			fires: true, span: `"NotAction": "iam:*"`},
		{name: "AmazonS3FullAccess attached",
			input: "aws iam attach-role-policy --role-name signer --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess\n",
			fires: true, span: "arn:aws:iam::aws:policy/AmazonS3FullAccess"},
		{name: "one action on one prefix is silent",
			input: rfPolicy(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::demo/public/*"}`)},
		{name: "deny s3:* is silent",
			input: rfPolicy(`{"Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}`)},
	})
}
