package model

import "testing"

// TestMessageCode: every fixed message gives its code, with or without
// its final period and whatever its case; the messages only a log's
// reader takes (and those S3 fills in, by their beginning) only for it;
// prose stays unread.
func TestMessageCode(t *testing.T) {
	for _, c := range []struct {
		msg  string
		lead bool
		want string
	}{
		{"The request signature we calculated does not match the signature you provided. Check your key and signing method.", false, "SignatureDoesNotMatch"},
		{"the provided token has expired", false, "ExpiredToken"},
		{"The provided token is malformed or otherwise invalid.", true, "InvalidToken"},
		{"The Content-MD5 you specified was invalid", true, "InvalidDigest"},
		{"A header you provided implies functionality that is not implemented", true, "NotImplemented"},
		{"Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object requests with Object Lock parameters", true, "InvalidRequest"},
		{"Amazon S3 Transfer Acceleration is not supported for buckets with periods (.) in their names", true, "InvalidRequest"},
		{"Amazon S3 Transfer Acceleration is not supported for buckets with periods (.) in their names", false, ""},
		{"Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object requests with Object Lock parameters", false, ""},
		{"Access Denied", false, "AccessDenied"},
		{"Access Denied for user bob", true, ""},
		{"The upload failed, please retry.", true, ""},
	} {
		if got := messageCode(c.msg, c.lead); got != c.want {
			t.Errorf("messageCode(%q, %v) = %q, want %q", c.msg, c.lead, got, c.want)
		}
	}
}
