package engine

import (
	"fmt"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

func analyzeAt(in string) Response {
	return Analyze(Request{Input: in, Now: "2024-01-15T14:30:00Z"})
}

func hasLimit(r Response, part string) bool {
	for _, l := range r.Limits {
		if strings.Contains(l, part) {
			return true
		}
	}
	return false
}

func TestLimitURLs(t *testing.T) {
	n := 1200
	if testing.Short() {
		n = MaxURLs + 5
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "https://bucket.s3.amazonaws.com/k%d.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%%2F20240115%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=20240115T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%064x\n", i, i)
	}
	r := analyzeAt(b.String())
	want := fmt.Sprintf("only the first 1,000 URLs were analysed; %s more were skipped", count(n-MaxURLs))
	if r.Error != "" || !hasLimit(r, want) {
		t.Fatalf("error %q, limits %q; want %q", r.Error, r.Limits, want)
	}
	if len(r.Findings) == 0 {
		t.Fatalf("the first URLs were not analysed")
	}
	// Under the limit nothing is said.
	if r := analyzeAt(strings.SplitN(b.String(), "\n", 2)[0]); len(r.Limits) != 0 {
		t.Fatalf("one URL: limits %q", r.Limits)
	}
}

func TestLimitNesting(t *testing.T) {
	// A million brackets, one a line: deeper than any reader follows.
	deep := "import boto3\ns3 = boto3.client('s3')\nx = " + strings.Repeat("[\n", 1_000_000)
	r := analyzeAt(deep)
	if r.Error != "" || !hasLimit(r, "the Python part at line 1 was not read: its brackets nest 4,998 or more deep, past the limit of 100 at line 103") {
		t.Fatalf("error %q, limits %q", r.Error, r.Limits)
	}
	if len(r.Limits) != 1 {
		t.Fatalf("a part not read is not also said to be cut: %q", r.Limits)
	}
	if len(r.Inputs) == 0 || r.Inputs[0].Kind != "python" {
		t.Fatalf("the part should still be listed as python: %+v", r.Inputs)
	}
	// At the limit the part is read.
	ok := "import boto3\ns3 = boto3.client('s3')\nx = " + strings.Repeat("[", MaxNesting) + strings.Repeat("]", MaxNesting) + "\n"
	if r := analyzeAt(ok); len(r.Limits) != 0 || len(r.Findings) == 0 {
		t.Fatalf("nesting %d: limits %q, %d findings", MaxNesting, r.Limits, len(r.Findings))
	}
}

func TestLimitLongLine(t *testing.T) {
	in := "import boto3\ns3 = boto3.client('s3')\nx = '" + strings.Repeat("a", MaxLineBytes) + "'\n"
	r := analyzeAt(in)
	if !hasLimit(r, "the Python part at line 1 was not read: its line 3 is 65,542 bytes long, over the limit of 65,536 bytes for a line") {
		t.Fatalf("limits %q", r.Limits)
	}
}

func TestLimitParts(t *testing.T) {
	in := strings.Repeat("aws s3 ls\n\nsome words\n\n", MaxParts)
	r := analyzeAt(in)
	if !hasLimit(r, "only the first 200 parts of the paste were read; 100 more were skipped") {
		t.Fatalf("limits %q (%d inputs)", r.Limits, len(r.Inputs))
	}
	if len(r.Inputs) != 2*MaxParts {
		t.Fatalf("every part is still listed: %d", len(r.Inputs))
	}
}

func TestLimitFindings(t *testing.T) {
	// Every line a syntax problem, and one error-level finding at the end.
	in := "import boto3\n" + strings.Repeat("x = )\n", 2*MaxFindings) +
		"s3 = boto3.client('s3', aws_access_key_id='AKIAIOSFODNN7EXAMPLE', aws_secret_access_key='wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')\n"
	r := analyzeAt(in)
	if len(r.Findings) > MaxFindings {
		t.Fatalf("%d findings, over %d", len(r.Findings), MaxFindings)
	}
	if !hasLimit(r, "syntax problems were reported") && !hasLimit(r, "findings are reported (errors first)") {
		t.Fatalf("limits %q", r.Limits)
	}
	found := false
	for _, f := range r.Findings {
		found = found || f.Rule == "hardcoded_credentials"
	}
	if !found {
		t.Fatalf("the error after the syntax problems was dropped")
	}
	checkOffsets(t, r)
}

func TestLimitFindingsKeepsErrors(t *testing.T) {
	var fs []rules.Finding
	for i := 0; i < MaxFindings+10; i++ {
		fs = append(fs, rules.Finding{Rule: "syntax", Severity: rules.Info, Span: source.Span{Start: i, End: i}})
	}
	fs = append(fs, rules.Finding{Rule: "url_expired", Severity: rules.Error, Span: source.Span{Start: 9999, End: 9999}})
	fs = append([]rules.Finding{{Rule: "region_mismatch", Severity: rules.Warning}}, fs...)
	out, limits := limitFindings(fs)
	if len(out) != MaxFindings {
		t.Fatalf("%d findings, want %d", len(out), MaxFindings)
	}
	if out[0].Rule != "region_mismatch" || out[len(out)-1].Rule != "url_expired" {
		t.Fatalf("the error and the warning must be kept, in order: first %s, last %s", out[0].Rule, out[len(out)-1].Rule)
	}
	if want := "only 500 of 512 findings are reported (errors first); 12 more were left out"; len(limits) != 1 || limits[0] != want {
		t.Fatalf("limits %q, want %q", limits, want)
	}
	if same, _ := limitFindings(fs[:MaxFindings]); len(same) != MaxFindings {
		t.Fatalf("at the limit nothing is dropped")
	}
}

func TestCount(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 65536: "65,536", 1234567: "1,234,567", -4000: "-4,000"} {
		if got := count(n); got != want {
			t.Errorf("count(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestLimitPartLines(t *testing.T) {
	in := "import boto3\n" + strings.Repeat("x = )\n", MaxPartLines+500) + "s3 = boto3.client('s3')\n"
	r := analyzeAt(in)
	if !hasLimit(r, "only the first 5,000 lines of the Python part at line 1 were read; its 502 other lines were not") {
		t.Fatalf("limits %q", r.Limits)
	}
	for _, f := range r.Findings {
		if f.Rule == "missing_region" {
			t.Fatalf("the client after the first 5,000 lines was read")
		}
	}
	if end, rest := cutLines("a\nb\nc", 0, 5, 2); end != 3 || rest != 1 {
		t.Fatalf("cutLines = %d, %d; want 3, 1", end, rest)
	}
	if end, rest := cutLines("a\nb", 0, 3, 2); end != 3 || rest != 0 {
		t.Fatalf("cutLines at the limit = %d, %d; want 3, 0", end, rest)
	}
}

func TestLongLineSplitsFast(t *testing.T) {
	// Split's patterns see only the head of a long line: 2 MiB of one
	// line used to take 0.6 s natively and 6 s in wasm.
	in := strings.Repeat("a", MaxInputBytes)
	r := analyzeAt(in)
	if r.Error != "" || len(r.Inputs) != 1 || r.Inputs[0].Kind != "text" {
		t.Fatalf("error %q, inputs %+v", r.Error, r.Inputs)
	}
}
