package triage

import (
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

func build(parts ...string) *model.Facts {
	// parts are kind, text pairs joined by blank lines.
	var text string
	var ps []model.Part
	for i := 0; i+1 < len(parts); i += 2 {
		start := len(text)
		text += parts[i+1]
		ps = append(ps, model.Part{Kind: parts[i], Span: model.Span{Start: start, End: len(text)}})
		text += "\n\n"
	}
	return model.Build(text, ps, time.Date(2024, 1, 15, 14, 30, 0, 0, time.UTC))
}

func commands(steps []Step) string {
	var out []string
	for _, s := range steps {
		out = append(out, s.Command)
		if s.Why == "" {
			out = append(out, "(no why)")
		}
	}
	return strings.Join(out, "\n")
}

func TestStepsFilled(t *testing.T) {
	f := build(
		model.KindCLI, "aws s3 presign s3://demo/dir/a.txt --region eu-west-1 --profile dev",
		model.KindCredentials, `{"UserId": "AIDAEXAMPLE", "Account": "ACCOUNT_1", "Arn": "arn:aws:iam::ACCOUNT_1:user/alice"}`,
	)
	want := strings.Join([]string{
		"aws sts get-caller-identity --profile dev",
		"aws iam list-access-keys --user-name alice --profile dev",
		"aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::ACCOUNT_1:user/alice --action-names s3:GetObject --resource-arns arn:aws:s3:::demo/dir/a.txt --profile dev",
		"aws s3api get-bucket-policy --bucket demo --query Policy --output text --profile dev",
		"aws s3api get-bucket-location --bucket demo --profile dev",
		"aws s3api head-object --bucket demo --key dir/a.txt --profile dev",
	}, "\n")
	if got := commands(Steps(f)); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestStepsPlaceholdersAndRoles(t *testing.T) {
	f := build(model.KindCredentials, `{"Credentials": {"AccessKeyId": "ASIA_EXAMPLE_KEY_1", "Expiration": "2024-01-15T15:30:00Z"}, "AssumedRoleUser": {"Arn": "arn:aws:sts::ACCOUNT_1:assumed-role/signer/session"}}`)
	got := commands(Steps(f))
	for _, s := range []string{
		"--policy-source-arn arn:aws:iam::ACCOUNT_1:role/signer ",
		"--resource-arns 'arn:aws:s3:::<bucket>/<key>'",
		"get-bucket-location --bucket '<bucket>'",
	} {
		if !strings.Contains(got, s) {
			t.Errorf("missing %q in\n%s", s, got)
		}
	}
	if strings.Contains(got, "list-access-keys") || strings.Contains(got, "head-object") {
		t.Errorf("steps that do not apply:\n%s", got)
	}
}

func TestStepsKMSAndQuoting(t *testing.T) {
	url := "https://demo.s3.eu-west-1.amazonaws.com/my%20file.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-SignedHeaders=host"
	f := build(model.KindCurl, "curl -X PUT -H 'x-amz-server-side-encryption: aws:kms' -T f '"+url+"'")
	got := commands(Steps(f))
	if !strings.Contains(got, "--action-names s3:PutObject kms:GenerateDataKey") || !strings.Contains(got, "--key 'my file.txt'") {
		t.Errorf("got\n%s", got)
	}
}

func TestStepsNothingToSay(t *testing.T) {
	if s := Steps(build(model.KindText, "hello")); s != nil {
		t.Errorf("steps for plain text: %+v", s)
	}
}
