package engine

import (
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/redact"
	"github.com/presign-doctor/presign-doctor/internal/rules/all"
)

// codegenPaste is boto3 code, the URL it made and S3's answer.
const codegenPaste = `import boto3

s3 = boto3.client('s3')

def create_presigned_url(bucket, key, expires=86400 * 8):
    url = s3.generate_presigned_url('put_object',
        Params={'Bucket': bucket, 'Key': key, 'ContentType': 'image/png', 'Expires': 300},
        ExpiresIn=expires)
    return url

https://uploads-demo.s3.amazonaws.com/avatars/u1.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T143000Z&X-Amz-Expires=691200&X-Amz-SignedHeaders=content-type%3Bexpires%3Bhost&X-Amz-Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef

<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>AuthorizationQueryParametersError</Code><Message>X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds</Message><RequestId>EXAMPLE</RequestId></Error>
`

// BenchmarkCodeAndReport times the corrected code, the diff, the report
// (Markdown and HTML) and the prompt for a typical paste, after the facts
// and findings are known.
func BenchmarkCodeAndReport(b *testing.B) {
	red := redact.Redact(codegenPaste, redact.Options{})
	parts := Split(red.Text)
	facts := model.Build(red.Text, parts, time.Date(2024, 1, 15, 14, 30, 0, 0, time.UTC))
	facts.SetRedactions(red.Redactions)
	findings := all.Run(facts, "", red.Reveal)
	b.ReportAllocs()
	for b.Loop() {
		resp := empty()
		fillCode(&resp, facts, findings)
		fillReport(&resp, facts, findings)
		if resp.Report.HTML == "" {
			b.Fatal("no report")
		}
	}
}
