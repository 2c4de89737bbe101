package model

import (
	"cmp"
	"fmt"
	"strings"
)

// SettingKind is one client or presign setting every SDK has under its
// own name.
type SettingKind int

const (
	SetRegion       SettingKind = iota // the signing region
	SetEndpoint                        // a custom endpoint (an S3-compatible store)
	SetPathStyle                       // path-style addressing
	SetSessionToken                    // the session token of temporary keys
	SetExpiry                          // the presigned URL's lifetime
	SetSigV4                           // signing with Signature Version 4
	numSettings
)

// SDKSetting is one setting as one SDK spells it: the row every rule
// message and every codegen writer reads, so that the name a finding
// gives and the code the corrected program writes are the same text.
type SDKSetting struct {
	// Name is the setting as users write it in that SDK's code
	// (region_name, forcePathStyle, 'use_path_style_endpoint', region:).
	Name string
	// Example writes the setting, %s standing for its value as an
	// expression (quotes included) where it takes one:
	// "region_name=%s", "forcePathStyle: true".
	Example string
	// Where says where the setting goes when Example does not ("in
	// new S3Client([…])"); "" for a keyword argument of the call that
	// makes the client or the URL.
	Where string
	// Says is how a message names the setting when Name alone does not
	// tell the user where to look ("getSignedUrl's expiresIn option");
	// "" when Name does.
	Says string
	// Note is a remark a fix adds after the example ("or remove the
	// setting: the SDK signs SigV4 by default").
	Note string
	// quote is the family's string quote, for With's literals.
	quote string
}

// Phrase is how a message names the setting: Says, else Name.
func (s SDKSetting) Phrase() string {
	if s.Says != "" {
		return s.Says
	}
	return s.Name
}

// Code writes the setting as code, with the expression expr as its value
// where it takes one: "sessionToken: creds.SessionToken". Codegen writes
// its programs' settings with it.
func (s SDKSetting) Code(expr string) string {
	if strings.Contains(s.Example, "%s") {
		return fmt.Sprintf(s.Example, expr)
	}
	return s.Example
}

// With is Code followed by where the setting goes, for a message:
// "sessionToken: creds.SessionToken in credentials".
func (s SDKSetting) With(expr string) string {
	out := s.Code(expr)
	if s.Where != "" {
		out += " " + s.Where
	}
	return out
}

// WithString is With for a string literal v, quoted as the SDK's
// language quotes strings: region_name='eu-west-1', config.WithRegion("eu-west-1").
func (s SDKSetting) WithString(v string) string {
	return s.With(s.quote + v + s.quote)
}

// setting is one cell of the table, the fields of SDKSetting in order:
// name, example, where, says, note (the empty ones at the end left out).
// In an SDK's row, a field left empty is its language's.
type setting [5]string

// settings is a row's cells, by SettingKind.
type settings [numSettings]setting

// sdkFamily is one row of the table: a language (the readers' Source:
// python, cli, javascript, go, java, csharp, php, ruby) or one SDK of a
// language (Operation.SDK: js-v3, js-v2, go-v2, go-v1, java-v2, java-v1,
// dotnet), whose cells override its language's field by field.
type sdkFamily struct {
	Key      string // python, js-v3, …
	Label    string // the SDK as users call it: "boto3", "JavaScript v3"
	Language string // the language row an SDK row falls back to; "" for a language
	Quote    string
	Settings settings
}

