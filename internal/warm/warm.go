// Package warm is the engine's warm-up: the work a first analysis would
// otherwise pay for (the browser compiling each wasm function the first time
// it runs, the patterns and tables built on first use), cut into short steps
// that the wasm's host runs one a task after the engine is ready, so that a
// user's paste made meanwhile goes ahead of the rest.
package warm

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/engine"
	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// Steps are the warm-up: the patterns left for first use, a few at a
// time, then each part of a small paste alone (a reader each), then the
// whole paste, which goes through every reader, the rules, the signature
// check, the corrected code and the report, then the further pastes (more)
// one a step. The browser compiles a wasm
// function the first time it runs, so a user's first analysis would
// otherwise pay for all of that: a typical paste made a second after ready
// took 103 ms in the worker without a warm-up and 24 ms with it (Chromium,
// 2 cores).
func Steps() []func() {
	var steps []func()
	for n := lazyre.CompileSome(0); n > 0; n -= patternsAStep {
		steps = append(steps, func() { lazyre.CompileSome(patternsAStep) })
	}
	for _, part := range parts() {
		steps = append(steps, func() { engine.AnalyzeJSON(part) })
	}
	steps = append(steps, func() { engine.AnalyzeJSON(Request) })
	for _, req := range moreRequests() {
		steps = append(steps, func() { engine.AnalyzeJSON(req) })
	}
	return steps
}

// patternsAStep patterns are compiled in a step of the warm-up.
const patternsAStep = 6

// parts are the requests of the warm-up paste's parts, one each.
func parts() []string {
	out := make([]string, len(inputs))
	for i, in := range inputs {
		out[i] = `{"input": "` + in + `", "now": "` + now + `"}`
	}
	return out
}

// The warm-up paste's parts, JSON-escaped (a reader each: Python, a URL,
// S3's error, an aws command, curl, a policy). They use AWS's documented
// example credentials only.
var inputs = []string{
	`import boto3\ns3 = boto3.client('s3', region_name='us-east-1')\nurl = s3.generate_presigned_url('put_object', Params={'Bucket': 'examplebucket', 'Key': 'a b.txt', 'ContentType': 'text/plain'}, ExpiresIn=3600)`,
	`https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404`,
	`<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n3bfa292879f6447bbcda7001decf97f4a54dc650c8942174ae0a9121cf58ad04</StringToSign><CanonicalRequest>GET\n/test.txt\nX-Amz-Algorithm=AWS4-HMAC-SHA256\nhost:examplebucket.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD</CanonicalRequest></Error>`,
	`aws s3 presign s3://examplebucket/test.txt --expires-in 700000 --region us-west-2`,
	`curl -X PUT -H 'Content-Type: image/png' --upload-file a.png 'https://examplebucket.s3.amazonaws.com/a.png?X-Amz-Signature=abc'`,
	`{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::examplebucket/*\", \"Condition\": {\"NumericLessThan\": {\"s3:signatureAge\": 600000}}}]}`,
}

const now = "2013-05-24T01:00:00Z"

// Request is the whole warm-up paste, with a secret key for the
// signature check (AWS's documented example).
var Request = `{"input": "` + strings.Join(inputs, `\n\n`) + `\n", "secretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "now": "` + now + `"}`

