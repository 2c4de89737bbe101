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

// CodePresigns is Presigns for a client of any language: an operation of
// the code signs with it, or the code has no operation and nothing else
// (a presigned URL, another API call) says the client does not presign.
// A brace client is the one client of its block: an operation of that
// language with no client of its own signs with it.
func CodePresigns(f *model.Facts, c *model.Client) bool {
	if c.Source == "python" {
		return Presigns(f, c)
	}
	any := false
	for _, o := range CodeOps(f) {
		if o.Client == c || o.Client == nil && o.Source == c.Source {
			return true
		}
		any = true
	}
	if any {
		return false
	}
	for _, u := range f.URLs {
		if u.Presigned() {
			return true
		}
	}
	return mentionsPresigner(f.Text)
}

// presigners are the names of each SDK's presigning entry points, for a
// block that makes a client and a presigner but whose call the paste
// leaves out (s3.NewPresignClient(client) with nothing after it).
var presigners = []string{"NewPresignClient", "S3Presigner", "Presigner.new", "getSignedUrl", "createPresignedRequest",
	"GetPreSignedURL", "generatePresignedUrl", "presigned_url", "createPresignedPost", "PresignGetObject", "PresignPutObject", "Presign("}

// mentionsPresigner reports whether the text names a presigner. An adapter
// until the brace reader records presigners made without a call.
func mentionsPresigner(text string) bool {
	for _, p := range presigners {
		if strings.Contains(text, p) {
			return true
		}
	}
	return false
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
