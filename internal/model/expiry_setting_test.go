package model

import (
	"strings"
	"testing"
	"time"
)

// TestExpirySetting: the operation names its expiry setting as its SDK
// calls it, with the span of the value the code writes (the call's span
// when it writes none).
func TestExpirySetting(t *testing.T) {
	for _, c := range []struct{ name, kind, code, want, value string }{
		{"boto3", KindPython, "import boto3\ns3 = boto3.client('s3')\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=900000)\n", "ExpiresIn", "900000"},
		{"boto3-default", KindPython, "import boto3\ns3 = boto3.client('s3')\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'})\n", "ExpiresIn", ""},
		{"js-v3", KindText, "import { S3Client, GetObjectCommand } from \"@aws-sdk/client-s3\";\nimport { getSignedUrl } from \"@aws-sdk/s3-request-presigner\";\nconst client = new S3Client({ region: \"eu-west-1\" });\nconst url = await getSignedUrl(client, new GetObjectCommand({ Bucket: \"b\", Key: \"k\" }), { expiresIn: 900000 });\n", "getSignedUrl's expiresIn option", "900000"},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := Build(c.code, []Part{{Kind: c.kind, Span: Span{Start: 0, End: len(c.code)}}}, time.Unix(0, 0))
			if len(f.Operations) != 1 {
				t.Fatalf("%d operations", len(f.Operations))
			}
			o := f.Operations[0]
			name, sp := o.ExpirySetting()
			if name != c.want {
				t.Errorf("setting %q, want %q (SDK %q)", name, c.want, o.SDK)
			}
			got := c.code[sp.Start:sp.End]
			if c.value != "" && got != c.value || c.value == "" && !strings.Contains(got, "generate_presigned_url") {
				t.Errorf("span shows %q", got)
			}
		})
	}
}
