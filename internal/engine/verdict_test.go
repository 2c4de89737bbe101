package engine

// The verdict harness: every paste of the corpus (rule testdata and
// testdata/corpus) that shows an S3 answer with an error code. The rules
// the paste must fire (`fires`) whose documented answers (Rule.Answers)
// include that code are the causes that explain it; the verdict must name
// one of them, its finding must come first, and no finding whose rule
// documents only other answers may rank above info.

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/corpus"
	allrules "github.com/presign-doctor/presign-doctor/internal/rules/all"
	"github.com/presign-doctor/presign-doctor/internal/timefmt"
)

// observedCodes returns the error codes of S3's answers the model reads
// in the paste (as the engine sees it).
func observedCodes(p *corpusPaste) []string {
	now := p.now
	if now == "" {
		now = corpusDefaultNow
	}
	t, _ := timefmt.RFC3339(now)
	return AnswerCodes(p.paste, t)
}

// explainers are the rules of want whose documented answers include one
// of the codes.
func explainers(want, codes []string) []string { return corpus.Explainers(want, codes) }

func TestVerdictCorpus(t *testing.T) {
	var total, right int
	var misses, gaps []string
	for _, p := range loadCorpus(t) {
		codes := observedCodes(p)
		if len(codes) == 0 {
			continue
		}
		exp := explainers(p.fires, codes)
		if len(exp) == 0 {
			continue
		}
		now := p.now
		if now == "" {
			now = corpusDefaultNow
		}
		resp := Analyze(Request{Input: p.paste, Now: now, SecretAccessKey: p.secret})
		fired := false
		for _, f := range resp.Findings {
			fired = fired || contains(exp, f.Rule)
		}
		if !fired {
			// A detection gap (testdata/corpus-gaps.txt), not a ranking one.
			gaps = append(gaps, p.path)
			continue
		}
		total++
		if msg := checkVerdict(resp, exp, codes); msg != "" {
			misses = append(misses, p.path+": "+msg)
			continue
		}
		right++
	}
	t.Logf("verdict: %d of %d corpus pastes with an S3 answer name the rule that explains it; %d more do not fire that rule at all (detection gaps): %v", right, total, len(gaps), gaps)
	if total < 20 {
		t.Errorf("only %d corpus pastes with an S3 answer a fired rule explains; want at least 20", total)
	}
	for _, m := range misses {
		t.Errorf("%s", m)
	}
}

// checkVerdict says what is wrong with the response's verdict and order,
// or "".
func checkVerdict(resp Response, exp, codes []string) string {
	if resp.Verdict == nil {
		return fmt.Sprintf("no verdict; want one of %v (S3 answered %v)", exp, codes)
	}
	if !contains(exp, resp.Verdict.Rule) {
		return fmt.Sprintf("verdict %s; want one of %v (S3 answered %v)", resp.Verdict.Rule, exp, codes)
	}
	if len(resp.Findings) == 0 || resp.Findings[0].Rule != resp.Verdict.Rule {
		return "the verdict's finding is not first"
	}
	for _, f := range resp.Findings {
		if r := allrules.Lookup(f.Rule); r == nil || len(r.Answers) == 0 {
			continue
		}
		explains := !corpus.Contradicts(f.Rule, codes)
		if !explains && f.Severity != "info" {
			return fmt.Sprintf("%s contradicts S3's answer %v but is %s", f.Rule, codes, f.Severity)
		}
		if !explains && !strings.Contains(f.Message, "it is not why this request failed") {
			return fmt.Sprintf("%s contradicts S3's answer %v and does not say so", f.Rule, codes)
		}
	}
	// No finding S3's answer contradicts ranks above one it does not, of
	// the same or a lower severity (the browser's verdict test checks the
	// same on the page's cards).
	for i, f := range resp.Findings {
		for _, g := range resp.Findings[i+1:] {
			if corpus.Contradicts(f.Rule, codes) && !corpus.Contradicts(g.Rule, codes) && severityOrder(g.Severity) >= severityOrder(f.Severity) {
				return fmt.Sprintf("%s contradicts S3's answer %v and ranks above %s (%s)", f.Rule, codes, g.Rule, g.Severity)
			}
		}
	}
	for i := 2; i < len(resp.Findings); i++ {
		if severityOrder(resp.Findings[i].Severity) < severityOrder(resp.Findings[i-1].Severity) {
			return "findings after the verdict are not ordered errors, warnings, info"
		}
	}
	return ""
}

func severityOrder(s string) int {
	return map[string]int{"error": 0, "warning": 1, "info": 2}[s]
}

// TestVerdictContradictedExpiry: the case. A URL from 2024 judged
// against a 2026 clock while S3 answered SignatureDoesNotMatch (which
// proves the URL was valid when it arrived) is information, and the
// verdict names the header the browser sent differently.
func TestVerdictContradictedExpiry(t *testing.T) {
	sig := strings.Repeat("ab", 32)
	in := `import boto3
s3 = boto3.client('s3', region_name='us-east-1')
url = s3.generate_presigned_url('put_object', Params={'Bucket': 'user-avatars', 'Key': 'u/42.png', 'ContentType': 'image/png'}, ExpiresIn=600)

https://user-avatars.s3.us-east-1.amazonaws.com/u/42.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T140000Z&X-Amz-Expires=600&X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Signature=` + sig + `

<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><CanonicalRequest>PUT
/u/42.png
X-Amz-Algorithm=AWS4-HMAC-SHA256&amp;X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&amp;X-Amz-Date=20240115T140000Z&amp;X-Amz-Expires=600&amp;X-Amz-SignedHeaders=content-type%3Bhost
content-type:image/jpeg
host:user-avatars.s3.us-east-1.amazonaws.com

content-type;host
UNSIGNED-PAYLOAD</CanonicalRequest></Error>`
	resp := Analyze(Request{Input: in, Now: time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC).Format(time.RFC3339)})
	if resp.Verdict == nil || resp.Verdict.Rule != "signed_headers" {
		t.Fatalf("verdict %+v; want signed_headers\nfindings: %+v", resp.Verdict, resp.Findings)
	}
	t.Logf("verdict: %+v", *resp.Verdict)
	for _, f := range resp.Findings {
		if f.Rule == "url_expired" && (f.Severity != "info" || !strings.Contains(f.Message, "SignatureDoesNotMatch")) {
			t.Errorf("url_expired is %s: %s", f.Severity, f.Message)
		}
	}
}

// TestVerdictProse: without an answer of S3, the error the user names in
// prose is the failure to explain.
func TestVerdictProse(t *testing.T) {
	in := `Getting SignatureDoesNotMatch on upload, any idea?
https://pics-euw1.s3.eu-west-1.amazonaws.com/a.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20250304%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20250304T095500Z&X-Amz-Expires=600&X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Signature=` + strings.Repeat("ab", 32) + `
curl -X PUT -T a.png "$URL"`
	resp := Analyze(Request{Input: in, Now: "2025-03-04T10:00:00Z"})
	if resp.Verdict != nil && resp.Verdict.Confidence == "certain" {
		t.Errorf("a failure named in prose gave a certain verdict: %+v", resp.Verdict)
	}
	if resp.Verdict != nil && resp.Findings[0].Rule != resp.Verdict.Rule {
		t.Errorf("verdict %s is not first", resp.Verdict.Rule)
	}
}
