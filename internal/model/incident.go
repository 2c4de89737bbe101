package model

import (
	"time"

	"github.com/presign-doctor/presign-doctor/internal/policy"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/s3xml"
	"github.com/presign-doctor/presign-doctor/internal/sigv4"
)

// Incident is the one failure the paste describes, built once per analysis
// by Build from every source the paste holds, whatever form it takes:
//
//   - SignedRequests: what was presigned (boto3 code, aws s3 presign, a
//     presigned URL, a presigned POST form);
//   - SentRequests: what was sent with it (curl, wget, httpie, fetch, axios,
//     requests/httpx, XHR, HTML forms, HAR entries, browser console lines,
//     and the request S3 quotes in its canonical request);
//   - Answers: what S3 answered (XML bodies, botocore ClientError, status
//     lines);
//   - Env: policies, the caller, bucket facts, settings and the clock;
//   - Links: which sent request used which signed request, which answer
//     came from which request, each with its reason;
//   - Target(): the one resolved bucket, key, region, operation and
//     endpoint that rules, codegen, triage and the report read.
//
// Every value is a Fact: the value, the span it came from, whether the
// paste states it or it is inferred, and from which source.
//
// What each derivation the rules make today becomes:
//
//   - regionHint (rules/util_code.go): inc.RegionEvidence() (RegionWords
//     says where it comes from); the region a client of code configures:
//     inc.Signers (Signer.Region), which also says which clients presign;
//     the region to
//     sign for: inc.Target().Region; what a request was signed for:
//     SignedRequest.Region (the URL's scope when the paste has the URL).
//   - urlTarget / Facts.URLTarget, codegen's and triage's bucket, key and
//     region: inc.Target().Bucket / Key / Region.
//   - signingOperation, pickURL's code side, signedHeadersFromCode's
//     operation lookup: inc.SignedForURL(u).Op.
//   - methodOfXID, methodOf, HTTPMethod, opForMethod: SignedRequest.Method
//     (x-id, the call, aws s3 presign), OperationMethod, MethodOperation,
//     SnakeOperation.
//   - curl ↔ URL, Python HTTP call ↔ URL, "which request used which URL":
//     inc.SentWith(sr), inc.SignedFor(sent), inc.Links (with reasons).
//   - the method sent: SentRequest.Method (curl -X/-T/-I/-d, axios.put,
//     fetch's method, HAR, console, S3's canonical request as source "s3").
//   - signed header values sent: inc.SignedHeaderValue(sr, name),
//     inc.SentHeaderValues(u, names); client-wide headers:
//     SentHeader.Default (axios defaults, instances, interceptors).
//   - HeadersNotSigned, BucketRegion, WrongRegion, botocore's operation:
//     Answer fields; get-bucket-location, get-bucket-encryption, CORS,
//     object lock, attached managed policies: Env; policy kinds: PolicyKind.
//   - requestOf (the URL as a signing request): SigningRequest.
//   - knownStr / known on values: a Fact's Str is "" for placeholders and
//     expressions (Expr holds the expression).
type Incident struct {
	SignedRequests []*SignedRequest
	SentRequests   []*SentRequest
	Answers        []*Answer
	Env            Env
	Links          []Link
	// Signals are the client's own errors, S3 messages quoted in logs and
	// what code configures around the request (signals.go).
	Signals *Signals
	// Signers are the S3 clients of code that presign, each with the
	// region the code configures for it (signers.go).
	Signers []*Signer

	target ResolvedTarget
}

// Sources of facts (Fact.From).
const (
	FromCode     = "code"        // the user's code (boto3 …)
	FromCLI      = "cli"         // an aws command (aws s3 presign --region …)
	FromSettings = "settings"    // aws configure set, ~/.aws/config, AWS_REGION
	FromURL      = "url"         // a presigned URL: host, path, query
	FromForm     = "form"        // a presigned POST's fields
	FromSent     = "sent"        // a request the paste sends (curl, fetch …)
	FromS3       = "s3"          // S3's own answer (error body, headers)
	FromAWS      = "aws"         // an aws command's output (get-bucket-location …)
	FromDefault  = "default"     // what the SDK or S3 does when nothing is said
	FromLinked   = "linked"      // carried over from a linked request
	FromRuntime  = "runtime"     // where the code runs (Lambda, ECS …)
	FromCreds    = "credentials" // a credentials file, env exports, STS output
	FromText     = "text"        // the user's own words (prose around the evidence)
)

