package hardcodedcredentials

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/rules/ruletest"
)

// AWS's documentation example keys reach the rule only as placeholders:
// the rule must still tell them from a real leaked key, from the
// redactor's record, in code of any language and in commands.
func TestExampleKeys(t *testing.T) {
	for _, c := range []struct {
		name  string
		part  ruletest.Part
		want  []string // substrings, one per finding, in order
		never string
	}{
		{"python example keys", ruletest.Python("import boto3\ns3 = boto3.client('s3', aws_access_key_id='AKIAIOSFODNN7EXAMPLE', aws_secret_access_key='wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')\n"),
			[]string{"documentation example, which never works: S3 answers InvalidAccessKeyId (403)", "documentation example, which never works: with a real access key ID, S3 answers SignatureDoesNotMatch"}, "anyone who sees"},
		{"python generated key", ruletest.Python("import boto3\ns3 = boto3.client('s3', aws_access_key_id='AKIA2E0A8F3B244C9986', aws_secret_access_key='Zk3pQ9rTbW1xY7uV5sN2mL8hJ4gF6dC0aE3iO7uQ')\n"),
			[]string{"anyone who sees the code", "anyone who sees the code"}, "documentation example"},
		{"cli example key", ruletest.CLI("aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE\n"),
			[]string{"documentation example, which never works: S3 answers InvalidAccessKeyId"}, "anyone who sees"},
		{"cli generated key", ruletest.CLI("aws configure set aws_access_key_id AKIA2E0A8F3B244C9986\n"),
			[]string{"anyone who sees the text has the key"}, "documentation example"},
		{"go example keys", ruletest.Part{Kind: "text", Text: `creds := credentials.NewStaticCredentialsProvider("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "")`},
			[]string{"documentation example, which never works: S3 answers InvalidAccessKeyId (403)", "documentation example, which never works: with a real access key ID, S3 answers SignatureDoesNotMatch"}, "anyone who sees"},
		{"go generated keys", ruletest.Part{Kind: "text", Text: `creds := credentials.NewStaticCredentialsProvider("AKIA2E0A8F3B244C9986", "Zk3pQ9rTbW1xY7uV5sN2mL8hJ4gF6dC0aE3iO7uQ", "")`},
			[]string{"anyone who sees the code", "anyone who sees the code"}, "documentation example"},
	} {
		t.Run(c.name, func(t *testing.T) {
			fs, red := ruletest.Run(t, Rule, c.part)
			if strings.Contains(red, "AKIAIOSFODNN7EXAMPLE") || strings.Contains(red, "AKIA2E0A8F3B244C9986") {
				t.Fatalf("the rule saw an unredacted key:\n%s", red)
			}
			got := ruletest.Messages(fs)
			if len(fs) != len(c.want) {
				t.Fatalf("%d findings, want %d:\n%s", len(fs), len(c.want), got)
			}
			for i, w := range c.want {
				if !strings.Contains(fs[i].Message, w) {
					t.Errorf("finding %d: %q lacks %q", i, fs[i].Message, w)
				}
			}
			if strings.Contains(got, c.never) {
				t.Errorf("findings say %q:\n%s", c.never, got)
			}
		})
	}
}

// Keys written into code of any language, or shown where keys are read
// rather than written.
func TestPasteAnyLanguage(t *testing.T) {
	for _, c := range []struct {
		name string
		part ruletest.Part
		want int
	}{
		{"go static provider", ruletest.Part{Kind: "text", Text: `creds := credentials.NewStaticCredentialsProvider("AKIA2E0A8F3B244C9986", "Zk3pQ9rTbW1xY7uV5sN2mL8hJ4gF6dC0aE3iO7uQ", "")`}, 2},
		{"php array", ruletest.Part{Kind: "text", Text: "'credentials' => [\n    'key'    => 'AKIA2E0A8F3B244C9986',\n    'secret' => 'Zk3pQ9rTbW1xY7uV5sN2mL8hJ4gF6dC0aE3iO7uQ',\n],"}, 2},
		{"sts output", ruletest.Part{Kind: "credentials", Text: "{\n  \"Credentials\": {\n    \"AccessKeyId\": \"ASIA2E0A8F3B244C9986\",\n    \"SecretAccessKey\": \"Zk3pQ9rTbW1xY7uV5sN2mL8hJ4gF6dC0aE3iO7uQ\"\n  }\n}"}, 0},
		{"authorization header", ruletest.Part{Kind: "text", Text: "Authorization: AWS4-HMAC-SHA256 Credential=AKIA2E0A8F3B244C9986/20250304/us-east-1/s3/aws4_request"}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			fs, _ := ruletest.Run(t, Rule, c.part)
			if len(fs) != c.want {
				t.Fatalf("%d findings, want %d:\n%s", len(fs), c.want, ruletest.Messages(fs))
			}
		})
	}
}

// TestQueryToken: a token that is a query parameter of a request line or of
// a URL starting its line is the URL's, not a credential written in code.
func TestQueryToken(t *testing.T) {
	yes := []string{
		"GET /a.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Security-Token=",
		"https://b.s3.amazonaws.com/k?X-Amz-Security-Token=",
		"  \"https://b.s3.amazonaws.com/k?a=b&x-amz-security-token=",
	}
	no := []string{
		"url = base + \"&X-Amz-Security-Token=",
		"const token = \"",
		"curl https://b.s3.amazonaws.com/k?X-Amz-Security-Token=",
		"GET https://b.s3.amazonaws.com/k?token=",
	}
	for _, b := range yes {
		if !queryToken(b) {
			t.Errorf("queryToken(%q) = false, want true", b)
		}
	}
	for _, b := range no {
		if queryToken(b) {
			t.Errorf("queryToken(%q) = true, want false", b)
		}
	}
}

// TestAnswerShapesAreReadNotWritten: S3's and STS's answers quoted in a log
// or a JSON string, and a credential endpoint's JSON answer, are read; a
// JSON config of keys without an expiration, and an XML element of another
// name, are still written.
func TestAnswerShapesAreReadNotWritten(t *testing.T) {
	for _, c := range []struct {
		before, after string
		want          bool
	}{
		{`2025-06-02 09:30:02 WARN body: <Error><Code>SignatureDoesNotMatch</Code><AWSAccessKeyId>`, `</AWSAccessKeyId></Error>`, true},
		{`"text": "<Error><AWSAccessKeyId>`, `<\/AWSAccessKeyId></Error>"`, true},
		{`&lt;AccessKeyId&gt;`, `&lt;/AccessKeyId&gt;`, true},
		{`<accessKey>`, `</accessKey>`, false},
		{`<AWSAccessKeyId>`, ` trailing`, false},
	} {
		if got := answerElement(c.before, c.after); got != c.want {
			t.Errorf("answerElement(%q, %q) = %v, want %v", c.before, c.after, got, c.want)
		}
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{`{"credentials":{"accessKeyId":"ASIA_KEY_1","secretAccessKey":"SECRET_ACCESS_KEY_1","sessionToken":"SESSION_TOKEN_1","expiration":"2025-06-02T13:30:09Z"}}`, true},
		{`{ "accessKeyId": "AKIA_KEY_1", "secretAccessKey": "SECRET_ACCESS_KEY_1", "region": "us-east-1" }`, false},
		{`const expiration = 3600; const key = "AKIA_KEY_1"`, false},
	} {
		if got := credentialResponse(c.line); got != c.want {
			t.Errorf("credentialResponse(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
