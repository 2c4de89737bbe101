//go:build e2e

package e2e

import (
	"strings"
	"testing"
)

// pyPresign is the boto3 snippet users post: a client for an S3-compatible
// endpoint and a presigned URL printed for a browser or curl.
const pyPresign = `import boto3
from botocore.config import Config

s3 = boto3.client(
    's3',
    region_name='{{client_region}}',
    endpoint_url='{{endpoint}}',
    config=Config(signature_version='s3v4'),
)
url = s3.generate_presigned_url(
    'get_object',
    Params={'Bucket': '{{bucket}}', 'Key': '{{key}}'},
    ExpiresIn={{expires}},
)
print(url)
`

// fill replaces a template's own slots, then the server's.
func fill(s *server, tmpl string, kv ...string) string {
	return s.expand(strings.NewReplacer(kv...).Replace(tmpl))
}

// pasteOf is what users paste: their code, the URL, the curl line and its
// output.
func pasteOf(code, url string, c curlResult) string {
	var b strings.Builder
	if code != "" {
		b.WriteString(code + "\n")
	}
	if url != "" {
		b.WriteString(url + "\n\n")
	}
	b.WriteString(c.pasted())
	return b.String()
}

// fixedGet runs the corrected code in lang and GETs the URL it prints.
func fixedGet(lang, key string) func(t *testing.T, s *server, dir string, r response) curlResult {
	return func(t *testing.T, s *server, dir string, r response) curlResult {
		return getOK(t, dir, runFixed(t, r, lang), body)
	}
}

