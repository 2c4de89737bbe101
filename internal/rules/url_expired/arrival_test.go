package urlexpired

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules/ruletest"
)

// S3 checks a presigned URL's expiry when the request arrives, not during
// the transfer (AWS S3 user guide, using-presigned-url: a download that
// starts before the expiry continues past it). So the rule never says a
// transfer "expired midway", and when S3's answer shows the request
// arrived after the expiry (ServerTime after Expires) it says so.
func TestExpiredSaysWhenTheRequestArrived(t *testing.T) {
	answer := `<Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>600</X-Amz-Expires><Expires>2024-01-15T14:05:00Z</Expires><ServerTime>2024-01-15T14:06:13Z</ServerTime><RequestId>7N2Q0C4XH8ZK1M3B</RequestId></Error>`
	url := "https://big-uploads.s3.us-east-1.amazonaws.com/v.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T135500Z&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Signature=0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a"
	for _, c := range []struct {
		name    string
		part    ruletest.Part
		arrived bool
	}{
		{"answer", ruletest.Part{Kind: model.KindS3Error, Text: answer}, true},
		{"url", ruletest.Part{Kind: model.KindURL, Text: url}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			fs, _ := ruletest.Run(t, Rule, c.part)
			if len(fs) == 0 {
				t.Fatal("url_expired did not fire")
			}
			for _, f := range fs {
				m := strings.ToLower(f.Message)
				for _, bad := range []string{"midway", "mid-way", "expired during", "expires during", "cut off", "while uploading", "while downloading"} {
					if strings.Contains(m, bad) {
						t.Errorf("message claims the URL expired %q: %s", bad, f.Message)
					}
				}
				if got := strings.Contains(m, "arrived after"); got != c.arrived {
					t.Errorf("says the request arrived after the expiry: %v, want %v: %s", got, c.arrived, f.Message)
				}
			}
		})
	}
}
