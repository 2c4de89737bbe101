package model

import (
	"strings"
	"testing"
)

// TestSDKSettingsTable: every code language names every setting, every
// SDK row falls back to a language row, and every example either takes a
// value (%s) or is whole; each SDK the brace reader tells apart
// (brace.Presign.SDK) has a row.
func TestSDKSettingsTable(t *testing.T) {
	langs := []string{"python", "javascript", "go", "java", "csharp", "php", "ruby"}
	for _, l := range langs {
		for k := SettingKind(0); k < numSettings; k++ {
			if k == SetSigV4 && l == "go" {
				continue // aws-sdk-go only signs SigV4: no setting
			}
			s, ok := SettingOf(l, "", k)
			if !ok || s.Name == "" || s.Example == "" {
				t.Errorf("%s: setting %d has no name or example: %+v", l, k, s)
			}
		}
	}
	seen := map[string]bool{}
	for _, fam := range sdkSettings {
		key := fam.Key
		if seen[key] {
			t.Errorf("%s: two rows", key)
		}
		seen[key] = true
		if fam.Label == "" {
			t.Errorf("%s: no label", key)
		}
		if fam.Language != "" {
			if lang := sdkFamilyOf(fam.Language); lang == nil || lang.Language != "" {
				t.Errorf("%s falls back to %q, not a language row", key, fam.Language)
			}
			if fam.Quote != "" {
				t.Errorf("%s: an SDK row takes its language's quote", key)
			}
		}
		for k := range fam.Settings {
			if c := fam.cell(SettingKind(k)); (c[0] == "") != (c[1] == "") || strings.Count(c[1], "%s") > 1 {
				t.Errorf("%s: setting %d: a name needs an example taking at most one value: %q", key, k, c)
			}
		}
	}
	for _, sdk := range []string{"js-v3", "js-v2", "go-v2", "go-v1", "java-v2", "java-v1", "dotnet", "php", "ruby"} {
		if sdkFamilyOf(sdk) == nil {
			t.Errorf("no row for the SDK %s", sdk)
		}
	}
}

// TestSettingOf: a language's row, refined by its SDK's, quoted as the
// language quotes strings; an SDK of another language is not read.
func TestSettingOf(t *testing.T) {
	for _, c := range []struct {
		src, sdk string
		k        SettingKind
		value    string
		want     string
	}{
		{"python", "", SetRegion, "eu-west-1", "region_name='eu-west-1'"},
		{"go", "go-v2", SetRegion, "eu-west-1", `config.WithRegion("eu-west-1") in config.LoadDefaultConfig`},
		{"go", "go-v1", SetRegion, "eu-west-1", `Region: aws.String("eu-west-1") in aws.Config`},
		{"csharp", "dotnet", SetRegion, "eu-west-1", `RegionEndpoint.GetBySystemName("eu-west-1") passed to new AmazonS3Client(…)`},
		{"typescript", "js-v3", SetPathStyle, "", "forcePathStyle: true in new S3Client({…})"},
		{"javascript", "js-v2", SetPathStyle, "", "s3ForcePathStyle: true in new AWS.S3({…})"},
		{"php", "php", SetPathStyle, "", "'use_path_style_endpoint' => true in new S3Client([…])"},
		{"python", "js-v2", SetPathStyle, "", "Config(s3={'addressing_style': 'path'}) passed as config="},
	} {
		s, ok := SettingOf(c.src, c.sdk, c.k)
		if !ok {
			t.Errorf("%s/%s %d: no cell", c.src, c.sdk, c.k)
			continue
		}
		if got := s.WithString(c.value); got != c.want {
			t.Errorf("%s/%s %d: %q, want %q", c.src, c.sdk, c.k, got, c.want)
		}
	}
	if s, _ := SettingOf("javascript", "", SetSessionToken); s.With("creds.SessionToken") != "sessionToken: creds.SessionToken in credentials" || s.Phrase() != "sessionToken" {
		t.Errorf("JavaScript session token: %q / %q", s.With("creds.SessionToken"), s.Phrase())
	}
	if s, _ := SettingOf("go", "go-v2", SetSessionToken); !strings.Contains(s.Phrase(), "third argument") {
		t.Errorf("Go session token phrase %q", s.Phrase())
	}
	if _, ok := SettingOf("curl", "", SetRegion); ok {
		t.Error("a source that is not code has no settings")
	}
	if SDKLabel("js-v3") != "JavaScript v3" || SDKLabel("python") != "boto3" || SDKLabel("x") != "x" {
		t.Error("labels")
	}
}
