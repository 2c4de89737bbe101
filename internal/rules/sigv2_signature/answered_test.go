package sigv2signature

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/rules/ruletest"
)

// The SigV2 default of a client without signature_version is a "may": it
// stays silent when the paste shows S3's answer to the request and that
// answer is not one SigV2 causes, and fires when the answer is.
func TestDefaultSilentWhenAnsweredOtherwise(t *testing.T) {
	const code = "s3 = boto3.client('s3', region_name='eu-west-1')\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=600)\n"
	ruletest.RunAnswers(t, Rule, ruletest.Python(code), []ruletest.Answer{
		{Name: "no answer", XML: "", Fires: true},
		{Name: "sigv2 answer", XML: "<Error><Code>InvalidRequest</Code><Message>The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.</Message></Error>", Fires: true},
		{Name: "same code other message", XML: "<Error><Code>InvalidRequest</Code><Message>S3 Transfer Acceleration is not configured on this bucket</Message></Error>", Fires: false},
		{Name: "other code", XML: "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>", Fires: false},
	})
}
