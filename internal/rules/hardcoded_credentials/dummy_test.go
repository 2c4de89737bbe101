package hardcodedcredentials

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/rules/ruletest"
)

// An emulator's documented dummy credentials are no leak only where every
// endpoint the paste shows is local or private; the decision is the
// model's (Credential.Dummy, Redacted.Dummy), the same for code, commands
// and environment blocks, and the values reach the rule redacted.
func TestEmulatorDummyCredentials(t *testing.T) {
	for _, c := range []struct {
		name string
		part ruletest.Part
		want int // findings
	}{
		{"localstack test/test on localhost", ruletest.Python("import boto3\ns3 = boto3.client('s3', endpoint_url='http://localhost:4566', aws_access_key_id='test', aws_secret_access_key='test')\n"), 0},
		{"localstack test/test on localhost.localstack.cloud", ruletest.Python("import boto3\ns3 = boto3.client('s3', endpoint_url='https://s3.localhost.localstack.cloud:4566', aws_access_key_id='test', aws_secret_access_key='test')\n"), 0},
		{"test/test against AWS", ruletest.Python("import boto3\ns3 = boto3.client('s3', endpoint_url='https://s3.eu-west-1.amazonaws.com', aws_access_key_id='test', aws_secret_access_key='test')\n"), 2},
		{"test/test and no endpoint", ruletest.Python("import boto3\ns3 = boto3.client('s3', aws_access_key_id='test', aws_secret_access_key='test')\n"), 2},
		{"local and AWS endpoints both shown", ruletest.Python("import boto3\nlocal = boto3.client('s3', endpoint_url='http://localhost:4566', aws_access_key_id='test', aws_secret_access_key='test')\nprod = boto3.client('s3', endpoint_url='https://s3.us-east-1.amazonaws.com')\n"), 2},
		{"generated key on localhost", ruletest.Python("import boto3\ns3 = boto3.client('s3', endpoint_url='http://localhost:4566', aws_access_key_id='AKIA2E0A8F3B244C9986', aws_secret_access_key='Zk3pQ9rTbW1xY7uV5sN2mL8hJ4gF6dC0aE3iO7uQ')\n"), 2},
		{"minioadmin on a docker service", ruletest.CLI("export AWS_ENDPOINT_URL=http://minio:9000\nexport AWS_ACCESS_KEY_ID=minioadmin\nexport AWS_SECRET_ACCESS_KEY=minioadmin\n"), 0},
		{"minioadmin on a public host", ruletest.CLI("export AWS_ENDPOINT_URL=https://minio.example.com\nexport AWS_ACCESS_KEY_ID=minioadmin\nexport AWS_SECRET_ACCESS_KEY=minioadmin\n"), 2},
		{"configure set test on localhost", ruletest.CLI("aws configure set aws_access_key_id test\naws configure set aws_secret_access_key test\naws --endpoint-url http://127.0.0.1:4566 s3 presign s3://b/k\n"), 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			fs, red := ruletest.Run(t, Rule, c.part)
			if strings.Contains(red, "minioadmin") || strings.Contains(red, "'test'") {
				t.Fatalf("the rule saw an unredacted value:\n%s", red)
			}
			if len(fs) != c.want {
				t.Fatalf("%d findings, want %d:\n%s\n%s", len(fs), c.want, ruletest.Messages(fs), red)
			}
		})
	}
}
