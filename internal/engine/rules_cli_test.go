package engine

import (
	"strings"
	"testing"
)

func TestCLIExpiresTooLong(t *testing.T) {
	rfRun(t, "expires_too_long", []rfCase{
		{name: "above a week", input: "aws s3 presign s3://demo/a.txt --region eu-west-1 --expires-in 700000\n",
			fires: true, span: "700000", says: []string{"--expires-in 700000", "604800", "AuthorizationQueryParametersError (400)"}},
		{name: "zero", input: "aws s3 presign s3://demo/a.txt --region eu-west-1 --expires-in=0\n",
			fires: true, span: "0", says: []string{"below the minimum"}},
		{name: "a week is fine", input: "aws s3 presign s3://demo/a.txt --region eu-west-1 --expires-in 604800\n"},
		{name: "default is fine", input: "aws s3 presign s3://demo/a.txt --region eu-west-1\n"},
	})
}

// TestCLIExpiresMergesWithURL checks that --expires-in and the URL it
// printed make one finding: same rule, same value, one cause.
func TestCLIExpiresMergesWithURL(t *testing.T) {
	resp := rfAnalyze(t, "$ aws s3 presign s3://demo/a.txt --region eu-west-1 --expires-in 700000\n"+rfURL("https", "700000", "host")+"\n")
	fs := rfFind(resp, "expires_too_long")
	if len(fs) != 1 || len(fs[0].Related) != 1 {
		t.Fatalf("want one merged finding with one related span, got %+v", fs)
	}
	if got := rfText(resp, fs[0].Fixes[0].Edits[0].Start, fs[0].Fixes[0].Edits[0].End); got != "700000" {
		t.Errorf("fix edits %q", got)
	}
}

func TestCLIMissingRegion(t *testing.T) {
	rfRun(t, "missing_region", []rfCase{
		{name: "no region", input: "aws s3 presign s3://demo/a.txt --expires-in 3600\n",
			fires: true, span: "presign", says: []string{"without --region", "AuthorizationQueryParametersError (400)"}},
		{name: "profile named", input: "aws s3 presign s3://demo/a.txt --profile dev\n",
			fires: true, span: "presign", says: []string{`profile "dev"`}},
		{name: "region given", input: "aws s3 presign s3://demo/a.txt --region eu-west-1\n"},
		{name: "region exported", input: "export AWS_DEFAULT_REGION=eu-west-1\naws s3 presign s3://demo/a.txt\n"},
		{name: "region configured", input: "aws configure set region eu-west-1\naws s3 presign s3://demo/a.txt\n"},
		{name: "region in the config file", input: "[default]\nregion = eu-west-1\n\naws s3 presign s3://demo/a.txt\n"},
	})
	// With the URL it printed, the region it signed for is known (the
	// URL's scope): nothing is missing, and a bucket elsewhere is
	// region_mismatch's.
	resp := rfAnalyze(t, "aws s3 presign s3://demo/a.txt\n"+rfURL("https", "3600", "host")+"\n")
	if fs := rfFind(resp, "missing_region"); len(fs) != 0 {
		t.Fatalf("with the printed URL: %+v", fs)
	}
	// With S3's answer naming the bucket's region, the fix adds it.
	resp = rfAnalyze(t, "aws s3 presign s3://demo/a.txt\n<Error><Code>AuthorizationQueryParametersError</Code><Message>Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'eu-west-1'</Message></Error>\n")
	fs := rfFind(resp, "missing_region")
	if len(fs) != 1 || len(fs[0].Fixes) != 1 || len(fs[0].Fixes[0].Edits) != 1 || fs[0].Fixes[0].Edits[0].New != " --region eu-west-1" {
		t.Fatalf("fix: %+v", fs)
	}
}

