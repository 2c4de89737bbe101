package engine

// Request is the JSON request of the contract.
type Request struct {
	Input           string  `json:"input"`
	Now             string  `json:"now,omitempty"`
	SecretAccessKey string  `json:"secretAccessKey,omitempty"`
	Options         Options `json:"options"`
}

// Options are the request options.
type Options struct {
	RedactBucketNames bool `json:"redactBucketNames,omitempty"`
}

// Response is the JSON response of the contract. Offsets count UTF-16 code
// units of Redacted.
type Response struct {
	Version    string      `json:"version"`
	Error      string      `json:"error"`
	Inputs     []Input     `json:"inputs"`
	Redacted   string      `json:"redacted"`
	Redactions []Redaction `json:"redactions"`
	Findings   []Finding   `json:"findings"`
	Code       Code        `json:"code"`
	// CodePrimary is the key in Code of the language of the user's own
	// presign code (python, cli, javascript, javascriptV2, go, java,
	// csharp, php, ruby): the page shows it first, and Diff diffs the
	// pasted code against it. Absent when the paste has no presign code.
	CodePrimary string `json:"codePrimary,omitempty"`
	Diff        string `json:"diff"`
	SigV4       SigV4  `json:"sigv4"`
	Report      Report `json:"report"`
	// Prompt is the text for "Copy prompt for an AI assistant": the
	// redacted paste and the findings.
	Prompt string `json:"prompt,omitempty"`
	// Triage is the checklist of aws commands to run next, filled with the
	// paste's bucket, key and principal.
	Triage []TriageStep `json:"triage"`
	// Limits says what was not analysed when the input went past a limit.
	Limits []string `json:"limits,omitempty"`
	// URLs are the presigned URLs (and plain S3 links) of the paste,
	// decoded, so that the page decodes nothing itself.
	URLs []DecodedURL `json:"urls,omitempty"`
	// Verdict is the finding that explains S3's answer in the paste (or
	// the failure the paste names); absent when nothing explains anything.
	// Findings are ordered: the verdict's rule first, then errors,
	// warnings, info.
	Verdict *Verdict `json:"verdict,omitempty"`
	// NothingRecognised says, when no part of the paste could be read as
	// anything but text and nothing was found, what the paste looked like
	// and what to paste instead; "" otherwise.
	NothingRecognised string `json:"nothingRecognised,omitempty"`
}

// Verdict is the cause in one sentence with the user's values, the one
// change that fixes it, how sure (certain, likely, possible) and why.
type Verdict struct {
	_          [0]func() // not comparable: no generated equality function in the wasm
	Rule       string    `json:"rule"`
	Summary    string    `json:"summary"`
	Fix        string    `json:"fix"`
	Confidence string    `json:"confidence"`
	Why        string    `json:"why"`
}

