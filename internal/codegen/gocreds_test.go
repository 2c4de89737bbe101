package codegen

import (
	"testing"
)

// TestGoCredentialEdits checks the in-place fix of Go code signing with
// literal keys: the static provider is replaced with the default chain and
// every other line stays (the keys are redaction placeholders by then).
func TestGoCredentialEdits(t *testing.T) {
	checkCredEdits(t, []credCase{
		{"v1 provider bound to a name",
			"creds := credentials.NewStaticCredentials(\"AKIA_EXAMPLE_KEY_1\", \"EXAMPLE_SECRET_ACCESS_KEY_1\", \"\")\ncfg := aws.NewConfig().WithRegion(\"us-west-2\").WithCredentials(creds)\nsrv := s3.New(session.New(), cfg)\n",
			"creds := defaults.CredChain(defaults.Config(), defaults.Handlers())\ncfg := aws.NewConfig().WithRegion(\"us-west-2\").WithCredentials(creds)\nsrv := s3.New(session.New(), cfg)\n"},
		{"v1 import of credentials becomes defaults",
			"import (\n\t\"github.com/aws/aws-sdk-go/aws\"\n\t\"github.com/aws/aws-sdk-go/aws/credentials\"\n\t\"github.com/aws/aws-sdk-go/aws/session\"\n)\n\nfunc main() {\n\tsess := session.Must(session.NewSession(&aws.Config{\n\t\tRegion:      aws.String(\"eu-west-1\"),\n\t\tCredentials: credentials.NewStaticCredentials(\"AKIA_EXAMPLE_KEY_1\", \"EXAMPLE_SECRET_ACCESS_KEY_1\", \"\"),\n\t}))\n\t_ = sess\n}\n",
			"import (\n\t\"github.com/aws/aws-sdk-go/aws\"\n\t\"github.com/aws/aws-sdk-go/aws/defaults\"\n\t\"github.com/aws/aws-sdk-go/aws/session\"\n)\n\nfunc main() {\n\tsess := session.Must(session.NewSession(&aws.Config{\n\t\tRegion:      aws.String(\"eu-west-1\"),\n\t\tCredentials: defaults.CredChain(defaults.Config(), defaults.Handlers()),\n\t}))\n\t_ = sess\n}\n"},
		{"v2 option on its own line",
			"cfg, err := config.LoadDefaultConfig(ctx,\n\tconfig.WithRegion(\"us-west-2\"),\n\tconfig.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(\"AKIA_EXAMPLE_KEY_1\", \"EXAMPLE_SECRET_ACCESS_KEY_1\", \"\")),\n)\n",
			"cfg, err := config.LoadDefaultConfig(ctx,\n\tconfig.WithRegion(\"us-west-2\"),\n)\n"},
		{"v2 provider bound to a name, option last on the line",
			"provider := credentials.NewStaticCredentialsProvider(\"AKIA_EXAMPLE_KEY_1\", \"EXAMPLE_SECRET_ACCESS_KEY_1\", \"\")\ncfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(\"us-west-2\"), config.WithCredentialsProvider(provider))\nclient := s3.NewFromConfig(cfg)\n",
			"cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(\"us-west-2\"))\nclient := s3.NewFromConfig(cfg)\n"},
		{"v2 provider in a struct: no in-place fix",
			"cfg := aws.Config{Region: \"us-west-2\", Credentials: credentials.NewStaticCredentialsProvider(\"AKIA_EXAMPLE_KEY_1\", \"EXAMPLE_SECRET_ACCESS_KEY_1\", \"\")}\nclient := s3.NewFromConfig(cfg)\n",
			""},
	}, true, goCredentialEdits)
}