func TestCLIExpiryExceedsSession(t *testing.T) {
	assume := "aws sts assume-role --role-arn arn:aws:iam::111122223333:role/signer --role-session-name s"
	stsOut := "{\n  \"Credentials\": {\n    \"AccessKeyId\": \"ASIAIOSFODNN7EXAMPLE\",\n    \"SecretAccessKey\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\",\n    \"SessionToken\": \"FwoGZXIvYXdzEXAMPLETOKEN\",\n    \"Expiration\": \"2024-01-15T14:30:00+00:00\"\n  },\n  \"AssumedRoleUser\": {\n    \"AssumedRoleId\": \"AROA3XFRBF535PLBIFPI4:s\",\n    \"Arn\": \"arn:aws:sts::111122223333:assumed-role/signer/s\"\n  }\n}\n"
	rfRun(t, "expiry_exceeds_session", []rfCase{
		{name: "duration shorter than expiry",
			input: assume + " --duration-seconds 900\n\naws s3 presign s3://demo/a.txt --region eu-west-1 --expires-in 3600\n",
			fires: true, span: "3600", says: []string{"1 hour (3600 seconds)", "15 minutes (--duration-seconds 900)", "ExpiredToken (400)"}},
		{name: "default session",
			input: assume + "\n\naws s3 presign s3://demo/a.txt --region eu-west-1 --expires-in 7200\n",
			fires: true, span: "7200", says: []string{"the default of 3600 seconds"}},
		{name: "presign default outlives a short session",
			input: assume + " --duration-seconds 900\n\naws s3 presign s3://demo/a.txt --region eu-west-1\n",
			fires: true, span: "presign", says: []string{"1 hour (3600 seconds)"}},
		{name: "role profile with a short duration",
			input: "[profile signer]\nrole_arn = arn:aws:iam::111122223333:role/signer\nsource_profile = default\nduration_seconds = 900\n\naws s3 presign s3://demo/a.txt --region eu-west-1 --profile signer --expires-in 3600\n",
			fires: true, span: "3600", says: []string{"15 minutes (--duration-seconds 900)"}},
		{name: "expiry within the session",
			input: assume + " --duration-seconds 43200\n\naws s3 presign s3://demo/a.txt --region eu-west-1 --expires-in 3600\n"},
		{name: "default presign expiry equals the default session",
			input: assume + "\n\naws s3 presign s3://demo/a.txt --region eu-west-1\n"},
		{name: "STS output expires before the URL",
			input: stsOut + "\n" + rfURL("https", "3600", "host") + "\n",
			fires: true, span: "X-Amz-Expires=3600", says: []string{"valid until 2024-01-15T15:00:00Z", "expire at 2024-01-15T14:30:00Z", "30 minutes earlier"}},
		{name: "STS output outlives the URL",
			input: strings.Replace(stsOut, "14:30:00", "20:00:00", 1) + "\n" + rfURL("https", "3600", "host") + "\n"},
	})
}

func TestCLIHardcodedCredentials(t *testing.T) {
	rfRun(t, "hardcoded_credentials", []rfCase{
		{name: "configure set secret",
			input: "aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
			fires: true, span: "EXAMPLE_SECRET_ACCESS_KEY_1", says: []string{"a secret access key (aws_secret_access_key) is written on a command line"}},
		{name: "export key id",
			input: "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_REGION=eu-west-1\n",
			fires: true, span: "AKIA_EXAMPLE_KEY_1", says: []string{"an access key ID (AWS_ACCESS_KEY_ID) is written in an environment export"}},
		{name: "env before a command",
			input: "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY aws s3 presign s3://demo/a.txt --region eu-west-1\n",
			fires: true, span: "EXAMPLE_SECRET_ACCESS_KEY_1", says: []string{"on a command line"}},
		{name: "credentials file is silent",
			input: "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"},
		{name: "variables are silent", input: "export AWS_SECRET_ACCESS_KEY=$SECRET\naws configure set aws_access_key_id \"$KEY_ID\"\n"},
		{name: "hand placeholders are silent", input: "export AWS_SECRET_ACCESS_KEY=<your-secret-key>\n"},
	})
}

// TestCLIHardcodedCredentialsSpan checks the finding points at the value
// and never quotes it.
func TestCLIHardcodedCredentialsSpan(t *testing.T) {
	resp := rfAnalyze(t, "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n")
	fs := rfFind(resp, "hardcoded_credentials")
	if len(fs) != 1 {
		t.Fatalf("findings %+v", resp.Findings)
	}
	got := rfText(resp, fs[0].Start, fs[0].End)
	if strings.Contains(got, "=") || got == "" || strings.Contains(fs[0].Message, got) {
		t.Errorf("span %q, message %q", got, fs[0].Message)
	}
}