// sdkSettings is the one table of SDK settings (checked against each SDK's
// documentation): SDK family × setting → the name users write, where it
// goes and a short example.
var sdkSettings = [...]sdkFamily{
	{Key: "python", Label: "boto3", Quote: "'", Settings: settings{
		SetRegion:       {"region_name", "region_name=%s"},
		SetEndpoint:     {"endpoint_url", "endpoint_url=%s"},
		SetPathStyle:    {"addressing_style", "Config(s3={'addressing_style': 'path'})", "passed as config="},
		SetSessionToken: {"aws_session_token", "aws_session_token=%s"},
		SetExpiry:       {"ExpiresIn", "ExpiresIn=%s"},
		SetSigV4:        {"signature_version", "config=Config(signature_version='s3v4')"},
	}},
	{Key: "cli", Label: "the AWS CLI", Quote: "'", Settings: settings{
		SetRegion:       {"--region", "--region %s"},
		SetEndpoint:     {"--endpoint-url", "--endpoint-url %s"},
		SetPathStyle:    {"addressing_style", "aws configure set default.s3.addressing_style path"},
		SetSessionToken: {"aws_session_token", "aws configure set aws_session_token %s"},
		SetExpiry:       {"--expires-in", "--expires-in %s"},
		SetSigV4:        {"signature_version", "aws configure set default.s3.signature_version s3v4"},
	}},
	{Key: "javascript", Label: "JavaScript", Quote: "'", Settings: settings{
		SetRegion:       {"region", "region: %s", "in the client's options (new S3Client({ region }) or new AWS.S3({ region }))"},
		SetEndpoint:     {"endpoint", "endpoint: %s"},
		SetPathStyle:    {"forcePathStyle", "forcePathStyle: true", "in new S3Client({…})"},
		SetSessionToken: {"sessionToken", "sessionToken: %s", "in credentials"},
		SetExpiry:       {"expiresIn", "expiresIn: %s", "", "expiresIn (Expires in JavaScript v2)"},
		SetSigV4:        {"signatureVersion", "signatureVersion: 'v4'", "", "", "or move to JavaScript v3, which always signs SigV4"},
	}},
	{Key: "js-v3", Label: "JavaScript v3", Language: "javascript", Settings: settings{
		SetExpiry: {"", "{ expiresIn: %s }", "as getSignedUrl's third argument", "getSignedUrl's expiresIn option"},
	}},
	{Key: "js-v2", Label: "JavaScript v2", Language: "javascript", Settings: settings{
		SetPathStyle: {"s3ForcePathStyle", "s3ForcePathStyle: true", "in new AWS.S3({…})"},
		SetExpiry:    {"Expires", "Expires: %s", "in getSignedUrl's params", "getSignedUrl's Expires parameter"},
	}},
	{Key: "go", Label: "Go", Quote: `"`, Settings: settings{
		SetRegion:       {"Region", "config.WithRegion(%s)", "in config.LoadDefaultConfig"},
		SetEndpoint:     {"BaseEndpoint", "o.BaseEndpoint = aws.String(%s)", "in s3.NewFromConfig's options"},
		SetPathStyle:    {"UsePathStyle", "o.UsePathStyle = true", "in s3.NewFromConfig's options"},
		SetSessionToken: {"NewStaticCredentialsProvider's third argument", "credentials.NewStaticCredentialsProvider(key, secret, %s)", "", "session token (NewStaticCredentialsProvider's third argument is empty)"},
		SetExpiry:       {"WithPresignExpires", "s3.WithPresignExpires(%s)", "", "the WithPresignExpires duration"},
	}},
	{Key: "go-v2", Label: "Go v2", Language: "go", Settings: settings{
		SetExpiry: {"", "", "", "s3.WithPresignExpires (PresignOptions.Expires)"},
	}},
	{Key: "go-v1", Label: "Go v1", Language: "go", Settings: settings{
		SetRegion:    {"", "Region: aws.String(%s)", "in aws.Config"},
		SetEndpoint:  {"Endpoint", "Endpoint: aws.String(%s)", "in aws.Config"},
		SetPathStyle: {"S3ForcePathStyle", "S3ForcePathStyle: aws.Bool(true)", "in aws.Config"},
		SetExpiry:    {"Presign", "req.Presign(%s)", "", "req.Presign's duration"},
	}},
	{Key: "java", Label: "Java", Quote: `"`, Settings: settings{
		SetRegion:       {"region", ".region(Region.of(%s))", "on the S3Presigner / S3Client builder"},
		SetEndpoint:     {"endpointOverride", ".endpointOverride(URI.create(%s))"},
		SetPathStyle:    {"pathStyleAccessEnabled", ".serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())", "on the S3Presigner builder (it has no forcePathStyle)"},
		SetSessionToken: {"AwsSessionCredentials", "AwsSessionCredentials.create(key, secret, %s)", "", "session token (AwsBasicCredentials has none: AwsSessionCredentials carries it)"},
		SetExpiry:       {"signatureDuration", ".signatureDuration(%s)"},
		SetSigV4:        {"withSignerOverride", "withSignerOverride(\"AWSS3V4SignerType\")", "", "", "or remove the SigV2 signer override: the SDK signs SigV4 by default"},
	}},
	{Key: "java-v2", Label: "Java v2", Language: "java"},
	{Key: "java-v1", Label: "Java v1", Language: "java", Settings: settings{
		SetRegion:    {"withRegion", ".withRegion(%s)", "on AmazonS3ClientBuilder"},
		SetEndpoint:  {"withEndpointConfiguration", ".withEndpointConfiguration(new AwsClientBuilder.EndpointConfiguration(%s, region))", "on AmazonS3ClientBuilder"},
		SetPathStyle: {"withPathStyleAccessEnabled", ".withPathStyleAccessEnabled(true)", "on AmazonS3ClientBuilder"},
		SetExpiry:    {"expiration", "generatePresignedUrl(bucket, key, %s)", "", "the expiration of generatePresignedUrl"},
	}},
	{Key: "csharp", Label: ".NET", Quote: `"`, Settings: settings{
		SetRegion:       {"RegionEndpoint", "RegionEndpoint.GetBySystemName(%s)", "passed to new AmazonS3Client(…)"},
		SetEndpoint:     {"ServiceURL", "ServiceURL = %s", "in AmazonS3Config"},
		SetPathStyle:    {"ForcePathStyle", "ForcePathStyle = true", "in AmazonS3Config"},
		SetSessionToken: {"SessionAWSCredentials", "new SessionAWSCredentials(key, secret, %s)", "", "session token (BasicAWSCredentials has none: SessionAWSCredentials carries it)"},
		SetExpiry:       {"Expires", "Expires = %s"},
		SetSigV4:        {"SignatureVersion", "SignatureVersion = \"4\"", "", "", "or remove the setting: the SDK signs SigV4 by default"},
	}},
	{Key: "dotnet", Label: ".NET", Language: "csharp", Settings: settings{
		SetExpiry: {"", "", "in GetPreSignedUrlRequest", "GetPreSignedUrlRequest.Expires"},
	}},
	{Key: "php", Label: "PHP", Quote: "'", Settings: settings{
		SetRegion:       {"'region'", "'region' => %s", "in new S3Client([…])"},
		SetEndpoint:     {"'endpoint'", "'endpoint' => %s"},
		SetPathStyle:    {"'use_path_style_endpoint'", "'use_path_style_endpoint' => true", "in new S3Client([…])"},
		SetSessionToken: {"'token'", "'token' => %s", "in 'credentials'"},
		SetExpiry:       {"expires", "createPresignedRequest($cmd, %s)", "", "createPresignedRequest's expires argument"},
		SetSigV4:        {"'signature_version'", "'signature_version' => 'v4'"},
	}},
	// Frameworks that build the client from their settings
	// (settings_clients.go): their settings' names, falling back to their
	// language's SDK for the rest.
	{Key: "django-storages", Label: "django-storages", Language: "python", Settings: settings{
		SetRegion:    {"AWS_S3_REGION_NAME", "AWS_S3_REGION_NAME = %s", "in settings.py"},
		SetEndpoint:  {"AWS_S3_ENDPOINT_URL", "AWS_S3_ENDPOINT_URL = %s", "in settings.py"},
		SetPathStyle: {"AWS_S3_ADDRESSING_STYLE", "AWS_S3_ADDRESSING_STYLE = 'path'", "in settings.py"},
		SetSigV4:     {"AWS_S3_SIGNATURE_VERSION", "AWS_S3_SIGNATURE_VERSION = 's3v4'", "in settings.py"},
	}},
	{Key: "laravel", Label: "Laravel's s3 disk", Language: "php", Settings: settings{
		SetRegion:    {"'region'", "'region' => %s", "in the disk of config/filesystems.php (AWS_DEFAULT_REGION in .env)"},
		SetEndpoint:  {"'endpoint'", "'endpoint' => %s", "in the disk of config/filesystems.php (AWS_ENDPOINT in .env)"},
		SetPathStyle: {"'use_path_style_endpoint'", "'use_path_style_endpoint' => true", "in the disk of config/filesystems.php"},
	}},
	{Key: "active-storage", Label: "Active Storage", Language: "ruby", Settings: settings{
		SetRegion:    {"region:", "region: %s", "in the service of config/storage.yml"},
		SetEndpoint:  {"endpoint:", "endpoint: %s", "in the service of config/storage.yml"},
		SetPathStyle: {"force_path_style:", "force_path_style: true", "in the service of config/storage.yml"},
	}},
	{Key: "spring-cloud-aws", Label: "Spring Cloud AWS", Language: "java", Settings: settings{
		SetRegion:    {"spring.cloud.aws.s3.region", "spring.cloud.aws.s3.region: %s", "in application.yml (or spring.cloud.aws.region.static for every client)"},
		SetEndpoint:  {"spring.cloud.aws.s3.endpoint", "spring.cloud.aws.s3.endpoint: %s", "in application.yml"},
		SetPathStyle: {"spring.cloud.aws.s3.path-style-access-enabled", "spring.cloud.aws.s3.path-style-access-enabled: true", "in application.yml"},
	}},
	{Key: "ruby", Label: "Ruby", Quote: "'", Settings: settings{
		SetRegion:       {"region:", "region: %s", "in Aws::S3::Client.new"},
		SetEndpoint:     {"endpoint:", "endpoint: %s"},
		SetPathStyle:    {"force_path_style:", "force_path_style: true", "in Aws::S3::Client.new"},
		SetSessionToken: {"session_token", "Aws::Credentials.new(key, secret, %s)", "", "session token (Aws::Credentials.new's third argument)"},
		SetExpiry:       {"expires_in:", "expires_in: %s"},
		SetSigV4:        {"signature_version:", "signature_version: 'v4'", "", "", "or remove the setting"},
	}},
	{Key: "rust", Label: "Rust", Quote: `"`, Settings: settings{
		SetRegion:       {".region", ".region(Region::new(%s))", "on aws_config::defaults(…) / from_env() or aws_sdk_s3::config::Builder"},
		SetEndpoint:     {".endpoint_url", ".endpoint_url(%s)", "on aws_sdk_s3::config::Builder (or the aws_config loader)"},
		SetPathStyle:    {".force_path_style", ".force_path_style(true)", "on aws_sdk_s3::config::Builder"},
		SetSessionToken: {"session_token", "Credentials::new(key, secret, Some(%s), None, \"static\")", "", "session token (Credentials::new's third argument)"},
		SetExpiry:       {"expires_in", "PresigningConfig::expires_in(Duration::from_secs(%s))", "", "PresigningConfig's expires_in"},
	}},
}

