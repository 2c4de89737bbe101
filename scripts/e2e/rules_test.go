//go:build e2e

package e2e

import (
	"strings"
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

// tmpl fills a template's own slots (the server's stay for s.expand).
func tmpl(t string, kv ...string) string {
	return strings.NewReplacer(kv...).Replace(t)
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

// pyGet is the boto3 GET snippet for the server's region and report.csv.
func pyGet(expires string) string {
	return tmpl(pyPresign, "{{client_region}}", region, "{{key}}", "report.csv", "{{expires}}", expires)
}

// cases is the table: one row per failure mode (see tcase).
func cases() []tcase {
	return []tcase{
		{rule: "region_mismatch", lang: "python", object: "report.csv",
			code:    tmpl(pyPresign, "{{client_region}}", "us-east-1", "{{key}}", "report.csv", "{{expires}}", "3600"),
			refusal: "AuthorizationHeaderMalformed"},
		// No region_name: botocore signs for us-east-1; the engine names
		// region_mismatch (missing_region comes as a remark).
		{rule: "region_mismatch", lang: "python-no-region", object: "report.csv",
			code:    strings.Replace(tmpl(pyPresign, "{{key}}", "report.csv", "{{expires}}", "3600"), "    region_name='{{client_region}}',\n", "", 1),
			refusal: "AuthorizationHeaderMalformed"},
		{rule: "expires_too_long", lang: "python", object: "report.csv",
			code: pyGet("60 * 60 * 24 * 8"), refusal: "AuthorizationQueryParametersError"},
		// Signed an hour ago (a URL stored, then used): the signing clock
		// is set back instead of waiting.
		{rule: "url_expired", lang: "python", object: "report.csv",
			code: pyGet("900"), clock: "behind", refusal: "AccessDenied"},
		// The machine that signs is an hour ahead.
		{rule: "url_not_yet_valid", lang: "python", object: "report.csv",
			code: pyGet("300"), clock: "ahead", refusal: "AccessDenied"},
		{rule: "method_mismatch", lang: "python",
			code:   tmpl(pyPresign, "{{client_region}}", region, "{{key}}", "uploads/report.csv", "{{expires}}", "3600"),
			method: "PUT", refusal: "SignatureDoesNotMatch"},
		// MinIO: AccessDenied "There were headers present in the request which were not signed".
		{rule: "signed_headers", lang: "python",
			code:   strings.Replace(tmpl(pyPresignPut, "{{key}}", "uploads/report.csv"), "'Key': 'uploads/report.csv'}", "'Key': 'uploads/report.csv', 'ContentType': 'text/csv'}", 1),
			method: "PUT", refusal: "AccessDenied"},
		// MinIO reads x-amz-checksum-* from headers only: the SDK's
		// checksum of an empty body in the query is not checked.
		{rule: "checksum_parameters", lang: "javascript", sdk: "javascript",
			notReproduced: "MinIO ignores x-amz-checksum-* in a presigned URL's query (headers only)",
			code:          tmpl(jsPresignPut, "{{extra}}", "", "{{client}}", ""), method: "PUT"},
		{rule: "query_modified", lang: "curl", object: "report.csv",
			code: pyGet("3600"), urlSuffix: "&response-content-disposition=attachment",
			refusal: "SignatureDoesNotMatch", curlOnly: true},
		{rule: "host_rewritten", lang: "python", object: "report.csv",
			code:    strings.Replace(pyGet("3600"), "print(url)", "# the browser reaches the store as localhost\nurl = url.replace('127.0.0.1', 'localhost')\nprint(url)", 1),
			refusal: "SignatureDoesNotMatch"},
		// The deployment's S3_SECRET is stale (another, generated secret);
		// the user types the secret the console shows into the verify field.
		{rule: "secret_mismatch", lang: "python", object: "report.csv",
			code: tmpl(pyPresignEnvKeys, "{{key}}", "report.csv"),
			env:  []string{"S3_KEY=" + keyID, "S3_SECRET=" + staleSecret}, fixEnv: []string{"S3_KEY=" + keyID, "S3_SECRET=" + secret},
			refusal: "SignatureDoesNotMatch", typedSecret: secret},
		{rule: "key_encoding", lang: "python", object: "reports/Q1 summary.csv",
			code: strings.Replace(tmpl(pyPresign, "{{client_region}}", region, "'{{key}}'", "quote('reports/Q1 summary.csv')", "{{expires}}", "3600"),
				"import boto3\n", "import boto3\nfrom urllib.parse import quote\n", 1),
			refusal: "NoSuchKey"},
		// Go v2: the key escaped into a variable, escaped again by the SDK.
		{rule: "key_encoding", lang: "go", sdk: "go", object: "reports/Q2 summary.csv",
			code: goPresignEscaped, refusal: "NoSuchKey"},
		// https to a store that serves plain HTTP: curl's TLS error, no answer.
		{rule: "scheme_mismatch", lang: "python", object: "report.csv",
			code: strings.Replace(pyGet("3600"), "'{{endpoint}}'", "'https://{{host}}'", 1)},
		// The user pastes the curl line and its answer.
		{rule: "content_md5_format", lang: "curl",
			code:   tmpl(pyPresignPut, "{{key}}", "uploads/report.csv"),
			method: "PUT", headers: []string{"Content-MD5: " + md5hex(body)},
			refusal: "InvalidDigest", curlOnly: true},
		{rule: "chunked_body", lang: "curl",
			code:   tmpl(pyPresignPut, "{{key}}", "uploads/report.csv"),
			method: "PUT", headers: []string{"Transfer-Encoding: chunked"},
			refusal: "MissingContentLength"},
		{rule: "post_policy", lang: "python", code: pyPresignPost, method: "POST", refusal: "AccessDenied"},
		// Params['Expires'] taken for the URL's lifetime: boto3 signs it as
		// the object's Expires header, which curl does not send. True of the
		// paste too: the URL signs a header the curl line does not send
		// (signed_headers); the verdict names why it is signed.
		{rule: "params_expires", lang: "python", also: []string{"signed_headers"},
			code:   strings.Replace(tmpl(pyPresignPut, "{{key}}", "uploads/report.csv"), "'Key': 'uploads/report.csv'}", "'Key': 'uploads/report.csv', 'Expires': 3600}", 1),
			method: "PUT"},
		// Assumed-role keys at MinIO's own STS, the session token left out.
		{rule: "missing_session_token", lang: "python", object: "report.csv", code: pyAssumeRoleNoToken},
		// The same, fixed by the program the engine generates from the
		// facts: it must assume the role at the paste's STS endpoint.
		{rule: "missing_session_token", lang: "python-generated", object: "report.csv", code: pyAssumeRoleNoToken, fixCode: "pythonFull"},
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
