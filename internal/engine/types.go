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
	Diff       string      `json:"diff"`
	SigV4      SigV4       `json:"sigv4"`
	Report     Report      `json:"report"`
	// Prompt is the text for "Copy prompt for an AI assistant": the
	// redacted paste and the findings.
	Prompt string `json:"prompt,omitempty"`
	// Triage is the checklist of aws commands to run next, filled with the
	// paste's bucket, key and principal.
	Triage []TriageStep `json:"triage"`
	// Limits says what was not analysed when the input went past a limit.
	Limits []string `json:"limits,omitempty"`
}

// Input is one detected part of the paste.
type Input struct {
	Kind  string `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Redaction is one replaced secret.
type Redaction struct {
	Kind        string `json:"kind"`
	Placeholder string `json:"placeholder"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Note        string `json:"note,omitempty"`
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
	Start int    `json:"start"`
	End   int    `json:"end"`
	New   string `json:"new"`
}

// Code is the corrected code, one program per target.
type Code struct {
	Python     string `json:"python"`
	CLI        string `json:"cli"`
	JavaScript string `json:"javascript"`
	Go         string `json:"go"`
	// PythonFull is the boto3 program generated from the facts, whole, even
	// when Python holds the pasted code with the fixes applied.
	PythonFull string `json:"pythonFull,omitempty"`
	// Curl and Fetch use the URL the code prints, with every signed header.
	Curl  string `json:"curl,omitempty"`
	Fetch string `json:"fetch,omitempty"`
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
	Markdown string `json:"markdown"`
	HTML     string `json:"html"`
}

// TriageStep is one command of the triage checklist and why to run it.
type TriageStep struct {
	Command string `json:"command"`
	Why     string `json:"why"`
}