func cases() []tcase {
	return []tcase{
		{
			rule: "region_mismatch", lang: "python",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				s.put(t, "report.csv", body)
				code := fill(s, pyPresign, "{{client_region}}", "us-east-1", "{{key}}", "report.csv", "{{expires}}", "3600")
				url := lastLine(python(t, code))
				c := curl(t, dir, url)
				refused(t, c, "AuthorizationHeaderMalformed")
				return pasteOf(code, url, c), ""
			},
			fixed: fixedGet("python", "report.csv"),
		},
		{
			rule: "expires_too_long", lang: "python",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				s.put(t, "report.csv", body)
				code := fill(s, pyPresign, "{{client_region}}", region, "{{key}}", "report.csv", "{{expires}}", "60 * 60 * 24 * 8")
				url := lastLine(python(t, code))
				c := curl(t, dir, url)
				refused(t, c, "AuthorizationQueryParametersError")
				return pasteOf(code, url, c), ""
			},
			fixed: fixedGet("python", "report.csv"),
		},
		{
			rule: "url_expired", lang: "python",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				s.put(t, "report.csv", body)
				code := fill(s, pyPresign, "{{client_region}}", region, "{{key}}", "report.csv", "{{expires}}", "900")
				// Signed an hour ago (a URL stored, then used): the
				// signing clock is set back instead of waiting.
				url := lastLine(pythonWrapped(t, strings.Replace(pyClockAhead, "+ _dt.timedelta(hours=1)", "- _dt.timedelta(hours=1)", 1), code))
				c := curl(t, dir, url)
				refused(t, c, "AccessDenied")
				return pasteOf(code, url, c), ""
			},
			fixed: fixedGet("python", "report.csv"),
		},
		{
			rule: "url_not_yet_valid", lang: "python",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				s.put(t, "report.csv", body)
				code := fill(s, pyPresign, "{{client_region}}", region, "{{key}}", "report.csv", "{{expires}}", "300")
				// The machine that signs is an hour ahead.
				url := lastLine(pythonWrapped(t, pyClockAhead, code))
				c := curl(t, dir, url)
				refused(t, c, "AccessDenied")
				return pasteOf(code, url, c), ""
			},
			fixed: fixedGet("python", "report.csv"),
		},
		{
			rule: "method_mismatch", lang: "python",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				code := fill(s, pyPresign, "{{client_region}}", region, "{{key}}", "uploads/report.csv", "{{expires}}", "3600")
				url := lastLine(python(t, code))
				writeBody(dir)
				c := curl(t, dir, "-X", "PUT", "-T", "report.csv", url)
				refused(t, c, "SignatureDoesNotMatch")
				return pasteOf(code, url, c), ""
			},
			fixed: func(t *testing.T, s *server, dir string, r response) curlResult {
				url := runFixed(t, r, "python")
				return putWithEmittedCurl(t, dir, r, url)
			},
		},
		{
			rule: "signed_headers", lang: "python",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				code := strings.Replace(fill(s, pyPresignPut, "{{key}}", "uploads/report.csv"),
					"'Key': 'uploads/report.csv'}", "'Key': 'uploads/report.csv', 'ContentType': 'text/csv'}", 1)
				url := lastLine(python(t, code))
				writeBody(dir)
				c := curl(t, dir, "-X", "PUT", "-T", "report.csv", url)
				// MinIO: AccessDenied "There were headers present in the request which were not signed".
				refused(t, c, "AccessDenied")
				return pasteOf(code, url, c), ""
			},
			fixed: func(t *testing.T, s *server, dir string, r response) curlResult {
				url := runFixed(t, r, "python")
				return putWithEmittedCurl(t, dir, r, url)
			},
		},
		{
			rule: "checksum_parameters", lang: "javascript",
			// MinIO reads x-amz-checksum-* from headers only: the SDK's
			// checksum of an empty body in the query is not checked.
			notReproduced: "MinIO ignores x-amz-checksum-* in a presigned URL's query (headers only)",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				code := fill(s, jsPresignPut, "{{extra}}", "", "{{client}}", "")
				url := lastLine(javascript(t, code))
				writeBody(dir)
				c := curl(t, dir, "-X", "PUT", "-T", "report.csv", url)
				refused(t, c, "")
				return pasteOf(code, url, c), ""
			},
			fixed: func(t *testing.T, s *server, dir string, r response) curlResult {
				url := runFixed(t, r, "javascript")
				return putWithEmittedCurl(t, dir, r, url)
			},
		},
		{
			rule: "query_modified", lang: "curl",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				s.put(t, "report.csv", body)
				code := fill(s, pyPresign, "{{client_region}}", region, "{{key}}", "report.csv", "{{expires}}", "3600")
				url := lastLine(python(t, code)) + "&response-content-disposition=attachment"
				c := curl(t, dir, url)
				refused(t, c, "SignatureDoesNotMatch")
				return pasteOf("", "", c), ""
			},
			fixed: fixedGet("python", "report.csv"),
		},
		{
			rule: "host_rewritten", lang: "python",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				s.put(t, "report.csv", body)
				code := strings.Replace(fill(s, pyPresign, "{{client_region}}", region, "{{key}}", "report.csv", "{{expires}}", "3600"),
					"print(url)", "# the browser reaches the store as localhost\nurl = url.replace('127.0.0.1', 'localhost')\nprint(url)", 1)
				url := lastLine(python(t, code))
				c := curl(t, dir, url)
				refused(t, c, "SignatureDoesNotMatch")
				return pasteOf(code, url, c), ""
			},
			fixed: fixedGet("python", "report.csv"),
		},
		{
			rule: "secret_mismatch", lang: "python",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				s.put(t, "report.csv", body)
				code := fill(s, pyPresignEnvKeys, "{{key}}", "report.csv")
				// The deployment's S3_SECRET is stale: another (generated) secret.
				url := lastLine(python(t, code, "S3_KEY="+keyID, "S3_SECRET="+staleSecret))
				c := curl(t, dir, url)
				refused(t, c, "SignatureDoesNotMatch")
				// The user types the secret the console shows into the verify field.
				return pasteOf(code, url, c), secret
			},
			fixed: func(t *testing.T, s *server, dir string, r response) curlResult {
				code := codeFor(t, r, "python")
				url := lastLine(python(t, code, "S3_KEY="+keyID, "S3_SECRET="+secret))
				return getOK(t, dir, url, body)
			},
		},
		{
			rule: "key_encoding", lang: "python",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				s.put(t, "reports/Q1 summary.csv", body)
				code := strings.Replace(fill(s, pyPresign, "{{client_region}}", region, "'{{key}}'", "quote('reports/Q1 summary.csv')", "{{expires}}", "3600"),
					"import boto3\n", "import boto3\nfrom urllib.parse import quote\n", 1)
				url := lastLine(python(t, code))
				c := curl(t, dir, url)
				refused(t, c, "NoSuchKey")
				return pasteOf(code, url, c), ""
			},
			fixed: fixedGet("python", "reports/Q1 summary.csv"),
		},
		{
			rule: "scheme_mismatch", lang: "python",
			gapFixed: "the corrected boto3 gets checksum_parameters' Config(request_checksum_calculation=…) (nothing contradicts it: no server answer, only curl's TLS error), which boto3 before 1.36 rejects with a TypeError",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				s.put(t, "report.csv", body)
				code := strings.Replace(fill(s, pyPresign, "{{client_region}}", region, "{{key}}", "report.csv", "{{expires}}", "3600"),
					"http://", "https://", 1)
				url := lastLine(python(t, code))
				c := curl(t, dir, url)
				refused(t, c, "")
				return pasteOf(code, url, c), ""
			},
			fixed: fixedGet("python", "report.csv"),
		},
		{
			rule: "content_md5_format", lang: "curl",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				code := fill(s, pyPresignPut, "{{key}}", "uploads/report.csv")
				url := lastLine(python(t, code))
				writeBody(dir)
				c := curl(t, dir, "-X", "PUT", "-H", "Content-MD5: "+md5hex(body), "-T", "report.csv", url)
				refused(t, c, "InvalidDigest")
				// The user pastes the curl line and its answer.
				return pasteOf("", "", c), ""
			},
			fixed: func(t *testing.T, s *server, dir string, r response) curlResult {
				url := runFixed(t, r, "python")
				return putWithEmittedCurl(t, dir, r, url)
			},
		},
		{
			rule: "chunked_body", lang: "curl",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				code := fill(s, pyPresignPut, "{{key}}", "uploads/report.csv")
				url := lastLine(python(t, code))
				writeBody(dir)
				c := curl(t, dir, "-X", "PUT", "-H", "Transfer-Encoding: chunked", "-T", "report.csv", url)
				refused(t, c, "MissingContentLength")
				return pasteOf(code, url, c), ""
			},
			fixed: func(t *testing.T, s *server, dir string, r response) curlResult {
				url := runFixed(t, r, "python")
				return putWithEmittedCurl(t, dir, r, url)
			},
		},
		{
			rule: "post_policy", lang: "python",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				code := fill(s, pyPresignPost)
				post := python(t, code)
				writeBody(dir)
				c := postForm(t, dir, post)
				refused(t, c, "AccessDenied")
				return pasteOf(code, "", c), ""
			},
			fixed: func(t *testing.T, s *server, dir string, r response) curlResult {
				return postForm(t, dir, python(t, codeFor(t, r, "python")))
			},
		},
		{
			// No region_name: botocore signs for us-east-1; the engine names
			// region_mismatch (missing_region comes as a remark).
			rule: "region_mismatch", lang: "python-no-region",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				s.put(t, "report.csv", body)
				code := strings.Replace(fill(s, pyPresign, "{{key}}", "report.csv", "{{expires}}", "3600"),
					"    region_name='{{client_region}}',\n", "", 1)
				url := lastLine(python(t, code))
				c := curl(t, dir, url)
				refused(t, c, "AuthorizationHeaderMalformed")
				return pasteOf(code, url, c), ""
			},
			fixed: fixedGet("python", "report.csv"),
		},
		{
			rule: "params_expires", lang: "python",
			// True of the paste too: the URL signs an expires header the
			// curl line does not send; the verdict names why it is signed.
			also: []string{"signed_headers"},
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				// Params['Expires'] taken for the URL's lifetime: boto3 signs it
				// as the object's Expires header, which curl does not send.
				code := strings.Replace(fill(s, pyPresignPut, "{{key}}", "uploads/report.csv"),
					"'Key': 'uploads/report.csv'}", "'Key': 'uploads/report.csv', 'Expires': 3600}", 1)
				url := lastLine(python(t, code))
				writeBody(dir)
				c := curl(t, dir, "-X", "PUT", "-T", "report.csv", url)
				refused(t, c, "")
				return pasteOf(code, url, c), ""
			},
			fixed: func(t *testing.T, s *server, dir string, r response) curlResult {
				url := runFixed(t, r, "python")
				return putWithEmittedCurl(t, dir, r, url)
			},
		},
		{
			rule: "missing_session_token", lang: "python",
			gapFixed: "the corrected boto3 assumes the role at AWS's STS: the STS client's endpoint_url of the paste is not carried into the generated program",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				s.put(t, "report.csv", body)
				code := fill(s, pyAssumeRoleNoToken)
				url := lastLine(python(t, code))
				c := curl(t, dir, url)
				refused(t, c, "")
				return pasteOf(code, url, c), ""
			},
			fixed: fixedGet("python", "report.csv"),
		},
		{
			rule: "key_encoding", lang: "go",
			gapFixed: "the emitted Go presigns path/to/object: the Go reader does not resolve the key variable (key := url.PathEscape(...))",
			broken: func(t *testing.T, s *server, dir string) (string, string) {
				s.put(t, "reports/Q2 summary.csv", body)
				code := fill(s, goPresignEscaped)
				url := lastLine(golang(t, code))
				c := curl(t, dir, url)
				refused(t, c, "NoSuchKey")
				return pasteOf(code, url, c), ""
			},
			fixed: fixedGet("go", "reports/Q2 summary.csv"),
		},
	}
}

