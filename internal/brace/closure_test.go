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

// TestJavaDateFromMethod: the expiration comes from a method of the paste
// that returns it; methods returning each other do not loop.
func TestJavaDateFromMethod(t *testing.T) {
	s := `private Date expiry() { return new Date(System.currentTimeMillis() + 1000L * 60 * 60 * 24 * 30); }
URL u = s3.generatePresignedUrl(new GeneratePresignedUrlRequest("b", "k").withExpiration(expiry()));
Date a() { return b(); }
Date b() { return a(); }
URL v = s3.generatePresignedUrl(new GeneratePresignedUrlRequest("b", "k2").withExpiration(a()));`
	r := ReadLang(s, source.Span{End: len(s)}, Java)
	if len(r.Presigns) != 2 {
		t.Fatalf("%d presigns, want 2", len(r.Presigns))
	}
	if e := r.Presigns[0].Expires; e == nil || e.Num != 2592000 {
		t.Errorf("expires %v, want 2592000", e)
	}
	if e := r.Presigns[1].Expires; e != nil && e.IsNum {
		t.Errorf("expires of a() %v, want unknown", e)
	}
}

// TestTypedDeclarationAndFallback: a TypeScript typed declaration binds
// its name, and a setting read with a literal fallback (?? / ||) is the
// fallback.
func TestTypedDeclarationAndFallback(t *testing.T) {
	s := `const client = new S3Client({ region: 'us-east-1', endpoint: this.config.get<string>('S3_ENDPOINT') ?? 'http://seaweed.internal:8333' });
const params: PutObjectCommandInput = { Bucket: 'b', Key: key, ChecksumAlgorithm: ChecksumAlgorithm.SHA256 };
const url = await getSignedUrl(client, new PutObjectCommand(params), { expiresIn: Number(process.env.EXPIRES) || 600 });`
	r := ReadLang(s, source.Span{End: len(s)}, TypeScript)
	if r.Client == nil || r.Client.Endpoint == nil || r.Client.Endpoint.Str != "http://seaweed.internal:8333" {
		t.Errorf("endpoint %v, want the fallback", r.Client)
	}
	if len(r.Presigns) != 1 {
		t.Fatalf("%d presigns, want 1", len(r.Presigns))
	}
	p := r.Presigns[0]
	if p.Bucket == nil || p.Bucket.Str != "b" || p.Param("ChecksumAlgorithm") == nil {
		t.Errorf("the typed params were not read: bucket %v, params %v", p.Bucket, p.Params)
	}
	if p.Expires == nil || p.Expires.Num != 600 {
		t.Errorf("expires %v, want 600", p.Expires)
	}
}
