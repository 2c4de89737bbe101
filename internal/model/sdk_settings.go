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

// sdkFamily is one row of the table: a language (the readers' Source:
// python, cli, javascript, go, java, csharp, php, ruby) or one SDK of a
// language (Operation.SDK: js-v3, js-v2, go-v2, go-v1, java-v2, java-v1,
// dotnet), whose cells override its language's.
type sdkFamily struct {
	Key      string // python, js-v3, …
	Label    string // the SDK as users call it: "boto3", "JavaScript v3"
	Language string // the language row an SDK row falls back to; "" for a language
	Quote    string
	Settings [numSettings]SDKSetting
}

// sdkSettings is the one table of SDK settings (checked against each SDK's
// documentation): SDK family × setting → the name users write, where it
// goes and a short example.
var sdkSettings = [...]sdkFamily{
	{Key: "python", Label: "boto3", Quote: "'", Settings: [numSettings]SDKSetting{
		SetRegion:       {Name: "region_name", Example: "region_name=%s"},
		SetEndpoint:     {Name: "endpoint_url", Example: "endpoint_url=%s"},
		SetPathStyle:    {Name: "addressing_style", Example: "Config(s3={'addressing_style': 'path'})", Where: "passed as config="},
		SetSessionToken: {Name: "aws_session_token", Example: "aws_session_token=%s"},
		SetExpiry:       {Name: "ExpiresIn", Example: "ExpiresIn=%s"},
		SetSigV4:        {Name: "signature_version", Example: "config=Config(signature_version='s3v4')"},
	}},
	{Key: "cli", Label: "the AWS CLI", Quote: "'", Settings: [numSettings]SDKSetting{
		SetRegion:       {Name: "--region", Example: "--region %s"},
		SetEndpoint:     {Name: "--endpoint-url", Example: "--endpoint-url %s"},
		SetPathStyle:    {Name: "addressing_style", Example: "aws configure set default.s3.addressing_style path"},
		SetSessionToken: {Name: "aws_session_token", Example: "aws configure set aws_session_token %s"},
		SetExpiry:       {Name: "--expires-in", Example: "--expires-in %s"},
		SetSigV4:        {Name: "signature_version", Example: "aws configure set default.s3.signature_version s3v4"},
	}},
	{Key: "javascript", Label: "JavaScript", Quote: "'", Settings: [numSettings]SDKSetting{
		SetRegion:       {Name: "region", Example: "region: %s", Where: "in the client's options (new S3Client({ region }) or new AWS.S3({ region }))"},
		SetEndpoint:     {Name: "endpoint", Example: "endpoint: %s"},
		SetPathStyle:    {Name: "forcePathStyle", Example: "forcePathStyle: true", Where: "in new S3Client({…})"},
		SetSessionToken: {Name: "sessionToken", Example: "sessionToken: %s", Where: "in credentials"},
		SetExpiry:       {Name: "expiresIn", Example: "expiresIn: %s", Says: "expiresIn (Expires in JavaScript v2)"},
		SetSigV4:        {Name: "signatureVersion", Example: "signatureVersion: 'v4'", Note: "or move to JavaScript v3, which always signs SigV4"},
	}},
	{Key: "js-v3", Label: "JavaScript v3", Language: "javascript", Settings: [numSettings]SDKSetting{
		SetExpiry: {Name: "expiresIn", Example: "{ expiresIn: %s }", Where: "as getSignedUrl's third argument", Says: "getSignedUrl's expiresIn option"},
	}},
	{Key: "js-v2", Label: "JavaScript v2", Language: "javascript", Settings: [numSettings]SDKSetting{
		SetPathStyle: {Name: "s3ForcePathStyle", Example: "s3ForcePathStyle: true", Where: "in new AWS.S3({…})"},
		SetExpiry:    {Name: "Expires", Example: "Expires: %s", Where: "in getSignedUrl's params", Says: "getSignedUrl's Expires parameter"},
	}},
	{Key: "go", Label: "Go", Quote: `"`, Settings: [numSettings]SDKSetting{
		SetRegion:       {Name: "Region", Example: "config.WithRegion(%s)", Where: "in config.LoadDefaultConfig"},
		SetEndpoint:     {Name: "BaseEndpoint", Example: "o.BaseEndpoint = aws.String(%s)", Where: "in s3.NewFromConfig's options"},
		SetPathStyle:    {Name: "UsePathStyle", Example: "o.UsePathStyle = true", Where: "in s3.NewFromConfig's options"},
		SetSessionToken: {Name: "NewStaticCredentialsProvider's third argument", Example: "credentials.NewStaticCredentialsProvider(key, secret, %s)", Says: "session token (NewStaticCredentialsProvider's third argument is empty)"},
		SetExpiry:       {Name: "WithPresignExpires", Example: "s3.WithPresignExpires(%s)", Says: "the WithPresignExpires duration"},
	}},
	{Key: "go-v2", Label: "Go v2", Language: "go", Settings: [numSettings]SDKSetting{
		SetExpiry: {Name: "WithPresignExpires", Example: "s3.WithPresignExpires(%s)", Says: "s3.WithPresignExpires (PresignOptions.Expires)"},
	}},
	{Key: "go-v1", Label: "Go v1", Language: "go", Settings: [numSettings]SDKSetting{
		SetRegion:    {Name: "Region", Example: "Region: aws.String(%s)", Where: "in aws.Config"},
		SetEndpoint:  {Name: "Endpoint", Example: "Endpoint: aws.String(%s)", Where: "in aws.Config"},
		SetPathStyle: {Name: "S3ForcePathStyle", Example: "S3ForcePathStyle: aws.Bool(true)", Where: "in aws.Config"},
		SetExpiry:    {Name: "Presign", Example: "req.Presign(%s)", Says: "req.Presign's duration"},
	}},
	{Key: "java", Label: "Java", Quote: `"`, Settings: [numSettings]SDKSetting{
		SetRegion:       {Name: "region", Example: ".region(Region.of(%s))", Where: "on the S3Presigner / S3Client builder"},
		SetEndpoint:     {Name: "endpointOverride", Example: ".endpointOverride(URI.create(%s))"},
		SetPathStyle:    {Name: "pathStyleAccessEnabled", Example: ".serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())", Where: "on the S3Presigner builder (it has no forcePathStyle)"},
		SetSessionToken: {Name: "AwsSessionCredentials", Example: "AwsSessionCredentials.create(key, secret, %s)", Says: "session token (AwsBasicCredentials has none: AwsSessionCredentials carries it)"},
		SetExpiry:       {Name: "signatureDuration", Example: ".signatureDuration(%s)"},
		SetSigV4:        {Name: "withSignerOverride", Example: "withSignerOverride(\"AWSS3V4SignerType\")", Note: "or remove the SigV2 signer override: the SDK signs SigV4 by default"},
	}},
	{Key: "java-v2", Label: "Java v2", Language: "java"},
	{Key: "java-v1", Label: "Java v1", Language: "java", Settings: [numSettings]SDKSetting{
		SetRegion:    {Name: "withRegion", Example: ".withRegion(%s)", Where: "on AmazonS3ClientBuilder"},
		SetPathStyle: {Name: "withPathStyleAccessEnabled", Example: ".withPathStyleAccessEnabled(true)", Where: "on AmazonS3ClientBuilder"},
		SetExpiry:    {Name: "expiration", Example: "generatePresignedUrl(bucket, key, %s)", Says: "the expiration of generatePresignedUrl"},
	}},
	{Key: "csharp", Label: ".NET", Quote: `"`, Settings: [numSettings]SDKSetting{
		SetRegion:       {Name: "RegionEndpoint", Example: "RegionEndpoint.GetBySystemName(%s)", Where: "passed to new AmazonS3Client(…)"},
		SetEndpoint:     {Name: "ServiceURL", Example: "ServiceURL = %s", Where: "in AmazonS3Config"},
		SetPathStyle:    {Name: "ForcePathStyle", Example: "ForcePathStyle = true", Where: "in AmazonS3Config"},
		SetSessionToken: {Name: "SessionAWSCredentials", Example: "new SessionAWSCredentials(key, secret, %s)", Says: "session token (BasicAWSCredentials has none: SessionAWSCredentials carries it)"},
		SetExpiry:       {Name: "Expires", Example: "Expires = %s"},
		SetSigV4:        {Name: "SignatureVersion", Example: "SignatureVersion = \"4\"", Note: "or remove the setting: the SDK signs SigV4 by default"},
	}},
	{Key: "dotnet", Label: ".NET", Language: "csharp", Settings: [numSettings]SDKSetting{
		SetExpiry: {Name: "Expires", Example: "Expires = %s", Where: "in GetPreSignedUrlRequest", Says: "GetPreSignedUrlRequest.Expires"},
	}},
	{Key: "php", Label: "PHP", Quote: "'", Settings: [numSettings]SDKSetting{
		SetRegion:       {Name: "'region'", Example: "'region' => %s", Where: "in new S3Client([…])"},
		SetEndpoint:     {Name: "'endpoint'", Example: "'endpoint' => %s"},
		SetPathStyle:    {Name: "'use_path_style_endpoint'", Example: "'use_path_style_endpoint' => true", Where: "in new S3Client([…])"},
		SetSessionToken: {Name: "'token'", Example: "'token' => %s", Where: "in 'credentials'"},
		SetExpiry:       {Name: "expires", Example: "createPresignedRequest($cmd, %s)", Says: "createPresignedRequest's expires argument"},
		SetSigV4:        {Name: "'signature_version'", Example: "'signature_version' => 'v4'"},
	}},
	// Frameworks that build the client from their settings
	// (settings_clients.go): their settings' names, falling back to their
	// language's SDK for the rest.
	{Key: "django-storages", Label: "django-storages", Language: "python", Settings: [numSettings]SDKSetting{
		SetRegion:    {Name: "AWS_S3_REGION_NAME", Example: "AWS_S3_REGION_NAME = %s", Where: "in settings.py"},
		SetEndpoint:  {Name: "AWS_S3_ENDPOINT_URL", Example: "AWS_S3_ENDPOINT_URL = %s", Where: "in settings.py"},
		SetPathStyle: {Name: "AWS_S3_ADDRESSING_STYLE", Example: "AWS_S3_ADDRESSING_STYLE = 'path'", Where: "in settings.py"},
		SetSigV4:     {Name: "AWS_S3_SIGNATURE_VERSION", Example: "AWS_S3_SIGNATURE_VERSION = 's3v4'", Where: "in settings.py"},
	}},
	{Key: "laravel", Label: "Laravel's s3 disk", Language: "php", Settings: [numSettings]SDKSetting{
		SetRegion:    {Name: "'region'", Example: "'region' => %s", Where: "in the disk of config/filesystems.php (AWS_DEFAULT_REGION in .env)"},
		SetEndpoint:  {Name: "'endpoint'", Example: "'endpoint' => %s", Where: "in the disk of config/filesystems.php (AWS_ENDPOINT in .env)"},
		SetPathStyle: {Name: "'use_path_style_endpoint'", Example: "'use_path_style_endpoint' => true", Where: "in the disk of config/filesystems.php"},
	}},
	{Key: "active-storage", Label: "Active Storage", Language: "ruby", Settings: [numSettings]SDKSetting{
		SetRegion:    {Name: "region:", Example: "region: %s", Where: "in the service of config/storage.yml"},
		SetEndpoint:  {Name: "endpoint:", Example: "endpoint: %s", Where: "in the service of config/storage.yml"},
		SetPathStyle: {Name: "force_path_style:", Example: "force_path_style: true", Where: "in the service of config/storage.yml"},
	}},
	{Key: "spring-cloud-aws", Label: "Spring Cloud AWS", Language: "java", Settings: [numSettings]SDKSetting{
		SetRegion:    {Name: "spring.cloud.aws.s3.region", Example: "spring.cloud.aws.s3.region: %s", Where: "in application.yml (or spring.cloud.aws.region.static for every client)"},
		SetEndpoint:  {Name: "spring.cloud.aws.s3.endpoint", Example: "spring.cloud.aws.s3.endpoint: %s", Where: "in application.yml"},
		SetPathStyle: {Name: "spring.cloud.aws.s3.path-style-access-enabled", Example: "spring.cloud.aws.s3.path-style-access-enabled: true", Where: "in application.yml"},
	}},
	{Key: "ruby", Label: "Ruby", Quote: "'", Settings: [numSettings]SDKSetting{
		SetRegion:       {Name: "region:", Example: "region: %s", Where: "in Aws::S3::Client.new"},
		SetEndpoint:     {Name: "endpoint:", Example: "endpoint: %s"},
		SetPathStyle:    {Name: "force_path_style:", Example: "force_path_style: true", Where: "in Aws::S3::Client.new"},
		SetSessionToken: {Name: "session_token", Example: "Aws::Credentials.new(key, secret, %s)", Says: "session token (Aws::Credentials.new's third argument)"},
		SetExpiry:       {Name: "expires_in:", Example: "expires_in: %s"},
		SetSigV4:        {Name: "signature_version:", Example: "signature_version: 'v4'", Note: "or remove the setting"},
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
		s = fam.Settings[k]
		if s.Name == "" && fam.Language != "" {
			s = sdkFamilyOf(fam.Language).Settings[k]
		}
		if s.Name != "" {
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

// sdkFamilyOf returns the table's row for key, or nil.
func sdkFamilyOf(key string) *sdkFamily {
	for i := range sdkSettings {
		if key != "" && sdkSettings[i].Key == key {
			return &sdkSettings[i]
		}
	}
	return nil
}
