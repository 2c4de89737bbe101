package redact

import (
	"encoding/base64"
	"net/url"
	"strings"
	"testing"
)

// Layer 1 on its own: a value in a slot goes whatever its shape. The
// pastes follow the shapes of real threads (botocore DEBUG logs, presigned
// POST forms, curl lines, SDK constructors, MinIO/Garage configuration);
// the values are made up here and deliberately not AWS-shaped.
func TestSlotsWhateverShape(t *testing.T) {
	const (
		minioKey = "minioadmin"
		minioSec = "minio-secret-123"
		garageID = "GK31c2f218a2e44f485b94239e"
		garageSk = "b892c0665f0ada8a4755dae98baa3b133590e11dae3bcc1f9d769d67f16c3835"
		pw       = "hunter2!x"
		tokenV   = "FwoGZXIvYXdzEBcaDNotARealTokenButLongEnoughToLookLikeOne0123456789"
		shortSig = "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00"
	)
	// (base64(1) of a SAS URL whose sig is percent-encoded: the whole run
	// goes when the text it holds has a secret)
	sasB64 := base64.StdEncoding.EncodeToString([]byte("https://a1.blob.core.windows.net/c/b.csv?sv=2022-11-02&sp=rl&spr=https&sig=%3D%2AznmeQX%232"))
	cases := []struct {
		name, paste string
		secrets     []string
	}{
		{"botocore debug signature", "2024-01-15 14:30:00,124 botocore.auth [DEBUG] StringToSign:\nAWS4-HMAC-SHA256\n20240115T143000Z\n20240115/us-east-1/s3/aws4_request\n" +
			"9b2e1e3d2c3f1e6a1d9a9b2e1e3d2c3f1e6a1d9a9b2e1e3d2c3f1e6a1d9a1d9a\n2024-01-15 14:30:00,124 botocore.auth [DEBUG] Signature:\n" + shortSig + "\n", []string{shortSig}},
		{"presigned POST form", `<form action="https://b.s3.amazonaws.com/" method="post">` + "\n" +
			`<input type="hidden" name="X-Amz-Credential" value="` + minioKey + `/20240115/us-east-1/s3/aws4_request" />` + "\n" +
			`<input type="hidden" name="x-amz-signature" value="` + shortSig + `" />`, []string{minioKey, shortSig}},
		{"curl -u", "curl -u admin:" + pw + " https://minio.local:9000/bucket/k", []string{pw}},
		{"curl --user quoted", `curl --user "admin:` + pw + `" https://x/`, []string{pw}},
		{"httpie -a", "http -a bob:" + pw + " GET https://x/", []string{pw}},
		{"wget password", "wget --http-password=" + pw + " --http-user=bob https://x/", []string{pw}},
		{"go v2 positional token", `cfg.Credentials = credentials.NewStaticCredentialsProvider("` + minioKey + `", "` + minioSec + `", "` + tokenV + `")`, []string{minioKey, minioSec, tokenV}},
		{"java session creds", `AwsSessionCredentials creds = AwsSessionCredentials.create("` + minioKey + `", "` + minioSec + `", "` + tokenV + `");`, []string{minioKey, minioSec, tokenV}},
		{"rust credentials", `let c = Credentials::new("` + minioKey + `", "` + minioSec + `", None, None, "static");`, []string{minioKey, minioSec}},
		{"minio X-Amz-Credential", "http://localhost:9000/b/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + minioKey + "%2F20240115%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T143000Z&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Signature=" + shortSig, []string{minioKey, shortSig}},
		{"mc alias set", "mc alias set local http://localhost:9000 " + minioKey + " " + minioSec, []string{minioKey, minioSec}},
		{"docker-compose minio", "environment:\n  MINIO_ROOT_USER: " + minioKey + "\n  MINIO_ROOT_PASSWORD: " + minioSec + "\n", []string{minioKey, minioSec}},
		{"garage key info", "Key name: my-key\nKey ID: " + garageID + "\nSecret key: " + garageSk + "\n", []string{garageID, garageSk}},
		{"a signing key as a tool prints it", "$ ./generate_signing_key -k " + minioSec + " -r eu-central-1\nSigning key: 7,200001\nKey Scope: 20240522/eu-central-1/s3/aws4_request\n", []string{minioSec, "7,200001"}},
		{"k8s env list", "env:\n  - name: AWS_ACCESS_KEY_ID\n    value: " + minioKey + "\n  - name: AWS_SECRET_ACCESS_KEY\n    value: \"" + minioSec + "\"\n", []string{minioKey, minioSec}},
		{"har header", `{"headers": [{"name": "x-amz-security-token", "value": "` + tokenV + `"}, {"name": "Authorization", "value": "Token ` + minioSec + `"}]}`, []string{tokenV, minioSec}},
		{"markdown table", "| user | Access key ID | Secret access key |\n|---|---|---|\n| bob | `" + minioKey + "` | " + minioSec + " |\n", []string{minioKey, minioSec}},
		{"console csv", "User name,Password,Access key ID,Secret access key\nbob," + pw + "," + minioKey + "," + minioSec + "\n", []string{pw, minioKey, minioSec}},
		// a CSV inside a JSON-escaped log message: the view's first line of
		// the string still holds the record's fields (commas too), its last
		// the closing "}
		{"console csv in a json log message", `{"ts":"2024-01-15T12:00:00Z","level":"DEBUG","message":"User name;Password;Access key ID;Secret access key\n\"bob\";\"` + pw + `\";\"` + minioKey + `\";\"` + minioSec + `\""}`, []string{pw, minioKey, minioSec}},
		{"smtp csv in a json log message", `[{"level":"DEBUG","message":"IAM user name,Smtp username,Smtp password\nses-smtp-user,` + minioKey + `,` + pw + `"}]`, []string{minioKey, pw}},
		{"url userinfo empty user", "redis://:" + pw + "@cache.local:6379/0", []string{pw}},
		{"jdbc password", "jdbc:postgresql://db.local/app?user=app&password=" + pw + "&ssl=true", []string{pw}},
		{"sigv2 header minio", "Authorization: AWS " + minioKey + ":frJIUN8DYpKDtOLCwo//yllqDzg=", []string{minioKey, "frJIUN8DYpKDtOLCwo//yllqDzg="}},
		{"powershell", "Set-AWSCredential -AccessKey " + minioKey + " -SecretKey " + minioSec + " -StoreAs dev", []string{minioKey, minioSec}},
		{"aws configure set", "aws configure set aws_access_key_id " + minioKey + "\naws configure set aws_secret_access_key " + minioSec, []string{minioKey, minioSec}},
		{"cookie header", "Cookie: session=" + minioSec + "; csrftoken=" + tokenV, []string{minioSec, tokenV}},
		// a row of an aligned table that fills 80 columns is no hard wrap
		// (FuzzPlantedSlot a404b89e4ac2a02b: the next row's label was
		// joined into the key and its value kept)
		{"vault table row of 80 columns", "access_key         GOOG1EDZI22NPH5KONDW5O0TERPKEPT4NN5QP2A3ULW1K9HMHJEX2K87KJXRA\nsecret_key         " + minioSec + "\n",
			[]string{"GOOG1EDZI22NPH5KONDW5O0TERPKEPT4NN5QP2A3ULW1K9HMHJEX2K87KJXRA", minioSec}},
		{"every occurrence", "aws_secret_access_key = " + minioSec + "\nlater in the log: signing with " + minioSec + " failed\n", []string{minioSec}},
		{"json escaped url", `{"url": "https:\/\/b.s3.amazonaws.com\/k?X-Amz-Credential=` + minioKey + `%2F20240115%2Fus-east-1%2Fs3%2Faws4_request\u0026X-Amz-Signature=` + shortSig + `"}`, []string{minioKey, shortSig}},
		{"double encoded", "https://sso.example.com/?next=" + url.QueryEscape("https://b.s3.amazonaws.com/k?X-Amz-Credential="+url.QueryEscape(minioKey+"/20240115/us-east-1/s3/aws4_request")+"&X-Amz-Signature="+shortSig), []string{minioKey, shortSig}},
		{"setItem pair", "localStorage.setItem('id_token', 'x0000172A');\nos.Setenv(\"AWS_SECRET_ACCESS_KEY\", \"m1n10-s3cr3t\")\nheaders.set('x-api-key', 'k-2f9!q')", []string{"x0000172A", "m1n10-s3cr3t", "k-2f9!q"}},
		{"basic odd shape", "curl -H 'Authorization: Basic !0000127' https://x.example.com/", []string{"!0000127"}},
		{"signature odd shape", "Authorization': b'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20241128/ap-southeast-2/s3/aws4_request, SignedHeaders=host, Signature=!0000172', 'X-Amz-Date'", []string{"!0000172"}},
		{"botocore next-line short signature", "2024-01-15 12:00:00,123 botocore.auth [DEBUG] Signature:\n0001027A\n2024-01-15 12:00:00,124 botocore.endpoint [DEBUG] Sending http request", []string{"0001027A"}},
		// delimited: each value to its slot's own closer (written after the
		// code, from the shapes of minio/mc#5259, milvus-docs#339,
		// fifsky/ssh-action#7 and the numbered-lines tables of pasted logs)
		{"MC_HOST three parts", "export MC_HOST_myminio=https://" + minioKey + ":" + minioSec + "/x+y:" + tokenV + "/z@minio.local:9000", []string{minioKey, minioSec + "/x+y", tokenV + "/z"}},
		{"html config row", "<table>\n  <tr>\n    <td><code>minio.secretAccessKey</code></td>\n    <td>MinIO/S3 encryption string</td>\n    <td>" + pw + "</td>\n  </tr>\n  <tr><td><code>minio.accessKeyID</code></td><td>" + minioKey + "</td></tr>\n</table>", []string{pw, minioKey}},
		{"cat key file", "$ cat ~/.ssh/deploy_key\n000A0127\n$ ssh -i ~/.ssh/deploy_key git@github.com\nLoad key \"/home/u/.ssh/deploy_key\": invalid format", []string{"000A0127"}},
		{"cat key file in a numbered table", "| # | session |\n| --- | --- |\n| 1 | $ cat ~/.ssh/deploy_key |\n| 2 | 000A0127 |\n| 3 | b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ |\n| 4 | $ ssh -i ~/.ssh/deploy_key git@github.com |\n", []string{"000A0127", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"}},
		{"rust concat", `let c = Credentials::new(concat!("mini", "oadmin"), concat!("minio-sec", "ret-123"), Some(String::from("` + tokenV + `")), None, "static");`, []string{minioKey, minioSec, tokenV}},
		{"python bearer in parentheses", "headers={'Authorization': 'Bearer ' + ('" + tokenV[:20] + "'\n    '" + tokenV[20:] + "')}", []string{tokenV}},
		{"auth tuple split", `requests.get(u, auth=("deploy", ("hunt" "er2!x")))`, []string{pw}},
		{"nested table", "| # | creds |\n| --- | --- |\n| 1 | \\| Access Key ID \\| Secret Access Key \\| |\n| 2 | \\| --- \\| --- \\| |\n| 3 | \\| " + minioKey + " \\| " + minioSec + " \\| |\n", []string{minioKey, minioSec}},
		{"signature in a numbered table", "| 15 | 2024-01-15 12:00:00,123 botocore.auth [DEBUG] Signature: |\n| 16 | " + shortSig + " |\n", []string{shortSig}},
		{"npmrc dotted token", "//registry.npmjs.org/:_authToken=B.A00001\n", []string{"B.A00001"}},
		{"spring relaxed name, dotted value", "cloud.aws.credentials.access-key=B.A00010\ncloud.aws.credentials.secret-key=Kt.q8Zx\n", []string{"B.A00010", "Kt.q8Zx"}},
		{"yaml 80-column line, then an indented key", "    s3:\n      region: us-east-1\n      accessKeyId: GOOG1EZ7V18TUZJG2PWMMCYWK85DC41IO0QUAYENOD2OLCBM9VXJ4I2SR2ST1\n      secretAccessKey: B,200100\n", []string{"B,200100"}},
		{"spring properties block, dotted key and value", "app.s3.bucket=prod-logs\nspring.datasource.password=B.A00010", []string{"B.A00010"}},
		{"npmrc key ending in a label", "//registry.npmjs.org/:_authToken=71,00002\nregistry=https://registry.npmjs.org/\n", []string{"71,00002"}},
		// a command's NAME=value arguments are shell words, also when the
		// prompt opens an HTML element or a JSON string; a header line in
		// a table ends at the cell's border; a label cut by a wrap
		// (written from rclone.org/commands/rclone_config_create, systemctl
		// show -p Environment, Snowflake CREATE STAGE; FuzzPlantedSlot
		// b2f91ce6bd04790e)
		{"rclone config create args", "$ rclone config create wasabi s3 provider=Wasabi access_key_id=jlm4fwcnt4 secret_access_key=B,200100 endpoint=s3.wasabisys.com", []string{"B,200100", "jlm4fwcnt4"}},
		{"rclone args in pre", "<pre><code>$ rclone config create w s3 secret_access_key=B,200100 endpoint=x\n</code></pre>", []string{"B,200100"}},
		{"header line in a table", "| 9 | 2024-01-15 12:30:00,072 DEBUG [main] org.apache.http.headers: http-outgoing-0 >> X-Amz-Security-Token: B,200100 |\n", []string{"B,200100"}},
		{"label cut by a wrap", "Environment=AWS_ACCESS_KEY_ID=d2518712becd1d8513a69991f604b0c8 AWS_SECRET_ACCESS\n_KEY=000017A2 RESTIC_PASSWORD=UBtuEKmjr44\n", []string{"000017A2"}},
		{"sentry dsn key holding '/'", "SENTRY_DSN=https://foo/bar.baz@o12345.ingest.sentry.io/678", []string{"foo/bar.baz"}},
		{"slack webhook path holding '=' '#'", "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T0QR3UETXQ/B01OQ5MR84/=*znmeQX#2\n", []string{"=*znmeQX#2"}},
		{"mc alias set wrapped in the key", "$ mc alias set myminio https://minio.internal.example:9000 jlm4fwcnt4nkp6nia2g23\n4zoow23 =*znmeQX#2\nAdded `myminio` successfully.\n", []string{"=*znmeQX#2"}},
		{"url password holding '/' then '?' '#'", "DATABASE_URL=postgres://app:q/w=e?r#t@db.internal:5432/app\n", []string{"q/w=e?r#t"}},
		{"url password holding a URL", "ftp://deploy:https://x.y@ftp.example.com/pub\n", []string{"https://x.y"}},
		{"split literal cut after a ':'", "r = requests.post(url, headers={'Authorization': 'Bearer ' + ('Z@z:'\n    'z/z?z'), 'X-Api-Key': 'k'})", []string{"Z@z:z/z?z"}},
		{"split literal, next piece starting with '='", "headers: { Authorization: `Bearer ${\"q/w\" + \"=e?r#t\"}` },", []string{"q/w=e?r#t"}},
		{"SAS URL with an encoded sig in base64", "$ base64 sas.txt\n" + sasB64, []string{sasB64}},
		{"bearer token starting with '#'", "Authorization: Bearer #hash#tag1\n", []string{"#hash#tag1"}},
		{"s3fs echo wrapped inside the secret", "$ echo 5dbd1fff47140b5c9bac3fd40c5e1605:Ef2l+WG+ZBpt7ZMebzhLJbZD2XDfCVpDOcxwTsbW\n6UZ= > ${HOME}/.passwd-s3fs\n", []string{"5dbd1fff47140b5c9bac3fd40c5e1605"}},
		{"split literal, next piece starting with ','", "'x-amz-credential': ('Kx~!*='\n    ',.-_9/20241203/us-east-1/s3/aws4_request')", []string{"Kx~!*=,.-_9"}},
		{"HAR credential key holding '/' and '?'", `"queryString": [{"name": "X-Amz-Credential", "value": "1/2?3=4x/20240115/sa-east-1/s3/aws4_request"}]`, []string{"1/2?3=4x"}},
		{"s3fs echo, key holding ':'", "$ echo 000120:A:d6ea11581ba798aee99fda20a3eccf602e3dd4d7172d4e2b3f5cee3de9b8792f > ${HOME}/.passwd-s3fs\n", []string{"000120:A"}},
		{"s3fs echo, key starting with ':'", "$ echo :0012007:d6ea11581ba798aee99fda20a3eccf602e3dd4d7172d4e2b3f5cee3de9b8792f > ${HOME}/.passwd-s3fs\n", []string{":0012007"}},
		{"sentry dsn key holding ':'", "SENTRY_DSN=https://ab:cd:ef1@o12345.ingest.sentry.io/678", []string{"ab", "cd:ef1"}},
		{"sentry dsn key, empty password", "SENTRY_DSN=https://0012007:@o12345.ingest.sentry.io/678", []string{"0012007"}},
		{"configure set odd shape", "aws configure set aws_secret_access_key T,dB?og#xE --profile dev", []string{"T,dB?og#xE"}},
		// config lines whose separator is a blank, and values that hold
		// their syntax's characters (written with the plant contexts
		// spark-s3a-conf, fluentd-s3-output, spring-application-properties
		// before this code: spark-defaults.conf, fluentd out_s3, Java
		// properties; the docker-compose list item, a dotted env value, a
		// %40 in a URL password, base64(1) lines that start alike)
		{"spark-defaults blank separator", "spark.hadoop.fs.s3a.access.key        " + minioKey + "\nspark.hadoop.fs.s3a.secret.key        bcqfxntiijvrxbg\n", []string{minioKey, "bcqfxntiijvrxbg"}},
		{"fluentd directives", "<match app.**>\n  @type s3\n  aws_key_id " + garageID + "\n  aws_sec_key =*znmeQX#2\n</match>", []string{garageID, "=*znmeQX#2"}},
		{"properties blank separator in a table", "| 5 | cloud.aws.credentials.secret-key aGK5gpgvMgN8sJ02 |\n| 6 | spring.datasource.password blls,vOLg7Cm87 |\n", []string{"aGK5gpgvMgN8sJ02", "blls,vOLg7Cm87"}},
		{"compose list item with a comma", "    environment:\n      - MINIO_ROOT_PASSWORD=upgz,XUZeY5Px81\n", []string{"upgz,XUZeY5Px81"}},
		{"env value with a dot", "MINIO_ROOT_PASSWORD=bbye.don9019\n", []string{"bbye.don9019"}},
		{"url password holding @", "DATABASE_URL=postgres://app:%40z_-%2Al8%2Ccb1k%2A@db.internal:5432/app", []string{"%40z_-%2Al8%2Ccb1k%2A"}},
		// ngx_aws_auth (github.com/anomalizer/ngx_aws_auth): the directive's
		// ';' is no part of the key, so its copy in a comment goes too
		{"nginx aws_signing_key and its copy", "    aws_access_key AKIAIOSFODNN7EXAMPLE;\n    aws_signing_key 7,200001;\n# signing key 7,200001 from generate_signing_key\n", []string{"7,200001"}},
		{"nginx header directive", "    proxy_set_header        X-Api-Key 000A0172;\n    header_up X-Amz-Security-Token \"" + tokenV + "\"\n    RequestHeader set X-Api-Key \"k-2f9!q,1\"\n", []string{"000A0172", tokenV, "k-2f9!q,1"}},
		{"botocore next-line signature with a '!'", "2024-01-15 12:00:00,123 botocore.auth [DEBUG] Signature:\n0000000000001027!000000000000000\n2024-01-15 12:00:00,124 botocore.endpoint [DEBUG] Sending", []string{"0000000000001027!000000000000000"}},
		{"basic with a comma", "Proxy-Authorization: Basic 0001027,\nX-Request-Id: 1", []string{"0001027,"}},
		{"query value starting with a comma", "https://storage.googleapis.com/b/k?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=,0010027&X-Goog-Date=20240115T120000Z", []string{",0010027"}},
		{"MC_HOST user holding @", "$ export MC_HOST_local=https://000012@7:" + minioSec + "@minio.local:9000\n", []string{"000012@7", minioSec}},
		{"value starting with a comma", "$ spark-submit --conf spark.hadoop.fs.s3a.session.token=,0010027 job.py", []string{",0010027"}},
		{"k8s secret data", "kind: Secret\ndata:\n  AWS_SECRET_ACCESS_KEY: " + base64.StdEncoding.EncodeToString([]byte(minioSec)) + "\nstringData:\n  note: the key is " + minioSec + "\n", []string{minioSec, base64.StdEncoding.EncodeToString([]byte(minioSec))}},
	}
	for _, c := range cases {
		r := Redact(c.paste, Options{})
		for _, sec := range c.secrets {
			for _, form := range []string{sec, url.QueryEscape(sec)} {
				if strings.Contains(r.Text, form) {
					t.Errorf("%s: %q survived:\n%s", c.name, sec, r.Text)
				}
			}
		}
		if r2 := Redact(r.Text, Options{}); r2.Text != r.Text {
			t.Errorf("%s: not idempotent:\n%s\n%s", c.name, r.Text, r2.Text)
		}
	}
}

// A blank-separated configuration line is a slot only when its label is a
// specific name starting its line and one word follows: prose and code
// that start with a credential word stay readable.
func TestConfigLineNotProse(t *testing.T) {
	for _, p := range []string{
		"token expired yesterday",
		"secret_key is not set in the environment",
		"Token expired",
		"  password reset required for this account",
		"x = f(secret_key, other)",
	} {
		if r := Redact(p, Options{}); r.Text != p {
			t.Errorf("%q altered: %q", p, r.Text)
		}
	}
}

// A label written as an attribute value (name="x-amz-security-token") is
// followed by the next attribute's label, not by its value: "value=" stays
// readable and the sibling slot takes the value (FuzzPlantedSlot: a short
// token in a presigned POST form made "value=" a session token, redacted
// on every input of the form).
func TestAttributeLabelIsNotAValue(t *testing.T) {
	paste := `<form action="https://b.s3.amazonaws.com/" method="post">
  <input type="hidden" name="x-amz-security-token" value="0000172A" />
  <input type="hidden" name="Policy" value="eyJleHBpcmF0aW9uIjoiMjAyNC0wMS0xNlQxMjowMDowMC4wMDBaIn0=" />
</form>`
	r := Redact(paste, Options{})
	if strings.Contains(r.Text, "0000172A") {
		t.Errorf("the token survived:\n%s", r.Text)
	}
	if got, want := strings.Count(r.Text, ` value="`), strings.Count(paste, ` value="`); got != want {
		t.Errorf(`%d of %d value=" attributes left readable:\n%s`, got, want, r.Text)
	}
}

// TestYAMLEntryIsLiteral: a credential label's value alone on a YAML line
// is a literal whatever it looks like (Helm values: secretAccessKey:
// B.A00001); the same words as an object entry of code (a trailing ',',
// or the object closing on the next line) stay a reference.
func TestYAMLEntryIsLiteral(t *testing.T) {
	for text, redacted := range map[string]bool{
		"s3:\n  accessKey: minio\n  secretAccessKey: B.A00001\n  bucket: b\n":              true,
		"const c = new S3Client({\n  secretAccessKey: config.secret,\n  region: r,\n});\n": false,
		"const c = new S3Client({\n  region: r,\n  secretAccessKey: config.secret\n});\n":  false,
	} {
		res := Redact(text, Options{})
		got := !strings.Contains(res.Text, "B.A00001") && !strings.Contains(res.Text, "config.secret")
		if got != redacted {
			t.Errorf("%q: redacted %v, want %v:\n%s", text, got, redacted, res.Text)
		}
	}
}
