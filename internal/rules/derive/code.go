package derive

import (
	"strings"

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

// SettingName is what each SDK calls a client setting ("endpoint",
// "region") in the language of src.
func SettingName(src, setting string) string {
	names := map[string][2]string{
		"python":     {"endpoint_url", "region_name"},
		"javascript": {"endpoint", "region"},
		"typescript": {"endpoint", "region"},
		"go":         {"BaseEndpoint", "Region"},
		"java":       {"endpointOverride", "region"},
		"csharp":     {"ServiceURL", "RegionEndpoint"},
		"php":        {"'endpoint'", "'region'"},
		"ruby":       {"endpoint:", "region:"},
	}
	n, ok := names[src]
	if !ok {
		return setting
	}
	if setting == "region" {
		return n[1]
	}
	return n[0]
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
	}
	return src
}

// CopiesSignedHeaders reports whether code copies a presign result's
// signed headers onto the request it sends: a line that walks them (Go v2
// "for k, vs := range req.SignedHeader", Java v2
// "presigned.signedHeaders().forEach(…)", a foreach over .NET or Ruby's
// signed-header hash). Printing them is not sending them. An adapter until
// the brace reader records the copies as sent headers.
func CopiesSignedHeaders(f *model.Facts) bool {
	for _, line := range strings.Split(f.Text, "\n") {
		if !strings.Contains(line, "SignedHeader") && !strings.Contains(line, "signedHeaders") && !strings.Contains(line, "signed_headers") {
			continue
		}
		for _, w := range []string{"range ", "forEach", "foreach", "for (", ".each", "putAll", "entrySet"} {
			if strings.Contains(line, w) {
				return true
			}
		}
	}
	return false
}
