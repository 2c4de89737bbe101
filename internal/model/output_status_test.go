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

// The botocore version a paste states, or the one its stated boto3 ships
// with (boto3 1.x up to 1.29 pins botocore 1.(x+3), boto3 1.33 on the same).
func TestBotocoreVersion(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"boto3==1.26.0\nrequests==2.31.0\n", "1.29.0"},
		{"boto3 version: 1.29.7\n", "1.32.7"},
		{"Boto3 version - 1.33.8\n", "1.33.8"},
		{"boto3-1.7.70\nbotocore-1.10.70\n", "1.10.70"},
		{"User-Agent: Boto3/1.34.2 md/Botocore#1.34.2 ua/2.0 os/linux Botocore/1.34.2\n", "1.34.2"},
		{"import boto3\ns3 = boto3.client('s3')\n", ""},
		{"boto3 1.31.0\n", ""}, // no such boto3
	} {
		if got := botocoreVersion(c.text).Str; got != c.want {
			t.Errorf("%q: botocore %q, want %q", c.text, got, c.want)
		}
	}
}
