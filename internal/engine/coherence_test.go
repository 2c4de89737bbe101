package engine

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules/all"
)

// byteEdits converts a response fix's UTF-16 edits to byte edits of the
// redacted text; ok is false when an offset is out of bounds or splits a
// character.
func byteEdits(redacted string, fx Fix) ([]diff.Edit, bool) {
	at := map[int]int{} // UTF-16 offset → byte offset
	u := 0
	for i, r := range redacted {
		at[u] = i
		u += len(utf16.Encode([]rune{r}))
	}
	at[u] = len(redacted)
	var out []diff.Edit
	for _, e := range fx.Edits {
		s, ok1 := at[e.Start]
		t, ok2 := at[e.End]
		if !ok1 || !ok2 || s > t {
			return nil, false
		}
		out = append(out, diff.Edit{Start: s, End: t, New: e.New})
	}
	return out, true
}

// applyResponseFix applies a fix of a response to its redacted text.
func applyResponseFix(t *testing.T, resp Response, fx Fix) string {
	t.Helper()
	es, ok := byteEdits(resp.Redacted, fx)
	if !ok {
		t.Fatalf("fix %q has edits out of bounds: %+v", fx.Message, fx.Edits)
	}
	out, err := diff.Apply(resp.Redacted, es)
	if err != nil {
		t.Fatalf("fix %q does not apply: %v", fx.Message, err)
	}
	return out
}

// coURL is a SigV4 presigned URL for the host and path, scoped to region,
// with extra query parameters before the signature.
func coURL(host, path, keyID, region, expires, signed, extra string) string {
	return "https://" + host + path + "?X-Amz-Algorithm=AWS4-HMAC-SHA256" +
		"&X-Amz-Credential=" + keyID + "%2F20240115%2F" + region + "%2Fs3%2Faws4_request" +
		"&X-Amz-Date=20240115T140000Z&X-Amz-Expires=" + expires + "&X-Amz-SignedHeaders=" + signed + extra +
		"&X-Amz-Signature=" + strings.Repeat("3c", 32)
}