// Fact is one value of the incident with its provenance.
type Fact struct {
	_ [0]func() // not comparable: no generated equality function in the wasm
	// Str is the value ("" when the paste does not tell it); Num is its
	// number for numeric facts (seconds).
	Str string
	Num int64
	// Expr is the source text of a value code computes (an f-string, a
	// variable) when the reader cannot evaluate it; Str may still be known
	// from another source.
	Expr string
	// Span is where the paste shows the value (zero for defaults).
	Span Span
	// Stated is true when the paste writes the value; false when it is
	// inferred (a default, a derivation).
	Stated bool
	// From is the source (From* constants); Why says how an inferred value
	// was reached, or which element of the source states it.
	From string
	Why  string
}

// Known reports whether the fact has a value.
func (f Fact) Known() bool { return f.Str != "" || f.Num != 0 }

// SignedRequest is one request that was presigned. A presign call of code
// or the CLI and the URL it produced are one signed request (Op and URL
// both set); a URL or POST form without the call is one of its own.
type SignedRequest struct {
	Span Span
	// Source is "python", "cli", "url" or "post".
	Source string
	Op     *Operation    // the presign call, when the paste has it
	URL    *presign.URL  // the presigned URL, when the paste has it
	Form   *presign.Form // the presigned POST fields, when the paste has them
	// Var is the variable the URL is assigned to in code, if any.
	Var string

	Operation        Fact // get_object, put_object … (snake case)
	Method           Fact // GET, PUT …
	Bucket, Key      Fact
	Region           Fact // the region it is signed for
	Endpoint         Fact // scheme://host of a custom or S3-compatible endpoint, "" for AWS
	Addressing       Fact // virtual-host, path, custom-domain
	Expires          Fact // seconds (Num)
	SignatureVersion Fact // v4, v2
	// SignedHeaders are the headers the signature covers besides host
	// (lower case); SignedQuery the query parameters of the URL other than
	// the X-Amz-* authentication ones.
	SignedHeaders []string
	SignedQuery   []string
	// HandedHeaders are signed headers the code hands over with the URL
	// for whoever uses it to send ({"url": url, "headers":
	// {"Content-Type": content_type}}), lower case: the value the code
	// signs is the value it tells the sender.
	HandedHeaders []string
	// SignedValues are the values the presign call signs for its signed
	// headers when the code states them as literals (Params={'ContentType':
	// 'image/png'}): lower-case names, in the call's order.
	SignedValues []SignedValue
	Credentials  Credentials
}

// Credentials says what signs a request.
type Credentials struct {
	_ [0]func() // not comparable: no generated equality function in the wasm
	// Kind is "long-term" (an access key of a user), "temporary" (a session
	// token, an assumed role, a runtime role) or "" when unknown.
	Kind Fact
	// Where is where they come from: "literal" (written in code or a
	// command), "environment", "credentials-file", "sts:<call>",
	// "runtime:lambda"/"runtime:ecs", "default-chain".
	Where Fact
	// Lifetime is how long they live in seconds (Num), when the paste tells.
	Lifetime Fact
}

// SentHeader is one header a sent request carries.
type SentHeader struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Name  string
	Value string // "" when not a literal (see Expr)
	Expr  string // the expression code sends, when not a literal
	Span  Span
	// Default is true for a header the client sends on every request
	// (axios defaults, interceptors, a wrapper's headers).
	Default bool
}

// SignedValue is a value a presign call signs for one of its signed
// headers, written as a literal in its Params.
type SignedValue struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Name  string    // the header, lower case
	Value string    // the literal, trimmed ("" for a number)
	Span  Span      // the value
	// Param is the Params entry that signs it (ContentType) and ParamSpan
	// the entry's span.
	Param     string
	ParamSpan Span
	Num       bool // the value is a number
	// Placeholder is set when a redaction placeholder stands in the value.
	Placeholder bool
}

