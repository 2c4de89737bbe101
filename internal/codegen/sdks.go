package codegen

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// Targets for the SDKs besides boto3, the CLI, JavaScript v3 and Go v2
// (issue 20): the keys of the response's code object.
const (
	JavaScriptV2 = "javascriptV2"
	Java         = "java"
	CSharp       = "csharp"
	PHP          = "php"
	Ruby         = "ruby"
)

// Primary returns the code key of the language the incident's presign call
// is written in (the language the user pasted), or "" when the paste has
// no presign call (a URL alone). The SDK decides between JavaScript v3 and
// v2; Java v1 and Go v1 are answered in their v2 successors.
func Primary(f *model.Facts) string {
	if f == nil || f.Incident == nil {
		return ""
	}
	sr := f.Incident.Target().Signed
	if sr == nil || sr.Op == nil {
		return ""
	}
	op := sr.Op
	switch op.Source {
	case "python":
		return Python
	case "cli":
		return CLI
	case "javascript", "typescript":
		if op.SDK == "js-v2" {
			return JavaScriptV2
		}
		return JavaScript
	case "go":
		return Go
	case "java":
		return Java
	case "csharp":
		return CSharp
	case "php":
		return PHP
	case "ruby":
		return Ruby
	}
	return ""
}

// Ext is the file extension of a target's program (for the diff's names).
func Ext(target string) string {
	switch target {
	case Python:
		return "py"
	case CLI, Curl:
		return "sh"
	case JavaScript, Fetch:
		return "mjs"
	case JavaScriptV2:
		return "js"
	case Go:
		return "go"
	case Java:
		return "java"
	case CSharp:
		return "cs"
	case PHP:
		return "php"
	case Ruby:
		return "rb"
	}
	return "txt"
}

// opParams lists, for the object operations the SDKs presign, the
// parameters of paramSpecs that the operation takes: the new emitters
// write those and name the others in a comment (a typed SDK rejects a
// parameter its request type lacks).
var opParams = map[string]map[string]bool{
	"get_object": table.Set("IfMatch", "IfNoneMatch", "Range", "ResponseCacheControl", "ResponseContentDisposition",
		"ResponseContentEncoding", "ResponseContentLanguage", "ResponseContentType", "VersionId", "PartNumber"),
	"head_object": table.Set("IfMatch", "IfNoneMatch", "Range", "VersionId", "PartNumber"),
	"put_object": table.Set("ACL", "CacheControl", "ContentDisposition", "ContentEncoding", "ContentLanguage",
		"ContentLength", "ContentMD5", "ContentType", "SSEKMSKeyId", "ServerSideEncryption", "StorageClass", "Tagging"),
	"delete_object": table.Set("VersionId"),
	"upload_part":   table.Set("ContentLength", "ContentMD5", "PartNumber", "UploadId"),
}

// carried splits the plan's parameters into those the operation takes
// (with a literal value) and the names of the others.
func (p *Plan) carried() (keep []Param, dropped []string) {
	ok := opParams[p.Operation]
	for _, prm := range p.Params {
		if ok[prm.Name] && prm.Value.Ident == "" {
			keep = append(keep, prm)
		} else if paramNameRE.MatchString(prm.Name) {
			dropped = append(dropped, prm.Name)
		}
	}
	return keep, dropped
}

// paramStr is a parameter's value as text.
func paramStr(v Value) string {
	if v.IsNum {
		return itoa(v.Num)
	}
	return v.Str
}

// example returns the value's literal, or the example for an identifier
// of the user's Python.
func example(v Value, ex string) string {
	if v.Ident != "" || (v.IsNum && v.Str == "") {
		return ex
	}
	return v.Str
}

// cStr quotes s as a double-quoted literal of a C-like language (Java,
// C#): ASCII printable characters as they are, everything else as \uXXXX
// (UTF-16, so surrogate pairs for astral characters). In Java a \u escape
// is read before the lexer, so a quote or a line break written that way
// would end the literal: those get their short escapes instead.
func cStr(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		case r > 0xffff:
			r -= 0x10000
			fmt.Fprintf(&b, `\u%04x\u%04x`, 0xd800+(r>>10), 0xdc00+(r&0x3ff))
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// phpStr quotes s as a PHP single-quoted literal (only \\ and \' are
// escapes there; line breaks and every other byte stand as they are).
func phpStr(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// rbStr quotes s as a Ruby double-quoted literal with every character that
// could start an escape or an interpolation (\ " #) escaped, and control
// and non-ASCII characters as \u{…}.
func rbStr(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\' || r == '#':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, `\u{%x}`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// lowerFirst turns ContentType into contentType (the Java builders' and
// JavaScript v2 operations' spelling).
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return strings.ToLower(string(r)) + s[n:]
}

// sdkNotes writes the plan's notes and what an assumed role needs, as
// comments with the given prefix (fixed text only: no user value ever
// goes into a comment, where */, ?> or a line break would end it).
func sdkNotes(w func(...string), p *Plan, prefix string) {
	for _, n := range p.Notes {
		w(prefix, "Note: ", n, ".")
	}
	if p.STS != nil {
		w(prefix, "The paste assumes a role: let the default chain assume it (a profile with role_arn and")
		w(prefix, "duration_seconds = ", itoa(p.STS.Duration), "), so that the credentials outlive the URL.")
	}
}

// dropNote names the parameters an emitter leaves out.
func dropNote(w func(...string), dropped []string, prefix string) {
	if len(dropped) > 0 {
		w(prefix, "Not carried over (set them as in your code): ", strings.Join(dropped, ", "), ".")
	}
}

// The settings each writer spells as its SDK does, from the model's table
// of SDK settings (the one rules' messages name them from).
func sdkSetting(src, sdk string, k model.SettingKind) model.SDKSetting {
	s, _ := model.SettingOf(src, sdk, k)
	return s
}

func py(k model.SettingKind) model.SDKSetting     { return sdkSetting("python", "", k) }
func cli(k model.SettingKind) model.SDKSetting    { return sdkSetting("cli", "", k) }
func js3(k model.SettingKind) model.SDKSetting    { return sdkSetting("javascript", "js-v3", k) }
func js2(k model.SettingKind) model.SDKSetting    { return sdkSetting("javascript", "js-v2", k) }
func go2(k model.SettingKind) model.SDKSetting    { return sdkSetting("go", "go-v2", k) }
func java2(k model.SettingKind) model.SDKSetting  { return sdkSetting("java", "java-v2", k) }
func dotnet(k model.SettingKind) model.SDKSetting { return sdkSetting("csharp", "dotnet", k) }
func php(k model.SettingKind) model.SDKSetting    { return sdkSetting("php", "php", k) }
func ruby(k model.SettingKind) model.SDKSetting   { return sdkSetting("ruby", "ruby", k) }
