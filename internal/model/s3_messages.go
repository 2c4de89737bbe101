package model

import "strings"

// s3Messages are S3's fixed messages and the code S3 sends with each: the
// one table every reader that meets a message without its code asks (an
// SDK exception that prints only the message, a line of prose quoting it,
// a log line). An entry marked whole is read as S3's answer wherever it is
// met whole, whatever its case (the messages every rule reads from an
// answer); one marked lead also matches the messages that start with it
// (S3 fills in their tail), and only for a reader of S3's messages quoted
// in a log, which knows it holds one.
// (docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html, and the
// answers quoted in the rules' testdata)
var s3Messages = []struct {
	text, code  string
	whole, lead bool
}{
	{"Access Denied", "AccessDenied", true, false},
	{"Request has expired", "AccessDenied", true, false},
	{"Request is not yet valid", "AccessDenied", true, false},
	{"Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters", "AccessDenied", false, true},
	{"The request signature we calculated does not match the signature you provided. Check your key and signing method.", "SignatureDoesNotMatch", true, false},
	{"The provided token has expired.", "ExpiredToken", true, false},
	{"The provided token is malformed or otherwise invalid.", "InvalidToken", true, true},
	{"The AWS Access Key Id you provided does not exist in our records.", "InvalidAccessKeyId", true, false},
	{"The specified key does not exist.", "NoSuchKey", true, false},
	{"The specified bucket does not exist", "NoSuchBucket", true, false},
	{"The Content-MD5 you specified was invalid.", "InvalidDigest", true, true},
	{"Content-MD5 HTTP header is required for Put Object requests with Object Lock parameters", "InvalidRequest", false, true},
	{"Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object requests with Object Lock parameters", "InvalidRequest", false, true},
	{"Content-MD5 HTTP header is required for Put Part requests with Object Lock parameters", "InvalidRequest", false, true},
	{"Content-MD5 OR x-amz-checksum- HTTP header is required for Put Part requests with Object Lock parameters", "InvalidRequest", false, true},
	{"A header you provided implies functionality that is not implemented", "NotImplemented", false, true},
	{"You must provide the Content-Length HTTP header", "MissingContentLength", false, true},
	{"S3 Transfer Acceleration is not configured on this bucket", "InvalidRequest", false, true},
	{"Amazon S3 Transfer Acceleration is not supported for buckets with", "InvalidRequest", false, true},
	{"The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256", "InvalidRequest", false, true},
	{"Requests specifying Server Side Encryption with AWS KMS managed keys require AWS Signature Version 4", "InvalidArgument", false, true},
}

// messageCode is the code S3 sends with msg, one of its fixed messages
// (s3Messages), or "" for any other text: the entries marked whole, and
// with lead (a reader of a log's quoted messages) every entry, also by its
// beginning.
// (A message's final period is optional: logs and SDKs drop it.)
func messageCode(msg string, lead bool) string {
	msg = strings.TrimRight(strings.TrimSpace(msg), ".")
	for _, m := range s3Messages {
		if (m.whole || lead) && strings.EqualFold(msg, strings.TrimRight(m.text, ".")) {
			return m.code
		}
	}
	if !lead {
		return ""
	}
	for _, m := range s3Messages {
		if t := strings.TrimRight(m.text, "."); m.lead && len(msg) >= len(t) && strings.EqualFold(msg[:len(t)], t) {
			return m.code
		}
	}
	return ""
}