// jsPresignGet is the SDK v3 snippet: S3Client with a custom endpoint and
// getSignedUrl.
const jsPresignGet = `import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const s3 = new S3Client({
  region: "{{region}}",
  endpoint: "{{endpoint}}",
  forcePathStyle: true,
});

const url = await getSignedUrl(
  s3,
  new GetObjectCommand({ Bucket: "{{bucket}}", Key: "report.csv" }),
  { expiresIn: {{expires}} },
);
console.log(url);
`

// jsPresignPut presigns an upload with the SDK v3 defaults.
const jsPresignPut = `import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const s3 = new S3Client({
  region: "{{region}}",
  endpoint: "{{endpoint}}",
  forcePathStyle: true,{{client}}
});

const url = await getSignedUrl(
  s3,
  new PutObjectCommand({ Bucket: "{{bucket}}", Key: "uploads/report.csv", {{extra}} }),
  { expiresIn: 3600 },
);
console.log(url);
`

// pyPresignPut presigns an upload with boto3.
const pyPresignPut = `import boto3
from botocore.config import Config

s3 = boto3.client('s3', region_name='{{region}}', endpoint_url='{{endpoint}}',
                  config=Config(signature_version='s3v4'))
url = s3.generate_presigned_url(
    'put_object',
    Params={'Bucket': '{{bucket}}', 'Key': '{{key}}'},
    ExpiresIn=3600,
)
print(url)
`

