package redact

import "testing"

// Examples of the slot classes of slots_pairs.go (and the hooks in
// slots.go that call them), one group per class: what must go and what
// must stay readable.
func TestPairSlots(t *testing.T) {
	runRedactCases(t, []redactCase{
		// a label followed by a value-carrying flag: the flag's argument
		{"gh secret set NAME --body", "$ gh secret set AWS_SECRET_ACCESS_KEY --body \"lowercasesecret\" --repo acme/up\n",
			[]string{"lowercasesecret"}, []string{"--body", "--repo acme/up"}},
		{"gh secret set NAME -b", "$ gh secret set AWS_ACCESS_KEY_ID -b svc-abcdef12\n", []string{"svc-abcdef12"}, []string{"-b "}},
		{"ssm put-parameter --name path --value", "$ aws ssm put-parameter --name /prod/app/aws_secret_access_key --value 'zq8Lm2Xw' --type SecureString\n",
			[]string{"zq8Lm2Xw"}, []string{"--value", "--type SecureString", "/prod/app/aws_secret_access_key"}},
		{"a label then an unrelated flag names nothing", "$ myjob --secret-file /run/s.txt --verbose\n", nil, []string{"--verbose", "/run/s.txt"}},
		// namespaced labels: pulumi config set, and its listing
		{"pulumi config set --secret ns:label VALUE", "$ pulumi config set --secret aws:secretKey lowercasesecret\n",
			[]string{"lowercasesecret"}, []string{"aws:secretKey"}},
		{"pulumi config set ns:label VALUE --secret", "$ pulumi config set minio:minioPassword zq8Lm2Xw --secret\n", []string{"zq8Lm2Xw"}, []string{"minio:minioPassword"}},
		{"pulumi config listing", "KEY            VALUE\naws:accessKey  svc-abcdef12\naws:region     us-east-1\n",
			[]string{"svc-abcdef12"}, []string{"us-east-1", "aws:accessKey"}},
		// name/value siblings: <Thing>Key/<Thing>Value, a path-valued name
		{"CloudFormation OutputKey/OutputValue", "{\"OutputKey\": \"UploaderSecretAccessKey\", \"OutputValue\": \"lowercasesecret\"}",
			[]string{"lowercasesecret"}, []string{"UploaderSecretAccessKey"}},
		{"an output that names a bucket stays", "{\"OutputKey\": \"BucketName\", \"OutputValue\": \"acme-uploads\"}", nil, []string{"acme-uploads"}},
		{"ssm Name path / Value", "{\"Name\": \"/prod/app/secret_access_key\", \"Type\": \"SecureString\", \"Value\": \"zq8Lm2Xw\"}",
			[]string{"zq8Lm2Xw"}, []string{"/prod/app/secret_access_key"}},
		// two-element arrays
		{"Sentry cookies pairs", "\"cookies\": [[\"sessionid\", \"abcdefgh1234\"], [\"theme\", \"darkmode\"]]",
			[]string{"abcdefgh1234", "darkmode"}, []string{"sessionid"}},
		{"header pairs: only credential names", "\"headers\": [[\"Host\", \"api.example.com\"], [\"X-Api-Key\", \"zq8Lm2Xw\"]]",
			[]string{"zq8Lm2Xw"}, []string{"api.example.com"}},
		// the AWS CLI's text output
		{"create-access-key --output text", "ACCESSKEY\tsvc-abcdef12\t2024-01-15T12:30:00+00:00\tlowercasesecret\tActive\tci\n",
			[]string{"svc-abcdef12", "lowercasesecret"}, []string{"2024-01-15T12:30:00+00:00", "Active\tci"}},
		{"assume-role --output text", "CREDENTIALS\tASIAY34FZKBOKMUTVV7A\t2024-01-15T13:30:00+00:00\tzq8Lm2Xw\tFwoGZXIvYXdzEabcdefgh\n",
			[]string{"ASIAY34FZKBOKMUTVV7A", "zq8Lm2Xw", "FwoGZXIvYXdzEabcdefgh"}, []string{"2024-01-15T13:30:00+00:00"}},
		// positional CLIs of S3-compatible stores
		{"b2 account authorize", "$ b2 account authorize 0051234567890ab0000000001 lowercasesecret\n",
			[]string{"0051234567890ab0000000001", "lowercasesecret"}, nil},
		{"b2 authorize-account", "$ b2 authorize-account svc-abcdef12 zq8Lm2Xw\n", []string{"svc-abcdef12", "zq8Lm2Xw"}, nil},
		{"garage key import --yes", "$ garage key import --yes GK3515373e4c851ebaad366558 lowercasesecret -n imported\n",
			[]string{"GK3515373e4c851ebaad366558", "lowercasesecret"}, []string{"-n imported"}},
		{"b2 other subcommands stay", "$ b2 bucket list acme-uploads\n", nil, []string{"acme-uploads"}},
		// a command's own output line: b2 key create prints "<keyId> <key>"
		{"b2 key create output", "$ b2 key create --bucket acme-up uploader listFiles,readFiles\n0051234567890ab0000000002 lowercasesecretvalue\n$ ls\n",
			[]string{"0051234567890ab0000000002", "lowercasesecretvalue"}, []string{"acme-up uploader", "$ ls"}},
		{"b2 key create, an error line stays", "$ b2 key create uploader listFiles\nERROR: unauthorized for application key with capabilities listBuckets\n",
			nil, []string{"ERROR: unauthorized"}},
		// a tool's own short flag, read after its command only
		{"generate_signing_key -k", "$ ./generate_signing_key -k lowercasesecret -r us-east-1\n", []string{"lowercasesecret"}, []string{"-r us-east-1"}},
		{"curl -k is --insecure", "$ curl -k https://acme-up.s3.amazonaws.com/report.pdf\n", nil, []string{"https://acme-up.s3.amazonaws.com/report.pdf"}},
		// cliff "| Field | Value |" tables: the row's field names the value
		{"openstack ec2 credentials create", "+--------+----------------------------+\n| Field  | Value                      |\n+--------+----------------------------+\n| access | svc-abcdef12               |\n| secret | lowercasesecret            |\n| user_id | 1f691ff9900e714c13991b66e4cfca17 |\n+--------+----------------------------+\n",
			[]string{"svc-abcdef12", "lowercasesecret"}, []string{"1f691ff9900e714c13991b66e4cfca17"}},
		{"access outside a Field/Value table stays", "| access | private |\n| acl | public-read |\n", nil, []string{"private"}},
		// XML: an element with attributes, and the user beside a password
		{"FileZilla <Pass encoding=base64>", "<User>svc-abcdef12</User>\n<Pass encoding=\"base64\">bG93ZXJjYXNlc2VjcmV0</Pass>\n<Logontype>1</Logontype>\n",
			[]string{"bG93ZXJjYXNlc2VjcmV0", "svc-abcdef12"}, []string{"<Logontype>1</Logontype>"}},
		{"settings.xml <username> beside <password>", "<server>\n  <id>s3-releases</id>\n  <username>backup-lye4t705o</username>\n  <password>zq8Lm2Xw</password>\n</server>\n",
			[]string{"backup-lye4t705o", "zq8Lm2Xw"}, []string{"s3-releases"}},
		// a command typed at a prompt is no code, whatever JSON is above it
		{"sam --parameter-overrides after a JSON output", "{\n  \"Name\": \"prod/minio\"\n}\n$ sam deploy --parameter-overrides AccessKeyId=svcabcdefgh SecretAccessKey=dvuylajpkxewbrhn BucketName=acme-up\n",
			[]string{"svcabcdefgh", "dvuylajpkxewbrhn"}, []string{"BucketName=acme-up"}},
		{"a reference in code stays", "{\n  secretAccessKey = settings.awsSecret\n}\n", nil, []string{"settings.awsSecret"}},
		// an ARN's resource type is no label
		{"secretsmanager ARN", "\"ARN\": \"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/minio-a1B2c3\"", []string{"123456789012"}, []string{"secret:prod/minio-a1B2c3"}},
		// Bruno .bru blocks: "name {" then "key: value" entries, literals
		{"bru auth:awsv4 block", "get {\n  body: none\n  auth: awsv4\n}\n\nauth:awsv4 {\n  accessKeyId: svcabcdef\n  secretAccessKey: jhhvidoariqq\n  service: s3\n}\n",
			[]string{"svcabcdef", "jhhvidoariqq"}, []string{"auth: awsv4", "auth:awsv4 {", "service: s3"}},
		{"bru auth:basic block", "auth:basic {\n  username: admin\n  password: hllbczovgsl\n}\n", []string{"hllbczovgsl"}, []string{"username: admin"}},
		{"a JS object literal's references stay", "const creds = {\n  accessKeyId: keyId,\n  secretAccessKey: secret\n}\n", nil, []string{"keyId", "secret\n"}},
		// a command that prints one named value bare on the next line
		{"terraform output -raw", "$ terraform output -raw uploader_secret_access_key\nbljdcpkfuxiws\n$ pulumi config set aws:region sa-east-1\n",
			[]string{"bljdcpkfuxiws"}, []string{"aws:region sa-east-1"}},
		{"terraform output -raw of a bucket stays", "$ terraform output -raw bucket_name\nacme-uploads\n", nil, []string{"acme-uploads"}},
		// numbered-lines table rows (a snippet pasted line by line)
		{"pulumi listing in a numbered table", "| 26 | KEY                  VALUE |\n| 29 | aws:secretKey        nvvxfvvndyoz |\n| 30 | aws:region           us-east-1 |\n",
			[]string{"nvvxfvvndyoz"}, []string{"us-east-1"}},
		{"Basic user passwd in a numbered table", "| 19 | Authorization: Basic console uYg2jVPt724 |\n", []string{"uYg2jVPt724"}, []string{"console"}},
		// .http file variables are no Ruby instance variables
		{"REST Client @name = value", "@accessKeyId = svcabcdefg\n@secretAccessKey = fakuqtnsvnvlio\n\n### get\nGET {{host}}/a HTTP/1.1\n",
			[]string{"svcabcdefg", "fakuqtnsvnvlio"}, []string{"GET {{host}}/a"}},
		{"Ruby @ivar = reference stays", "class S3\n  def initialize\n    @secret_key = secret\n  end\nend\n", nil, []string{"@secret_key = secret"}},
		// a CLI flag's value is a literal whatever code is near it
		{"-D flag after a wrapped line, code below", "Picked up JAVA_TOOL_OPTIONS: -Daws.accessKeyId=ACCAFXNA7UTUQK5AETRR -Daws.secretKey=yupjqnntvbuilvi\n// build.gradle\nrepositories {\n    maven {\n    }\n}\n",
			[]string{"yupjqnntvbuilvi"}, []string{"repositories {"}},
		// parallel arrays across a numbered-lines table's rows
		{"map(array[names], array[values]) in a numbered table", "| 18 |   map( |\n| 19 |     array['s3.aws-access-key', 's3.aws-secret-key', 's3.region'], |\n| 20 |     array['GKf1e6707660c030cf0430da66', 'zq8Lm2Xw', 'us-west-2'] |\n| 21 |   ) |\n",
			[]string{"GKf1e6707660c030cf0430da66", "zq8Lm2Xw"}, []string{"us-west-2"}},
		// R's paste0(…) pieces: the record is the call around it
		{"R key = beside secret = paste0(…)", "b <- get_bucket(bucket = \"acme-up\", key = \"OQE8SZJ0R5V9ELO7PLWZ\", secret = paste0(\"dBnoHsfJ8MoExCQ3t\", \"fkgeReiCVifL0U1o43f\"), region = \"us-east-1\")",
			[]string{"OQE8SZJ0R5V9ELO7PLWZ", "dBnoHsfJ8MoExCQ3t"}, []string{"acme-up", "us-east-1"}},
		{"an element with attributes naming no secret stays", "<Host type=\"dns\">s3.amazonaws.com</Host>\n", nil, []string{"s3.amazonaws.com"}},
		// VS Code REST Client's schemes
		{"Authorization: AWS id secret", "Authorization: AWS svc-abcdef12 lowercasesecret region:us-east-1 service:s3\n",
			[]string{"svc-abcdef12", "lowercasesecret"}, []string{"region:us-east-1", "service:s3"}},
		{"Authorization: AWS with variables", "Authorization: AWS {{accessKeyId}} {{secretAccessKey}} region:us-east-1\n",
			nil, []string{"{{accessKeyId}}", "{{secretAccessKey}}"}},
		{"Authorization: Basic user passwd", "Authorization: Basic console zq8Lm2Xw\n", []string{"zq8Lm2Xw"}, nil},
		// constructors: C++ direct-initialisation, MakeShared, cookies, arity
		{"C++ Type name(args)", "Aws::Auth::AWSCredentials temp(\"svc-abcdef12\", \"lowercasesecret\");",
			[]string{"svc-abcdef12", "lowercasesecret"}, []string{"Aws::Auth::AWSCredentials temp("}},
		{"Aws::MakeShared<Type>(tag, …)", "auto p = Aws::MakeShared<Aws::Auth::SimpleAWSCredentialsProvider>(\"uploader\", \"svc-abcdef12\", \"zq8Lm2Xw\");",
			[]string{"svc-abcdef12", "zq8Lm2Xw"}, []string{"\"uploader\"", "SimpleAWSCredentialsProvider"}},
		{".NET Cookie(name, value, path, domain)", "$session.Cookies.Add((New-Object System.Net.Cookie(\"sessionid\", \"abcdefgh1234\", \"/\", \"example.com\")))",
			[]string{"abcdefgh1234"}, []string{"\"sessionid\"", "example.com"}},
		{"sbt Credentials(realm, host, user, pass)", "credentials += Credentials(\"Amazon S3\", \"acme.s3.amazonaws.com\", \"svc-abcdef12\", \"zq8Lm2Xw\")",
			[]string{"svc-abcdef12", "zq8Lm2Xw"}, []string{"Amazon S3", "acme.s3.amazonaws.com"}},
		{"Objective-C @\"…\"", "[[AWSStaticCredentialsProvider alloc] initWithAccessKey:@\"svc-abcdef12\" secretKey:@\"zq8Lm2Xw\"];",
			[]string{"svc-abcdef12", "zq8Lm2Xw"}, nil},
		// an object holding the value; parallel arrays; literals joined by a call
		{"terraform output -json", "{\n  \"uploader_secret_access_key\": {\n    \"sensitive\": true,\n    \"type\": \"string\",\n    \"value\": \"zq8Lm2Xw\"\n  },\n  \"bucket_name\": {\"sensitive\": false, \"type\": \"string\", \"value\": \"acme-uploads\"}\n}",
			[]string{"zq8Lm2Xw"}, []string{"acme-uploads"}},
		{"map(array[names], array[values])", "map(\n  array['metastore.uris', 'hive.s3.aws-access-key', 'hive.s3.aws-secret-key', 'hive.s3.region'],\n  array['thrift://hive:9083', 'svc-abcdef12', 'lowercasesecret', 'us-east-1']\n)",
			[]string{"svc-abcdef12", "lowercasesecret"}, []string{"'hive.s3.aws-secret-key'", "'hive.s3.region'", "us-east-1", "thrift://hive:9083"}},
		{"setter (name, value) still read", "os.Setenv(\"AWS_SECRET_ACCESS_KEY\", \"zq8Lm2Xw\")", []string{"zq8Lm2Xw"}, nil},
		{"R paste0 pieces", "Sys.setenv(\"AWS_SECRET_ACCESS_KEY\" = paste0(\"ggcd,oZ\", \"f296\"))", []string{"ggcd,oZ", "f296"}, nil},
		{"a C++ scope is no separator", "auto c = Aws::Auth::AWSCredentialsProvider::Create();", nil, []string{"Aws::Auth::AWSCredentialsProvider::Create()"}},
	})
}

