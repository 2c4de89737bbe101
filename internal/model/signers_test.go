package model

import (
	"testing"
	"time"
)

// TestSigners: the clients of code that presign, each with the region the
// code configures for it (its own, else its session's, nil when none); a
// client that only makes other S3 calls is no signer.
func TestSigners(t *testing.T) {
	for _, c := range []struct {
		name, code string
		signers    int
		region     string // "-" when the signer sets none
	}{
		{"region_name", "import boto3\ns3 = boto3.client('s3', region_name='eu-west-1')\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'})\n", 1, "eu-west-1"},
		{"session", "import boto3\nsession = boto3.Session(region_name='ap-south-1')\ns3 = session.client('s3')\nurl = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'})\n", 1, "ap-south-1"},
		{"none", "import boto3\ns3 = boto3.client('s3')\nurl = s3.generate_presigned_url('put_object', Params={'Bucket': 'b', 'Key': 'k'})\n", 1, "-"},
		{"other-call", "import boto3\ns3 = boto3.client('s3', region_name='eu-west-1')\ns3.put_object(Bucket='b', Key='k', Body=b'x')\n", 0, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := Build(c.code, []Part{{Kind: KindPython, Span: Span{Start: 0, End: len(c.code)}}}, time.Unix(0, 0))
			inc := f.Incident
			if len(inc.Signers) != c.signers {
				t.Fatalf("%d signers, want %d", len(inc.Signers), c.signers)
			}
			if c.signers == 0 {
				return
			}
			s := inc.Signers[0]
			if inc.Signer(s.Client) != s {
				t.Error("Signer(client) does not give the signer")
			}
			switch {
			case c.region == "-" && s.Region != nil:
				t.Errorf("region %+v, want none", s.Region)
			case c.region != "-" && (s.Region == nil || s.Region.Str != c.region || c.code[s.Region.Span.Start:s.Region.Span.End] != "'"+c.region+"'"):
				t.Errorf("region %+v, want %s with its span", s.Region, c.region)
			}
		})
	}
}

// TestRegionWords: each source of the bucket's region is named as it is,
// a request's host as the host it went to (not a URL's scope).
func TestRegionWords(t *testing.T) {
	for want, f := range map[string]Fact{
		"the S3 error":                 {Str: "eu-west-1", From: FromS3},
		"get-bucket-location":          {Str: "eu-west-1", From: FromAWS},
		"the URL's host":               {Str: "eu-west-1", From: FromURL, Why: "the host"},
		"the URL's credential scope":   {Str: "eu-west-1", From: FromURL, Why: "X-Amz-Credential's scope"},
		"the host the request went to": {Str: "eu-west-1", From: FromSent, Why: "the host the request went to"},
	} {
		if got := RegionWords(f); got != want {
			t.Errorf("RegionWords(%+v) = %q, want %q", f, got, want)
		}
	}
}
