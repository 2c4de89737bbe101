package model

import (
	"testing"
	"time"
)

// The S3 service exceptions of the Java and .NET SDKs, Go v2's "api error" strings
// and Ruby's Aws::S3::Errors:: classes are S3's answers:
// the code from "Error Code:", else from S3's message; a line without a
// known code, or a bare exception line without its suffix or dump, is not.
func TestServiceExceptions(t *testing.T) {
	for text, want := range map[string]string{
		"com.amazonaws.services.s3.model.AmazonS3Exception: Request has expired (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 1)":                                                                                                                     "AccessDenied",
		"Caused by: com.amazonaws.services.s3.model.AmazonS3Exception: The specified key does not exist. (Service: Amazon S3; Status Code: 404; Error Code: NoSuchKey; Request ID: 2)":                                                                                               "NoSuchKey",
		"software.amazon.awssdk.services.s3.model.S3Exception: The provided token has expired. (Service: S3, Status Code: 400, Request ID: 3)":                                                                                                                                       "ExpiredToken",
		"Amazon.S3.AmazonS3Exception: Access Denied\n ---> Amazon.Runtime.Internal.HttpErrorResponseException: thrown\n   at Amazon.Runtime.X()":                                                                                                                                     "AccessDenied",
		"software.amazon.awssdk.services.s3.model.S3Exception: Something S3 says (Service: S3, Status Code: 400, Request ID: 4)":                                                                                                                                                     "",
		"Exception in thread \"main\" software.amazon.awssdk.services.s3.model.S3Exception: The request signature we calculated does not match the signature you provided. Check your key and signing method. (Service: S3, Status Code: 403, Request ID: 5)":                        "SignatureDoesNotMatch",
		"2025/06/02 11:00:00 operation error S3: GetObject, https response error StatusCode: 403, RequestID: 8Z1Q, HostID: abc=, api error SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. Check your key and signing method.": "SignatureDoesNotMatch",
		"Aws::S3::Errors::ExpiredToken: The provided token has expired.":            "ExpiredToken",
		"Aws::S3::Errors::ServiceError: something the SDK could not parse":          "",
		"operation error S3: GetObject, failed to resolve endpoint: invalid region": "",
		"Amazon.S3.AmazonS3Exception: Access Denied":                                "",
		"log.Printf(\"MyS3Exception: %v\", err)":                                    "",
	} {
		if got := answerCode(text); got != want {
			t.Errorf("%q: code %q, want %q", text, got, want)
		}
	}
}

// answerCode is the code of the last S3 answer the model reads in text,
// read as one text part.
func answerCode(text string) string {
	f := Build(text, []Part{{Kind: KindText, Span: Span{Start: 0, End: len(text)}}}, time.Unix(0, 0))
	got := ""
	for _, e := range f.Errors {
		got = e.Code
	}
	return got
}

// A line that is one of S3's long fixed messages and nothing else is S3's
// answer; the message inside a sentence, or a short one alone, is not.
func TestMessageLines(t *testing.T) {
	for text, want := range map[string]string{
		"PUT https://b.s3.amazonaws.com/k 403 (Forbidden)\nThe request signature we calculated does not match the signature you provided. Check your key and signing method.\n": "SignatureDoesNotMatch",
		"  The AWS Access Key Id you provided does not exist in our records.  ":                                                                                                 "InvalidAccessKeyId",
		"the browser shows: The provided token has expired.":                                                                                                                    "",
		"I keep getting the request signature we calculated does not match the signature you provided. check your key and signing method.":                                      "",
		"Access Denied": "",
	} {
		if got := answerCode(text); got != want {
			t.Errorf("%q: code %q, want %q", text, got, want)
		}
	}
}

// The JVM (Apache HttpClient, OkHttp) and Go certificate refusals name the
// host they refused, like curl's and Python's.
func TestCertificateRefusalHosts(t *testing.T) {
	for text, want := range map[string]string{
		"javax.net.ssl.SSLPeerUnverifiedException: Certificate for <a.b.s3.eu-west-1.amazonaws.com> doesn't match any of the subject alternative names: [*.s3.eu-west-1.amazonaws.com]": "a.b.s3.eu-west-1.amazonaws.com",
		"javax.net.ssl.SSLPeerUnverifiedException: Hostname c.d.s3.amazonaws.com not verified:":                                                                                         "c.d.s3.amazonaws.com",
		`Get "https://x": x509: certificate is valid for *.s3.amazonaws.com, s3.amazonaws.com, not e.f.s3.amazonaws.com`:                                                                "e.f.s3.amazonaws.com",
	} {
		f := Build(text, []Part{{Kind: KindText, Span: Span{Start: 0, End: len(text)}}}, time.Unix(0, 0))
		got := ""
		if f.Incident != nil && f.Incident.Signals != nil {
			for _, e := range f.Incident.Signals.ClientErrors {
				if e.Kind == ClientCertificate {
					got = e.Host
				}
			}
		}
		if got != want {
			t.Errorf("%q: host %q, want %q", text, got, want)
		}
	}
}