// coherencePastes are realistic mixed pastes, as users bring them to the
// page: code, the URL it printed, S3's answer, a policy, the curl line.
// once lists rules that must give exactly one finding, never rules the
// rest of the paste contradicts (global_endpoint when the printed URL is on
// the regional host, sigv2_signature when it is SigV4), errors rules whose
// findings must be errors (the paste shows the request failing).
var coherencePastes = []struct {
	name   string
	input  string
	once   []string
	never  []string
	errors []string
}{
	{
		name: "boto3 + URL on the global host + region error + policy + curl",
		input: strings.Join([]string{
			"import boto3",
			"s3 = boto3.client('s3', region_name='us-east-1')",
			"url = s3.generate_presigned_url('get_object', Params={'Bucket': 'reports-eu', 'Key': 'q1.pdf'}, ExpiresIn=3600)",
			"print(url)",
			"",
			coURL("reports-eu.s3.amazonaws.com", "/q1.pdf", "AKIAIOSFODNN7EXAMPLE", "us-east-1", "3600", "host", ""),
			"",
			`<?xml version="1.0" encoding="UTF-8"?>`,
			"<Error><Code>AuthorizationQueryParametersError</Code><Message>Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'eu-central-1'</Message><Region>eu-central-1</Region><RequestId>4442587FB7D0A2F9</RequestId></Error>",
			"",
			`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/signer"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports-eu/*", "Condition": {"IpAddress": {"aws:SourceIp": "198.51.100.0/24"}}}]}`,
			"",
			"curl -o q1.pdf '" + coURL("reports-eu.s3.amazonaws.com", "/q1.pdf", "AKIAIOSFODNN7EXAMPLE", "us-east-1", "3600", "host", "") + "'",
			"",
		}, "\n"),
		once: []string{"region_mismatch", "policy_network_condition"},
	},
	{
		name: "CLI + assume-role output + URL with a token, expiry past the session",
		input: strings.Join([]string{
			"$ aws sts assume-role --role-arn arn:aws:iam::111122223333:role/signer --role-session-name presign --duration-seconds 900",
			"{",
			`    "Credentials": {`,
			`        "AccessKeyId": "ASIAIOSFODNN7EXAMPLE",`,
			`        "SecretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",`,
			`        "SessionToken": "FwoGZXIvYXdzEXAMPLETOKENFwoGZXIvYXdzEXAMPLETOKEN",`,
			`        "Expiration": "2024-01-15T14:15:00+00:00"`,
			"    }",
			"}",
			"$ aws s3 presign s3://demo/a.txt --expires-in 86400 --region eu-west-1",
			coURL("demo.s3.eu-west-1.amazonaws.com", "/a.txt", "ASIAIOSFODNN7EXAMPLE", "eu-west-1", "86400", "host", "&X-Amz-Security-Token=FwoGZXIvYXdzEXAMPLETOKENFwoGZXIvYXdzEXAMPLETOKEN"),
			"",
			"<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message></Error>",
			"",
		}, "\n"),
		once: []string{"expiry_exceeds_session"},
	},
	{
		name: "signed Content-Type, curl sends another, S3's SignatureDoesNotMatch",
		input: strings.Join([]string{
			"import boto3",
			"from botocore.config import Config",
			"s3 = boto3.client('s3', region_name='us-east-1', config=Config(signature_version='s3v4'))",
			"url = s3.generate_presigned_url('put_object', Params={'Bucket': 'user-avatars', 'Key': 'u/42.png', 'ContentType': 'image/png'}, ExpiresIn=600)",
			"",
			"curl -X PUT -H 'Content-Type: image/jpeg' --upload-file 42.png '" + coURL("user-avatars.s3.us-east-1.amazonaws.com", "/u/42.png", "AKIAIOSFODNN7EXAMPLE", "us-east-1", "600", "content-type%3Bhost", "") + "'",
			"",
			"<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><CanonicalRequest>PUT",
			"/u/42.png",
			"X-Amz-Algorithm=AWS4-HMAC-SHA256&amp;X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&amp;X-Amz-Date=20240115T140000Z&amp;X-Amz-Expires=600&amp;X-Amz-SignedHeaders=content-type%3Bhost",
			"content-type:image/jpeg",
			"host:user-avatars.s3.us-east-1.amazonaws.com",
			"",
			"content-type;host",
			"UNSIGNED-PAYLOAD</CanonicalRequest></Error>",
			"",
		}, "\n"),
		once:   []string{"signed_headers"},
		errors: []string{"signed_headers", "signature_mismatch"},
	},
	{
		name: "hard-coded keys, SigV2 URL, InvalidRequest",
		input: strings.Join([]string{
			"import boto3",
			"s3 = boto3.client(",
			"    's3',",
			"    aws_access_key_id='AKIAIOSFODNN7EXAMPLE',",
			"    aws_secret_access_key='wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',",
			"    config=Config(signature_version='s3'),",
			")",
			"url = s3.generate_presigned_url('get_object', Params={'Bucket': 'kms-docs', 'Key': 'a.pdf'}, ExpiresIn=900)",
			"",
			"https://kms-docs.s3.amazonaws.com/a.pdf?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Signature=dGhpcyBpcyBub3QgYSByZWFsIHNpZw%3D%3D&Expires=1705330800",
			"",
			"<Error><Code>InvalidRequest</Code><Message>The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.</Message></Error>",
			"",
		}, "\n"),
		once: []string{"sigv2_signature"},
	},
	{
		name: "get_object URL PUT by requests and curl, S3 saw PUT, MFA policy",
		input: strings.Join([]string{
			"import boto3, requests",
			"s3 = boto3.client('s3', region_name='us-west-2', config=Config(signature_version='s3v4'))",
			"url = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'photos/cat.jpg'}, ExpiresIn=3600)",
			"requests.put(url, data=open('cat.jpg', 'rb'))",
			"",
			"curl -X PUT -T cat.jpg '" + coURL("b.s3.us-west-2.amazonaws.com", "/photos/cat.jpg", "AKIAIOSFODNN7EXAMPLE", "us-west-2", "3600", "host", "") + "'",
			"",
			"<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><CanonicalRequest>PUT",
			"/photos/cat.jpg",
			"X-Amz-Algorithm=AWS4-HMAC-SHA256&amp;X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Fus-west-2%2Fs3%2Faws4_request&amp;X-Amz-Date=20240115T140000Z&amp;X-Amz-Expires=3600&amp;X-Amz-SignedHeaders=host",
			"host:b.s3.us-west-2.amazonaws.com",
			"",
			"host",
			"UNSIGNED-PAYLOAD</CanonicalRequest></Error>",
			"",
			`{"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}]}`,
			"",
		}, "\n"),
		once:   []string{"method_mismatch", "policy_mfa_condition"},
		errors: []string{"method_mismatch", "signature_mismatch"},
		never:  []string{"global_endpoint"},
	},
	{
		name: "MinIO endpoint, URL for the internal host, curl from outside",
		input: strings.Join([]string{
			"import boto3",
			"s3 = boto3.client('s3', endpoint_url='http://minio:9000', region_name='us-east-1', aws_access_key_id='minioadmin', aws_secret_access_key='minioadmin')",
			"url = s3.generate_presigned_url('put_object', Params={'Bucket': 'uploads', 'Key': 'f.bin'}, ExpiresIn=3600)",
			"url = url.replace('http://minio:9000', 'https://files.example.com')",
			"",
			"curl -X PUT -T f.bin 'https://files.example.com/uploads/f.bin?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=minioadmin%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T140000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=" + strings.Repeat("3c", 32) + "'",
			"",
			"<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message></Error>",
			"",
		}, "\n"),
		once: []string{"custom_endpoint", "host_rewritten"},
	},
	{
		name: "expired URL, its error, code signing a week with assumed-role credentials",
		input: strings.Join([]string{
			"import boto3",
			"sts = boto3.client('sts')",
			"creds = sts.assume_role(RoleArn='arn:aws:iam::111122223333:role/signer', RoleSessionName='s')['Credentials']",
			"s3 = boto3.client('s3', region_name='eu-west-1', aws_access_key_id=creds['AccessKeyId'], aws_secret_access_key=creds['SecretAccessKey'], aws_session_token=creds['SessionToken'])",
			"url = s3.generate_presigned_url('get_object', Params={'Bucket': 'demo', 'Key': 'a.txt'}, ExpiresIn=604800)",
			"",
			coURL("demo.s3.eu-west-1.amazonaws.com", "/a.txt", "ASIAIOSFODNN7EXAMPLE", "eu-west-1", "60", "host", "&X-Amz-Security-Token=FwoGZXIvYXdzEXAMPLETOKENFwoGZXIvYXdzEXAMPLETOKEN"),
			"",
			"<Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>60</X-Amz-Expires><Expires>2024-01-15T14:01:00Z</Expires><ServerTime>2024-01-15T14:30:00Z</ServerTime></Error>",
			"",
		}, "\n"),
		once:  []string{"url_expired", "expiry_exceeds_session"},
		never: []string{"global_endpoint", "sigv2_signature"},
	},
	{
		name: "bucket policy built in the code denies http, the URL is http, AccessDenied",
		input: strings.Join([]string{
			"import boto3, json",
			"s3 = boto3.client('s3', region_name='eu-west-1', config=Config(signature_version='s3v4'))",
			"s3.put_bucket_policy(Bucket='demo', Policy=json.dumps({'Version': '2012-10-17', 'Statement': [{'Effect': 'Deny', 'Principal': '*', 'Action': 's3:*', 'Resource': ['arn:aws:s3:::demo', 'arn:aws:s3:::demo/*'], 'Condition': {'Bool': {'aws:SecureTransport': 'false'}}}]}))",
			"url = s3.generate_presigned_url('get_object', Params={'Bucket': 'demo', 'Key': 'a.txt'}, ExpiresIn=3600)",
			"",
			strings.Replace(coURL("demo.s3.eu-west-1.amazonaws.com", "/a.txt", "AKIAIOSFODNN7EXAMPLE", "eu-west-1", "3600", "host", ""), "https://", "http://", 1),
			"",
			"<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>",
			"",
		}, "\n"),
		once:  []string{"policy_network_condition"},
		never: []string{"policy_missing_action"}, // the same Deny, explained once
	},
	{
		name: "URL with a tracking parameter added, S3's canonical request with it",
		input: strings.Join([]string{
			coURL("demo.s3.eu-west-1.amazonaws.com", "/a.txt", "AKIAIOSFODNN7EXAMPLE", "eu-west-1", "3600", "host", "") + "&utm_source=mail",
			"",
			"<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><CanonicalRequest>GET",
			"/a.txt",
			"X-Amz-Algorithm=AWS4-HMAC-SHA256&amp;X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Feu-west-1%2Fs3%2Faws4_request&amp;X-Amz-Date=20240115T140000Z&amp;X-Amz-Expires=3600&amp;X-Amz-SignedHeaders=host&amp;utm_source=mail",
			"host:demo.s3.eu-west-1.amazonaws.com",
			"",
			"host",
			"UNSIGNED-PAYLOAD</CanonicalRequest></Error>",
			"",
		}, "\n"),
		once: []string{"query_modified", "signature_mismatch"},
	},
	{
		name: "aws s3 presign without region + URL + region error + identity policy without the action",
		input: strings.Join([]string{
			"aws s3 presign s3://logs-ap/app.log --expires-in 3600",
			coURL("logs-ap.s3.us-east-1.amazonaws.com", "/app.log", "AKIAIOSFODNN7EXAMPLE", "us-east-1", "3600", "host", ""),
			"",
			"<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.</Message><Endpoint>logs-ap.s3.ap-southeast-2.amazonaws.com</Endpoint><Bucket>logs-ap</Bucket></Error>",
			"",
			`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:ListBucket"], "Resource": "arn:aws:s3:::logs-ap"}]}`,
			"",
		}, "\n"),
		once: []string{"region_mismatch"},
	},
}

