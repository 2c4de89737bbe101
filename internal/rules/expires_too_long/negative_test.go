package expirestoolong

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules/ruletest"
)

// A negative X-Amz-Expires (an epoch passed where a duration goes, fog#3528)
// gets its own message: S3 answers "X-Amz-Expires must be non-negative",
// not the week limit; an expiry of 0 is below the 1-second minimum but not
// negative.
func TestNegativeExpiresMessage(t *testing.T) {
	url := func(n string) string {
		return "https://staging.s3.us-west-2.amazonaws.com/a.xml?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20240115T143000Z&X-Amz-Expires=" + n + "&X-Amz-SignedHeaders=host&X-Amz-Signature=3d4c5b6a79880796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0a1b2"
	}
	for _, c := range []struct {
		name     string
		part     ruletest.Part
		negative bool
	}{
		{"url", ruletest.Part{Kind: model.KindURL, Text: url("-1428703005")}, true},
		{"url-zero", ruletest.Part{Kind: model.KindURL, Text: url("0")}, false},
		{"code", ruletest.Python("import boto3\ns3 = boto3.client('s3', region_name='us-west-2')\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=-60)\n"), true},
		{"error", ruletest.Part{Kind: model.KindS3Error, Text: "<Error><Code>AuthorizationQueryParametersError</Code><Message>X-Amz-Expires must be non-negative</Message><RequestId>0C4XH8ZK1M3B7N2Q</RequestId></Error>"}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			fs, _ := ruletest.Run(t, Rule, c.part)
			if len(fs) == 0 {
				t.Fatal("expires_too_long did not fire")
			}
			for _, f := range fs {
				if got := strings.Contains(f.Message, "must be non-negative"); got != c.negative {
					t.Errorf("names S3's non-negative answer: %v, want %v: %s", got, c.negative, f.Message)
				}
				if strings.Contains(f.Message, "less than a week") {
					t.Errorf("a too-short expiry is told the week limit: %s", f.Message)
				}
			}
		})
	}
}
