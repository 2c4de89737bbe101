package brace

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// TestDetectMixed checks detection on blocks as users paste them: code
// with log lines, stack traces, shell comments and prose around it
// (issue 17 class 13: JavaScript, Go and Java were read as Python).
func TestDetectMixed(t *testing.T) {
	cases := []struct {
		name string
		want Lang
		text string
	}{
		{"js with console output", JavaScript, `> node sign.js
(node:1234) NOTE: The AWS SDK for JavaScript (v2) is in maintenance mode.
const url = s3.getSignedUrl('getObject', { Bucket: 'b', Key: 'k' });
console.log(url);`},
		{"js with a shell comment", JavaScript, `# server.js
const { S3Client, PutObjectCommand } = require("@aws-sdk/client-s3");
const s3 = new S3Client({ region: "us-east-1" });`},
		{"ts handler", TypeScript, `export async function handler(key: string): Promise<string> {
  return getSignedUrl(client, new GetObjectCommand({ Bucket: bucket!, Key: key }), { expiresIn: 60 });
}`},
		{"go with log lines", Go, `2024/01/15 14:30:00 presigning upload/test.txt
	resp, err := psClient.PresignPutObject(context.TODO(), &s3.PutObjectInput{
		Bucket: aws.String("b"),
		Key:    aws.String("k"),
	})
	if err != nil {
		log.Fatal(err)
	}`},
		{"go snippet without package", Go, `out, err := presigner.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(b), Key: aws.String(k)}, s3.WithPresignExpires(15*time.Minute))`},
		{"java with a stack trace", Java, `Exception in thread "main" software.amazon.awssdk.services.s3.model.S3Exception: Access Denied
	at software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)
PresignedGetObjectRequest p = presigner.presignGetObject(GetObjectPresignRequest.builder()
        .signatureDuration(Duration.ofMinutes(10))
        .getObjectRequest(r -> r.bucket("b").key("k"))
        .build());`},
		{"csharp", CSharp, `var request = new GetPreSignedUrlRequest
{
    BucketName = "b",
    Key = "k",
    Verb = HttpVerb.PUT,
    Expires = DateTime.UtcNow.AddMinutes(5)
};
string url = client.GetPreSignedURL(request);`},
		{"php", PHP, `$cmd = $s3->getCommand('GetObject', ['Bucket' => 'b', 'Key' => 'k']);
$request = $s3->createPresignedRequest($cmd, '+20 minutes');
echo (string) $request->getUri();`},
		{"ruby", Ruby, `signer = Aws::S3::Presigner.new
url = signer.presigned_url(:get_object, bucket: 'b', key: 'k', expires_in: 3600)
puts url`},
		{"python stays python", Python, `import boto3
s3 = boto3.client('s3', region_name='eu-west-1')
url = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=3600)
print(url)`},
		{"python function", Python, `def get_url(key):
    if key is None:
        return None
    return s3.generate_presigned_url('put_object', Params={'Bucket': BUCKET, 'Key': key})`},
		{"shell", Shell, `# presign and upload
$ aws s3 presign s3://b/k --expires-in 600
$ curl -X PUT -T file.txt "$URL"`},
		{"prose", Text, `I generate the URL on my server and the upload from the browser fails with a 403. The bucket is in Frankfurt and the policy allows PutObject.`},
	}
	for _, c := range cases {
		d := Detect(c.text, source.Span{Start: 0, End: len(c.text)})
		if d.Lang != c.want {
			t.Errorf("%s: detected %s (confidence %.2f, scores %v), want %s", c.name, d.Lang, d.Confidence, d.Scores, c.want)
		}
		if c.want != Text && (d.Confidence <= 0 || d.Confidence > 1) {
			t.Errorf("%s: confidence %.2f", c.name, d.Confidence)
		}
	}
}

// The cue index finds what a search for each cue on each line finds, on
// every line of the package's test files and on lines made of cues side by
// side, overlapping, cut short and indented.
func TestCueIndexSameAsSearch(t *testing.T) {
	plain := func(raw, tr string) (ls [numLangs]int) {
		for _, c := range cues {
			hay := tr
			if c.s == "\t" || c.s == "\tat " || c.s == "   at " || c.s == "    return " {
				hay = raw
			}
			if c.start && strings.HasPrefix(hay, c.s) || !c.start && strings.Contains(hay, c.s) {
				ls[c.lang] += c.weight
			}
		}
		return ls
	}
	var lines []string
	_ = filepath.WalkDir("testdata", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
		return nil
	})
	for i, c := range cues {
		d := cues[(i*7+3)%len(cues)]
		lines = append(lines, c.s, " "+c.s+" ", c.s+d.s, c.s[:len(c.s)-1], "x"+c.s+c.s, "\t"+c.s, "    "+c.s, c.s+"\t"+d.s+";")
	}
	if len(lines) < 2000 {
		t.Fatalf("only %d lines to compare", len(lines))
	}
	x := cueIndex()
	for _, l := range lines {
		tr := strings.TrimSpace(l)
		if tr == "" {
			continue
		}
		var got [numLangs]int
		x.lineCues(&got, l, tr)
		if want := plain(l, tr); got != want {
			t.Errorf("line %q: cue scores %v, a search for each cue %v", l, got, want)
		}
	}
}
