package redact

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/plant"
)

// TestCodeSlot: the one rule of code.go on its examples. A credential
// slot's value that reads like a reference is kept only where the slot is
// written in code; in every configuration syntax it is the secret.
func TestCodeSlot(t *testing.T) {
	for _, c := range []struct {
		paste, label, val string
		code              bool
	}{
		// code: a call's keyword argument, an object entry, a statement, a block of code
		{"s3 = boto3.client(\"s3\", aws_secret_access_key=creds.secret_key)", "aws_secret_access_key", "creds.secret_key", true},
		{"session = boto3.Session(\n    aws_access_key_id=creds.access_key,\n    aws_secret_access_key=creds.secret_key,\n)", "aws_secret_access_key", "creds.secret_key", true},
		{"const c = new S3Client({\n  credentials: {\n    accessKeyId: creds.accessKeyId,\n    secretAccessKey: process.env.X,\n  },\n});", "secretAccessKey", "process.env.X", true},
		{"AWS.config.secretAccessKey = cfg.secret;", "secretAccessKey", "cfg.secret", true},
		{"const secretAccessKey = cfg.secret", "secretAccessKey", "cfg.secret", true},
		{"secretKey := cfg.Secret", "secretKey", "cfg.Secret", true},
		{"provider \"aws\" {\n  secret_key = var.aws_secret_key\n}", "secret_key", "var.aws_secret_key", true},
		{"import boto3\nsecret_access_key = settings.AWS_SECRET\ns3 = boto3.client(\"s3\")", "secret_access_key", "settings.AWS_SECRET", true},
		{"cfg := aws.Config{\n\tSecretKey: creds.Secret,\n}", "SecretKey", "creds.Secret", true},
		// configuration: properties, YAML, INI, env, a command's arguments, a table, a log
		{"aws.accessKeyId=B.A00010\naws.secretKey=x.y.zebra", "accessKeyId", "B.A00010", false},
		{"cloud.aws.credentials.secret-key: Kt.q8Zx", "secret-key", "Kt.q8Zx", false},
		{"//registry.npmjs.org/:_authToken=B.A00001", "_authToken", "B.A00001", false},
		{"; /etc/php/8.2/fpm/pool.d/www.conf\nenv[AWS_SECRET_ACCESS_KEY] = B.A00010", "AWS_SECRET_ACCESS_KEY", "B.A00010", false},
		{"[default]\naws_secret_access_key = creds.secret_key", "aws_secret_access_key", "creds.secret_key", false},
		{"MINIO_ROOT_PASSWORD=bbye.don9019", "MINIO_ROOT_PASSWORD", "bbye.don9019", false},
		{"$ rclone config create wasabi s3 access_key_id=B.A00010 endpoint=s3.wasabisys.com", "access_key_id", "B.A00010", false},
		{"| 8 | spring.datasource.password=B.A00010 |", "password", "B.A00010", false},
		{"s3:\n  accessKey: minio\n  secretAccessKey: B.A00001\n", "secretAccessKey", "B.A00001", false},
		{`{"level":"DEBUG","message":"config loaded` + "\n" + `aws_secret_access_key=creds.secret_key"}`, "aws_secret_access_key", "creds.secret_key", false},
		{"2024-01-15 12:00:00 INFO Creds(accessKeyId=B.A00010, region=us-east-1)", "accessKeyId", "B.A00010", false},
		{"AccountKey=B.A00010;EndpointSuffix=core.windows.net;", "AccountKey", "B.A00010", false},
	} {
		i := strings.Index(c.paste, c.label)
		if got := codeExpr(c.paste, i, i+len(c.label), c.val); got != c.code {
			t.Errorf("%q: code %v, want %v", c.paste, got, c.code)
		}
		res := Redact(c.paste, Options{})
		if kept := strings.Contains(res.Text, c.val); kept != c.code {
			t.Errorf("%q: value kept %v, want %v:\n%s", c.paste, kept, c.code, res.Text)
		}
	}
}

// TestCodeShapedValueInEverySlot: every slot of every plant context (none
// plants a reference of code: code contexts quote their values) holding a
// value that reads like code (a member chain, a variable name) is redacted.
// FuzzPlantedSlot kept finding this class one syntax at a time.
func TestCodeShapedValueInEverySlot(t *testing.T) {
	values := []string{"B.A00010", "creds.secret_key", "settingsKey"}
	n := 0
	for ci, c := range plant.Contexts {
		for ei, enc := range plant.EncodingsFor(c) {
			probe := plant.One(ci, ei, 0, 1, "")
			base := plant.Normalize(probe.Text)
			for slot := range probe.Secrets {
				for _, v := range values {
					if strings.Contains(base, v) {
						continue
					}
					d := plant.One(ci, ei, slot, 1, v)
					var target *plant.Secret
					for _, s := range d.Secrets {
						if s.Value == v {
							target = s
						}
					}
					if target == nil {
						continue
					}
					n++
					if r := Redact(d.Text, Options{}); d.HayFor([]string{r.Text}).Has(target) {
						t.Errorf("%s %s slot %q: %q survives (plant.One(%d, %d, %d, 1, %q))", c.Name, enc, target.Slot, v, ci, ei, slot, v)
					}
				}
			}
		}
	}
	if n < 3000 {
		t.Errorf("only %d plants", n)
	}
}
