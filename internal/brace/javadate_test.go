package brace

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Java's expiration dates for generatePresignedUrl are read as seconds
// from now: new Date(now + millis), Date.from(Instant.now().plus…), and a
// Date whose time is set from its own plus an offset; a date the paste
// does not compute stays unknown.
func TestJavaExpirationDates(t *testing.T) {
	for text, want := range map[string]int64{
		"GeneratePresignedUrlRequest r = new GeneratePresignedUrlRequest(\"b\", \"k\").withExpiration(new Date(System.currentTimeMillis() + 3600_000));\nURL u = s3.generatePresignedUrl(r);":                                                                                                                                                                                        3600,
		"GeneratePresignedUrlRequest r = new GeneratePresignedUrlRequest(\"b\", \"k\").withExpiration(Date.from(Instant.now().plus(30, ChronoUnit.DAYS)));\nURL u = s3.generatePresignedUrl(r);":                                                                                                                                                                                     2592000,
		"java.util.Date expiration = new java.util.Date();\nlong expTimeMillis = expiration.getTime();\nexpTimeMillis += 1000L * 60 * 60 * 24 * 30;\nexpiration.setTime(expTimeMillis);\nGeneratePresignedUrlRequest r = new GeneratePresignedUrlRequest(bucketName, objectKey).withMethod(HttpMethod.GET).withExpiration(expiration);\nURL url = s3Client.generatePresignedUrl(r);": 2592000,
		"GeneratePresignedUrlRequest r = new GeneratePresignedUrlRequest(\"b\", \"k\").withExpiration(expiry);\nURL u = s3.generatePresignedUrl(r);":                                                                                                                                                                                                                                 -1,
	} {
		r := ReadLang(text, source.Span{Start: 0, End: len(text)}, Java)
		got := int64(-1)
		for _, p := range r.Presigns {
			if p.Expires != nil && p.Expires.Known {
				got = p.Expires.Num
			}
		}
		if got != want {
			t.Errorf("%q: expiry %d, want %d", text, got, want)
		}
	}
}

// A Ruby presign call sits in the def around it (def … end has no
// braces); at the top level it sits in none.
func TestRubyEnclosingDef(t *testing.T) {
	for text, want := range map[string]string{
		"def self.link_for(key)\n  Aws::S3::Presigner.new.presigned_url(:get_object, bucket: \"b\", key: key, expires_in: 900)\nend\n":                        "link_for",
		"class Links\n  def download(key)\n    signer = Aws::S3::Presigner.new\n    signer.presigned_url(:get_object, bucket: \"b\", key: key)\n  end\nend\n": "download",
		"url = Aws::S3::Presigner.new.presigned_url(:get_object, bucket: \"b\", key: \"k\")\n":                                                                "",
	} {
		r := ReadLang(text, source.Span{Start: 0, End: len(text)}, Ruby)
		got := "none"
		for _, p := range r.Presigns {
			got = p.Func
		}
		if got != want {
			t.Errorf("%q: func %q, want %q", text, got, want)
		}
	}
}