// DecodedURL is one URL of the paste with every part the page shows. Start
// and End are UTF-16 offsets of Redacted; secrets in it are placeholders.
type DecodedURL struct {
	Start int `json:"start"`
	End   int `json:"end"`
	// Scheme and Host (host[:port], lower case).
	Scheme string `json:"scheme"`
	Host   string `json:"host"`
	// Endpoint is the host's kind (global, regional, legacy, dualstack,
	// accelerate, fips, access-point, object-lambda, s3-compatible,
	// custom-domain); Style the addressing (virtual-host, path,
	// custom-domain); Store the S3-compatible store (r2, minio, …).
	Endpoint string `json:"endpoint"`
	Style    string `json:"style"`
	Store    string `json:"store,omitempty"`
	Bucket   string `json:"bucket"`
	Key      string `json:"key"`
	// SignatureVersion is SigV4, SigV4a, SigV2, or "" for a link without
	// query authentication.
	SignatureVersion string `json:"signatureVersion"`
	// Region is the region the URL is signed for (the credential scope's);
	// HostRegion the one its host names.
	Region     string `json:"region,omitempty"`
	HostRegion string `json:"hostRegion,omitempty"`
	// Scope is X-Amz-Credential (the access key id is a placeholder).
	Scope string `json:"scope,omitempty"`
	// SignedAt and ExpiresAt are RFC 3339 times; ExpiresIn is
	// X-Amz-Expires in seconds; Remaining says how long from the analysis
	// clock ("2h 5m", or "expired 3d ago").
	SignedAt  string `json:"signedAt,omitempty"`
	ExpiresAt string `json:"expiresAt,omitempty"`
	ExpiresIn int64  `json:"expiresIn,omitempty"`
	Remaining string `json:"remaining,omitempty"`
	Expired   bool   `json:"expired,omitempty"`
	// SignedHeaders are X-Amz-SignedHeaders, lower case.
	SignedHeaders []string `json:"signedHeaders,omitempty"`
	// Token is set when the URL carries a session token.
	Token bool `json:"token,omitempty"`
	// Operation is the SDK's x-id (GetObject, PutObject, …).
	Operation string `json:"operation,omitempty"`
	// Params are the query parameters, decoded, in order.
	Params []URLParam `json:"params,omitempty"`
	// Repairs lists the paste damage repaired to read the URL.
	Repairs []string `json:"repairs,omitempty"`
	// CredentialsEnd is when the temporary credentials that sign the URL
	// end (RFC 3339), when the paste tells; CredentialsEndWhy says from
	// what (or that the paste does not show it).
	CredentialsEnd    string `json:"credentialsEnd,omitempty"`
	CredentialsEndWhy string `json:"credentialsEndWhy,omitempty"`
	// ValidUntil is the real end of the URL: the earlier of ExpiresAt and
	// CredentialsEnd; EndsBy says which ("url" or "credentials");
	// ValidRemaining how long from the analysis clock.
	ValidUntil     string `json:"validUntil,omitempty"`
	EndsBy         string `json:"endsBy,omitempty"`
	ValidRemaining string `json:"validRemaining,omitempty"`
	// Replay is the request that sends exactly the headers the URL signs
	// besides host, when it signs any.
	Replay *Replay `json:"replay,omitempty"`
	// ClientDiffs says what the signature covers and differs between the
	// paste's requests with this URL (curl works, Postman fails).
	ClientDiffs []string `json:"clientDiffs,omitempty"`
}

// Replay is a ready request for a presigned URL with signed headers.
type Replay struct {
	Method  string         `json:"method"`
	Headers []ReplayHeader `json:"headers"`
	// Curl and Fetch are lines a user can run (the URL as redacted).
	Curl  string `json:"curl"`
	Fetch string `json:"fetch"`
}

// ReplayHeader is one signed header and the value to send. Known is false
// when Value is a placeholder such as <content-type you signed>; From says
// where a known value comes from.
type ReplayHeader struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Name  string    `json:"name"`
	Value string    `json:"value"`
	Known bool      `json:"known,omitempty"`
	From  string    `json:"from,omitempty"`
}

// URLParam is one decoded query parameter.
type URLParam struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Name  string    `json:"name"`
	Value string    `json:"value"`
}

// Input is one detected part of the paste.
type Input struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Kind  string    `json:"kind"`
	Start int       `json:"start"`
	End   int       `json:"end"`
}

// Redaction is one replaced secret.
type Redaction struct {
	_           [0]func() // not comparable: no generated equality function in the wasm
	Kind        string    `json:"kind"`
	Placeholder string    `json:"placeholder"`
	Start       int       `json:"start"`
	End         int       `json:"end"`
	Note        string    `json:"note,omitempty"`
	// Store names the S3-compatible store of a key when its shape tells
	// (gcs-hmac, spaces, b2); contract.md "Redaction kinds for non-AWS stores".
	Store string `json:"store,omitempty"`
}

