// Package chunkedbody is the rule chunked_body: a presigned PUT sent as a stream without Content-Length.
package chunkedbody

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is chunked_body: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "chunked_body",
	Severity: rules.Error,
	Title:    "body sent as a stream (Transfer-Encoding: chunked) without Content-Length",
	Answers: []rules.Answer{
		{Code: "NotImplemented", Status: 501, Message: "A header you provided implies functionality that is not implemented", When: "the request carries Transfer-Encoding: chunked; S3 names it in <Header>Transfer-Encoding</Header>"},
		{Code: "MissingContentLength", Status: 411, Message: "You must provide the Content-Length HTTP header.", When: "the request carries neither Content-Length nor a transfer encoding S3 accepts"},
	},
	Fix: "Send a sized body so the client sets Content-Length: a Buffer, Blob, File or bytes instead of a stream (fs.readFileSync, await file.arrayBuffer(), open(…, 'rb') or read() in Python, curl -T FILE), or set Content-Length from the file's size yourself; presigned URLs do not take aws-chunked uploads.",
	Facts: []string{
		"S3's answers (NotImplemented with <Header>Transfer-Encoding</Header>, MissingContentLength), in XML or quoted in logs",
		"the body kind of the requests sent (a stream: fetch with ReadableStream and duplex, axios with fs.createReadStream, requests with a generator, curl with Transfer-Encoding: chunked)",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html",
	},
	Evidence: []string{"error", "code", "curl", "url"},
	Checks: []rules.Check{
		{Source: rules.IncidentSource, Run: chunkedBody},
	},
}