// regionClaims returns the bucket regions a finding's message and fixes
// assert: "expecting 'X'", "the bucket is in X", "for a bucket in X",
// region_name='X' and --region X in fixes.
func regionClaims(f Finding) []string {
	var out []string
	texts := []string{f.Message}
	for _, fx := range f.Fixes {
		texts = append(texts, fx.Message)
		for _, e := range fx.Edits {
			texts = append(texts, e.New)
		}
	}
	for _, s := range texts {
		for _, m := range regionClaimRE.FindAllStringSubmatch(s, -1) {
			for _, g := range m[1:] {
				if g != "" {
					out = append(out, g)
				}
			}
		}
	}
	return out
}

var regionClaimRE = regexp.MustCompile(`expecting '([a-z0-9-]+)'|the bucket is in ([a-z]{2}-[a-z]+-\d)|for a bucket in ([a-z]{2}-[a-z]+-\d)|region_name='([a-z]{2}-[a-z]+-\d)'|--region ([a-z]{2}-[a-z]+-\d)`)

// checkCoherent checks what every response must hold together: spans in
// the redacted text, fixes that apply, valid severities, one finding per
// cause, and no two findings telling different bucket regions.
func checkCoherent(t *testing.T, resp Response) {
	t.Helper()
	n := len(utf16.Encode([]rune(resp.Redacted)))
	inBounds := func(s, e int) bool { return 0 <= s && s <= e && e <= n }
	type place struct {
		rule       string
		start, end int
	}
	owner := map[place]int{}
	before := -1 // Python syntax problems of the paste, computed once
	regions := map[string][]string{}
	for i, f := range resp.Findings {
		where := fmt.Sprintf("%s on %q", f.Rule, rfText(resp, f.Start, f.End))
		if !inBounds(f.Start, f.End) {
			t.Errorf("%s: span [%d,%d) outside the redacted text of %d units", f.Rule, f.Start, f.End, n)
			continue
		}
		if f.Start == f.End && n > 0 && f.Rule != "syntax" { // a syntax problem may sit at the end of input
			t.Errorf("%s: empty span", where)
		}
		if all.Lookup(f.Rule) == nil {
			t.Errorf("%s: not a catalog rule", where)
		}
		switch f.Severity {
		case "error", "warning", "info":
		default:
			t.Errorf("%s: severity %q", where, f.Severity)
		}
		if f.Message == "" || strings.HasSuffix(f.Message, ".") || capitalized(f.Message) {
			t.Errorf("%s: message style: %q", where, f.Message)
		}
		// One cause, one finding: two findings of one rule never point at
		// the same place (related spans may be shared: they are context).
		for _, r := range f.Related {
			if !inBounds(r.Start, r.End) {
				t.Errorf("%s: related span [%d,%d) out of bounds", where, r.Start, r.End)
			}
		}
		k := place{f.Rule, f.Start, f.End}
		if j, ok := owner[k]; ok && j != i {
			t.Errorf("two %s findings on %q:\n  %s\n  %s", f.Rule, rfText(resp, f.Start, f.End), resp.Findings[j].Message, f.Message)
		}
		owner[k] = i
		for _, fx := range f.Fixes {
			if fx.Message == "" {
				t.Errorf("%s: a fix without a message", where)
			}
			if len(fx.Edits) == 0 {
				continue
			}
			es, ok := byteEdits(resp.Redacted, fx)
			if !ok {
				t.Errorf("%s: fix %q has edits out of bounds: %+v", where, fx.Message, fx.Edits)
				continue
			}
			out, err := diff.Apply(resp.Redacted, es)
			if err != nil {
				t.Errorf("%s: fix %q does not apply: %v", where, fx.Message, err)
				continue
			}
			// Each fix alone keeps Python that reads without problems so.
			if before < 0 {
				before = pyProblems(resp.Redacted, model.Build(resp.Redacted, Split(resp.Redacted), testNow))
			}
			if after := pyProblems(out, model.Build(out, Split(out), testNow)); before == 0 && after > 0 {
				t.Errorf("%s: fix %q adds Python syntax problems (%d → %d):\n%s", where, fx.Message, before, after, out)
			}
		}
		for _, r := range regionClaims(f) {
			regions[r] = append(regions[r], where)
		}
	}
	// A method mismatch is a difference in the canonical request: S3 did
	// not get the request as signed.
	if len(rfFind(resp, "method_mismatch")) > 0 {
		for _, f := range rfFind(resp, "signature_mismatch") {
			if strings.Contains(f.Message, "arrived as signed") {
				t.Errorf("signature_mismatch contradicts method_mismatch: %s", f.Message)
			}
		}
	}
	// A query changed after signing is a difference in what was signed too.
	if len(rfFind(resp, "query_modified")) > 0 {
		for _, f := range rfFind(resp, "signature_mismatch") {
			if strings.Contains(f.Message, "arrived as signed") {
				t.Errorf("signature_mismatch contradicts query_modified: %s", f.Message)
			}
		}
	}
	if len(regions) > 1 {
		t.Errorf("findings disagree on the bucket's region: %v", regions)
	}
}