// pyPresignEnvKeys reads its keys from the deployment's own variables.
const pyPresignEnvKeys = `import os
import boto3
from botocore.config import Config

s3 = boto3.client(
    's3',
    region_name='{{region}}',
    endpoint_url='{{endpoint}}',
    aws_access_key_id=os.environ['S3_KEY'],
    aws_secret_access_key=os.environ['S3_SECRET'],
    config=Config(signature_version='s3v4'),
)
url = s3.generate_presigned_url('get_object', Params={'Bucket': '{{bucket}}', 'Key': '{{key}}'}, ExpiresIn=3600)
print(url)
`

// pyPresignPost prefills a Content-Type field without a condition for it.
const pyPresignPost = `import json
import boto3
from botocore.config import Config

s3 = boto3.client('s3', region_name='{{region}}', endpoint_url='{{endpoint}}',
                  config=Config(signature_version='s3v4'))
post = s3.generate_presigned_post(
    Bucket='{{bucket}}',
    Key='uploads/report.csv',
    Fields={'Content-Type': 'text/csv'},
    ExpiresIn=3600,
)
print(json.dumps(post))
`

// staleSecret is a generated secret the server does not know.
const staleSecret = "Zq3vB8nR2tL6yW1xK9cP4sD7fG0hJ5mN8bV2cX6z"

// pyClockAhead runs a program on a machine whose clock is an hour ahead
// (botocore reads datetime.datetime.utcnow when it signs).
const pyClockAhead = `import datetime as _dt, runpy, sys, types
import botocore.auth

class _Ahead(_dt.datetime):
    @classmethod
    def utcnow(cls):
        return _dt.datetime.utcnow() + _dt.timedelta(hours=1)

botocore.auth.datetime = types.SimpleNamespace(datetime=_Ahead, timedelta=_dt.timedelta)
runpy.run_path(sys.argv[1], run_name='__main__')
`

// goPresignEscaped escapes the key before presigning (the SDK escapes it
// again).
const goPresignEscaped = `package main

import (
	"context"
	"fmt"
	"log"
	"net/url"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func main() {
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("{{region}}"))
	if err != nil {
		log.Fatal(err)
	}
	client := s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.BaseEndpoint = aws.String("{{endpoint}}")
		o.UsePathStyle = true
	})
	key := url.PathEscape("reports/Q2 summary.csv")
	req, err := s3.NewPresignClient(client).PresignGetObject(ctx, &s3.GetObjectInput{
		Bucket: aws.String("{{bucket}}"),
		Key:    aws.String(key),
	}, s3.WithPresignExpires(15*time.Minute))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(req.URL)
}
`

// pyAssumeRoleNoToken builds the S3 client from assumed-role credentials
// and leaves the session token out.
const pyAssumeRoleNoToken = `import boto3
from botocore.config import Config

sts = boto3.client('sts', region_name='{{region}}', endpoint_url='{{endpoint}}')
creds = sts.assume_role(
    RoleArn='arn:aws:iam::123456789012:role/uploader',
    RoleSessionName='presign',
    DurationSeconds=900,
)['Credentials']

s3 = boto3.client(
    's3',
    region_name='{{region}}',
    endpoint_url='{{endpoint}}',
    aws_access_key_id=creds['AccessKeyId'],
    aws_secret_access_key=creds['SecretAccessKey'],
    config=Config(signature_version='s3v4'),
)
url = s3.generate_presigned_url('get_object', Params={'Bucket': '{{bucket}}', 'Key': 'report.csv'}, ExpiresIn=600)
print(url)
`
