// Package model holds the language-neutral facts extracted from a paste:
// clients and their configuration, presign operations, credentials, STS
// calls, URLs, S3 errors, policies and commands, each with its span in the
// redacted text.
//
// Readers (python, presign, s3xml, policy, cli, curl) produce syntax; the
// files of this package named after them turn that syntax into facts. Build
// then makes the Incident (incident*.go): signed and sent requests, S3's
// answers, the environment, the links between them and the one resolved
// target. Rules and code generators read only facts and the incident.
package model

import (
	"time"

	"github.com/presign-doctor/presign-doctor/internal/cli"
	"github.com/presign-doctor/presign-doctor/internal/policy"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/s3xml"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Span is a byte range of the redacted text.
type Span = source.Span

// Part kinds, as named in the contract.
const (
	KindPython      = "python"
	KindURL         = "presigned-url"
	KindS3Error     = "s3-error"
	KindCLI         = "cli"
	KindPolicy      = "policy"
	KindCurl        = "curl"
	KindCredentials = "credentials"
	KindText        = "text"
)

// Part is one piece of a mixed paste and the kind detected for it.
type Part struct {
	_    [0]func() // not comparable: no generated equality function in the wasm
	Kind string
	Span Span
}

// Value is a value found in code or a command: a literal the reader could
// evaluate (Known), or an expression it could not (Expr holds its text).
type Value struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Span  Span
	Known bool
	Str   string // the string value, or the number's decimal form
	Num   int64  // the number, when IsNum
	IsNum bool
	Expr  string // the source text of the value
	// Placeholder is set when the value is (or contains) a redaction
	// placeholder, such as a redacted access key literal.
	Placeholder bool
	// From is where a value reached through a name is written (the
	// literal a variable was bound to), or the zero span.
	From Span
	// Bound is the expression a name was bound to when the reader could
	// not evaluate it (key = quote(name); key := url.PathEscape(name)),
	// or the zero span.
	Bound Span
}

// Param is a named argument or dictionary entry.
type Param struct {
	_        [0]func() // not comparable: no generated equality function in the wasm
	Name     string
	NameSpan Span
	Value    *Value
	Span     Span // the whole entry (name and value)
}

// Client is an S3 or STS client (or session) made by code or implied by a
// CLI command.
type Client struct {
	_       [0]func() // not comparable: no generated equality function in the wasm
	Span    Span
	Source  string // "python", "cli"
	Service string // "s3", "sts", "" for a bare session
	Var     string // the variable it is bound to, if any
	// Args is the argument list span: fixes insert before Args.End-1 (the ')').
	Args Span
	// Made is the call that builds a client of a brace language (new
	// S3Client(…), config.LoadDefaultConfig(…), S3Presigner.builder()…),
	// zero when the paste shows only its settings (o.UseAccelerate = true
	// on a cfg made elsewhere): its region is then unknown, not unset.
	Made Span
	// FromResource is true for resource('s3').meta.client.
	FromResource bool
	// Session is the session the client was made from, if any.
	Session *Client

	Region              *Value
	Endpoint            *Value
	SignatureVersion    *Value // Config(signature_version=...)
	AddressingStyle     *Value // Config(s3={'addressing_style': ...})
	ChecksumCalculation *Value // Config(request_checksum_calculation=...), requestChecksumCalculation:, o.RequestChecksumCalculation
	ChecksumValidation  *Value // Config(response_checksum_validation=...)
	Config              *Value // the config= argument itself
	Profile             *Value

	AccessKeyID  *Value
	SecretKey    *Value
	SessionToken *Value
	// CredentialsFrom names the STS call whose result feeds this client.
	CredentialsFrom *STSCall
	// ConfigArgs is the argument list (parentheses included) of the
	// Config(...) call the client uses, when the paste has it; S3Dict is the
	// s3={...} dict inside it (braces included). Fixes edit them.
	ConfigArgs Span
	S3Dict     Span

	// RegionUnset is true for an S3 client of code, in any language, built
	// with no region setting of its own or of its session (region_name,
	// region:, config.WithRegion, .region(…), RegionEndpoint, 'region' =>,
	// AWS.config.update({region})) when nothing else in the paste sets one
	// (AWS_REGION, aws configure set region, a config file): the SDK then
	// signs for the region of the environment or profile, us-east-1 or an
	// error when there is none (clientFacts).
	RegionUnset bool

	// Framework names the web framework that builds the client from its
	// settings (django-storages, laravel, active-storage,
	// spring-cloud-aws; settings_clients.go), "" for a client the code
	// builds; its settings' names are the SDK settings table's row of that
	// key.
	Framework string
	// frameworkPresigns is whether the framework presigns with the client
	// (django-storages unless AWS_QUERYSTRING_AUTH = False, Active Storage,
	// a Laravel temporaryUrl, Spring's createSigned*URL).
	frameworkPresigns bool
}

