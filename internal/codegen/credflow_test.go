package codegen

import (
	"strconv"
	"strings"
	"testing"
)

// manyBindings binds the name credentials to n other names, each used
// nowhere else.
func manyBindings(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("const x" + strconv.Itoa(i) + " = credentials\n")
	}
	return b.String()
}

// TestCredentialFlowEdits checks the in-place fix of code whose literal
// keys reach the client through names and holders: the holder goes where
// the client reads it, then every binding of a literal left unused, in
// each language; a holder used some other way is left alone.
func TestCredentialFlowEdits(t *testing.T) {
	checkCredEdits(t, []credCase{
		{"JavaScript shorthand object bound to a name (heldout-d jsv3_credentials_object_week's shape)",
			"const region = 'us-west-2'\nconst accessKeyId = 'AKIA_EXAMPLE_KEY_1'\nconst secretAccessKey = 'EXAMPLE_SECRET_ACCESS_KEY_1'\nconst credentials = { accessKeyId, secretAccessKey }\n\nconst s3 = new S3Client({ region, credentials })\n",
			"const region = 'us-west-2'\n\nconst s3 = new S3Client({ region })\n"},
		{"JavaScript entries of constants, holder on its lines",
			"const KEY = \"AKIA_EXAMPLE_KEY_1\";\nconst SECRET = \"EXAMPLE_SECRET_ACCESS_KEY_1\";\nconst creds = {\n  accessKeyId: KEY,\n  secretAccessKey: SECRET,\n};\nconst s3 = new S3Client({\n  region: \"eu-west-1\",\n  credentials: creds,\n});\n",
			"const s3 = new S3Client({\n  region: \"eu-west-1\",\n});\n"},
		{"JavaScript v2 flat options on one line",
			"AWS.config.update({ accessKeyId: 'AKIA_EXAMPLE_KEY_1', secretAccessKey: 'EXAMPLE_SECRET_ACCESS_KEY_1', region: 'us-east-1' });\n",
			"AWS.config.update({ region: 'us-east-1' });\n"},
		{"JavaScript holder also given elsewhere: no edit",
			"const creds = { accessKeyId: 'AKIA_EXAMPLE_KEY_1', secretAccessKey: 'EXAMPLE_SECRET_ACCESS_KEY_1' };\nlog(creds);\nconst s3 = new S3Client({ region: 'us-east-1', credentials: creds });\n",
			""},
		{"PHP Credentials object bound to a name",
			"<?php\n$key = 'AKIA_EXAMPLE_KEY_1';\n$secret = 'EXAMPLE_SECRET_ACCESS_KEY_1';\n$credentials = new Credentials($key, $secret);\n\n$s3 = new S3Client([\n    'version' => 'latest',\n    'region' => 'us-east-1',\n    'credentials' => $credentials,\n]);\n",
			"<?php\n\n$s3 = new S3Client([\n    'version' => 'latest',\n    'region' => 'us-east-1',\n]);\n"},
		{"Ruby Aws::Credentials.new stored into an options hash (heldout-d ruby_credentials_new_proxy's shape)",
			"aws_access_key = 'AKIA_EXAMPLE_KEY_1'\naws_secret_access_key = 'EXAMPLE_SECRET_ACCESS_KEY_1'\n\nopts = { region: 'us-east-1' }\nopts[:credentials] = ::Aws::Credentials.new(aws_access_key, aws_secret_access_key)\ns3 = Aws::S3::Resource.new(opts)\n",
			"opts = { region: 'us-east-1' }\ns3 = Aws::S3::Resource.new(opts)\n"},
		{"Ruby credentials bound to a name given as a keyword argument",
			"ak = 'AKIA_EXAMPLE_KEY_1'\nsk = 'EXAMPLE_SECRET_ACCESS_KEY_1'\ncreds = Aws::Credentials.new(ak, sk)\nclient = Aws::S3::Client.new(region: 'us-east-1', credentials: creds)\n",
			"client = Aws::S3::Client.new(region: 'us-east-1')\n"},
		{"Java v1 static final constants (heldout-d javav1_lambda_basic_credentials's shape)",
			"class A {\n    private static final String ACCESS_KEY = \"AKIA_EXAMPLE_KEY_1\";\n    private static final String SECRET_KEY = \"EXAMPLE_SECRET_ACCESS_KEY_1\";\n\n    void f() {\n        BasicAWSCredentials credentials = new BasicAWSCredentials(ACCESS_KEY, SECRET_KEY);\n        AmazonS3 s3 = AmazonS3ClientBuilder.standard()\n            .withCredentials(new AWSStaticCredentialsProvider(credentials)).build();\n    }\n}\n",
			"class A {\n    void f() {\n        AmazonS3 s3 = AmazonS3ClientBuilder.standard()\n            .withCredentials(DefaultAWSCredentialsProviderChain.getInstance()).build();\n    }\n}\n"},
		{"Go locals the static provider was the only use of (Go refuses unused locals)",
			"func main() {\n\taccessKey := \"AKIA_EXAMPLE_KEY_1\"\n\tsecretKey := \"EXAMPLE_SECRET_ACCESS_KEY_1\"\n\tcfg, err := config.LoadDefaultConfig(ctx,\n\t\tconfig.WithRegion(\"us-east-1\"),\n\t\tconfig.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(accessKey, secretKey, \"\")),\n\t)\n\t_, _ = cfg, err\n}\n",
			"func main() {\n\tcfg, err := config.LoadDefaultConfig(ctx,\n\t\tconfig.WithRegion(\"us-east-1\"),\n\t)\n\t_, _ = cfg, err\n}\n"},
		{"C# constants given to the constructor",
			"public class S\n{\n    private const string AccessKey = \"AKIA_EXAMPLE_KEY_1\";\n    private const string SecretKey = \"EXAMPLE_SECRET_ACCESS_KEY_1\";\n\n    public IAmazonS3 C() => new AmazonS3Client(AccessKey, SecretKey, RegionEndpoint.USEast1);\n}\n",
			"public class S\n{\n    public IAmazonS3 C() => new AmazonS3Client(RegionEndpoint.USEast1);\n}\n"},
		{"appsettings.json keys read through IConfiguration (heldout-c dotnet_appsettings_keys's shape)",
			"{\n  \"S3\": {\n    \"BucketName\": \"b\",\n    \"AccessKey\": \"AKIA_EXAMPLE_KEY_1\",\n    \"SecretKey\": \"EXAMPLE_SECRET_ACCESS_KEY_1\"\n  }\n}\n\npublic class U\n{\n    public U(IConfiguration cfg)\n    {\n        _s3 = new AmazonS3Client(cfg[\"S3:AccessKey\"], cfg[\"S3:SecretKey\"], RegionEndpoint.USEast1);\n    }\n}\n",
			"{\n  \"S3\": {\n    \"BucketName\": \"b\"\n  }\n}\n\npublic class U\n{\n    public U(IConfiguration cfg)\n    {\n        _s3 = new AmazonS3Client(RegionEndpoint.USEast1);\n    }\n}\n"},
		{"appsettings.json keys the code does not read: no edit",
			"{\n  \"S3\": {\n    \"AccessKey\": \"AKIA_EXAMPLE_KEY_1\",\n    \"SecretKey\": \"EXAMPLE_SECRET_ACCESS_KEY_1\"\n  }\n}\n\npublic class U\n{\n    public U(IConfiguration cfg)\n    {\n        _s3 = new AmazonS3Client(RegionEndpoint.USEast1);\n    }\n}\n",
			""},
		{"C# credentials object given first to the constructor",
			"var creds = new BasicAWSCredentials(\"AKIA_EXAMPLE_KEY_1\", \"EXAMPLE_SECRET_ACCESS_KEY_1\");\nusing var client = new AmazonS3Client(creds, RegionEndpoint.EUWest1);\n",
			"using var client = new AmazonS3Client(RegionEndpoint.EUWest1);\n"},
		{"Java v1 deprecated constructor with the credentials inline",
			"AmazonS3 s3 = new AmazonS3Client(new BasicAWSCredentials(\"AKIA_EXAMPLE_KEY_1\", \"EXAMPLE_SECRET_ACCESS_KEY_1\"));\n",
			"AmazonS3 s3 = new AmazonS3Client();\n"},
		{"PHP factory given only the keys",
			"<?php\n$s3 = S3Client::factory(array(\n    'key'    => 'AKIA_EXAMPLE_KEY_1',\n    'secret' => 'EXAMPLE_SECRET_ACCESS_KEY_1',\n));\n",
			"<?php\n$s3 = S3Client::factory(array());\n"},
		{"TypeScript names declared with their types",
			"const KEY: string = 'AKIA_EXAMPLE_KEY_1';\nconst SECRET: string = 'EXAMPLE_SECRET_ACCESS_KEY_1';\nconst credentials: AwsCredentialIdentity = { accessKeyId: KEY, secretAccessKey: SECRET };\nconst s3 = new S3Client({ region: 'us-east-1', credentials });\n",
			"const s3 = new S3Client({ region: 'us-east-1' });\n"},
		{"a holder bound to 20,000 names: the flow stops after its budget, no edit",
			"const credentials = { accessKeyId: 'AKIA_EXAMPLE_KEY_1', secretAccessKey: 'EXAMPLE_SECRET_ACCESS_KEY_1' }\n" +
				manyBindings(20000) + "const s3 = new S3Client({ credentials })\n",
			""},
	}, true, CredentialEdits)
}