// SentRequest is one HTTP request the paste makes (or shows made).
type SentRequest struct {
	Span Span
	// Source: curl, wget, httpie, requests, httpx, urllib, fetch, axios,
	// xhr, jquery, angular, form, har, console, s3 (the request S3 quotes
	// in its canonical request).
	Source string
	Method Fact
	// URL is the URL text (Str) when literal, else the expression (Expr).
	URL  Fact
	Host string
	// Path is the URL's path as written, when known.
	Path    string
	Headers []SentHeader
	// Body is "none", "sized" (a file or buffer of known length), "stream"
	// (a stream without length), "chunked", "form" (urlencoded),
	// "multipart" or "" when unknown.
	Body Fact
	// Fields are the inputs of an HTML form (name, value), in order.
	Fields []SentHeader
	// Status is the HTTP status the paste shows for it (HAR, console), or 0.
	Status int
	// SignedURL is the presigned URL literal the request uses, if any.
	SignedURL *presign.URL
	// AsSent is the URL as this request really sends it, when that differs
	// from SignedURL.Raw (the URL reader repairs escaped ampersands for
	// display): a sender that does not read an escape the pasted URL
	// carries sends it as written (a shell hands "…\u0026…" and "…&amp;…"
	// to curl unread; JSON, HAR and code string literals read \u0026, HTML
	// reads &amp;). Else "".
	AsSent string
	// HeadersUnknown is set when the paste shows where the request went
	// but not what it carried (urllib3's "Max retries exceeded with url"):
	// its Headers are not all it sent.
	HeadersUnknown bool
	// Curl and Call are the older facts it was made from, when any.
	Curl *Curl
	Call *HTTPCall
}

// Header returns the last header named name (case-insensitive), or nil.
func (s *SentRequest) Header(name string) *SentHeader {
	for i := len(s.Headers) - 1; i >= 0; i-- {
		if equalFold(s.Headers[i].Name, name) {
			return &s.Headers[i]
		}
	}
	return nil
}

// Answer is one answer of S3 (or of the browser on S3's behalf).
type Answer struct {
	Span Span
	// Source is "xml", "botocore", "json", "status-line", "har", "console".
	Source string
	Err    *s3xml.Error // the error read, when any
	Code   Fact
	// Message is S3's message.
	Message Fact
	Status  int
	// Region is the bucket's region as S3 states it (expecting 'Y',
	// <Region>, x-amz-bucket-region, a redirect's <Endpoint>);
	// WrongRegion the region it calls wrong.
	Region, WrongRegion Fact
	// Operation is the operation botocore names (GetObject …), if any.
	Operation string
	// CanonicalRequest and StringToSign are S3's, as read (redacted);
	// ReadNotes say how they were read (bytes, refolded, disagreeing).
	CanonicalRequest, StringToSign string
	ReadNotes                      []string
	// Canonical is CanonicalRequest cut into its parts (method, URI,
	// query, headers …), once: rules read it, never the text.
	Canonical sigv4.Canonical
	// HeadersNotSigned lists <HeadersNotSigned>, lower case.
	HeadersNotSigned []string
	// Elements are every element (and header) S3 sent.
	Elements []s3xml.Field
}

// Env is what the paste says about the surroundings of the request.
type Env struct {
	Now time.Time
	// Policies: IAM identity policies, bucket policies, KMS key policies.
	Policies []*policy.Document
	// Callers are the principals get-caller-identity (or assume-role
	// output) shows.
	Callers []Identity
	// BucketRegion is get-bucket-location's answer (null is us-east-1).
	BucketRegion Fact
	// Encryption is the bucket's default encryption (get-bucket-encryption):
	// SSEAlgorithm (AES256, aws:kms, aws:kms:dsse) and the KMS key.
	Encryption, KMSKey Fact
	// ObjectEncryption is an object's encryption (aws:kms, AES256) as
	// head-object / get-object output or a response header shows it.
	ObjectEncryption Fact
	// CORS holds the bucket's CORS rules as shown (get-bucket-cors, the
	// console's JSON or XML).
	CORS []CORSRule
	// ObjectLock is "Enabled" when the bucket shows object lock.
	ObjectLock Fact
	// ManagedPolicies are policy ARNs list-attached-*-policies shows.
	ManagedPolicies []Fact
	// Settings are aws configure set lines, ~/.aws/config, AWS_* exports.
	Settings []Setting
	Runtime  Runtime
}

