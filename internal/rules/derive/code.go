package derive

import (
	"github.com/presign-doctor/presign-doctor/internal/model"
)

// Code facts whatever the language: the readers (python and brace) give the
// same model for boto3, JavaScript v2/v3, Go, Java, .NET, PHP and Ruby, so a
// check that is a predicate over those facts reads them all. Sources that are
// not code (cli, credentials files) are left to their own checks.

// CodeClients returns the S3 clients made by code, in any language.
func CodeClients(f *model.Facts) []*model.Client {
	var out []*model.Client
	for _, c := range f.Clients {
		if model.CodeSource(c.Source) && c.Service == "s3" {
			out = append(out, c)
		}
	}
	return out
}

// CodeOps returns the presign operations written in code, in any language.
func CodeOps(f *model.Facts) []*model.Operation {
	var out []*model.Operation
	for _, o := range f.Operations {
		if model.CodeSource(o.Source) {
			out = append(out, o)
		}
	}
	return out
}

// SettingName is what the SDK of code in language src calls a client
// setting (model.SetRegion, model.SetEndpoint …), from the model's table
// of SDK settings; the setting's generic name when src is not code.
func SettingName(src string, k model.SettingKind) string {
	return settingName(src, "", k)
}

// ClientSettingName is setting k as the client's own settings name it:
// its framework's (AWS_S3_REGION_NAME for django-storages, 'region' in a
// Laravel disk) when a framework builds it, else its SDK's (Java v1's
// withEndpointConfiguration, not Java v2's endpointOverride).
func ClientSettingName(f *model.Facts, c *model.Client, k model.SettingKind) string {
	return settingName(c.Source, ClientSDK(f, c), k)
}

// ClientSDK is the key of the client's row in the model's SDK settings
// table: the framework that builds it, else the SDK of a presign
// operation made with it (java-v1, js-v2 …), else "" (its language's).
func ClientSDK(f *model.Facts, c *model.Client) string {
	if c.Framework != "" {
		return c.Framework
	}
	for _, o := range f.Operations {
		if o.Client == c && o.SDK != "" {
			return o.SDK
		}
	}
	return ""
}

func settingName(src, fw string, k model.SettingKind) string {
	if s, ok := model.SettingOf(src, fw, k); ok {
		return s.Name
	}
	switch k {
	case model.SetRegion:
		return "region"
	case model.SetEndpoint:
		return "endpoint"
	}
	return "setting"
}

// Language names a code source as a user calls it.
func Language(src string) string {
	switch src {
	case "python":
		return "Python"
	case "javascript", "typescript":
		return "JavaScript"
	case "go":
		return "Go"
	case "java":
		return "Java"
	case "csharp":
		return ".NET"
	case "php":
		return "PHP"
	case "ruby":
		return "Ruby"
	case "rust":
		return "Rust"
	}
	return src
}

// CodeSDK is the SDK of the code that presigns in the paste, as the
// model's table of SDK settings keys it: the language (Source) and SDK
// (the client's Framework, else Operation.SDK) of its first presign
// operation of code, else of its first S3 client of code; src is "" when
// the paste holds no code. Fix messages name that SDK's settings, so a Go
// user reads config.WithRegion and not boto3's region_name.
func CodeSDK(f *model.Facts) (src, sdk string) {
	for _, o := range CodeOps(f) {
		if o.Client != nil && o.Client.Framework != "" {
			return o.Source, o.Client.Framework
		}
		return o.Source, o.SDK
	}
	for _, c := range CodeClients(f) {
		return c.Source, c.Framework
	}
	return "", ""
}

// SettingFor writes setting k, with the string v as its value where it
// takes one, as the SDK of the paste's code spells it, with the SDK's name
// and where the setting goes: `Go v2 config.WithRegion("eu-west-1") in
// config.LoadDefaultConfig`. ok is false when the paste's code is boto3
// (whose fixes name its settings already) or there is none.
func SettingFor(f *model.Facts, k model.SettingKind, v string) (string, bool) {
	src, sdk := CodeSDK(f)
	if src == "" || src == "python" {
		return "", false
	}
	s, ok := model.SettingOf(src, sdk, k)
	if !ok {
		return "", false
	}
	label := model.SDKLabel(sdk)
	if sdk == "" || label == sdk {
		label = model.SDKLabel(src)
	}
	if v == "" {
		return label + " " + s.With(""), true
	}
	return label + " " + s.WithString(v), true
}
