package engine

import (
	"strings"
	"testing"
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
