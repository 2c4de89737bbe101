package model

import (
	"testing"
	"time"
)

// The client errors are read in every browser's and runtime's wording:
// Safari's CORS refusals ("Preflight response is not successful", "due to
// access control checks") as Chrome's and Firefox's, the JVM's TLS client
// meeting plain HTTP ("Unsupported or unrecognized SSL message") as
// OpenSSL's "wrong version number", Go's "first record does not look like
// a TLS handshake", .NET's "Cannot determine the frame size"; a line that
// only mentions SSL is none.
func TestClientErrorWordings(t *testing.T) {
	for text, want := range map[string]string{
		"[Error] Preflight response is not successful. Status code: 403":                                        ClientCORS,
		"[Error] Fetch API cannot load https://b.s3.amazonaws.com/k?X-Amz-Date=1 due to access control checks.": ClientCORS,
		"[Error] XMLHttpRequest cannot load https://b.s3.amazonaws.com/k due to access control checks.":         ClientCORS,
		"javax.net.ssl.SSLException: Unsupported or unrecognized SSL message":                                   ClientTLSProtocol,
		"javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?":                           ClientTLSProtocol,
		"curl: (35) error:0A00010B:SSL routines::wrong version number":                                          ClientTLSProtocol,
		"Get \"https://localhost:9000/b/k?X-Amz-Date=1\": tls: first record does not look like a TLS handshake": ClientTLSProtocol,
		"System.IO.IOException: Cannot determine the frame size or a corrupted frame was received.":             ClientTLSProtocol,
		"we use an SSL message queue for uploads":                                                               "",
		"The preflight is fine, the PUT answers 403 SignatureDoesNotMatch":                                      "",
	} {
		f := Build(text, []Part{{Kind: KindText, Span: Span{Start: 0, End: len(text)}}}, time.Unix(0, 0))
		inc := f.Incident
		got := ""
		if inc != nil && inc.Signals != nil {
			for _, e := range inc.Signals.ClientErrors {
				got = e.Kind
			}
		}
		if got != want {
			t.Errorf("%q: client error %q, want %q", text, got, want)
		}
	}
}
