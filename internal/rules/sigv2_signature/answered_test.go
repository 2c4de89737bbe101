package sigv2signature

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules/ruletest"
)

// The SigV2 default of a client without signature_version is a "may": it
// stays silent when the paste shows S3's answer to the request and that
// answer is not one SigV2 causes, and fires when the answer is.
func TestDefaultSilentWhenAnsweredOtherwise(t *testing.T) {
	const code = "s3 = boto3.client('s3', region_name='eu-west-1')\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=600)\n"
	for _, c := range []struct {
		name, answer string
		fires        bool
	}{
		{"no answer", "", true},
		{"sigv2 answer", "<Error><Code>InvalidRequest</Code><Message>The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.</Message></Error>", true},
		{"same code other message", "<Error><Code>InvalidRequest</Code><Message>S3 Transfer Acceleration is not configured on this bucket</Message></Error>", false},
		{"other code", "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			parts := []ruletest.Part{ruletest.Python(code)}
			if c.answer != "" {
				parts = append(parts, ruletest.Part{Kind: model.KindS3Error, Text: c.answer})
			}
			fs, _ := ruletest.Run(t, Rule, parts...)
			if got := len(fs) > 0; got != c.fires {
				t.Errorf("fires=%v, want %v:\n%s", got, c.fires, ruletest.Messages(fs))
			}
		})
	}
}