// TokenlessKey is a temporary access key given as a static value with no
// session token beside it, from any source: a client of code given an
// ASIA key ID or the keys of an STS answer without its token, or an ASIA
// key exported or written in a credentials file with no session token in
// the paste. S3 answers InvalidAccessKeyId to what it signs.
type TokenlessKey struct {
	_ [0]func() // not comparable: no generated equality function in the wasm
	// Span is the key ID's value (or the expression that reads it).
	Span Span
	// Key is the key ID when the paste shows it (ASIA…), else "".
	Key string
	// Source is the code's language ("python", "go", …) or "credentials"
	// for environment exports and credentials files.
	Source string
	// Name is the label the key is given under (AWS_ACCESS_KEY_ID,
	// aws_access_key_id), for keys outside code.
	Name string
	// Client is the client of code given the key; STS the call whose answer
	// the keys are, when they are not an ASIA literal.
	Client *Client
	STS    *STSCall
	// Lambda: the key is read from AWS_ACCESS_KEY_ID inside a Lambda
	// function, which holds the execution role's temporary key.
	Lambda bool
}

// Operation is a presign operation: generate_presigned_url or _post in code,
// aws s3 presign in the CLI, or one reconstructed from a URL.
type Operation struct {
	Span   Span
	Source string // "python", "cli"
	// SDK names the SDK of brace code (js-v3, js-v2, go-v2, go-v1, java-v2,
	// java-v1, dotnet, php, ruby; see brace.Presign), "" for Python and
	// the CLI: codegen answers in it.
	SDK    string
	Client *Client
	// Kind is "url" for generate_presigned_url / aws s3 presign, "post" for
	// generate_presigned_post.
	Kind string
	// Name is the S3 operation in snake case: get_object, put_object, ...
	Name     string
	NameSpan Span
	// Method is the HTTP method the URL is signed for (from the operation, or
	// HttpMethod=).
	Method     string
	HTTPMethod *Value // HttpMethod=
	Bucket     *Value
	Key        *Value
	Params     []Param // Params={...}, Bucket and Key included
	ParamsSpan Span
	ExpiresIn  *Value
	Fields     []Param // generate_presigned_post Fields
	Conditions []*Value
	// ConditionParams names the form field each condition constrains
	// ("key", "Content-Type", ...; without the $), with the value of
	// {"field": value} and ["eq", "$field", value] conditions; Span is the
	// condition.
	ConditionParams []Param
	// ResultVar is the variable the URL is assigned to, if any.
	ResultVar string
	// Func is the name of the function (def) the call sits in, if any; the
	// corrected code keeps it.
	Func string
	// SignableHeaders are the headers a JavaScript v3 call asks to sign
	// (signableHeaders): each SDK (Operation.SDK) signs other headers by
	// default (brace_signing.go).
	SignableHeaders []string
	// Echoes is the operation this one repeats, nil for the first: the
	// same aws command again (the same operation, bucket, key and expiry),
	// as a CI log's "Run …" or set -x echoes a script's line. One request
	// is judged, and reported, once (echoes.go).
	Echoes *Operation
}

