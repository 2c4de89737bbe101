package engine

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/redact"
	"github.com/presign-doctor/presign-doctor/internal/rules"
)

// hostilePaste puts markup, script links and event handlers into a bucket
// name, a key, comments, a parameter value, a URL and an error body.
const hostilePaste = `import boto3
# <script>alert('comment')</script> [x](javascript:alert(1)) <img src=x onerror=alert(2)>
s3 = boto3.client('s3', region_name='eu-west-1',
                  aws_access_key_id='AKIAIOSFODNN7EXAMPLE',
                  aws_secret_access_key='wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')
def link(key='<img src=x onerror=alert(3)>'):
    return s3.generate_presigned_url('put_object', Params={'Bucket': '<script>alert(4)</script>', 'Key': key, 'ContentType': '"><svg onload=alert(5)>'}, ExpiresIn=700000)

https://evil.example/<script>alert(6)</script>?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T143000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404&javascript:alert(7)

<Error><Code>NoSuchBucket</Code><Message><![CDATA[<iframe src="javascript:alert(8)">]]></Message><BucketName>&lt;img src=x onerror=alert(9)&gt;</BucketName></Error>
`

var liveTag = regexp.MustCompile(`(?i)<\s*/?\s*(script|img|svg|iframe|a|object|embed|form|input|link|base|meta\s+http-equiv="refresh")\b`)
var liveAttr = regexp.MustCompile(`(?i)<[a-z][^>]*\s(on[a-z]+|href|src|srcdoc|action|formaction)\s*=`)

// TestReportStaysInert runs a hostile paste through Analyze: the HTML
// report holds no live element, handler or link from it, and no field of
// the response holds the paste's secrets.
func TestReportStaysInert(t *testing.T) {
	resp := Analyze(Request{Input: hostilePaste, Now: "2024-01-15T14:35:00Z"})
	if resp.Error != "" {
		t.Fatal(resp.Error)
	}
	h := resp.Report.HTML
	if !strings.HasPrefix(h, "<!DOCTYPE html>") || !strings.Contains(h, `http-equiv="Content-Security-Policy"`) {
		t.Fatalf("not a self-contained document with a CSP:\n%.400s", h)
	}
	body := h[strings.Index(h, "<body>"):]
	if m := liveTag.FindString(body); m != "" {
		t.Errorf("live element %q in the HTML report", m)
	}
	if m := liveAttr.FindString(body); m != "" {
		t.Errorf("live attribute %q in the HTML report", m)
	}
	if !strings.Contains(body, "&lt;script&gt;") {
		t.Errorf("the paste's markup is not shown as text")
	}
	if resp.Report.Markdown == "" || resp.Prompt == "" || resp.Code.Python == "" || resp.Code.Go == "" {
		t.Errorf("report, prompt or code missing: %+v", resp.Code)
	}
	b, _ := json.Marshal(resp)
	for _, secret := range []string{"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI\\/K7MDENG", "AKIAIOSFODNN7EXAMPLE", "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"} {
		if strings.Contains(string(b), secret) {
			t.Errorf("the response holds the secret %s", secret)
		}
	}
	for name, prog := range map[string]string{"python": resp.Code.Python, "pythonFull": resp.Code.PythonFull, "cli": resp.Code.CLI, "javascript": resp.Code.JavaScript, "go": resp.Code.Go} {
		if strings.Contains(prog, "aws_secret_access_key='") || strings.Contains(prog, "AKIA") {
			t.Errorf("%s code carries a credential literal or placeholder:\n%s", name, prog)
		}
	}
}

// TestCodeForURLOnly: a bare URL gives code in every language carrying its
// bucket, key, region and expiry, and no diff (no Python was pasted).
func TestCodeForURLOnly(t *testing.T) {
	u := "https://reports-eu.s3.eu-west-3.amazonaws.com/q1/summary%20final.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Feu-west-3%2Fs3%2Faws4_request&X-Amz-Date=20240115T143000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"
	resp := Analyze(Request{Input: u, Now: "2024-01-15T14:35:00Z"})
	for name, prog := range map[string]string{"python": resp.Code.Python, "cli": resp.Code.CLI, "javascript": resp.Code.JavaScript, "go": resp.Code.Go} {
		for _, want := range []string{"reports-eu", "q1/summary final.pdf", "eu-west-3", "900"} {
			if !strings.Contains(prog, want) {
				t.Errorf("%s code lacks %q:\n%s", name, want, prog)
			}
		}
	}
	if resp.Diff != "" {
		t.Errorf("a diff without pasted Python: %s", resp.Diff)
	}
	if !strings.Contains(resp.Report.Markdown, "## Decoded URL") || !strings.Contains(resp.Report.Markdown, "eu-west-3") {
		t.Errorf("the report does not decode the URL:\n%s", resp.Report.Markdown)
	}
}

// TestCorrectedPythonAppliesFixes: the corrected boto3 is the paste with
// the first fix of each finding applied, and the diff shows exactly that;
// when a credential literal would survive, the generated program is given.
func TestCorrectedPythonAppliesFixes(t *testing.T) {
	for _, withKey := range []bool{false, true} {
		code := "import boto3\ns3 = boto3.client('s3')\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=3600)\n"
		if withKey {
			code = strings.Replace(code, "client('s3')", "client('s3', aws_access_key_id='AKIAIOSFODNN7EXAMPLE')", 1)
		}
		red := redact.Redact(code, redact.Options{})
		parts := Split(red.Text)
		facts := model.Build(red.Text, parts, time.Date(2024, 1, 15, 14, 30, 0, 0, time.UTC))
		at := strings.Index(red.Text, "client('s3'") + len("client('s3'")
		fix := rules.Fix{Message: "set region_name", Edits: []diff.Edit{{Start: at, End: at, New: ", region_name='eu-west-1'"}}}
		findings := []rules.Finding{{Rule: "missing_region", Severity: "warning", Span: model.Span{Start: at, End: at}, Fixes: []rules.Fix{fix}}}
		resp := empty()
		fillCode(&resp, facts, findings)
		if !withKey {
			want, _ := diff.Apply(red.Text, fix.Edits)
			if strings.TrimSpace(resp.Code.Python) != strings.TrimSpace(want) {
				t.Errorf("corrected boto3 is not the paste with the fix applied:\n%s", resp.Code.Python)
			}
			if !strings.Contains(resp.Diff, "+s3 = boto3.client('s3', region_name='eu-west-1')") || !strings.Contains(resp.Diff, "-s3 = boto3.client('s3')") {
				t.Errorf("diff:\n%s", resp.Diff)
			}
			continue
		}
		if len(facts.Credentials) == 0 && len(facts.Clients) == 0 {
			t.Skip("the Python reader gives no credential facts yet")
		}
		if strings.Contains(resp.Code.Python, "aws_access_key_id") || resp.Code.Python == "" {
			t.Errorf("a credential literal survives in the corrected boto3:\n%s", resp.Code.Python)
		}
	}
}
