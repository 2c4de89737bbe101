package model

import (
	"strings"
	"testing"
	"time"
)

// TestBraceIncident checks that code in every brace language becomes the
// incident's signed (and, outside JavaScript, sent) requests, and that it
// is no longer read as Python (no Python syntax problems).
func TestBraceIncident(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // op method bucket key region expires where
	}{
		{"js v3", `const s3 = new S3Client({ region: "eu-west-1", forcePathStyle: true, endpoint: "http://localhost:9000" });
const url = await getSignedUrl(s3, new PutObjectCommand({ Bucket: "b1", Key: "k1", ContentType: "image/png" }), { expiresIn: 600 });`,
			[]string{"put_object", "PUT", "b1", "k1", "eu-west-1", "600", "default-chain", "content-type", "path"}},
		{"go v2", `cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
ps := s3.NewPresignClient(s3.NewFromConfig(cfg))
req, err := ps.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("b2"), Key: aws.String("k2")}, s3.WithPresignExpires(15*time.Minute))
r, _ := http.NewRequest("PUT", req.URL, nil)`,
			[]string{"get_object", "GET", "b2", "k2", "us-west-2", "900", "default-chain", "sent PUT"}},
		{"java v2", `S3Presigner presigner = S3Presigner.builder().region(Region.EU_CENTRAL_1).build();
PresignedGetObjectRequest p = presigner.presignGetObject(r -> r.signatureDuration(Duration.ofMinutes(10)).getObjectRequest(g -> g.bucket("b3").key("k3")));`,
			[]string{"get_object", "GET", "b3", "k3", "eu-central-1", "600", "default-chain"}},
		{"dotnet", `var client = new AmazonS3Client("AKIA_KEY_1", "SECRET_ACCESS_KEY_1", RegionEndpoint.USEast1);
var url = client.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = "b4", Key = "k4", Verb = HttpVerb.PUT, Expires = DateTime.UtcNow.AddMinutes(5) });`,
			[]string{"put_object", "PUT", "b4", "k4", "us-east-1", "300", "literal"}},
		{"php", `$s3 = new S3Client(['region' => 'ap-south-1', 'version' => 'latest']);
$cmd = $s3->getCommand('GetObject', ['Bucket' => 'b5', 'Key' => 'k5']);
$url = (string) $s3->createPresignedRequest($cmd, '+20 minutes')->getUri();`,
			[]string{"get_object", "GET", "b5", "k5", "ap-south-1", "1200", "default-chain"}},
		{"ruby", `s3 = Aws::S3::Client.new(region: 'ca-central-1', credentials: Aws::AssumeRoleCredentials.new(role_arn: arn, role_session_name: 's'))
url = Aws::S3::Presigner.new(client: s3).presigned_url(:put_object, bucket: 'b6', key: 'k6', expires_in: 7200)`,
			[]string{"put_object", "PUT", "b6", "k6", "ca-central-1", "7200", "sts:assume_role"}},
	}
	for _, c := range cases {
		f := Build(c.text, []Part{{Kind: KindPython, Span: Span{End: len(c.text)}}}, time.Unix(0, 0))
		if len(f.Problems) > 0 {
			t.Errorf("%s: problems %v (read as Python?)", c.name, f.Problems)
		}
		if len(f.Incident.SignedRequests) != 1 {
			t.Errorf("%s: %d signed requests", c.name, len(f.Incident.SignedRequests))
			continue
		}
		sr := f.Incident.SignedRequests[0]
		got := []string{sr.Operation.Str, sr.Method.Str, sr.Bucket.Str, sr.Key.Str, sr.Region.Str, sr.Expires.Str, sr.Credentials.Where.Str}
		got = append(got, sr.SignedHeaders...)
		if sr.Addressing.Str != "" {
			got = append(got, sr.Addressing.Str)
		}
		for _, s := range f.Incident.SentRequests {
			got = append(got, "sent "+s.Method.Str)
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestBraceBesidePython checks that a boto3 back end pasted above code in
// another language stays Python's, and that both are read.
func TestBraceBesidePython(t *testing.T) {
	text := `import boto3
s3 = boto3.client('s3', region_name='eu-west-1')
url = s3.generate_presigned_url('put_object', Params={'Bucket': 'py-bucket', 'Key': 'a.txt'}, ExpiresIn=300)

const url2 = await getSignedUrl(client, new GetObjectCommand({ Bucket: "js-bucket", Key: "b.txt" }), { expiresIn: 60 });
await fetch(url, { method: "PUT", body: file });`
	// Parts as the splitter makes them: Python, then the JavaScript lines.
	cut := strings.Index(text, "const url2")
	parts := []Part{{Kind: KindPython, Span: Span{End: cut - 2}}, {Kind: KindText, Span: Span{Start: cut, End: len(text)}}}
	f := Build(text, parts, time.Unix(0, 0))
	var got []string
	for _, sr := range f.Incident.SignedRequests {
		got = append(got, sr.Source+":"+sr.Bucket.Str)
	}
	if strings.Join(got, " ") != "python:py-bucket javascript:js-bucket" {
		t.Errorf("signed requests %q", got)
	}
}

// TestDumpLine: the lines exception dumps and logs print, in every
// language, are told from code lines (a problem on them is not code cut
// short).
func TestDumpLine(t *testing.T) {
	dumps := []string{
		"\tat software.amazon.awssdk.services.s3.internal.signing.DefaultS3Presigner.presignGetObject(DefaultS3Presigner.java:190)",
		"    at async Promise.all (index 0)",
		"    at Object.<anonymous> (/app/index.js:12:5)",
		"   at Amazon.S3.AmazonS3Client.GetPreSignedURL(GetPreSignedUrlRequest request)",
		"\t... 52 common frames omitted",
		"#0 /var/www/vendor/aws/aws-sdk-php/src/WrappedHttpHandler.php(97): Aws\\WrappedHttpHandler->parseError(Array)",
		"#3 {main}",
		"  thrown in /var/www/vendor/aws/aws-sdk-php/src/WrappedHttpHandler.php on line 195",
		"Stack trace:",
		"PHP Fatal error:  Uncaught Aws\\S3\\Exception\\S3Exception: Error executing \"GetObject\"",
		"java.lang.NullPointerException: Cannot invoke \"x()\" because \"ep\" is null",
		"Net::OpenTimeout (execution expired):",
		"  app/controllers/attachments_controller.rb:9:in `download'",
		`  File "make_link.py", line 2, in <module>`,
	}
	for _, l := range dumps {
		if !dumpLine(l) {
			t.Errorf("dumpLine(%q) = false, want true", l)
		}
	}
	code := []string{
		"const url = await getSignedUrl(client, command, { expiresIn: 3600 });",
		"$cmd = $s3->getCommand('GetObject', ['Bucket' => $bucket, 'Key' => $key]);",
		"String url = presigner.presignGetObject(req).url().toString();",
		"throw new Error(`upload failed: ${res.status}`);",
		"} catch (S3Exception e) {",
		"url = obj.presigned_url(:get, expires_in: 3600)",
	}
	for _, l := range code {
		if dumpLine(l) {
			t.Errorf("dumpLine(%q) = true, want false", l)
		}
	}
}

// TestPSErrorEcho: PowerShell's echo of a failed command in its error
// record (after "At line:N char:N", above "+ ~~~~") is evidence, not code
// cut short; a diff's added line is not.
func TestPSErrorEcho(t *testing.T) {
	rec := "At line:1 char:1\n+ Invoke-WebRequest -Uri \"https://b.s3.eu-west-1.amazon ...\n+ ~~~~~~~~~~~~~~~~~\n"
	if !psErrorEcho(rec, strings.Index(rec, "\"https")) {
		t.Error("the error record's echo line is not recognised")
	}
	diff := "@@ -1,2 +1,2 @@\n+ const url = \"https://b.s3.amazonaws.com/k\n const x = 1;\n"
	if psErrorEcho(diff, strings.Index(diff, "\"https")) {
		t.Error("a diff's added line is read as PowerShell's echo")
	}
}
