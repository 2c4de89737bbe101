package redact

import (
	"strings"
	"testing"
)

// Examples of the slot classes of slots_records.go, one group per
// detector: what must go (true positives) and what must stay readable
// (the false positives each detector's conditions keep out).
func TestRecordSlots(t *testing.T) {
	runRedactCases(t, []redactCase{
		{"userinfo user holding '@' then '#'", "uri = \"awsathena+rest://02@#0100:de175953c79e94168b19bf4eb6ae14365b5261942b721004163ebb55c884c2de@athena.sa-east-1.amazonaws.com:443/default\"",
			[]string{"02@#0100", "de175953c79e94168b19bf4eb6ae14365b5261942b721004163ebb55c884c2de"}, []string{"athena.sa-east-1.amazonaws.com:443/default"}},
		// identities: the identity half of a credential pair
		{"fsspec key= beside secret=", `s3 = s3fs.S3FileSystem(key="svc-backup01", secret="hunter2hunter2")`,
			[]string{"svc-backup01", "hunter2hunter2"}, nil},
		{"multi-line dict key beside secret", "storage_options={\n    \"key\": \"9178a1764962f3c59ac8d88e793374ad\",\n    \"secret\": \"s3cr3tvalue\",\n}",
			[]string{"9178a1764962f3c59ac8d88e793374ad", "s3cr3tvalue"}, nil},
		{"jdbc User= beside Password=", "jdbc:awsathena://AwsRegion=us-east-1;User=SCW359GA1H1FIWK6MQWT;Password=abcdefgh12;S3OutputLocation=s3://b/",
			[]string{"SCW359GA1H1FIWK6MQWT", "abcdefgh12"}, []string{"AwsRegion=us-east-1", "s3://b/"}},
		// (a value does not start with its own delimiter: jdbc:awsathena
		// separates properties with ';', docs.aws.amazon.com/athena/latest/ug/jdbc-v3-driver-basic-connection-parameters.html)
		{"jdbc User= starting with ','", "jdbc:awsathena://AwsRegion=us-east-1;User=,0010207;Password=abcdefgh12;S3OutputLocation=s3://b/",
			[]string{",0010207", "0010207", "abcdefgh12"}, []string{"AwsRegion=us-east-1", "s3://b/"}},
		{"odbc.ini UID starting with ','", "[Athena]\nS3OutputLocation=s3://b/results/\nUID=,,7200001\nPWD=zq8Lm2Xw\n",
			[]string{"7200001", "zq8Lm2Xw"}, []string{"s3://b/results/"}},
		{"an empty jdbc User= is no value", "jdbc:awsathena://AwsRegion=us-east-1;User=;Password=abcdefgh12;S3OutputLocation=s3://b/",
			[]string{"abcdefgh12"}, []string{"User=;Password=", "S3OutputLocation=s3://b/"}},
		// (WinSCP.ini: an S3 session's UserName is its access key ID
		// whatever its shape, winscp.net/eng/docs/ui_login; an SFTP one's
		// is a person's user name)
		{"WinSCP.ini S3 session UserName", "[Sessions\\minio]\nHostName=minio.internal.example\nPortNumber=9000\nFSProtocol=7\nUserName=000/0127\nPassword=A35C1F2E3D4C5B6A79880716253443\nS3DefaultRegion=us-east-1\n",
			[]string{"000/0127", "A35C1F2E3D4C5B6A79880716253443"}, []string{"S3DefaultRegion=us-east-1", "HostName=minio.internal.example"}},
		{"WinSCP.ini S3 session lower-case UserName", "[Sessions\\minio]\nHostName=minio.internal.example\nFSProtocol=7\nUserName=bqzkvx\nPassword=A35C1F2E3D4C5B6A79880716253443\nS3UrlStyle=1\n",
			[]string{"bqzkvx"}, []string{"S3UrlStyle=1"}},
		{"WinSCP.ini SFTP session UserName stays", "[Sessions\\web]\nHostName=web.example\nFSProtocol=2\nUserName=deploy\nPassword=A35C1F2E3D4C5B6A79880716253443\n",
			[]string{"A35C1F2E3D4C5B6A79880716253443"}, []string{"UserName=deploy"}},
		{"settings.xml <username> holding ','", "<servers>\n  <server>\n    <!-- the wagon of s3://acme-maven/release -->\n    <id>s3-releases</id>\n    <username>01,00072</username>\n    <password>zq8Lm2Xw9LkT</password>\n  </server>\n</servers>\n",
			[]string{"01,00072", "zq8Lm2Xw9LkT"}, []string{"<id>s3-releases</id>", "<username>", "</username>"}},
		{"odbc.ini UID beside PWD", "[Athena]\nAwsRegion=us-east-1\nUID=5ad32966e26389070f71db2488fee699\nPWD=zq8Lm2Xw\n",
			[]string{"5ad32966e26389070f71db2488fee699", "zq8Lm2Xw"}, []string{"AwsRegion=us-east-1"}},
		{"a person's user name stays", "[client]\nuser=admin\npassword=zq8Lm2Xw\n",
			[]string{"zq8Lm2Xw"}, []string{"user=admin"}},
		{"an object key beside a secret stays", "backend \"s3\" {\n  key        = \"prod/terraform.tfstate\"\n  secret_key = \"abcdEFGH1234\"\n}",
			[]string{"abcdEFGH1234"}, []string{"prod/terraform.tfstate"}},
		{"a key with no secret in its record stays", "s3.put_object(Bucket='acme', Key='report2024x1')", nil, []string{"report2024x1"}},
		{"SQL KEY_ID beside SECRET", "CREATE SECRET minio (\n  TYPE s3,\n  KEY_ID 'GK08da24c40467b4079a95217e',\n  SECRET 'xxkayuld',\n  REGION 'us-west-2'\n);",
			[]string{"GK08da24c40467b4079a95217e", "xxkayuld"}, []string{"REGION 'us-west-2'"}},
		{"SQL KEY_ID holding '/' beside SECRET", "CREATE SECRET minio (\n  TYPE s3,\n  KEY_ID '000/0127',\n  SECRET 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'\n);",
			[]string{"000/0127", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}, []string{"TYPE s3"}},
		{"access_id holding '/' beside secret", "access_id: \"ops/2107\"\nsecret: \"zq8Lm2Xw\"\n",
			[]string{"ops/2107", "zq8Lm2Xw"}, nil},
		{"PHP 'key' => holding '/' beside 'secret' =>", "'objectstore' => [\n  'arguments' => [\n    'bucket' => 'nextcloud',\n    'key' => 'ops/2107',\n    'secret' => 'zq8Lm2Xw9LkT4vBn',\n  ],\n],",
			[]string{"ops/2107", "zq8Lm2Xw9LkT4vBn"}, []string{"'bucket' => 'nextcloud'"}},
		{"PHP 'Key' => path without a 'secret' => stays", "$s3->putObject([\n  'Bucket' => 'acme',\n  'Key' => 'reports/2024/a.pdf',\n  'SSECustomerKey' => $k,\n]);",
			nil, []string{"'Key' => 'reports/2024/a.pdf'"}},
		{"fsspec key= holding '/' beside secret=", "fs = s3fs.S3FileSystem(key='0/070012', secret='zq8Lm2Xw9LkT4vBn', client_kwargs={'endpoint_url': 'http://minio:9000'})",
			[]string{"0/070012", "zq8Lm2Xw9LkT4vBn"}, []string{"http://minio:9000"}},
		{"R get_bucket key= of digits and a dot beside secret=", "b <- get_bucket(bucket = \"acme\", key = \"/7200.00\", secret = \"zq8Lm2Xw9LkT4vBn\")",
			[]string{"/7200.00", "zq8Lm2Xw9LkT4vBn"}, []string{"bucket = \"acme\""}},
		{"R get_bucket key= whose 'extension' starts with a digit beside secret=", "b <- get_bucket(bucket = \"acme\", key = \"/0100.0A\", secret = \"zq8Lm2Xw9LkT4vBn\")",
			[]string{"/0100.0A", "zq8Lm2Xw9LkT4vBn"}, []string{"bucket = \"acme\""}},
		{"an object key with a file extension beside secret= stays", "{\"bucket\": \"acme\", \"key\": \"in/Scan 7.PDF\", \"secret\": \"zq8Lm2Xw9LkT4vBn\"}",
			[]string{"zq8Lm2Xw9LkT4vBn"}, []string{"in/Scan 7.PDF"}},
		{"a split archive's part as key beside secret stays", `{"key": "backups/db.tar.001", "secret": "hunter2hunter2"}`, nil, []string{"backups/db.tar.001"}},
		{"a file path as key beside secret stays", `{"key": "in/a.pdf", "secret": "hunter2hunter2"}`, nil, []string{"in/a.pdf"}},
		{"named argument key_id :=", "SELECT duckdb.create_simple_secret(type := 'S3', key_id := 'svc-whfn6zobk', secret := 'sxqhemstxhyy', region := 'eu-west-1');",
			[]string{"svc-whfn6zobk", "sxqhemstxhyy"}, []string{"region := 'eu-west-1'"}},
		{"PHP 'key' => beside 'secret' =>", "'arguments' => array (\n  'bucket' => 'acme',\n  'key' => 'I7LC1Q144YITK7MMZ3QG',\n  'secret' => 'zq8Lm2Xw',\n),",
			[]string{"I7LC1Q144YITK7MMZ3QG", "zq8Lm2Xw"}, []string{"'bucket' => 'acme'"}},
		{"CLI --key beside --secret", "$ serverless config credentials --provider aws --key backup-274thl6zfnpce --secret 'zq8Lm2Xw'\n",
			[]string{"backup-274thl6zfnpce", "zq8Lm2Xw"}, []string{"--provider aws"}},
		{"mixed-case key without digits", "$ duck --username LTAIMejooCvfShhtTywyDp --password 'zq8Lm2Xw' --list s3://acme/\n",
			[]string{"LTAIMejooCvfShhtTywyDp", "zq8Lm2Xw"}, []string{"s3://acme/"}},
		{"URL userinfo user", `SQLALCHEMY_URI = "awsathena+rest://00b60cb85d080000000002037:Zr8mQ2xw9Lk%2FT4v@athena.us-east-1.amazonaws.com:443/default"`,
			[]string{"00b60cb85d080000000002037", "Zr8mQ2xw9Lk"}, []string{"athena.us-east-1.amazonaws.com"}},
		{"a key field takes a lower-case key", `x = {"key": "aztqxziveuu", "secret": "hunter2hunter2", "user": "admin"}`,
			[]string{"aztqxziveuu", "hunter2hunter2"}, []string{`"user": "admin"`}},
		{"a key split in parentheses", "storage_options={\n    \"key\": (\"GKff866f21\"\n    \"0aabba900d64fb\"),\n    \"secret\": \"hunter2hunter2\",\n}",
			[]string{"GKff866f21", "0aabba900d64fb"}, nil},
		{"keyword arguments split in parentheses", "s3 = s3fs.S3FileSystem(key=(\"GKaa866f21\"\n    \"0aabba900d64fb\"), secret=(\"sec12345\"\n    \"hunter2\"))",
			[]string{"GKaa866f21", "0aabba900d64fb", "sec12345"}, nil},
		{"a mixed-case key without digits", "$ serverless config credentials --provider aws --key LTAIbiDBVRLVhNIbJ --secret 'zq8Lm2Xw'",
			[]string{"LTAIbiDBVRLVhNIbJ"}, nil},
		{"an object key path beside a secret stays", `{"key": "reports/2024/a.pdf", "secret": "hunter2hunter2"}`, nil, []string{"reports/2024/a.pdf"}},
		{"host:port with @ later stays", "https://registry01:5000/v2/app@sha256", nil, []string{"registry01:5000"}},
		{"an e-mail folder in a MinIO URL's path stays", "http://localhost:9000/bucket/user@example.com/a.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256", nil, []string{"localhost:9000/bucket/user@example.com/a.txt"}},

		{"print_r [key] in a credentials group, whatever its shape", "Array\n(\n    [region] => us-east-1\n    [endpoint] => https://minio.internal.example:9000\n    [credentials] => Array\n        (\n            [key] => 2107000/\n            [secret] => cc562d3cdafed80a6abc9ee6ab9e02443ee9c0be3b1f30260460b6328668be8d\n        )\n\n)\n",
			[]string{"2107000/", "cc562d3cdafed80a6abc9ee6ab9e02443ee9c0be3b1f30260460b6328668be8d"}, []string{"[region] => us-east-1", "https://minio.internal.example:9000"}},
		{"print_r [key] outside a credentials group stays", "Array\n(\n    [Bucket] => acme\n    [key] => reports/2024/a.pdf\n    [secret] => cc562d3cdafed80a6abc9ee6ab9e02443ee9c0be3b1f30260460b6328668be8d\n)\n",
			[]string{"cc562d3cdafed80a6abc9ee6ab9e02443ee9c0be3b1f30260460b6328668be8d"}, []string{"reports/2024/a.pdf"}},
		{"a quoted --password ending in '=' is the slot's, and so is --username", "$ duck --username 7A200010 --password '4eIQ90XWAJOoQjl3d3EZvrvkeThV3wu3al0t4zLcF3k=' --list s3://acme/\n",
			[]string{"7A200010", "4eIQ90XWAJOoQjl3d3EZvrvkeThV3wu3al0t4zLcF3k="}, []string{"s3://acme/"}},
		{"a --username of a command addressing S3 holding '/'", "$ duck --username 07200/01 --password 'K005XbHxHrNGb4Yl330USolG8pZYhEd' --list s3://acme/\n",
			[]string{"07200/01", "K005XbHxHrNGb4Yl330USolG8pZYhEd"}, []string{"s3://acme/"}},
		{"a URL user of any userinfo characters beside an Athena URL's password", "SQLALCHEMY_URI = \"awsathena+rest://072!0100:de175953c79e94168b19bf4eb6ae14365b5261942b721004163ebb55c884c2de@athena.sa-east-1.amazonaws.com:443/default\"",
			[]string{"072!0100", "de175953c79e94168b19bf4eb6ae14365b5261942b721004163ebb55c884c2de"}, []string{"athena.sa-east-1.amazonaws.com:443/default"}},
		{"a URL user holding '#' beside an Athena URL's password", "SQLALCHEMY_URI = \"awsathena+rest://072#0100:de175953c79e94168b19bf4eb6ae14365b5261942b721004163ebb55c884c2de@athena.sa-east-1.amazonaws.com:443/default\"",
			[]string{"072#0100", "de175953c79e94168b19bf4eb6ae14365b5261942b721004163ebb55c884c2de"}, []string{"athena.sa-east-1.amazonaws.com:443/default"}},
		{"var_dump's key beside secret holding '/'", "array(3) {\n  [\"region\"]=>\n  string(9) \"us-east-1\"\n  [\"key\"]=>\n  string(8) \"7001020/\"\n  [\"secret\"]=>\n  string(11) \"cpde@VVpc41\"\n}",
			[]string{"7001020/", "cpde@VVpc41"}, []string{"string(9) \"us-east-1\""}},
		// userPassFlags
		{"-u then -p", "$ duck -u 3d34fd83a8ccefd79358a09eec753687 -p lTgWnkkEx2889 --upload s3://acme/x.pdf ./x.pdf",
			[]string{"3d34fd83a8ccefd79358a09eec753687", "lTgWnkkEx2889"}, []string{"s3://acme/x.pdf"}},
		{"a flag's argument is a shell word, commas and all", "$ duck -u 7,200001 -p lTgWnkkEx2889 --upload s3://acme/x.pdf ./x.pdf",
			[]string{"7,200001", "lTgWnkkEx2889"}, []string{"s3://acme/x.pdf"}},
		{"-u of a command addressing S3", "$ duck -u ci-zivbvbwtt -p 'JJ/5xYqJpPpiD1D9Ly0Ls00gc+GowkK1OuHWrfP3COu=' --upload s3://acme/a.png ./a.png",
			[]string{"ci-zivbvbwtt", "JJ/5xYqJpPpiD1D9Ly0Ls00gc+GowkK1OuHWrfP3COu="}, []string{"s3://acme/a.png"}},
		{"-u of another command stays a user name", "$ mysql -u appuser -p 'zq8Lm2Xw' -h db.internal", []string{"zq8Lm2Xw"}, []string{"-u appuser"}},
		{"-p alone is a port or a flag", "$ docker run -p 9000:9000 minio/minio\n$ mkdir -p /data/acme2024", nil, []string{"9000:9000", "/data/acme2024"}},

		// setterCall
		{"builder setters", "AmazonS3Builder::new()\n    .with_access_key_id(\"GK7d79af9c6ac22e34b52719c1\")\n    .with_secret_access_key(\"lowercasesecret\")\n    .with_region(\"us-east-1\")",
			[]string{"GK7d79af9c6ac22e34b52719c1", "lowercasesecret"}, []string{"with_region(\"us-east-1\")"}},
		{"a getter takes a name", `val = os.getenv("AWS_SECRET_ACCESS_KEY"); x = getSecretKey("prod/app")`, nil, []string{"prod/app"}},

		// promptLines
		{"aws configure prompts", "$ aws configure\nAWS Access Key ID [None]: ci-l5x0xzw1yc0hn\nAWS Secret Access Key [****************m7z5]: lowercasesecret\nDefault region name [us-east-1]: \nDefault output format [None]: json\n",
			[]string{"ci-l5x0xzw1yc0hn", "lowercasesecret"}, []string{"Default output format [None]: json", "[****************m7z5]"}},
		{"a bracketed default of another prompt stays", "Default region name [None]: eu-west-1\n", nil, []string{"eu-west-1"}},

		// regValues
		{"reg query", "HKEY_CURRENT_USER\\Environment\n    AWS_ACCESS_KEY_ID    REG_SZ    ci-l5x0xzw1yc0hn\n    AWS_SECRET_ACCESS_KEY    REG_SZ    ukpp.xe1gylA42\n    TEMP    REG_EXPAND_SZ    %USERPROFILE%\\AppData\\Local\\Temp\n",
			[]string{"ci-l5x0xzw1yc0hn", "ukpp.xe1gylA42"}, []string{"%USERPROFILE%\\AppData\\Local\\Temp"}},
		{"reg query in a numbered table", "| 4 |     AWS_ACCESS_KEY_ID    REG_SZ    ci-l5x0xzw1yc0hn |\n| 5 |     AWS_SECRET_ACCESS_KEY    REG_SZ    ukpp.xe1gylA42 |\n| 6 |     AWS_DEFAULT_REGION    REG_SZ    eu-west-1 |\n",
			[]string{"ci-l5x0xzw1yc0hn", "ukpp.xe1gylA42"}, []string{"REG_SZ    eu-west-1 |", "AWS_ACCESS_KEY_ID    REG_SZ    "}},
		{".reg lines are no split literal", "[HKEY_CURRENT_USER\\Environment]\n\"AWS_SECRET_ACCESS_KEY\"=\"bjqzutlceypvz\"\n\"AWS_ACCESS_KEY_ID\"=\"GK7d79af9c6ac22e34b52719c1\"\n",
			[]string{"bjqzutlceypvz", "GK7d79af9c6ac22e34b52719c1"}, []string{"\"AWS_ACCESS_KEY_ID\"="}},

		// compoundLabel
		{"glued password label", "'dbpassword' => 'swdm_ZQgf81',\nsmtppassword: hunter22\n", []string{"swdm_ZQgf81", "hunter22"}, nil},
		{"a word ending in password is no compound of letters alone", "nopassword_required = true\n", nil, []string{"true"}},

		// varDumpValues
		{"var_dump", "array(3) {\n  [\"region\"]=>\n  string(9) \"us-east-1\"\n  [\"key\"]=>\n  string(26) \"GK7f0972f5d8994166a14e9cf2\"\n  [\"secret\"]=>\n  string(11) \"cpde@VVpc41\"\n}",
			[]string{"GK7f0972f5d8994166a14e9cf2", "cpde@VVpc41"}, []string{"string(9) \"us-east-1\""}},

		// structDumps
		{"toString dump on a log line", "2024-01-15T12:30:00.123Z  INFO 1 --- [main] c.e.S3Config : Loaded S3Properties(endpoint=https://minio.example:9000, region=us-east-1, accessKey=prdrgdnenrmj, secretKey=prdrgdnenrmi, pathStyleAccess=true)",
			[]string{"prdrgdnenrmi", "prdrgdnenrmj"}, []string{"endpoint=https://minio.example:9000", "region=us-east-1"}},
		// (Go's SDK wraps literals in aws.String: the call's name is no
		// value, github.com/aws/aws-sdk-go-v2/aws String)
		{"Go aws.String beside a secret stays", "secretKey := \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"\nin := &s3.GetObjectInput{Bucket: aws.String(\"my-bucket\"), Key: aws.String(\"reports/q1.pdf\")}",
			[]string{"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}, []string{`Bucket: aws.String("my-bucket"), Key: aws.String("reports/q1.pdf")`}},
		{"a call with variables stays", "val props = S3Properties(accessKey=accessKeyVar, secretKey=secretKeyVar)", nil, []string{"secretKey=secretKeyVar"}},

		// positional arguments of more credential calls
		{"AmazonS3Client positional", `var client = new AmazonS3Client("GKc2688b8ef2f933c92e4b0e8c", "lowercasesecret", RegionEndpoint.USEast1);`,
			[]string{"GKc2688b8ef2f933c92e4b0e8c", "lowercasesecret"}, []string{"RegionEndpoint.USEast1"}},
		{"AWS4Auth positional", `auth = AWS4Auth('svc-ci-0001', 'f521e6ec9056b28b8bff5fd6f14412627c6c7d35', 'us-east-1', 's3')`,
			[]string{"svc-ci-0001", "f521e6ec9056b28b8bff5fd6f14412627c6c7d35"}, []string{"'us-east-1', 's3'"}},
		{"ClickHouse s3() with a format", "SELECT * FROM s3('https://acme.s3.amazonaws.com/a.csv', 'ci-0001key', 'lowercasesecret', 'CSVWithNames');",
			[]string{"ci-0001key", "lowercasesecret"}, []string{"'CSVWithNames'", "https://acme.s3.amazonaws.com/a.csv"}},
		{"mc admin user add", "$ mc admin user add myminio svc-newuser01 newusersecret\n", []string{"svc-newuser01", "newusersecret"}, []string{"myminio"}},
	})
}

// "key" is the access key ID only inside a group a credentials label opens.
func TestKeyInCredentialsGroup(t *testing.T) {
	cases := []struct {
		paste string
		want  bool
	}{
		{"$s3 = new S3Client(['credentials' => ['key' => 'minio-01', 'secret' => $secret]]);", true},
		{"const c = { credentials: { key: 'minio-01', secret: s } };", true},
		{"s3 = Aws::S3::Client.new(region: \"eu-west-1\", credentials: creds)\nAws::S3::Presigner.new(client: s3).presigned_url(:get_object, bucket: \"acme\", key: \"a.txt\")", false},
		{"s3.get_object(bucket: 'b', key: 'photos/a.jpg') # credentials come from the instance profile", false},
	}
	for _, c := range cases {
		i := strings.LastIndex(c.paste, "key")
		if got := inCredentialsGroup(c.paste, i); got != c.want {
			t.Errorf("inCredentialsGroup(%q) = %v, want %v", c.paste, got, c.want)
		}
	}
}
