// Command sigv4oracle checks presigned URLs made by an independent signer
// (the AWS JavaScript SDK v3, in scripts/test/sdk-oracle.test.mjs) with
// Presign Doctor's verifier and engine. It reads a JSON array of cases on
// stdin and writes a JSON array of results on stdout.
//
// For each case it verifies the URL with the typed secret (through the Go
// SDK signer), and, when the case has a "sent" request (a tampered copy of
// what the URL signed), it plays S3: it builds the canonical request S3
// would build from what was sent, writes the SignatureDoesNotMatch body S3
// would answer, and runs the engine on the URL and that body.
package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/engine"
	"github.com/presign-doctor/presign-doctor/internal/sigv4"
)

// Sent is a request as a client sends it.
type Sent struct {
	Method  string            `json:"method"`
	URL     string            `json:"url"`
	Headers map[string]string `json:"headers"`
}

// Case is one URL to check.
type Case struct {
	ID     string `json:"id"`
	Secret string `json:"secret"`
	Now    string `json:"now"`
	Sent
	// Tampered, when set, is what was really sent instead.
	Tampered *Sent `json:"tampered"`
}

// Result is what the verifier and the engine said.
type Result struct {
	ID string `json:"id"`
	// Verifies is true when the URL's own canonical request, signed by the
	// SDK signer with the secret, gives the URL's signature.
	Verifies bool   `json:"verifies"`
	Error    string `json:"error,omitempty"`
	// TamperedVerifies is the same for the tampered request.
	TamperedVerifies bool `json:"tamperedVerifies"`
	// FirstDifference is the part named when comparing the URL's canonical
	// request with the tampered one.
	FirstDifference string `json:"firstDifference"`
	// Engine is what the engine answered.
	Engine EngineResult `json:"engine"`
	// Leak is true when the engine's response contains the typed secret, or
	// the URL's signature although redaction removed it from the text.
	Leak bool `json:"leak"`
}

// EngineResult is the part of the engine's response the test checks.
type EngineResult struct {
	SignatureCheck  string   `json:"signatureCheck"`
	Verdict         string   `json:"verdict"`
	FirstDifference string   `json:"firstDifference"`
	Rules           []string `json:"rules"`
	Messages        []string `json:"messages"`
	Error           string   `json:"error,omitempty"`
}

func main() {
	var cases []Case
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		fmt.Fprintln(os.Stderr, "sigv4oracle: stdin is not a JSON array of cases:", err)
		os.Exit(2)
	}
	out := make([]Result, 0, len(cases))
	for _, c := range cases {
		out = append(out, check(c))
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// request splits a URL by hand (no re-encoding) into a sigv4 request.
func request(s Sent) sigv4.Request {
	u := s.URL
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	host, rest := u, "/"
	if i := strings.IndexAny(u, "/?"); i >= 0 {
		host, rest = u[:i], u[i:]
	}
	path, query, _ := strings.Cut(rest, "?")
	r := sigv4.Request{Method: s.Method, Host: host, Path: path, Query: sigv4.ParseQuery(query)}
	for n, v := range s.Headers {
		r.Headers = append(r.Headers, sigv4.Header{Name: n, Value: v})
	}
	return r
}

func check(c Case) Result {
	res := Result{ID: c.ID}
	r := request(c.Sent)
	sig, _ := r.Get("X-Amz-Signature")
	v, err := sigv4.VerifyURL(r, c.Secret, sig)
	if err != nil {
		res.Error = err.Error()
		return res
	}
	res.Verifies = v.URLSigns
	input := c.URL
	if c.Tampered != nil {
		t := request(*c.Tampered)
		// What S3 sees: the tampered request, carrying the URL's signature.
		tv, err := sigv4.VerifyURL(t, c.Secret, sig)
		res.TamperedVerifies = err == nil && tv.URLSigns
		ours, err1 := sigv4.Rebuild(r)
		s3, err2 := sigv4.Rebuild(t)
		if err1 != nil || err2 != nil {
			res.Error = fmt.Sprint(err1, err2)
			return res
		}
		res.FirstDifference = sigv4.FirstDifference(ours.CanonicalRequest, s3.CanonicalRequest)
		if res.FirstDifference == "" {
			res.FirstDifference = sigv4.FirstStringToSignDifference(ours.StringToSign, s3.StringToSign)
		}
		input = c.URL + "\n\n" + errorBody(s3, sig)
	}
	resp := engine.Analyze(engine.Request{Input: input, Now: c.Now, SecretAccessKey: c.Secret})
	res.Engine = EngineResult{SignatureCheck: resp.SigV4.SignatureCheck, Verdict: resp.SigV4.Verdict,
		FirstDifference: resp.SigV4.FirstDifference, Error: resp.Error}
	for _, f := range resp.Findings {
		res.Engine.Rules = append(res.Engine.Rules, f.Rule)
		res.Engine.Messages = append(res.Engine.Messages, f.Message)
	}
	b, _ := json.Marshal(resp)
	out := string(b)
	// The typed secret must never come back; the signature only where the
	// redacted text itself still shows it (the redactor's business).
	res.Leak = strings.Contains(out, c.Secret) ||
		(sig != "" && !strings.Contains(resp.Redacted, sig) && strings.Contains(out, sig))
	return res
}

// errorBody is the SignatureDoesNotMatch body S3 answers for a request whose
// canonical request and string to sign are s3's.
func errorBody(s3 sigv4.Rebuilt, sig string) string {
	esc := func(s string) string {
		return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
	}
	return `<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>` +
		s3.Scope.AccessKeyID + `</AWSAccessKeyId><StringToSign>` + s3.StringToSign + `</StringToSign><SignatureProvided>` + sig +
		`</SignatureProvided><StringToSignBytes>` + hexBytes(s3.StringToSign) + `</StringToSignBytes><CanonicalRequest>` +
		esc(s3.CanonicalRequest) + `</CanonicalRequest><CanonicalRequestBytes>` + hexBytes(s3.CanonicalRequest) +
		`</CanonicalRequestBytes><RequestId>4442587FB7D0A2F9</RequestId><HostId>example-host-id</HostId></Error>`
}

func hexBytes(s string) string {
	h := hex.EncodeToString([]byte(s))
	var b strings.Builder
	for i := 0; i < len(h); i += 2 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(h[i : i+2])
	}
	return b.String()
}
