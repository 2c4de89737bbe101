package codegen

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The emitted Java, C#, PHP, Ruby and JavaScript v2 pass their language's
// own checker (scripts/ensure-checkers.sh installs them from Debian). The
// Java and .NET SDKs are not in Debian's packages: javac and mcs compile
// the programs against stubs that declare exactly the SDK members the
// emitters use, with the signatures of the SDKs' sources
// (aws-sdk-java-v2 DefaultS3Presigner and the S3 model builders;
// AWSSDK.S3's GetPreSignedUrlRequest, AmazonS3Config, AWSConfigsS3), so a
// misspelt member, a wrong type or a syntax error fails here.

func TestPHPLints(t *testing.T) {
	php := heavy(t, "php")
	dir := t.TempDir()
	for name, progs := range generated(t) {
		f := filepath.Join(dir, name+".php")
		os.WriteFile(f, []byte(progs[PHP]), 0o644)
		run(t, dir, php, "-l", f)
	}
}

func TestRubyParses(t *testing.T) {
	ruby := heavy(t, "ruby")
	dir := t.TempDir()
	for name, progs := range generated(t) {
		f := filepath.Join(dir, name+".rb")
		os.WriteFile(f, []byte(progs[Ruby]), 0o644)
		run(t, dir, ruby, "-c", f)
	}
}

func TestJavaScriptV2Parses(t *testing.T) {
	node := heavy(t, "node")
	dir := t.TempDir()
	for name, progs := range generated(t) {
		f := filepath.Join(dir, name+".cjs")
		os.WriteFile(f, []byte(progs[JavaScriptV2]), 0o644)
		run(t, dir, node, "--check", f)
	}
}

func TestJavaCompiles(t *testing.T) {
	javac := heavy(t, "javac")
	dir := t.TempDir()
	writeJavaStubs(t, filepath.Join(dir, "stubs"))
	var files []string
	filepath.Walk(filepath.Join(dir, "stubs"), func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(p, ".java") {
			files = append(files, p)
		}
		return nil
	})
	classes := filepath.Join(dir, "classes")
	run(t, dir, javac, append([]string{"-d", classes}, files...)...)
	for name, progs := range generated(t) {
		d := filepath.Join(dir, "progs", name)
		os.MkdirAll(d, 0o755)
		f := filepath.Join(d, "Presign.java")
		os.WriteFile(f, []byte(progs[Java]), 0o644)
		run(t, dir, javac, "-cp", classes, "-d", filepath.Join(dir, "out", name), f)
	}
}

func TestCSharpCompiles(t *testing.T) {
	mcs := heavy(t, "mcs")
	dir := t.TempDir()
	stub := filepath.Join(dir, "AwsStubs.cs")
	os.WriteFile(stub, []byte(csharpStubs), 0o644)
	for name, progs := range generated(t) {
		f := filepath.Join(dir, name+".cs")
		os.WriteFile(f, []byte(progs[CSharp]), 0o644)
		run(t, dir, mcs, "-langversion:experimental", "-nologo", "-out:"+filepath.Join(dir, name+".exe"), f, stub)
	}
}

// javaOps are the request types of S3Presigner and the builder members of
// each (S3 model names, lower camel case, as the SDK generates them).
var javaOps = map[string][]string{
	"GetObject": {"ifMatch", "ifNoneMatch", "range", "responseCacheControl", "responseContentDisposition",
		"responseContentEncoding", "responseContentLanguage", "responseContentType", "versionId", "partNumber:Integer"},
	"PutObject": {"acl", "cacheControl", "contentDisposition", "contentEncoding", "contentLanguage",
		"contentLength:Long", "contentMD5", "contentType", "ssekmsKeyId", "serverSideEncryption", "storageClass", "tagging"},
	"DeleteObject":            {"versionId"},
	"UploadPart":              {"contentLength:Long", "contentMD5", "partNumber:Integer", "uploadId"},
	"CreateMultipartUpload":   {},
	"CompleteMultipartUpload": {"uploadId"},
	"AbortMultipartUpload":    {"uploadId"},
}

