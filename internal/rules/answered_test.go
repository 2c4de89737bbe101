package rules

import "testing"

// S3's messages agree on their fixed text, whatever values they carry,
// and a message cut in a log agrees with its whole; the same opening
// words followed by another text do not.
func TestSameFixedText(t *testing.T) {
	const region = "Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting '<bucket region>'"
	for _, c := range []struct {
		m    string
		want bool
	}{
		{"Error parsing the X-Amz-Credential parameter; the region 'us-west-2' is wrong; expecting 'eu-central-1'", true},
		{"error parsing the x-amz-credential parameter; the region", true},
		{"Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".", false},
		{"Error parsing the X-Amz-Credential parameter; incorrect service \"s4\". This endpoint belongs to \"s3\".", false},
		{"X-Amz-Expires must be non-negative", false},
	} {
		if got := sameFixedText(region, c.m); got != c.want {
			t.Errorf("sameFixedText(region, %q) = %v, want %v", c.m, got, c.want)
		}
	}
	const sigv2 = "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256."
	for _, c := range []struct {
		m    string
		want bool
	}{
		{sigv2 + " (Service: Amazon S3; Status Code: 400; Error Code: InvalidRequest)", true},
		{"The authorization mechanism you have provided", true},
		{"S3 Transfer Acceleration is not configured on this bucket", false},
		{"The authorization header is malformed; the region 'us-east-1' is wrong", false},
	} {
		if got := sameFixedText(sigv2, c.m); got != c.want {
			t.Errorf("sameFixedText(sigv2, %q) = %v, want %v", c.m, got, c.want)
		}
	}
}