// An unquoted value holding ',' or ';': the list's delimiter only where
// another field, a blank or a closer follows (genericValue, slots.go).
func TestUnquotedValueDelimiters(t *testing.T) {
	runRedactCases(t, []redactCase{
		{"Go %+v dump, digits", "creds: {AccessKeyID:AKIAIOSFODNN7EXAMPLE SecretAccessKey:7,200100 SessionToken:}\n",
			[]string{"7,200100", "200100"}, []string{"SecretAccessKey:", "SessionToken:"}},
		{"Go %+v dump, letters", "creds: {AccessKeyID:AKIAIOSFODNN7EXAMPLE SecretAccessKey:Xk9,mQ2p;zz8 Region:eu}\n",
			[]string{"Xk9", "mQ2p", "zz8"}, []string{"Region:eu"}},
		{"a list's next field stays", "opts: key:svc-uploads01,secret:zq8Lm2Xw,region:eu-west-1 end\n",
			[]string{"svc-uploads01", "zq8Lm2Xw"}, []string{",secret:", ",region:eu-west-1 end"}},
		{"JavaScript shorthand stays code", "const s3 = new S3Client({credentials:{accessKeyId:keyId,secretAccessKey:secret,sessionToken}})\n",
			nil, []string{"secretAccessKey:secret,sessionToken}"}},
	})
}

