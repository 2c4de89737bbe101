package redact

import "testing"

// Slots added for held-out wave 8 (issue 18, h-rprobe8): each case is a
// paste in its format's own shape (the source is named in the reader), the
// secrets that must go, and what must stay readable.
func TestWave8Slots(t *testing.T) {
	runRedactCases(t, []redactCase{
		{"name glued to a one-letter property flag", "$ jmeter -n -t s3.jmx -Jaccess_key=minio-ci-7 -Jsecret_key=ab.cd,ef -Jthreads=10\n$ gradle publish -Psecret=hunter2x -Pversion=1.2\n",
			[]string{"minio-ci-7", "ab.cd,ef", "hunter2x"}, []string{"-Jthreads=10", "-Pversion=1.2"}},
		{"name and value as sibling elements told apart by a name attribute", "<elementProp name=\"S3_SECRET_KEY\" elementType=\"Argument\">\n  <stringProp name=\"Argument.name\">S3_SECRET_KEY</stringProp>\n  <stringProp name=\"Argument.value\">myyy=JUZz,Ku66</stringProp>\n  <stringProp name=\"Argument.metadata\">=</stringProp>\n</elementProp>\n<stringProp name=\"Argument.name\">BUCKET</stringProp>\n<stringProp name=\"Argument.value\">acme-data</stringProp>\n",
			[]string{"myyy=JUZz,Ku66"}, []string{"acme-data", "Argument.metadata"}},
		{"a debugger's char pointer before its string", "(gdb) p *cfg\n$1 = {bucket = 0x5555555592d0 \"acme-data\", access_key = 0x555555559300 \"svc-ci-1\", secret_key = 0x555555559330 \"ab:cd!ef\", port = 9000}\n(const char *) password = 0x0000000100004f80 \"hunter2x\"\n",
			[]string{"svc-ci-1", "ab:cd!ef", "hunter2x"}, []string{"acme-data", "0x5555555592d0", "port = 9000"}},
		{"get NAME prints the value on the next line", "$ glab variable get AWS_ACCESS_KEY_ID\nsvc-ci-key-7\n$ heroku config:get S3_SECRET -a uploads\nab.cd,ef99\n$ git config --get user.name\nalice-smith\n$ glab variable get MINIO_SECRET_KEY | pbcopy\n",
			[]string{"svc-ci-key-7", "ab.cd,ef99"}, []string{"alice-smith", "pbcopy"}},
		{"a name alone on its line, the value on the next", "$ strings -n 12 core.4127 | grep -A1 secret_access_key\naws_secret_access_key\nlqnmlnvncf\nPassword\nsomething\nAWS_SECRET_ACCESS_KEY\nAWS_SESSION_TOKEN\n",
			[]string{"lqnmlnvncf"}, []string{"something", "AWS_SESSION_TOKEN"}},
		{"java properties escaped keys and continued values", "s3.endpoint=https\\://minio.internal\\:9000\ns3.bucket : acme-data\ns3\\:access\\:key=GK33833f7a8c30f910796f5d26\ns3\\:secret\\:key = eqtggjry\nminio\\ secret\\ key : amhzwfcvrqv\naws.accessKeyId = \\\n    YG82MEU0V49C9ZR2P276\naws.secretKey=\\\n  iapjhxneascpm\nupload.max-size=5368709120\n",
			[]string{"GK33833f7a8c30f910796f5d26", "eqtggjry", "amhzwfcvrqv", "YG82MEU0V49C9ZR2P276", "iapjhxneascpm"}, []string{"acme-data", "upload.max-size=5368709120", "minio.internal"}},
		{"a line continuation percent-encoded or JSON-escaped joins as a raw one", "https://gist.example.net/new?content=aws.x%3D1%0Aaws.secretKey%3D%5C%0A%20%20HBVtLN0B03%0Aaws.y%3D2\n{\"message\":\"aws.secretKey\\u003d\\\\\\n  43c5c1993806d961d1a4e330\\naws.z=3\"}\n",
			[]string{"HBVtLN0B03", "43c5c1993806d961d1a4e330"}, []string{"aws.x%3D1", "aws.y%3D2", "aws.z=3"}},
		{"a flag whose argument is an expression in parentheses", "PS> New-SqlCredential -Name \"s3://acme-data.s3.us-east-1.amazonaws.com\" -Identity \"S3 Access Key\" -Secret (ConvertTo-SecureString \"backup-zb12te36:R_9afPXHyXNKa\" -AsPlainText -Force)\n",
			[]string{"backup-zb12te36", "R_9afPXHyXNKa"}, []string{"acme-data", "S3 Access Key"}},
		{"the default of a variable block named for a credential", "variable \"aws_secret_key\" {\n  type      = string\n  default   = \"oruesfluytdffr\"\n  sensitive = true\n}\nvariable \"region\" {\n  default = \"us-east-1\"\n}\nvariable \"db_password\" { default = \"p4ss-w0rd\" }\n{\"variables\": {\"minio_secret\": {\"default\": \"zzqq1122\"}, \"bucket\": {\"default\": \"acme-data\"}}}\n",
			[]string{"oruesfluytdffr", "p4ss-w0rd", "zzqq1122"}, []string{"us-east-1", "acme-data"}},
		{"a call's result after the name it was called with", "uploader->getenv(\"MINIO_SECRET_KEY\") = \"rgjakbybvinigpz\"\nuploader->getenv(\"S3_BUCKET\") = \"acme-data\"\nif os.getenv(\"AWS_SECRET_ACCESS_KEY\") == \"\": pass\n",
			[]string{"rgjakbybvinigpz"}, []string{"acme-data", "== \"\""}},
		{"pulumi stack export --show-secrets", "{\"urn\": \"urn:pulumi:prod::uploads::aws:iam/accessKey:AccessKey::uploader-key\",\n \"id\": \"e3462e59ce22aca4d13da91e0dcd3e4c\",\n \"type\": \"aws:iam/accessKey:AccessKey\",\n \"outputs\": {\"secret\": {\"4dabf18193072939515e22adb298388d\": \"1b47061264138c4ac30d75fd1eb44270\", \"plaintext\": \"\\\",kAJkGQ*3LAa_GCr\\\"\"}, \"status\": \"Active\"}}\n",
			[]string{"e3462e59ce22aca4d13da91e0dcd3e4c", ",kAJkGQ*3LAa_GCr"}, []string{"1b47061264138c4ac30d75fd1eb44270", "Active"}},
		{"HOCON block opened by a dotted path holds literals", "aws.s3 {\n  bucket : acme-data\n  secretKey : ${?S3_SECRET_KEY}\n  secretKey : nnnybvkvrihtp\n}\nconst cfg = {\n  secretKey: secretValue,\n}\n",
			[]string{"nnnybvkvrihtp"}, []string{"acme-data", "${?S3_SECRET_KEY}", "secretKey: secretValue,"}},
		{"GitHub's ::add-mask:: command", "Run echo \"::add-mask::$MINIO_SECRET\"\n::add-mask::qkygvgrsaqfg\necho '::add-mask::p4ss,w0rd' && deploy\n",
			[]string{"qkygvgrsaqfg", "p4ss,w0rd"}, []string{"$MINIO_SECRET", "&& deploy"}},
		{"a file escaped into a JSON string among JSON members is no code", "[\n  {\n    \"variable_type\": \"file\",\n    \"key\": \"MINIO_CREDENTIALS\",\n    \"value\": \"[default]\\naws_access_key_id = jkpq2lempiqs4y4rxgf3kau5griy\\naws_secret_access_key = yiowhfwxnmfsph\\n\",\n    \"protected\": false\n  }\n]\nfunction f() {\n  secret_key = settings.AWS_SECRET\n}\n",
			[]string{"jkpq2lempiqs4y4rxgf3kau5griy", "yiowhfwxnmfsph"}, []string{"settings.AWS_SECRET", "variable_type"}},
		{"a name alone in a numbered-lines table's row, the value in the next", "| 11 | $ strings -n 12 core.4127 \\| grep -i -A1 secret_access_key |\n| 13 | aws_secret_access_key |\n| 14 | jddhhfmjdtywgo |\n| 15 | region |\n| 16 | us-east-1 |\n",
			[]string{"jddhhfmjdtywgo"}, []string{"us-east-1"}},
		{"the first word after a prompt is on a command line, code above or not", "source \"amazon-ebs\" \"uploader\" {\n  secret_key = var.aws_secret_key\n}\n$ PKR_VAR_aws_secret_key=qkufrbpzuxla packer build .\n+ Minio_Secret=abcdefghij ./seed.sh\n",
			[]string{"qkufrbpzuxla", "abcdefghij"}, []string{"var.aws_secret_key", "packer build ."}},
	})
}

// A variable's name beside its value (GitLab's variables API: key and
// value) is a name, however it reads, and stays on every line of the
// paste; its value goes.
func TestKeyBesideValueIsAName(t *testing.T) {
	runRedactCases(t, []redactCase{
		{"gitlab variable key and value", "[\n  {\n    \"variable_type\": \"env_var\",\n    \"key\": \"AWS_SECRET_ACCESS_KEY\",\n    \"value\": \"gmoamzxeenfwkv7Yx\",\n    \"masked\": true\n  }\n]\nexport AWS_SECRET_ACCESS_KEY=gmoamzxeenfwkv7Yx\n",
			[]string{"gmoamzxeenfwkv7Yx"}, []string{"\"key\": \"AWS_SECRET_ACCESS_KEY\"", "export AWS_SECRET_ACCESS_KEY="}},
		{"key beside secret is still the key ID", "{\"key\": \"svc-0bofktxt8mz195\", \"secret\": \"Zq8Lm2Xw9LkT4vBn\"}", []string{"svc-0bofktxt8mz195", "Zq8Lm2Xw9LkT4vBn"}, nil},
	})
}
