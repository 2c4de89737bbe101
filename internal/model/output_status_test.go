package model

import (
	"testing"
	"time"
)

// The status a command's output shows is the sent request's: wget's first
// "awaiting response... NNN" (the request itself, not the redirect it
// followed), curl's -w '%{http_code}…' line; other output is not a status.
func TestOutputStatus(t *testing.T) {
	for _, c := range []struct {
		name, text string
		kind       string
		want       int
	}{
		{"wget 307 then 403", "$ wget \"https://b.s3.amazonaws.com/a.jpg?X-Amz-Signature=abc\"\nResolving b.s3.amazonaws.com... 52.95.154.20\nHTTP request sent, awaiting response... 307 Temporary Redirect\nLocation: https://b.s3.eu-west-3.amazonaws.com/a.jpg [following]\nHTTP request sent, awaiting response... 403 Forbidden\n", KindText, 307},
		{"wget no output", "$ wget \"https://b.s3.amazonaws.com/a.jpg?X-Amz-Signature=abc\"\n", KindText, 0},
		{"curl -w", "$ curl -s -o /dev/null -w '%{http_code}\\n' \"https://b.s3.amazonaws.com/a.jpg?X-Amz-Signature=abc\"\n403\n", KindCurl, 403},
		{"curl -w later field", "$ curl -s -w '%{url_effective} %{http_code}\\n' \"https://b.s3.amazonaws.com/a.jpg?X-Amz-Signature=abc\"\n200 https://x\n", KindCurl, 0},
		{"curl without -w", "$ curl -s \"https://b.s3.amazonaws.com/a.jpg?X-Amz-Signature=abc\"\n404 not found in the docs\n", KindCurl, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := Build(c.text, []Part{{Kind: c.kind, Span: Span{Start: 0, End: len(c.text)}}}, time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC))
			if len(f.Incident.SentRequests) == 0 {
				t.Fatal("no sent request read")
			}
			if got := f.Incident.SentRequests[0].Status; got != c.want {
				t.Errorf("status %d, want %d", got, c.want)
			}
		})
	}
}