// more are further pastes, one a step after the whole paste: the shapes the
// first six leave cold, whose code a user's first paste would otherwise
// have compiled (a PUT whose Content-Type S3 saw differently, went through
// the code of the model, the rules and the corrected code that a GET never
// reaches: 118 ms in the worker for the first such paste after the warm-up
// against 46 ms for the next, Chromium on 2 cores). One each: the presign
// call of every SDK the corrected code is written for (its reader, its
// emitter), a PUT answered by S3's signature mismatch, temporary
// credentials (STS's output, a shell session), an SDK's exception line, a
// Terraform policy, and a request the engine refuses. Primary is the
// language of the corrected code the analysis must write ("" for none), so
// that a test sees each paste read as meant.
var more = []struct{ Primary, Input string }{
	{"javascript", `import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const client = new S3Client({ region: "eu-west-1" });
const url = await getSignedUrl(client, new PutObjectCommand({ Bucket: "examplebucket", Key: "photos/cat.png", ContentType: "image/png" }), { expiresIn: 900 });
await fetch(url, { method: "PUT", headers: { "Content-Type": file.type }, body: file });`},
	{"javascriptV2", `const AWS = require('aws-sdk');
const s3 = new AWS.S3({ signatureVersion: 'v4', region: 'us-east-1' });
const url = s3.getSignedUrl('putObject', { Bucket: 'examplebucket', Key: 'upload.bin', Expires: 600, ContentType: 'application/octet-stream' });`},
	{"java", `S3Presigner presigner = S3Presigner.builder().region(Region.US_EAST_1).build();
PutObjectRequest objectRequest = PutObjectRequest.builder().bucket("examplebucket").key("report.pdf").contentType("application/pdf").build();
PutObjectPresignRequest presignRequest = PutObjectPresignRequest.builder().signatureDuration(Duration.ofMinutes(10)).putObjectRequest(objectRequest).build();
PresignedPutObjectRequest presigned = presigner.presignPutObject(presignRequest);
String url = presigned.url().toString();`},
	{"go", `cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
client := s3.NewFromConfig(cfg)
presigner := s3.NewPresignClient(client)
req, err := presigner.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("examplebucket"), Key: aws.String("data.csv")}, s3.WithPresignExpires(15*time.Minute))
fmt.Println(req.URL)`},
	{"csharp", `var s3Client = new AmazonS3Client(RegionEndpoint.USEast1);
var request = new GetPreSignedUrlRequest
{
    BucketName = "examplebucket",
    Key = "invoice.pdf",
    Verb = HttpVerb.PUT,
    ContentType = "application/pdf",
    Expires = DateTime.UtcNow.AddMinutes(30)
};
string url = s3Client.GetPreSignedURL(request);`},
	{"php", `$s3 = new Aws\S3\S3Client(['version' => 'latest', 'region' => 'us-east-1']);
$cmd = $s3->getCommand('GetObject', ['Bucket' => 'examplebucket', 'Key' => 'photo.jpg']);
$request = $s3->createPresignedRequest($cmd, '+20 minutes');
$url = (string) $request->getUri();`},
	{"ruby", `s3 = Aws::S3::Client.new(region: 'us-east-1')
signer = Aws::S3::Presigner.new(client: s3)
url = signer.presigned_url(:put_object, bucket: 'examplebucket', key: 'avatar.png', expires_in: 3600, content_type: 'image/png')`},
	{"", `PUT /photos/cat.png HTTP/1.1
Host: examplebucket.s3.eu-west-1.amazonaws.com
Content-Type: image/jpeg

<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256
20130524T000000Z
20130524/eu-west-1/s3/aws4_request
5f1da1a2d0a2b0c2e8f2f5d4a6a2b7c41d0f1e38a1b5a6c7d8e9f0a1b2c3d4e5</StringToSign><SignatureProvided>1e3b1c9f1e3b1c9f1e3b1c9f1e3b1c9f1e3b1c9f1e3b1c9f1e3b1c9f1e3b1c9f</SignatureProvided><CanonicalRequest>PUT
/photos/cat.png
X-Amz-Algorithm=AWS4-HMAC-SHA256&amp;X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Feu-west-1%2Fs3%2Faws4_request&amp;X-Amz-Date=20130524T000000Z&amp;X-Amz-Expires=900&amp;X-Amz-SignedHeaders=content-type%3Bhost
content-type:image/jpeg
host:examplebucket.s3.eu-west-1.amazonaws.com

content-type;host
UNSIGNED-PAYLOAD</CanonicalRequest><RequestId>4442587FB7D0A2F9</RequestId></Error>`},
	{"", `{
    "Credentials": {
        "AccessKeyId": "ASIAIOSFODNN7EXAMPLE",
        "SecretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "SessionToken": "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN",
        "Expiration": "2013-05-24T00:30:00+00:00"
    }
}`},
	{"cli", `$ aws sts get-session-token --duration-seconds 900
$ export AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE
$ export AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN
$ aws s3 presign s3://examplebucket/a.txt --expires-in 43200`},
	{"", `botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied`},
	{"", `resource "aws_s3_bucket_policy" "deny_old" {
  bucket = "examplebucket"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::examplebucket/*"
      Condition = { StringNotEquals = { "s3:x-amz-server-side-encryption" = "aws:kms" } }
    }]
  })
}`},
}

// moreRequests are the requests of more, then one the engine refuses (its
// error answer), then a whole PUT: the JavaScript presign of an image/png
// upload, the URL it printed, S3's answer to a request sent as image/jpeg
// and the secret key, so that the rules comparing what was signed with what
// was sent, S3's canonical request compared line by line with the one the
// URL makes, and the signature check run on a PUT too.
func moreRequests() []string {
	out := make([]string, 0, len(more)+2)
	for _, m := range more {
		out = append(out, `{"input": "`+jsonEscape(m.Input)+`", "now": "`+now+`"}`)
	}
	put := more[0].Input + "\n\n" + putURL + "\n\n" + more[7].Input + "\n"
	return append(out, `{"input": "x", "now": "yesterday"}`,
		`{"input": "`+jsonEscape(put)+`", "secretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "now": "`+now+`"}`)
}

// putURL is the URL the whole PUT's presign printed (content-type signed).
const putURL = "https://examplebucket.s3.eu-west-1.amazonaws.com/photos/cat.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Signature=1e3b1c9f1e3b1c9f1e3b1c9f1e3b1c9f1e3b1c9f1e3b1c9f1e3b1c9f1e3b1c9f"

// jsonEscape escapes s for a JSON string (the inputs are ASCII text).
func jsonEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`).Replace(s)
}