func writeJavaStubs(t *testing.T, root string) {
	t.Helper()
	file := func(pkg, name, body string) {
		d := filepath.Join(append([]string{root}, strings.Split(pkg, ".")...)...)
		os.MkdirAll(d, 0o755)
		if err := os.WriteFile(filepath.Join(d, name+".java"), []byte("package "+pkg+";\n"+body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file("software.amazon.awssdk.regions", "Region", `public final class Region { public static Region of(String value) { return null; } }`)
	file("software.amazon.awssdk.services.s3", "S3Configuration", `public final class S3Configuration {
  public static Builder builder() { return null; }
  public interface Builder { Builder pathStyleAccessEnabled(Boolean v); S3Configuration build(); }
}`)
	var presign strings.Builder
	presign.WriteString(`import software.amazon.awssdk.services.s3.presigner.model.*;
public interface S3Presigner extends AutoCloseable {
  static Builder builder() { return null; }
  @Override void close();
  interface Builder {
    Builder region(software.amazon.awssdk.regions.Region r);
    Builder endpointOverride(java.net.URI u);
    Builder serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration c);
    S3Presigner build();
  }
`)
	for typ, members := range javaOps {
		var b strings.Builder
		fmt.Fprintf(&b, "public final class %sRequest {\n  public static Builder builder() { return null; }\n  public interface Builder {\n    Builder bucket(String v);\n    Builder key(String v);\n", typ)
		for _, m := range members {
			name, kind, _ := strings.Cut(m, ":")
			if kind == "" {
				kind = "String"
			}
			fmt.Fprintf(&b, "    Builder %s(%s v);\n", name, kind)
		}
		b.WriteString("    " + typ + "Request build();\n  }\n}\n")
		file("software.amazon.awssdk.services.s3.model", typ+"Request", b.String())
		file("software.amazon.awssdk.services.s3.presigner.model", typ+"PresignRequest", fmt.Sprintf(`public final class %[1]sPresignRequest {
  public static Builder builder() { return null; }
  public interface Builder {
    Builder signatureDuration(java.time.Duration d);
    Builder %[2]sRequest(software.amazon.awssdk.services.s3.model.%[1]sRequest r);
    %[1]sPresignRequest build();
  }
}
`, typ, lowerFirst(typ)))
		file("software.amazon.awssdk.services.s3.presigner.model", "Presigned"+typ+"Request", fmt.Sprintf(`public final class Presigned%sRequest {
  public java.net.URL url() { return null; }
  public java.util.Map<String, java.util.List<String>> signedHeaders() { return null; }
}
`, typ))
		fmt.Fprintf(&presign, "  Presigned%[1]sRequest presign%[1]s(%[1]sPresignRequest r);\n", typ)
	}
	presign.WriteString("}\n")
	file("software.amazon.awssdk.services.s3.presigner", "S3Presigner", presign.String())
}

const csharpStubs = `
namespace Amazon {
  public class RegionEndpoint { public static RegionEndpoint GetBySystemName(string name) { return null; } }
  public static class AWSConfigsS3 { public static bool UseSignatureVersion4 { get; set; } }
}
namespace Amazon.S3 {
  public enum HttpVerb { GET, HEAD, PUT, DELETE }
  public class ServerSideEncryptionMethod { public static ServerSideEncryptionMethod FindValue(string value) { return null; } }
  public class AmazonS3Config {
    public Amazon.RegionEndpoint RegionEndpoint { get; set; }
    public string ServiceURL { get; set; }
    public bool ForcePathStyle { get; set; }
    public string AuthenticationRegion { get; set; }
  }
  public class AmazonS3Client {
    public AmazonS3Client(AmazonS3Config config) {}
    public string GetPreSignedURL(Amazon.S3.Model.GetPreSignedUrlRequest request) { return null; }
  }
}
namespace Amazon.S3.Model {
  public class HeadersCollection { public string this[string name] { get { return null; } set {} } }
  public class ResponseHeaderOverrides {
    public string CacheControl { get; set; }
    public string ContentDisposition { get; set; }
    public string ContentEncoding { get; set; }
    public string ContentLanguage { get; set; }
    public string ContentType { get; set; }
  }
  public class GetPreSignedUrlRequest {
    public string BucketName { get; set; }
    public string Key { get; set; }
    public Amazon.S3.HttpVerb Verb { get; set; }
    public System.DateTime? Expires { get; set; }
    public string ContentType { get; set; }
    public string VersionId { get; set; }
    public string UploadId { get; set; }
    public int? PartNumber { get; set; }
    public Amazon.S3.ServerSideEncryptionMethod ServerSideEncryptionMethod { get; set; }
    public string ServerSideEncryptionKeyManagementServiceKeyId { get; set; }
    public ResponseHeaderOverrides ResponseHeaderOverrides { get; set; }
    public HeadersCollection Headers { get; set; }
  }
}
`
