package engine

import (
	"os"
	"strings"
	"testing"
)

// typicalPaste is what a developer mid-incident pastes: a boto3 snippet, the
// failing URL and S3's error body.
func typicalPaste(b testing.TB) string {
	req, err := os.ReadFile("testdata/requests/mixed.json")
	if err != nil {
		b.Fatal(err)
	}
	return string(req)
}

// mixedPaste repeats a realistic mixed paste up to about n bytes.
func mixedPaste(n int) string {
	unit := "import boto3\n" +
		"s3 = boto3.client('s3')\n" +
		"url = s3.generate_presigned_url('get_object', Params={'Bucket': 'demo', 'Key': 'a.txt'}, ExpiresIn=700000)\n\n" +
		"https://demo.s3.amazonaws.com/a.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404\n\n" +
		"<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message></Error>\n\n" +
		"aws s3 presign s3://demo/a.txt --expires-in 3600 --region eu-west-1\n\n"
	var sb strings.Builder
	for sb.Len() < n {
		sb.WriteString(unit)
	}
	return sb.String()
}

func BenchmarkAnalyzeTypical(b *testing.B) {
	req := typicalPaste(b)
	b.SetBytes(int64(len(req)))
	for b.Loop() {
		AnalyzeJSON(req)
	}
}

func benchSize(b *testing.B, n int) {
	req := Request{Input: mixedPaste(n), Now: "2024-01-15T14:30:00Z"}
	b.SetBytes(int64(len(req.Input)))
	cpu := cpuMillis()
	for b.Loop() {
		Analyze(req)
	}
	reportCPU(b, cpu)
}

func BenchmarkAnalyze100KB(b *testing.B) { benchSize(b, 100<<10) }
func BenchmarkAnalyze1MB(b *testing.B)   { benchSize(b, 1<<20) }

// BenchmarkAnalyzeJSON1MB is what make bench times in Chromium
// (scripts/bench/bench.mjs): AnalyzeJSON on a request whose input is the
// typical paste (mixed.json's) and a newline, repeated and cut at 1 MiB.
func BenchmarkAnalyzeJSON1MB(b *testing.B) {
	unit, err := decodeRequestForBench(typicalPaste(b))
	if err != nil {
		b.Fatal(err)
	}
	unit += "\n"
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString(unit)
	}
	in := sb.String()[:1<<20]
	body := encodeRequestForBench(in)
	b.SetBytes(int64(len(in)))
	cpu := cpuMillis()
	for b.Loop() {
		AnalyzeJSON(body)
	}
	reportCPU(b, cpu)
}

func decodeRequestForBench(s string) (string, error) {
	req, _, err := decodeRequest(s)
	return req.Input, err
}

func encodeRequestForBench(input string) string {
	return `{"input":` + string(appendJSONString(nil, input)) + `,"now":"2024-01-15T14:30:00Z"}`
}

// reportCPU reports the CPU time per iteration since start (cpuMillis),
// where the platform tells it.
func reportCPU(b *testing.B, start float64) {
	if start >= 0 {
		b.ReportMetric((cpuMillis()-start)/float64(b.N), "cpu-ms/op")
	}
}