// STSCall is an STS call that produces temporary credentials.
type STSCall struct {
	_        [0]func() // not comparable: no generated equality function in the wasm
	Span     Span
	Source   string // "python", "cli"
	Name     string // assume_role, get_session_token, get_federation_token, ...
	Duration *Value // DurationSeconds / --duration-seconds
	// ModuleLevel is true when the call runs at import time (outside any
	// function) or its result is stored in a global, so it is reused.
	ModuleLevel bool
	// Cached is true when a function stores the result where it outlives
	// the call (a global, a module-level dict, self of a module-level
	// instance): a cache, reused by every later call by construction.
	Cached    bool
	ResultVar string
	RoleARN   *Value
	// Client is the STS client the call is made on, when the code shows
	// it (its Endpoint: an S3-compatible store serves STS itself).
	Client *Client
	// Expiration is when the credentials end, when the paste shows STS
	// output (RFC 3339 text).
	Expiration *Value
}

// HTTPCall is what the code does with a presigned URL afterwards
// (requests/httpx/urllib/fetch/curl).
type HTTPCall struct {
	Span    Span
	Source  string // "python", "curl", "javascript"
	Library string // requests, httpx, urllib, curl, ...
	Method  string
	Headers []Param
	URL     *Value
}

// URLEdit is a string edit of a signed URL after signing (replace, +=, ...).
type URLEdit struct {
	_    [0]func() // not comparable: no generated equality function in the wasm
	Span Span
	What string // "replace", "append", "format", "query" (an HTTP client's params added to the URL's query)
	Expr string
}

// Credential is a literal credential in code, a command or an env/INI file
// (the value is always a redaction placeholder by then).
type Credential struct {
	_      [0]func() // not comparable: no generated equality function in the wasm
	Span   Span
	Source string // "python", "cli", "credentials"
	Kind   string // access-key-id, secret-access-key, session-token
	Name   string // the label: aws_access_key_id, AWS_SECRET_ACCESS_KEY, ...
	Value  *Value
	// Dummy is the Dummy of the redactor's record of the value (see
	// Redacted): set when the value is an emulator's documented dummy
	// credential used against a local or private endpoint.
	Dummy string
}

// Runtime is what the paste says about where the code runs.
type Runtime struct {
	Lambda     bool // a handler(event, context) or Lambda env variables
	LambdaSpan Span
	ECS        bool
	EC2        bool
	// WebIdentity: the code runs with a web identity role (EKS IRSA,
	// AWS_WEB_IDENTITY_TOKEN_FILE, an OIDC provider), an hour by default.
	WebIdentity     bool
	WebIdentitySpan Span
	EnvVarsRead     []Param // os.environ[...] / os.getenv(...) names
}

// Problem is a piece of a part that a reader could not read.
type Problem struct {
	_       [0]func() // not comparable: no generated equality function in the wasm
	Span    Span
	Message string
}