// CORSRule is one CORS rule of the bucket.
type CORSRule struct {
	Span                                                    Span
	AllowedOrigins, AllowedMethods, AllowedHeaders, Exposed []string
}

// Link kinds.
const (
	LinkSentSigned   = "sent-signed"   // a sent request uses a signed request
	LinkAnswerSent   = "answer-sent"   // an answer came from a sent request
	LinkAnswerSigned = "answer-signed" // an answer is about a signed request
)

// Link ties two parts of the incident together, with the reason.
type Link struct {
	_      [0]func() // not comparable: no generated equality function in the wasm
	Kind   string
	Sent   *SentRequest
	Signed *SignedRequest
	Answer *Answer
	// Reason says why: "same URL", "same variable", "same host and path",
	// "the only signed request", "S3's string to sign carries the URL's
	// X-Amz-Date", "follows it in the paste", …
	Reason string
}

// ResolvedTarget is the one request the incident is about, resolved once from
// every source (see resolveTarget for the order).
type ResolvedTarget struct {
	_ [0]func() // not comparable: no generated equality function in the wasm
	// Signed is the signed request it is about (nil when the paste has
	// none).
	Signed      *SignedRequest
	Bucket, Key Fact
	// Region is where the bucket lives, the region to sign for: S3's
	// answer first, then what code, commands and settings state, then the
	// URL, then the default.
	Region Fact
	// SignedRegion is the region the request was signed for (may differ
	// from Region: that is the failure).
	SignedRegion Fact
	Operation    Fact // snake case
	Method       Fact
	Endpoint     Fact // "" for AWS
	Addressing   Fact
	// SentMethod is the method a linked sent request used ("" when none).
	SentMethod Fact
	// KMS is set (Str "aws:kms") when the paste shows SSE-KMS for the
	// object or the bucket: Params, URL, curl headers, get-bucket-encryption.
	KMS Fact
}

// Action returns the IAM action the request needs: the operation's when
// the paste states it, else that of the method a linked request sends,
// else that of the resolved (default) operation; s3:GetObject when
// nothing tells.
func (t ResolvedTarget) Action() string {
	op := t.Operation.Str
	if !t.Operation.Stated && t.SentMethod.Str != "" {
		op = MethodOperation(t.SentMethod.Str)
	}
	if a, ok := opActions()[op]; ok {
		return a.action
	}
	if op == "post_object" {
		return "s3:PutObject"
	}
	return "s3:GetObject"
}

// KMSAction returns the KMS action the request needs on an SSE-KMS object
// (kms:GenerateDataKey to write, kms:Decrypt to read).
func (t ResolvedTarget) KMSAction() string {
	switch t.methodForIAM() {
	case "PUT", "POST":
		return "kms:GenerateDataKey"
	}
	return "kms:Decrypt"
}

func (t ResolvedTarget) methodForIAM() string {
	if !t.Method.Stated && t.SentMethod.Str != "" {
		return t.SentMethod.Str
	}
	return t.Method.Str
}

// Target returns the resolved target.
func (inc *Incident) Target() ResolvedTarget { return inc.target }

// SentWith returns the sent requests linked to the signed request.
func (inc *Incident) SentWith(sr *SignedRequest) []*SentRequest {
	var out []*SentRequest
	for _, l := range inc.Links {
		if l.Kind == LinkSentSigned && l.Signed == sr {
			out = append(out, l.Sent)
		}
	}
	return out
}

// SignedFor returns the signed request a sent request used and the
// reason, or nil.
func (inc *Incident) SignedFor(s *SentRequest) (*SignedRequest, string) {
	for _, l := range inc.Links {
		if l.Kind == LinkSentSigned && l.Sent == s {
			return l.Signed, l.Reason
		}
	}
	return nil, ""
}