// The identity readers' unquoted values hold ',' as the slot readers' do.
func TestIdentityValueDelimiters(t *testing.T) {
	runRedactCases(t, []redactCase{
		{"JDBC User= holding ','", "jdbc:awsathena://athena.us-east-1.amazonaws.com:443;User=B,200001;Password=zq8Lm2Xw9LkT4vBn;S3OutputLocation=s3://b/\n",
			[]string{"B,200001", "200001", "zq8Lm2Xw9LkT4vBn"}, []string{";Password=", "S3OutputLocation=s3://b/"}},
		{"JDBC User= holding ',' and '=' after a digit", "jdbc:awsathena://athena.us-east-1.amazonaws.com:443;User=0,20=001;Password=zq8Lm2Xw9LkT4vBn;S3OutputLocation=s3://b/\n",
			[]string{"0,20=001", "=001", "zq8Lm2Xw9LkT4vBn"}, []string{";Password=", "S3OutputLocation=s3://b/"}},
		{"the next field after ';' stays", "jdbc:awsathena://athena.us-east-1.amazonaws.com:443;User=AKIAIOSFODNN7EXAMPLE;Password=zq8Lm2Xw9LkT4vBn;Workgroup=primary\n",
			[]string{"AKIAIOSFODNN7EXAMPLE"}, []string{";Workgroup=primary"}},
	})
}

