package brace

import (
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// TestTrailingClosurePresign: Groovy and Kotlin pass the Java v2 builder
// consumer as a trailing closure, without parentheses.
func TestTrailingClosurePresign(t *testing.T) {
	s := `def url = presigner.presignGetObject { r ->
    r.signatureDuration(Duration.ofMinutes(15))
     .getObjectRequest { g -> g.bucket("grails-assets").key(params.key) }
}.url()`
	r := ReadLang(s, source.Span{End: len(s)}, Java)
	if len(r.Presigns) != 1 {
		t.Fatalf("%d presigns, want 1", len(r.Presigns))
	}
	p := r.Presigns[0]
	if p.SDK != "java-v2" || p.Op != "GetObject" || p.Bucket == nil || p.Bucket.Str != "grails-assets" || p.Expires == nil || p.Expires.Num != 900 {
		t.Errorf("got %s %s bucket %v expires %v", p.SDK, p.Op, p.Bucket, p.Expires)
	}
}
