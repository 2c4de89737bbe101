package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// HTTP clients' wire logs, as their logging interceptors print them
// (OkHttp's HttpLoggingInterceptor in logcat or a JVM log, and the clients
// that copy its arrows): "--> PUT https://…", the request's header lines,
// "--> END PUT (402118-byte body)", then "<-- 403 Forbidden https://…
// (388ms)". Each request becomes a SentRequest with its method, URL,
// headers and body kind, and the status line an answer linked to it, as a
// HAR entry or a console line is.

var (
	reWireSend   = lazyre.New(`--> (GET|PUT|POST|HEAD|DELETE|PATCH) (https?://[^\s'"<>]+)`)
	reWireRecv   = lazyre.New(`<-- ([1-5][0-9][0-9])\b`)
	reWireHeader = lazyre.New(`(?:^|[ \t])([A-Za-z][A-Za-z0-9-]{1,60}): ([^\s][^\r\n]*?)[ \t\r]*$`)
	reWireEnd    = lazyre.New(`--> END [A-Z]+(?: \(([^)\n]*)\))?`)
)

func (b *builder) wireLogs(inc *Incident) {
	text := b.f.Text
	if !strings.Contains(text, "--> ") {
		return
	}
	var cur *SentRequest
	n := 0
	eachLine(text, func(ls, le int) {
		line := text[ls:le]
		if n >= maxScan {
			return
		}
		if m := reWireSend.FindStringSubmatchIndex(line); m != nil {
			n++
			cur = &SentRequest{Span: Span{Start: ls + m[0], End: ls + m[1]}, Source: "wire-log"}
			cur.Method = Fact{Str: line[m[2]:m[3]], Span: Span{Start: ls + m[2], End: ls + m[3]}, Stated: true, From: FromSent}
			cur.URL = Fact{Str: line[m[4]:m[5]], Span: Span{Start: ls + m[4], End: ls + m[5]}, Stated: true, From: FromSent}
			cur.Body = Fact{Str: "none", From: FromSent}
			inc.SentRequests = append(inc.SentRequests, cur)
			return
		}
		if cur == nil {
			return
		}
		if m := reWireEnd.FindStringSubmatchIndex(line); m != nil {
			if m[2] >= 0 {
				switch what := line[m[2]:m[3]]; {
				case strings.Contains(what, "unknown-length"):
					if cur.Body.Str != "chunked" {
						cur.Body = stated("stream", Span{Start: ls + m[2], End: ls + m[3]}, FromSent, "the log's unknown-length body")
					}
				case strings.Contains(what, "-byte body") && cur.Body.Str == "none":
					cur.Body = stated("sized", Span{Start: ls + m[2], End: ls + m[3]}, FromSent, "the log's body length")
				}
			}
			return
		}
		if m := reWireRecv.FindStringSubmatchIndex(line); m != nil {
			st := atoi(line[m[2]:m[3]])
			cur.Status = st
			a := &Answer{Span: Span{Start: ls + m[0], End: le}, Source: "wire-log", Status: st}
			inc.Answers = append(inc.Answers, a)
			inc.Links = append(inc.Links, Link{Kind: LinkAnswerSent, Sent: cur, Answer: a, Reason: "the client's log prints the response after the request"})
			cur = nil
			return
		}
		if strings.Contains(line, "<-- ") {
			return
		}
		if m := reWireHeader.FindStringSubmatchIndex(line); m != nil {
			name, val := line[m[2]:m[3]], line[m[4]:m[5]]
			cur.Headers = append(cur.Headers, SentHeader{Name: name, Value: val, Span: Span{Start: ls + m[2], End: ls + m[5]}})
			if strings.EqualFold(name, "Transfer-Encoding") && strings.Contains(strings.ToLower(val), "chunked") {
				cur.Body = stated("chunked", Span{Start: ls + m[4], End: ls + m[5]}, FromSent, "Transfer-Encoding: chunked in the log")
			} else if strings.EqualFold(name, "Content-Length") && cur.Body.Str != "chunked" {
				cur.Body = stated("sized", Span{Start: ls + m[4], End: ls + m[5]}, FromSent, "Content-Length in the log")
			}
		}
	})
}