// Facts is everything extracted from one paste.
type Facts struct {
	// Simulations are the IAM policy simulator's results the paste shows
	// (simulation.go).
	Simulations []Simulation
	Text        string    // the redacted text
	Now         time.Time // the analysis clock
	Parts       []Part
	// EncodedTwice are the placeholders whose value was percent-encoded
	// twice where it was pasted (%252F), as redaction recorded it: the
	// value itself is not in Text.
	EncodedTwice []Redacted
	// RawPlus are the session-token placeholders whose value held a raw
	// '+' in a URL's query where it was pasted (read as a space).
	RawPlus []Redacted
	// Secrets are the placeholders of Text as the redactor recorded them
	// (SetRedactions), in text order: where each stands, the kind of
	// secret it replaced, and whether that was one of AWS's documentation
	// example keys.
	Secrets []Redacted

	URLs   []*presign.URL
	Errors []*s3xml.Error
	// Forms are the presigned POST field sets of the paste.
	Forms []*presign.Form

	Clients    []*Client
	Operations []*Operation
	STSCalls   []*STSCall
	HTTPCalls  []*HTTPCall
	URLEdits   []*URLEdit
	// RequestKeys are the keys handed to S3 object requests built in
	// code, presigned in the paste or not (request_keys.go).
	RequestKeys []*RequestKey
	Credentials []*Credential
	// TokenlessKeys are the temporary keys given without their session
	// token, whatever the source (clientFacts).
	TokenlessKeys []TokenlessKey
	Runtime       Runtime

	// Problems are syntax problems, reported as "syntax" findings.
	Problems []Problem

	// Readers' own trees, for rules that need more than the facts above.
	Syntax Syntax

	// Policies are the IAM and bucket policies of the paste.
	Policies []*policy.Document
	// PlanRemovals are the actions terraform plan output takes away from
	// those policies (their state after the plan).
	PlanRemovals []PlanRemoval
	// Commands are the shell commands of cli parts; Curls the curl
	// commands with what they send and the URL they fetch.
	Commands []*cli.Command
	Curls    []*Curl
	// Settings are region, profile and similar settings of the paste
	// (aws configure set, ~/.aws/config, AWS_REGION exports).
	Settings []Setting
	// Identities are principals the paste names (get-caller-identity
	// output, an assumed role).
	Identities []Identity

	// Incident is the paste's incident built from all the facts above:
	// signed and sent requests, answers, environment, links and the one
	// resolved target (see Incident). Build sets it; it is never nil after
	// Build.
	Incident *Incident

	// CopiesSignedHeaders is set when code copies a presign result's
	// signed headers onto the request it sends (a line that walks them:
	// Go v2's range over req.SignedHeader, Java v2's
	// signedHeaders().forEach, a foreach over .NET's or Ruby's hash); an
	// adapter until the brace reader records the copies as sent headers.
	CopiesSignedHeaders bool

	// lines is what the one pass over the paste's lines read (lineFacts).
	lines *lineIndex
}

// Redacted is a placeholder of the text and the kind of secret it
// replaced (redact's kinds: session-token, signature, …).
type Redacted struct {
	_    [0]func() // not comparable: no generated equality function in the wasm
	Span Span
	Kind string
	// Example is set when the value was one of AWS's documentation
	// example keys (AKIAIOSFODNN7EXAMPLE …), which never work.
	Example bool
	// Dummy says, when set, why the value is no leak: it was a local
	// emulator's documented dummy value (LocalStack's test, MinIO's
	// minioadmin …) and every endpoint the paste shows is a local or
	// private host (see SetRedactions).
	Dummy string
}

// HadRawPlus reports whether the text at sp holds a session-token
// placeholder whose value held a raw '+' in a URL's query.
func (f *Facts) HadRawPlus(sp Span) bool {
	for _, e := range f.RawPlus {
		if sp.Start <= e.Span.Start && e.Span.End <= sp.End {
			return true
		}
	}
	return false
}

// WasEncodedTwice reports whether the text at sp holds a placeholder whose
// value was percent-encoded twice where it was pasted.
func (f *Facts) WasEncodedTwice(sp Span) bool {
	for _, e := range f.EncodedTwice {
		if e.Span.Start < sp.End && sp.Start < e.Span.End {
			return true
		}
	}
	return false
}

// TokenEncodedTwice reports whether a session token of the paste was
// percent-encoded twice where it was pasted, wherever it sits (a URL, a
// raw request line, a log).
func (f *Facts) TokenEncodedTwice() bool {
	for _, e := range f.EncodedTwice {
		if e.Kind == "session-token" {
			return true
		}
	}
	return false
}