// Finding is one diagnosis.
type Finding struct {
	Rule     string  `json:"rule"`
	Severity string  `json:"severity"`
	Title    string  `json:"title"`
	Message  string  `json:"message"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Related  []Range `json:"related,omitempty"`
	Fixes    []Fix   `json:"fixes"`
}

// Range is a related span.
type Range struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Fix is a set of edits to the redacted text.
type Fix struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

// Edit replaces [Start, End) of the redacted text with New.
type Edit struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Start int       `json:"start"`
	End   int       `json:"end"`
	New   string    `json:"new"`
}

// Code is the corrected code, one program per target.
type Code struct {
	_          [0]func() // not comparable: no generated equality function in the wasm
	Python     string    `json:"python"`
	CLI        string    `json:"cli"`
	JavaScript string    `json:"javascript"`
	Go         string    `json:"go"`
	// PythonFull is the boto3 program generated from the facts, whole, even
	// when Python holds the pasted code with the fixes applied.
	PythonFull string `json:"pythonFull,omitempty"`
	// JavaScriptFull and GoFull are the programs generated from the facts,
	// whole, even when JavaScript or Go holds the pasted code with the
	// fixes applied.
	JavaScriptFull string `json:"javascriptFull,omitempty"`
	GoFull         string `json:"goFull,omitempty"`
	// Curl and Fetch use the URL the code prints, with every signed header.
	Curl  string `json:"curl,omitempty"`
	Fetch string `json:"fetch,omitempty"`
	// The other SDKs (issue 20): JavaScript v2, Java 2.x, .NET, PHP v3,
	// Ruby v3.
	JavaScriptV2 string `json:"javascriptV2,omitempty"`
	Java         string `json:"java,omitempty"`
	CSharp       string `json:"csharp,omitempty"`
	PHP          string `json:"php,omitempty"`
	Ruby         string `json:"ruby,omitempty"`
	// JavaFull, CSharpFull, PHPFull and RubyFull are the programs generated
	// in those languages, whole, when Java, CSharp, PHP or Ruby holds the
	// pasted code with the fixes applied.
	JavaFull   string `json:"javaFull,omitempty"`
	CSharpFull string `json:"csharpFull,omitempty"`
	PHPFull    string `json:"phpFull,omitempty"`
	RubyFull   string `json:"rubyFull,omitempty"`
}

// SigV4 is the signature comparison.
type SigV4 struct {
	CanonicalRequest     string `json:"canonicalRequest"`
	StringToSign         string `json:"stringToSign"`
	S3CanonicalRequest   string `json:"s3CanonicalRequest"`
	S3StringToSign       string `json:"s3StringToSign"`
	CanonicalRequestDiff string `json:"canonicalRequestDiff"`
	SignatureCheck       string `json:"signatureCheck"`
	// Algorithm is AWS4-HMAC-SHA256 or SigV2 ("" when no signature was
	// read).
	Algorithm string `json:"algorithm,omitempty"`
	// FirstDifference names the first part in which S3's canonical request
	// (then string to sign) differs from the rebuilt one.
	FirstDifference string `json:"firstDifference,omitempty"`
	// Lines and StringToSignLines are the line diffs (ours "-", S3's "+")
	// with the differing characters marked.
	Lines             []DiffLine `json:"lines,omitempty"`
	StringToSignLines []DiffLine `json:"stringToSignLines,omitempty"`
	// Verdict says what the typed secret showed: url-signs, s3-signs,
	// variant, neither or not-checked.
	Verdict string `json:"verdict,omitempty"`
	// Notes say how S3's text was read and why a check could not run.
	Notes []string `json:"notes,omitempty"`
}

// DiffLine is one line of a canonical request diff. Marks are UTF-16
// offsets into Text.
type DiffLine struct {
	Kind  string  `json:"kind"`
	Part  string  `json:"part,omitempty"`
	Text  string  `json:"text"`
	Marks []Range `json:"marks,omitempty"`
}

// Report is the rendered report.
type Report struct {
	_        [0]func() // not comparable: no generated equality function in the wasm
	Markdown string    `json:"markdown"`
	HTML     string    `json:"html"`
}

// TriageStep is one command of the triage checklist and why to run it.
type TriageStep struct {
	_       [0]func() // not comparable: no generated equality function in the wasm
	Command string    `json:"command"`
	Why     string    `json:"why"`
}
