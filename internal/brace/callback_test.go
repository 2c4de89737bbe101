package brace

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// A Node-style callback's second parameter holds the URL: an edit of it
// is an edit of the signed URL; the error parameter is not.
func TestCallbackURLEdits(t *testing.T) {
	for text, want := range map[string]int{
		"s3.getSignedUrl('putObject', params, (err, url) => {\n  resolve(url.replace(/^https:\\/\\/.*\\.com/, base));\n});":                1,
		"s3.getSignedUrl('getObject', params, function (err, signed) {\n  cb(signed.replace('s3.amazonaws.com', 'cdn.example.com'));\n});": 1,
		"s3.getSignedUrl('getObject', params, (err, url) => {\n  cb(err.message.replace('x', 'y'), url);\n});":                             0,
	} {
		r := Read(text, source.Span{Start: 0, End: len(text)})
		if got := len(r.Edits); got != want {
			t.Errorf("%q: %d edits, want %d", text, got, want)
		}
	}
}

// Assigning the host of a URL parsed from the signed one replaces its host.
func TestURLHostAssignEdits(t *testing.T) {
	for text, want := range map[string]int{
		"const signed = await getSignedUrl(s3, cmd, { expiresIn: 600 });\nconst u = new URL(signed);\nu.host = \"cdn.example.com\";\nreturn u.toString();": 1,
		"const signed = await getSignedUrl(s3, cmd, { expiresIn: 600 });\nconst u = new URL(signed);\nconsole.log(u.host);\nreturn signed;":                0,
	} {
		r := Read(text, source.Span{Start: 0, End: len(text)})
		if got := len(r.Edits); got != want {
			t.Errorf("%q: %d edits, want %d", text, got, want)
		}
	}
}

// Laravel's s3 disk 'temporary_url' replaces the base of the URL
// temporaryUrl() presigns; without the setting, or without a temporaryUrl
// call, nothing edits the signed URL ('url' is for url() only).
func TestLaravelTemporaryURLEdits(t *testing.T) {
	for text, want := range map[string]int{
		"<?php\n$disk = ['driver' => 's3', 'region' => 'eu-west-1', 'bucket' => 'b', 'temporary_url' => 'https://cdn.example.com'];\n$link = Storage::disk('s3')->temporaryUrl('a.pdf', now()->addMinutes(5));": 1,
		"<?php\n$disk = ['driver' => 's3', 'region' => 'eu-west-1', 'bucket' => 'b', 'url' => 'https://cdn.example.com'];\n$link = Storage::disk('s3')->temporaryUrl('a.pdf', now()->addMinutes(5));":           0,
		"<?php\n$disk = ['driver' => 's3', 'region' => 'eu-west-1', 'bucket' => 'b', 'temporary_url' => 'https://cdn.example.com'];\n$link = Storage::disk('s3')->url('a.pdf');":                                0,
	} {
		r := ReadLang(text, source.Span{Start: 0, End: len(text)}, PHP)
		if got := len(r.Edits); got != want {
			t.Errorf("%q: %d edits, want %d", text, got, want)
		}
	}
}
