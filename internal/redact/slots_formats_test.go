package redact

import "testing"

// Slots added for held-out formats (issue 18, h-rprobe): each case is a
// paste in its format's own shape (the source is named in the reader), the
// secrets that must go, and what must stay readable.
func TestHeldOutFormatSlots(t *testing.T) {
	runRedactCases(t, []redactCase{
		{"s3fs passwd echo", "$ echo svc-uploads01:zq8Lm2Xw > ${HOME}/.passwd-s3fs\n$ chmod 600 ${HOME}/.passwd-s3fs\n",
			[]string{"svc-uploads01", "zq8Lm2Xw"}, []string{"chmod 600"}},
		{"s3fs passwd cat", "$ cat /etc/passwd-s3fs\nacme-logs:GK3515373e4c851ebaad366558:b7e1:f00d\n$ s3fs acme-logs /mnt/s3\n",
			[]string{"GK3515373e4c851ebaad366558", "b7e1:f00d"}, []string{"acme-logs"}},
		{"terraform state id", `{"type": "aws_iam_access_key", "instances": [{"attributes": {"id": "minio-ci-key", "secret": "hunter2hunter2", "user": "ci"}}]}`,
			[]string{"minio-ci-key", "hunter2hunter2"}, []string{`"user": "ci"`}},
		{"postgres create_aws_credentials", "SELECT aws_commons.create_aws_credentials('svc-ci', 'sekritvalue', '');",
			[]string{"svc-ci", "sekritvalue"}, []string{"aws_commons"}},
		{"airflow aws:// login", "AIRFLOW_CONN_AWS_DEFAULT='aws://SCWQWMT3JHTVWTUJICK2:pa%2Fss@/?region_name=eu-west-1'",
			[]string{"SCWQWMT3JHTVWTUJICK2", "pa%2Fss"}, []string{"region_name=eu-west-1"}},
		{"token as userinfo", "SENTRY_DSN=https://c854cfbdac41ff061be7476e8bedbd55@o12345.ingest.sentry.io/678\ngit clone https://alice@example.com/repo.git",
			[]string{"c854cfbdac41ff061be7476e8bedbd55"}, []string{"alice@example.com", "o12345.ingest.sentry.io"}},
		{"versioned label", `"ses_smtp_password_v4": "BAbCdEfGh12", "secret_key_2": "zzzzyyyy"`,
			[]string{"BAbCdEfGh12", "zzzzyyyy"}, nil},
		{"bucket_2 is no label", "bucket_2 acme-data", nil, []string{"acme-data"}},
		{"TypeScript non-null env read is a reference", "credentials: {\n    accessKeyId: process.env.S3_KEY!,\n    secretAccessKey: cfg.secret!;\n    password: hunter2hunter2!,\n}",
			[]string{"hunter2hunter2"}, []string{"process.env.S3_KEY!,", "cfg.secret!;"}},
		{"gcloud accessId", "metadata:\n  accessId: GOOGTS7C7FUP3AIRVJTE2BCD\nsecret: bGoa+V7g/yqDXvKRqq+JTFn4uQZbPiQJo4pf9RzJ\n",
			[]string{"GOOGTS7C7FUP3AIRVJTE2BCD", "bGoa+V7g/yqDXvKRqq+JTFn4uQZbPiQJo4pf9RzJ"}, nil},
		{"csv semicolons quoted", "User name;Password;Access key ID;Secret access key\n\"ci\";\"p,w;1!\";\"svc-ci\";\"abc;def\"\n",
			[]string{"p,w;1!", "svc-ci", "abc;def"}, []string{"User name"}},
		{"spark-defaults name then blanks then :value", "spark.hadoop.fs.s3a.endpoint          s3.us-west-2.amazonaws.com\nspark.hadoop.fs.s3a.secret.key        :ocDcNAkr,\nfs.s3a.secret.key = a,b;c\n",
			[]string{"ocDcNAkr,", "a,b;c"}, []string{"s3.us-west-2.amazonaws.com"}},
		{"userinfo password percent-encoded with @ then ?", "DATABASE_URL=postgres://app:%40R328u7bQ4qsF-40n%3FJGF%216@db.internal:5432/app\n",
			[]string{"%40R328u7bQ4qsF-40n%3FJGF%216", "R328u7bQ4qsF"}, []string{"db.internal:5432/app"}},
		{"az storage account keys list", "[\n  {\n    \"creationTime\": \"2024-01-15T12:30:00.000000+00:00\",\n    \"keyName\": \"key1\",\n    \"permissions\": \"FULL\",\n    \"value\": \"A0000172\"\n  }\n]\n",
			[]string{"A0000172"}, []string{`"keyName": "key1"`, `"permissions": "FULL"`}},
		{"sentry dsn short key", "SENTRY_DSN=https://A0000172@o12345.ingest.sentry.io/678\n{\"dsn\": \"https://b00c4fe@o1.ingest.sentry.io/2\"}\ngit clone https://alice@example.com/repo.git",
			[]string{"A0000172", "b00c4fe"}, []string{"alice@example.com", "o12345.ingest.sentry.io"}},
		{"csv after markup", "<pre><code>Access key ID,Secret access key\nminioadmin1,minio-secret-9\n</code></pre>",
			[]string{"minioadmin1", "minio-secret-9"}, nil},
		{"code key=NAME, lines are no CSV", "session = boto3.Session(\n    aws_access_key_id=AWS_ACCESS_KEY_ID,\n    aws_secret_access_key=AWS_SECRET_ACCESS_KEY,\n    region_name=AWS_REGION,\n)",
			nil, []string{"aws_access_key_id=AWS_ACCESS_KEY_ID,", "aws_secret_access_key=AWS_SECRET_ACCESS_KEY,", "region_name=AWS_REGION,"}},
		{"csv in numbered table", "| 1 | Access key ID,Secret access key |\n| 2 | minioadmin1,minio-secret-9 |",
			[]string{"minioadmin1", "minio-secret-9"}, nil},
		{"subscript assignments", "os.environ[\"AWS_ACCESS_KEY_ID\"] = \"svc-ci-key\"\nenv[AWS_SECRET_ACCESS_KEY] = php5ecret\nprocess.env['MINIO_ROOT_PASSWORD'] = 'pw12345'\nfoo[\"bucket\"] = \"acme-data\"",
			[]string{"svc-ci-key", "php5ecret", "pw12345"}, []string{"acme-data"}},
		{"setter arguments", `os.Setenv("AWS_SECRET_ACCESS_KEY", "gosecret1")` + "\n" + `System.setProperty("aws.secretAccessKey", "javasecret2");` + "\n" + `print("password", "is required")`,
			[]string{"gosecret1", "javasecret2"}, []string{"is required"}},
		{"HAR name/value is no setter", `{"name": "x-amz-security-token", "value": "tok-value-1"}`,
			[]string{"tok-value-1"}, []string{`"value"`}},
		{"plist keys", "<dict>\n\t<key>Access Key ID</key>\n\t<string>minioadmin7</string>\n\t<key>SecretKey</key>\n\t<string>plistsecret</string>\n\t<key>Hostname</key>\n\t<string>s3.example.com</string>\n</dict>",
			[]string{"minioadmin7", "plistsecret"}, []string{"s3.example.com"}},
		{"NAME=value as one string or shell word", "\"Env\": [\"MINIO_ROOT_PASSWORD=vxdj,Tpz1OAO71\", \"PATH=/usr/bin\"]\n$ docker run -e AWS_SECRET_ACCESS_KEY=ab.cd,ef --env MINIO_ROOT_PASSWORD=neiv.PHTRH69 img\nEnvironment=AWS_ACCESS_KEY_ID=svc.ci AWS_SECRET_ACCESS_KEY=x,y.z\nENV AWS_SECRET_ACCESS_KEY=$SECRET\nfoo(password=bar.baz, x=1)",
			[]string{"vxdj,Tpz1OAO71", "ab.cd,ef", "neiv.PHTRH69", "svc.ci", "x,y.z"}, []string{"PATH=/usr/bin", "$SECRET", "password=bar.baz, x=1"}},
		{"slack mrkdwn label", "*AWS_SECRET_ACCESS_KEY*: `shortsecret`\nx = a*b: c",
			[]string{"shortsecret"}, []string{"a*b: c"}},
	})
}