// The positional constructors' reader skips a string inside an argument
// whole, and stops at a named argument (the labelled readers read it).
func TestPositionalArgumentsAndNames(t *testing.T) {
	runRedactCases(t, []redactCase{
		{"Dart named arguments, a value holding ','", "final minio = Minio(endPoint: 'minio.internal.example', port: 9000, accessKey: \"7001002,\", secretKey: \"K0051Z0qjyjGNsIO2vivKsrC3HbxLhF\", useSSL: true);\n",
			[]string{"7001002,", "K0051Z0qjyjGNsIO2vivKsrC3HbxLhF"}, []string{", secretKey: \"", "useSSL: true"}},
		{"minio-py positional", "client = Minio(\"minio.internal.example:9000\", \"svc-uploads01\", \"zq8Lm2Xw9LkT4vBn\", secure=True)\n",
			[]string{"svc-uploads01", "zq8Lm2Xw9LkT4vBn"}, []string{"minio.internal.example:9000", "secure=True"}},
	})
}

// A --key beside a --secret is the pair's key ID whatever it holds, unless
// it reads as an object's path.
func TestKeyFlagBesideSecretFlag(t *testing.T) {
	runRedactCases(t, []redactCase{
		{"serverless --key holding '/'", "$ serverless config credentials --provider aws --key 000/0271 --secret zq8Lm2Xw9LkT4vBnQ2\n",
			[]string{"000/0271", "zq8Lm2Xw9LkT4vBnQ2"}, []string{"--provider aws"}},
		{"an object key's path stays", "$ tool upload --key reports/2024/q1.pdf --secret-file s.txt\n", nil, []string{"reports/2024/q1.pdf"}},
	})
}
