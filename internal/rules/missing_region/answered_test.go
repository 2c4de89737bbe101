package missingregion

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/rules/ruletest"
)

// A client without region stays silent when S3's answer names another
// cause, even under the code the rule documents: S3 answers
// AuthorizationQueryParametersError to a wrong region and to a mal-formed
// credential alike, and only the message's fixed text tells them apart.
func TestSilentWhenAnsweredOtherwise(t *testing.T) {
	const code = "import boto3\ns3 = boto3.client('s3')\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=600)\n"
	ruletest.RunAnswers(t, Rule, ruletest.Python(code), []ruletest.Answer{
		{Name: "no answer", XML: "", Fires: true},
		{Name: "wrong region", XML: "<Error><Code>AuthorizationQueryParametersError</Code><Message>Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'eu-west-1'</Message><Region>eu-west-1</Region></Error>", Fires: true},
		{Name: "mal-formed credential", XML: "<Error><Code>AuthorizationQueryParametersError</Code><Message>Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting \"&lt;YOUR-AKID&gt;/YYYYMMDD/REGION/SERVICE/aws4_request\".</Message></Error>", Fires: false},
		{Name: "other code", XML: "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>", Fires: false},
	})
}
