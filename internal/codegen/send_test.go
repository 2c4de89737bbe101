package codegen

import (
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
)

// TestSendEdits checks the sending side's in-place fix: the request the
// code sends with a URL that signs a header with a literal value carries
// that header with that value, and the rest of the call stays.
func TestSendEdits(t *testing.T) {
	const signer = "const command = new PutObjectCommand({ Bucket: \"b\", Key: \"k.csv\", ContentType: \"text/csv\" });\n" +
		"const url = await getSignedUrl(s3, command, { expiresIn: 900, signableHeaders: new Set([\"content-type\"]) });\n"
	for _, c := range []struct{ name, send, want string }{
		{"fetch without options", "await fetch(url);\n", "await fetch(url, { headers: { \"Content-Type\": \"text/csv\" } });\n"},
		{"fetch with options", "await fetch(url, { method: 'PUT', body: blob });\n", "await fetch(url, { headers: { 'Content-Type': 'text/csv' }, method: 'PUT', body: blob });\n"},
		{"fetch with a headers object", "await fetch(url, {\n  method: \"PUT\",\n  headers: { \"x-amz-acl\": \"private\" },\n  body: blob,\n});\n",
			"await fetch(url, {\n  method: \"PUT\",\n  headers: { \"x-amz-acl\": \"private\", \"Content-Type\": \"text/csv\" },\n  body: blob,\n});\n"},
		{"axios.put with data only", "await axios.put(url, blob);\n", "await axios.put(url, blob, { headers: { \"Content-Type\": \"text/csv\" } });\n"},
		{"axios with another literal", "await axios.put(url, blob, { headers: { \"Content-Type\": \"application/octet-stream\" } });\n",
			"await axios.put(url, blob, { headers: { \"Content-Type\": \"text/csv\" } });\n"},
		{"XHR", "const xhr = new XMLHttpRequest();\n  xhr.open(\"PUT\", url);\n  xhr.send(blob);\n",
			"const xhr = new XMLHttpRequest();\n  xhr.open(\"PUT\", url);\n  xhr.setRequestHeader(\"Content-Type\", \"text/csv\");\n  xhr.send(blob);\n"},
		{"a computed value: no edit", "await axios.put(url, blob, { headers: { \"Content-Type\": blob.type } });\n", ""},
		{"headers from a variable: no edit", "await fetch(url, { method: \"PUT\", headers: hdrs, body: blob });\n", ""},
		{"already sent as signed: no edit", "await fetch(url, { method: \"PUT\", headers: { \"Content-Type\": \"text/csv\" }, body: blob });\n", ""},
	} {
		in := signer + c.send
		f := model.Build(in, []model.Part{{Kind: model.KindText, Span: model.Span{Start: 0, End: len(in)}}}, time.Unix(0, 0))
		var edits []diff.Edit
		for _, pe := range SendEdits(in, f) {
			edits = append(edits, pe.Edits...)
		}
		if c.want == "" {
			if len(edits) > 0 {
				t.Errorf("%s: edits %v, want none", c.name, edits)
			}
			continue
		}
		got, err := diff.Apply(in, edits)
		if err != nil || got != signer+c.want {
			t.Errorf("%s: got (%v)\n%s\nwant\n%s", c.name, err, strings.TrimPrefix(got, signer), c.want)
		}
	}
}
