package model

import (
	"testing"
	"time"
)

// TestValueSignedFor: the value a URL's signature covers for a header is
// the one the requests sending the URL agree on; none when they disagree
// (curl works, Postman fails) unless S3 accepted one of them.
func TestValueSignedFor(t *testing.T) {
	const u = "https://b.s3.eu-west-1.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA_EXAMPLE_KEY_1%2F20240115%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T140000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Signature=SIGNATURE_1"
	for _, c := range []struct {
		name, text, want string
	}{
		{"one curl", "curl -X PUT -H 'Content-Type: image/png' --upload-file a.png '" + u + "'\n", "image/png"},
		{"two agree", "curl -X PUT -H 'Content-Type: image/png' -T a.png '" + u + "'\ncurl -X PUT -H 'Content-Type: image/png' -T b.png '" + u + "'\n", "image/png"},
		{"two disagree", "curl -X PUT -H 'Content-Type: image/png' -T a.png '" + u + "'\ncurl -X PUT -H 'Content-Type: text/plain' -T b.png '" + u + "'\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := Build(c.text, lineParts(KindText, c.text), time.Date(2024, 1, 15, 14, 30, 0, 0, time.UTC))
			if len(f.URLs) == 0 {
				t.Fatal("no URL")
			}
			got, from := f.Incident.ValueSignedFor(f.URLs[0], "content-type")
			if got != c.want || (got != "") != (from != "") {
				t.Errorf("value %q from %q, want %q", got, from, c.want)
			}
		})
	}
}

// TestSignedValuesParam: a presign call's literal Params are its signed
// values, with the Param that signs each.
func TestSignedValuesParam(t *testing.T) {
	text := "import boto3\ns3 = boto3.client('s3', region_name='eu-west-1')\nurl = s3.generate_presigned_url('put_object', Params={'Bucket': 'b', 'Key': 'k', 'ContentType': ' image/png', 'ContentLength': 12}, ExpiresIn=900)\n"
	f := buildOne(KindPython, text)
	if len(f.Incident.SignedRequests) != 1 {
		t.Fatalf("%d signed requests", len(f.Incident.SignedRequests))
	}
	var ct, cl *SignedValue
	for i, v := range f.Incident.SignedRequests[0].SignedValues {
		switch v.Name {
		case "content-type":
			ct = &f.Incident.SignedRequests[0].SignedValues[i]
		case "content-length":
			cl = &f.Incident.SignedRequests[0].SignedValues[i]
		}
	}
	if ct == nil || ct.Value != "image/png" || ct.Param != "ContentType" || covered(f, ct.ParamSpan) != "'ContentType': ' image/png'" {
		t.Errorf("content-type: %+v", ct)
	}
	if cl == nil || !cl.Num {
		t.Errorf("content-length: %+v", cl)
	}
}