// TestMixedPastesCoherent runs realistic mixed pastes and checks that the
// findings form one coherent set.
func TestMixedPastesCoherent(t *testing.T) {
	for _, c := range coherencePastes {
		t.Run(c.name, func(t *testing.T) {
			resp := rfAnalyze(t, c.input)
			if testing.Verbose() {
				for _, f := range resp.Findings {
					t.Logf("%s %s on %q: %s", f.Severity, f.Rule, rfText(resp, f.Start, f.End), f.Message)
				}
			}
			if len(resp.Findings) == 0 {
				t.Fatal("no findings")
			}
			checkCoherent(t, resp)
			for _, rule := range c.errors {
				for _, f := range rfFind(resp, rule) {
					if f.Severity != "error" {
						t.Errorf("%s is a %s, though the paste shows the request failing: %s", rule, f.Severity, f.Message)
					}
				}
			}
			for _, rule := range c.never {
				for _, f := range rfFind(resp, rule) {
					t.Errorf("%s fired, though the paste shows otherwise: %s", rule, f.Message)
				}
			}
			for _, rule := range c.once {
				if fs := rfFind(resp, rule); len(fs) != 1 {
					for _, f := range fs {
						t.Logf("%s on %q: %s", rule, rfText(resp, f.Start, f.End), f.Message)
					}
					t.Errorf("%s: %d findings, want 1", rule, len(fs))
				}
			}
		})
	}
}

// boto3Names are argument names a message may start with.
var boto3Names = map[string]bool{"Params": true, "Fields": true, "Conditions": true, "Config": true, "Policy": true}

// capitalized reports whether a message starts with a capitalized word
// ("The URL …"); a name such as S3, ExpiresIn or SignatureDoesNotMatch may
// start one.
func capitalized(msg string) bool {
	w, _, _ := strings.Cut(msg, " ")
	if w == "" || w[0] < 'A' || w[0] > 'Z' || boto3Names[w] {
		return false
	}
	for _, r := range w[1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// TestCoherentOnAllPastes holds every golden request and code corpus
// paste to the same checks as the mixed pastes.
func TestCoherentOnAllPastes(t *testing.T) {
	all := pastes(t)
	if len(all) < 20 {
		t.Fatalf("only %d pastes", len(all))
	}
	for name, input := range all {
		t.Run(name, func(t *testing.T) {
			resp := Analyze(Request{Input: input, Now: rfNow})
			if resp.Error != "" {
				t.Fatalf("error: %s", resp.Error)
			}
			checkCoherent(t, resp)
		})
	}
}
