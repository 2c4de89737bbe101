package engine

import (
	"fmt"
	"strings"
	"testing"
)

// TestMixedPasteCoherent runs a paste that mixes boto3 code, a URL, an S3
// error body, a bucket policy and a curl line. The policy and curl checks
// must each say their part once, and no two findings may share a rule and a
// span (one cause, one finding).
func TestMixedPasteCoherent(t *testing.T) {
	url := rfURL("https", "3600", "host")
	paste := strings.Join([]string{
		"import boto3",
		"s3 = boto3.client('s3', region_name='eu-west-1')",
		"url = s3.generate_presigned_url('get_object', Params={'Bucket': 'demo', 'Key': 'a.txt'}, ExpiresIn=3600)",
		"",
		url,
		"",
		`<?xml version="1.0" encoding="UTF-8"?>`,
		"<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>",
		"",
		rfPolicy(
			`{"Sid": "OfficeOnly", "Effect": "Deny", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::demo/*", "Condition": {"NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}`,
			`{"Sid": "NoQueryAuth", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::demo/*", "Condition": {"StringEquals": {"s3:authType": "REST-QUERY-STRING"}}}`),
		"curl -X PUT -H 'x-amz-acl: public-read' '" + url + "'",
		"",
	}, "\n")
	resp := rfAnalyze(t, paste)
	var kinds []string
	for _, in := range resp.Inputs {
		kinds = append(kinds, in.Kind)
	}
	if got := strings.Join(kinds, " "); got != "python presigned-url s3-error policy curl" {
		t.Fatalf("parts %s", got)
	}
	want := map[string]string{
		"policy_network_condition":   `"aws:SourceIp"`,
		"policy_signature_condition": `"s3:authType"`,
		"signed_headers":             `'x-amz-acl: public-read'`,
		"method_mismatch":            "-X PUT",
	}
	for rule, span := range want {
		fs := rfFind(resp, rule)
		if len(fs) != 1 {
			t.Errorf("%s: %d findings, want 1", rule, len(fs))
			continue
		}
		if got := rfText(resp, fs[0].Start, fs[0].End); got != span {
			t.Errorf("%s on %q, want %q", rule, got, span)
		}
	}
	// The policy's explicit Denies carry conditions their own rules explain:
	// policy_missing_action must not repeat them.
	if fs := rfFind(resp, "policy_missing_action"); len(fs) != 0 {
		t.Errorf("policy_missing_action repeats a condition: %s", fs[0].Message)
	}
	seen := map[string]bool{}
	for _, f := range resp.Findings {
		k := fmt.Sprintf("%s@%d-%d", f.Rule, f.Start, f.End)
		if seen[k] {
			t.Errorf("duplicate finding %s on %q", f.Rule, rfText(resp, f.Start, f.End))
		}
		seen[k] = true
	}
	if len(resp.Triage) == 0 || !strings.Contains(resp.Triage[len(resp.Triage)-1].Command, "--bucket demo --key a.txt") {
		t.Errorf("triage: %+v", resp.Triage)
	}
}

// BenchmarkPolicyPaste measures Analyze on a presign command with a bucket
// policy of n statements, each with two conditions.
func BenchmarkPolicyPaste(b *testing.B) {
	for _, n := range []int{10, 1000} {
		var st []string
		for i := 0; i < n; i++ {
			st = append(st, fmt.Sprintf(`{"Sid": "S%d", "Effect": "Deny", "Principal": "*", "Action": ["s3:GetObject", "s3:Put*"], "Resource": "arn:aws:s3:::demo/p%d/*", "Condition": {"StringNotEqualsIfExists": {"aws:SourceVpce": ["vpce-%d"]}, "Bool": {"aws:SecureTransport": "false"}}}`, i, i, i))
		}
		input := rfPresign + rfPolicy(st...) + "curl -X PUT -H 'x-amz-acl: private' '" + rfURL("https", "3600", "content-type%3Bhost") + "'\n"
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(input)))
			for i := 0; i < b.N; i++ {
				if r := Analyze(Request{Input: input, Now: rfNow}); r.Error != "" {
					b.Fatal(r.Error)
				}
			}
		})
	}
}
