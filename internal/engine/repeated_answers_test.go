package engine

import (
	"strings"
	"testing"
)

// TestRepeatedAnswerSaidOnce: a log of the same failure a hundred times is
// one observed answer. A finding it contradicts names it once (the message
// grew with every copy, and a 1 MB paste's report reached 8.7 MB), and the
// verdict is the same as for one copy.
func TestRepeatedAnswerSaidOnce(t *testing.T) {
	code := "import boto3\ns3 = boto3.client('s3')\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=600)\n"
	answer := "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message></Error>\n"
	one := Analyze(Request{Input: code + answer, Now: "2024-01-15T14:30:00Z"})
	many := Analyze(Request{Input: code + strings.Repeat(answer, 100), Now: "2024-01-15T14:30:00Z"})
	for _, f := range many.Findings {
		if n := strings.Count(f.Message, "SignatureDoesNotMatch ("); n > 1 {
			t.Errorf("%s names the same answer %d times: %.300s", f.Rule, n, f.Message)
		}
	}
	if (one.Verdict == nil) != (many.Verdict == nil) || one.Verdict != nil && one.Verdict.Rule != many.Verdict.Rule {
		t.Errorf("the verdict changes with copies of one answer: %+v vs %+v", one.Verdict, many.Verdict)
	}
	if len(many.Report.Markdown) > 4*len(one.Report.Markdown)+20000 {
		t.Errorf("the report grows with copies of one answer: %d bytes for 100 copies, %d for one", len(many.Report.Markdown), len(one.Report.Markdown))
	}
}
