package model

import (
	"strings"
	"testing"
	"time"
)

// Every S3 object request built in code gives its key, presigned in the
// paste or not, with what the key's variables were bound to; a request
// without a key setter gives none.
func TestRequestKeys(t *testing.T) {
	for text, want := range map[string]string{
		"String key = URLEncoder.encode(\"reports/\" + name, UTF_8);\nGetObjectRequest get = GetObjectRequest.builder().bucket(\"b\").key(key).build();":                                         "key <- URLEncoder.encode(\"reports/\" + name, UTF_8)",
		"let safeName = fileName.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!\nlet input = PutObjectInput(\n    bucket: \"b\",\n    key: \"notes/\\(userID)/\\(safeName)\"\n)": "\"notes/\\(userID)/\\(safeName)\" <- fileName.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!",
		"const cmd = new GetObjectCommand({ Bucket: \"b\", Key: `a/${name}` });":                                                                                                                 "`a/${name}`",
		"var r = new GetPreSignedUrlRequest { BucketName = \"b\", Key = Uri.EscapeDataString(n) };":                                                                                              "Uri.EscapeDataString(n)",
		"const cmd = new ListObjectsV2Command({ Bucket: \"b\", Prefix: \"a/\" });":                                                                                                               "",
	} {
		f := Build(text, []Part{{Kind: KindText, Span: Span{Start: 0, End: len(text)}}}, time.Unix(0, 0))
		var got []string
		for _, rk := range f.RequestKeys {
			s := rk.Expr
			for _, b := range rk.Bound {
				s += " <- " + text[b.Start:b.End]
			}
			got = append(got, s)
		}
		if g := strings.Join(got, " | "); g != want {
			t.Errorf("%q:\n got %q\nwant %q", text, g, want)
		}
	}
}
