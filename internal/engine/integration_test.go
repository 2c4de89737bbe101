package engine

import (
	"strings"
	"testing"
)

// These tests hold one cause to one finding across sources: the code, a
// curl line and S3's error each see it, and the paste shows it once, with
// the other places as related spans.

// TestMethodMismatchOneFindingAcrossSources pastes code that presigns
// get_object and PUTs the URL, the curl line doing the same and S3's
// error for it: one method_mismatch finding, the others related.
func TestMethodMismatchOneFindingAcrossSources(t *testing.T) {
	u := signed(t, "GET", "b.s3.us-west-2.amazonaws.com", "/photos/cat.jpg", "", nil, exSecret)
	body := s3Body(t, "PUT", u, nil, false)
	code := strings.Join([]string{
		"import boto3, requests",
		"s3 = boto3.client('s3', region_name='us-west-2')",
		"url = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'photos/cat.jpg'}, ExpiresIn=3600)",
		"requests.put(url, data=open('cat.jpg', 'rb'))",
		"",
	}, "\n")
	for _, c := range []struct {
		name, input string
		related     int
	}{
		{"code and error", code + "\n" + body, 1},
		{"code, curl and error", code + "\ncurl -X PUT -T cat.jpg '" + u + "'\n\n" + body, 3},
		{"code and curl", code + "\ncurl -X PUT -T cat.jpg '" + u + "'\n", 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp := rfAnalyze(t, c.input)
			fs := rfFind(resp, "method_mismatch")
			if len(fs) != 1 {
				for _, f := range fs {
					t.Logf("on %q: %s", rfText(resp, f.Start, f.End), f.Message)
				}
				t.Fatalf("%d method_mismatch findings, want 1", len(fs))
			}
			if len(fs[0].Related) < c.related {
				t.Errorf("%d related spans, want at least %d: %+v", len(fs[0].Related), c.related, fs[0].Related)
			}
		})
	}
	// Two different causes (a GET URL PUT, a PUT URL fetched with GET) stay
	// two findings.
	two := code + strings.Join([]string{
		"up = s3.generate_presigned_url('put_object', Params={'Bucket': 'b', 'Key': 'in.jpg'}, ExpiresIn=600)",
		"requests.get(up)",
		"",
	}, "\n")
	if fs := rfFind(rfAnalyze(t, two), "method_mismatch"); len(fs) != 2 {
		t.Errorf("%d method_mismatch findings for two causes, want 2", len(fs))
	}
}

// TestSignedHeadersOneFindingForCodeAndCurl pastes code that signs a
// ContentType and a curl line sending another: one signed_headers finding,
// on the curl header, with the code's Param as a related span.
func TestSignedHeadersOneFindingForCodeAndCurl(t *testing.T) {
	ct := rfURL("https", "3600", "content-type%3Bhost")
	code := "import boto3\ns3 = boto3.client('s3', region_name='eu-west-1')\nurl = s3.generate_presigned_url('put_object', Params={'Bucket': 'demo', 'Key': 'a.txt', 'ContentType': 'image/png'}, ExpiresIn=600)\n\n"
	resp := rfAnalyze(t, code+"curl -X PUT -H 'Content-Type: text/plain' -T a.png '"+ct+"'\n")
	fs := rfFind(resp, "signed_headers")
	if len(fs) != 1 {
		for _, f := range fs {
			t.Logf("on %q: %s", rfText(resp, f.Start, f.End), f.Message)
		}
		t.Fatalf("%d signed_headers findings, want 1", len(fs))
	}
	if got := rfText(resp, fs[0].Start, fs[0].End); got != "'Content-Type: text/plain'" {
		t.Errorf("finding on %q", got)
	}
	var rel []string
	for _, r := range fs[0].Related {
		rel = append(rel, rfText(resp, r.Start, r.End))
	}
	if !strings.Contains(strings.Join(rel, "|"), "'ContentType': 'image/png'") {
		t.Errorf("related spans %q lack the code's ContentType", rel)
	}
	// The fix replaces the header the curl line sends: applying it leaves
	// one Content-Type, the signed one.
	fx := fs[0].Fixes[0]
	out := applyResponseFix(t, resp, fx)
	if strings.Count(strings.ToLower(out), "content-type: ") != 1 || !strings.Contains(out, "Content-Type: image/png") {
		t.Errorf("after the fix:\n%s", out)
	}
	// When the curl line sends the signed value, the paste is consistent:
	// nothing to say about the headers.
	resp = rfAnalyze(t, code+"curl -X PUT -H 'Content-Type: image/png' -T a.png '"+ct+"'\n")
	if fs := rfFind(resp, "signed_headers"); len(fs) != 0 {
		t.Errorf("signed_headers fired on a consistent paste: %s", fs[0].Message)
	}
	// Without a curl line the code check still gives its advice.
	if fs := rfFind(rfAnalyze(t, code), "signed_headers"); len(fs) != 1 {
		t.Errorf("%d signed_headers findings for the code alone, want 1", len(fs))
	}
}

// TestPoliciesBuiltInCode checks that the policy rules see the policies
// Python code builds (json.dumps of a dict literal, inline or bound to a
// name) and point into the code.
func TestPoliciesBuiltInCode(t *testing.T) {
	presign := "url = s3.generate_presigned_url('get_object', Params={'Bucket': 'demo', 'Key': 'a.txt'}, ExpiresIn=3600)\n"
	inline := "import boto3, json\ns3 = boto3.client('s3', region_name='eu-west-1')\n" +
		"s3.put_bucket_policy(Bucket='demo', Policy=json.dumps({\n" +
		"    'Version': '2012-10-17',\n" +
		"    'Statement': [{'Sid': 'OfficeOnly', 'Effect': 'Deny', 'Principal': '*', 'Action': 's3:GetObject', 'Resource': 'arn:aws:s3:::demo/*',\n" +
		"                   'Condition': {'NotIpAddress': {'aws:SourceIp': ['203.0.113.0/24']}}}],\n" +
		"}))\n" + presign
	named := "import boto3, json\ns3 = boto3.client('s3', region_name='eu-west-1')\n" +
		"policy = {\n" +
		"    \"Version\": \"2012-10-17\",\n" +
		"    \"Statement\": [{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::demo/*\",\n" +
		"                   \"Condition\": {\"BoolIfExists\": {\"aws:MultiFactorAuthPresent\": \"false\"}}}],\n" +
		"}\n" +
		"s3.put_bucket_policy(Bucket='demo', Policy=json.dumps(policy))\n" + presign
	rfRun(t, "policy_network_condition", []rfCase{
		{name: "inline in json.dumps", input: inline, fires: true, span: "'aws:SourceIp'", says: []string{"203.0.113.0/24"}},
		{name: "no policy in the code", input: "import boto3\ns3 = boto3.client('s3', region_name='eu-west-1')\n" + presign},
	})
	rfRun(t, "policy_mfa_condition", []rfCase{
		{name: "dict bound to a name", input: named, fires: true, span: `"aws:MultiFactorAuthPresent"`},
	})
	for _, in := range []string{inline, named} {
		checkCoherent(t, rfAnalyze(t, in))
	}
}
