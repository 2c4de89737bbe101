package model

import "testing"

func TestConsoleHeaders(t *testing.T) {
	text := "PUT https://b.s3.amazonaws.com/k?X-Amz-Signature=SIGNATURE_1 403\nRequest Headers\n  Content-Type: application/octet-stream\n  Accept: */*\n\nResponse Headers\nx-amz-request-id: ABC\n"
	off := len("PUT https://b.s3.amazonaws.com/k?X-Amz-Signature=SIGNATURE_1 403\n")
	hs := consoleHeaders(text, off)
	if len(hs) != 2 || hs[0].Name != "Content-Type" || hs[0].Value != "application/octet-stream" || hs[1].Value != "*/*" {
		t.Fatalf("headers %+v", hs)
	}
	if got := text[hs[0].Span.Start:hs[0].Span.End]; got != "Content-Type: application/octet-stream" {
		t.Errorf("span %q", got)
	}
	// No "Request Headers" block: nothing is read (the request's headers are unknown).
	if hs := consoleHeaders("PUT https://x 403\nContent-Type: a/b\n", len("PUT https://x 403\n")); hs != nil {
		t.Errorf("headers without a block: %+v", hs)
	}
	if hs := consoleHeaders("PUT https://x 403", 100); hs != nil {
		t.Errorf("past the end: %+v", hs)
	}
}