// SignedForURL returns the signed request a presigned URL belongs to.
func (inc *Incident) SignedForURL(u *presign.URL) *SignedRequest {
	for _, sr := range inc.SignedRequests {
		if sr.URL == u {
			return sr
		}
	}
	for _, sr := range inc.SignedRequests {
		if sr.URL != nil && u != nil && sr.URL.Raw == u.Raw {
			return sr
		}
	}
	return nil
}

// OtherMethod returns a request sent with sr that uses another method than
// sr was signed for (the signed method stated, not assumed), or nil: S3
// then answers SignatureDoesNotMatch whatever host the URL names.
func (inc *Incident) OtherMethod(sr *SignedRequest) *SentRequest {
	if sr == nil || sr.Method.Str == "" || sr.Method.From == FromDefault {
		return nil
	}
	for _, s := range inc.SentWith(sr) {
		if s.Method.Str != "" && s.Method.Str != sr.Method.Str {
			return s
		}
	}
	return nil
}

// AnswersTo returns the answers linked to the signed request (directly
// or through a sent request).
func (inc *Incident) AnswersTo(sr *SignedRequest) []*Answer {
	var out []*Answer
	seen := map[*Answer]bool{}
	for _, l := range inc.Links {
		if l.Kind == LinkAnswerSigned && l.Signed == sr && !seen[l.Answer] {
			seen[l.Answer] = true
			out = append(out, l.Answer)
		}
	}
	return out
}

// SignedHeaderValue returns the value sent for a signed header of sr: from
// a linked sent request (curl -H, fetch/axios headers, HAR), else from
// the request S3 quotes in its canonical request, with the request it was
// taken from. ok is false when the paste shows no literal value.
func (inc *Incident) SignedHeaderValue(sr *SignedRequest, name string) (value string, from *SentRequest, ok bool) {
	var s3 *SentRequest
	for _, s := range inc.SentWith(sr) {
		if s.Source == "s3" {
			s3 = s
			continue
		}
		if h := s.Header(name); h != nil && h.Expr == "" {
			return h.Value, s, true
		}
	}
	if s3 != nil {
		if h := s3.Header(name); h != nil {
			return h.Value, s3, true
		}
	}
	return "", nil, false
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// stated is a fact the paste writes (one call instead of a composite
// literal at each site keeps the wasm small).
func stated(str string, sp Span, from, why string) Fact {
	return Fact{Str: str, Span: sp, Stated: true, From: from, Why: why}
}

// ValueSignedFor returns the value the paste gives header name of the
// presigned URL u's signature, and where it comes from: the literal the
// presign call that made u signs (what was signed), else the value every
// request sending u carries when they agree, or the one S3 accepted (the
// requests may disagree: curl works, Postman fails). "" when the paste
// holds none. The URL view's replay lines read it.
func (inc *Incident) ValueSignedFor(u *presign.URL, name string) (value, from string) {
	sr := inc.SignedForURL(u)
	var sent []*SentRequest
	if sr != nil {
		for _, v := range sr.SignedValues {
			if v.Name == name && !v.Placeholder && v.Value != "" {
				return v.Value, "the presign call's " + v.Param
			}
		}
		sent = inc.SentWith(sr)
	}
	for _, s := range inc.SentRequests {
		if s.SignedURL != nil && s.SignedURL.Raw == u.Raw {
			sent = append(sent, s)
		}
	}
	var vals []string
	for _, s := range sent {
		if s.Source == "s3" {
			continue // what S3 received, not what was signed
		}
		h := s.Header(name)
		if h == nil || h.Value == "" {
			continue
		}
		if s.Status >= 200 && s.Status < 300 {
			return h.Value, "the " + s.Source + " request S3 accepted"
		}
		if len(vals) == 0 || vals[0] != h.Value {
			vals = append(vals, h.Value)
		}
		from = "the " + s.Source + " request of the paste"
	}
	if len(vals) == 1 {
		return vals[0], from
	}
	return "", ""
}
