package corspreflight

import "testing"

// A CORS refusal on API Gateway or a Lambda function URL is the API's, not
// the bucket's; S3's hosts (and any non-AWS store) stay the bucket's.
func TestAPIHost(t *testing.T) {
	for host, want := range map[string]bool{
		"4kd2hi3ere.execute-api.us-east-1.amazonaws.com":         true,
		"abc123.lambda-url.eu-west-1.on.aws":                     true,
		"uploads.s3.us-east-1.amazonaws.com":                     false,
		"s3.eu-west-1.amazonaws.com":                             false,
		"uploads.s3-accelerate.amazonaws.com":                    false,
		"ap-1111.s3-accesspoint.us-east-1.amazonaws.com":         false,
		"dflowbucket.sfo3.digitaloceanspaces.com":                false,
		"localhost:9000":                                         false,
		"mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com": false,
	} {
		if got := apiHost(host); got != want {
			t.Errorf("apiHost(%q) = %v, want %v", host, got, want)
		}
	}
}