// SettingOf is setting k as the SDK of code in language src (a Source:
// python, javascript, typescript, go, …) spells it, sdk (Operation.SDK,
// "" when unknown) refining the language's row; ok is false when the
// table has no such cell (a source that is not code).
func SettingOf(src, sdk string, k SettingKind) (s SDKSetting, ok bool) {
	if src == "typescript" {
		src = "javascript"
	}
	for _, key := range [2]string{sdk, src} {
		fam := sdkFamilyOf(key)
		if fam == nil {
			continue
		}
		if fam.Language != "" && fam.Language != src && src != "" {
			continue // an SDK of another language than the code's
		}
		if c := fam.cell(k); c[0] != "" {
			s = SDKSetting{Name: c[0], Example: c[1], Where: c[2], Says: c[3], Note: c[4]}
			s.quote = sdkFamilyOf(cmp.Or(fam.Language, key)).Quote
			return s, true
		}
	}
	return SDKSetting{}, false
}

// SDKLabel names an SDK family (a Source or an Operation.SDK) as users
// call it: "boto3", "JavaScript v3", ".NET"; the key itself when the
// table has no such row.
func SDKLabel(family string) string {
	if fam := sdkFamilyOf(family); fam != nil {
		return fam.Label
	}
	return family
}

// cell is the row's cell of setting k, its empty fields taken from its
// language's row.
func (fam *sdkFamily) cell(k SettingKind) setting {
	c := fam.Settings[k]
	if fam.Language == "" {
		return c
	}
	lang := sdkFamilyOf(fam.Language).Settings[k]
	for i := range c {
		c[i] = cmp.Or(c[i], lang[i])
	}
	return c
}

// sdkFamilyOf returns the table's row for key, or nil.
func sdkFamilyOf(key string) *sdkFamily {
	for i := range sdkSettings {
		if key != "" && sdkSettings[i].Key == key {
			return &sdkSettings[i]
		}
	}
	return nil
}
