package engine

import "testing"

func TestCurlSignedHeaders(t *testing.T) {
	ct := rfURL("https", "3600", "content-type%3Bhost")
	host := rfURL("https", "3600", "host")
	rfRun(t, "signed_headers", []rfCase{
		{name: "signed header not sent",
			input: "curl -X PUT -T a.png '" + ct + "'\n",
			fires: true, span: "X-Amz-SignedHeaders=content-type%3Bhost", says: []string{"signs content-type", "does not send it", "SignatureDoesNotMatch (403)"}},
		{name: "unsigned x-amz header sent",
			input: "curl -X PUT -H 'x-amz-acl: public-read' -T a.png '" + host + "'\n",
			fires: true, span: "'x-amz-acl: public-read'", says: []string{"which the URL did not sign", "headers present in the request which were not signed"}},
		{name: "curl -d sends form content type",
			input: "aws s3 presign s3://demo/a.txt --region eu-west-1\n\ncurl --data-binary @a.txt '" + ct + "'\n",
			fires: false},
		{name: "curl -d's form content type and S3 refuses the signature",
			input: "curl --data-binary @a.txt '" + ct + "'\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message></Error>\n",
			fires: true, span: "--data-binary @a.txt", says: []string{"curl adds content-type: application/x-www-form-urlencoded"}},
		{name: "signed value differs from the code's",
			input: "import boto3\ns3 = boto3.client('s3', region_name='eu-west-1')\nurl = s3.generate_presigned_url('put_object', Params={'Bucket': 'demo', 'Key': 'a.txt', 'ContentType': 'image/png'}, ExpiresIn=600)\n\ncurl -X PUT -H 'Content-Type: text/plain' -T a.png '" + ct + "'\n",
			fires: true, span: "'Content-Type: text/plain'", says: []string{`signed with content-type: "image/png"`, `sends "text/plain"`}},
		{name: "curl -d adds a form content type",
			input: "import boto3\ns3 = boto3.client('s3', region_name='eu-west-1')\nurl = s3.generate_presigned_url('put_object', Params={'Bucket': 'demo', 'Key': 'a.txt', 'ContentType': 'image/png'}, ExpiresIn=600)\n\ncurl -X PUT --data-binary @a.png '" + ct + "'\n",
			fires: true, span: "--data-binary @a.png", says: []string{"curl adds it for -d"}},
		{name: "signed header sent", input: "curl -X PUT -H 'Content-Type: image/png' -T a.png '" + ct + "'\n"},
		{name: "unsigned ordinary header is fine", input: "curl -H 'Content-Type: image/png' -H 'Accept: */*' '" + host + "'\n"},
		{name: "removed header counts as not sent",
			input: "curl -X PUT -H 'Content-Type:' --data-binary @a.png '" + ct + "'\n",
			fires: true, span: "X-Amz-SignedHeaders=content-type%3Bhost"},
	})
}

func TestCurlSignedHeaderFixSpan(t *testing.T) {
	resp := rfAnalyze(t, "curl -X PUT -H 'x-amz-acl: public-read' -T a.png '"+rfURL("https", "3600", "host")+"'\n")
	fs := rfFind(resp, "signed_headers")
	if len(fs) != 1 || len(fs[0].Fixes[0].Edits) != 1 {
		t.Fatalf("findings %+v", fs)
	}
	e := fs[0].Fixes[0].Edits[0]
	if got := rfText(resp, e.Start, e.End); got != "-H 'x-amz-acl: public-read'" || e.New != "" {
		t.Errorf("fix removes %q", got)
	}
}

func TestCurlMethodMismatch(t *testing.T) {
	url := rfURL("https", "3600", "host")
	presign := "aws s3 presign s3://demo/a.txt --region eu-west-1\n\n"
	rfRun(t, "method_mismatch", []rfCase{
		{name: "PUT on a presign GET URL", input: presign + "curl -X PUT -T a.txt '" + url + "'\n",
			fires: true, span: "-X PUT", says: []string{"curl sends PUT (-X)", "signed for GET", "aws s3 presign, which always signs GET", "SignatureDoesNotMatch (403)"}},
		{name: "HEAD on a GET URL", input: presign + "curl -I '" + url + "'\n",
			fires: true, span: "-I", says: []string{"curl sends HEAD"}},
		{name: "upload implied by -T", input: presign + "curl -T a.txt '" + url + "'\n",
			fires: true, span: "-T a.txt", says: []string{"curl sends PUT (-T)"}},
		{name: "GET on a GET URL", input: presign + "curl -o a.txt '" + url + "'\n"},
		{name: "URL alone does not tell its method", input: "curl -X PUT -T a.txt '" + url + "'\n"},
	})
}
