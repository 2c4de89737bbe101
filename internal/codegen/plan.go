package codegen

import (
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/model"
)

// Defaults used when the paste does not say.
const (
	DefaultExpires = 3600
	MaxExpires     = 604800 // the SigV4 query-auth maximum: 7 days
	MaxSession     = 43200  // the longest AssumeRole session: 12 hours
	MinSession     = 900    // the shortest AssumeRole session
	ExampleBucket  = "amzn-s3-demo-bucket"
	ExampleKey     = "path/to/object"
	ExampleRegion  = "us-east-1"
	ExampleRoleARN = "arn:aws:iam::111122223333:role/presign"
)

// Value is a parameter value: a literal (Str, or Num when IsNum), or, for
// the boto3 emitter only, a Python identifier of the user's code (Ident)
// that becomes a parameter of the generated function.
type Value struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Str   string
	Num   int64
	IsNum bool
	Ident string
}

// Param is a named operation parameter in boto3 spelling (ContentType,
// ACL, ...), which is also the JavaScript v3 and Go v2 spelling.
type Param struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Name  string
	Value Value
}

// STS says the code assumes a role for each use.
type STS struct {
	_        [0]func() // not comparable: no generated equality function in the wasm
	RoleARN  Value
	Duration int64 // DurationSeconds, covering the URL's expiry
	// Endpoint is the STS endpoint the paste's code assumes the role at
	// (an S3-compatible store such as MinIO serves STS on its own
	// endpoint), "" for AWS's.
	Endpoint string
}

// Plan is one presign operation with everything the emitters need
// resolved: bucket, key, region, operation, parameters and a valid expiry.
type Plan struct {
	Bucket Value
	Key    Value
	Region string
	// RegionKnown is false when no region appears anywhere in the paste.
	RegionKnown bool
	// Endpoint is the URL of an S3-compatible or custom endpoint, "" for AWS.
	Endpoint string
	// Operation is the S3 operation in snake case (get_object, put_object…).
	Operation string
	// Kind is "url" (generate_presigned_url) or "post" (generate_presigned_post).
	Kind string
	// Method is the HTTP method the URL is used with.
	Method string
	// Params are the operation's parameters besides Bucket and Key.
	Params []Param
	// Fields are the form fields of a presigned POST.
	Fields []Param
	// Conditions are the POST policy conditions, as Python expressions
	// carried over from the user's code (boto3 only).
	Conditions []string
	ExpiresIn  int64
	// Notes say what was changed and why, one sentence each (fixed text,
	// no user input).
	Notes []string
	STS   *STS
	// Temporary is true when the signing credentials are temporary (a
	// session token, an STS call, a Lambda or container runtime).
	Temporary bool
	// PastedHeaders are the headers (besides host) that the pasted URL
	// signs, lower case: the usage lines show how to send them with it.
	PastedHeaders []string
	// PastedMethod is the method the pasted URL was signed for (as far as
	// the paste tells), which the plan may change (method_mismatch).
	PastedMethod string
	// Names kept from the user's code (valid Python identifiers only).
	FuncName  string
	ClientVar string
	URLVar    string
	// op is the user's presign call the plan was made from (nil for a
	// plan made from a URL alone): PlanEdits edits it in place.
	op *model.Operation
	// expiryFixed and opFromSent say that fixExpiry and fromSent changed
	// the plan: only those changes become edits of the user's call.
	expiryFixed, opFromSent bool
}

var identRE = lazyre.New(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

var pyKeywords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
		"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
		"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
		"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
		"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
		// names the generated code uses itself
		"boto3": true, "Config": true, "print": true, "max": true, "sts": true, "creds": true, "session": true,
		"REGION": true, "ROLE_ARN": true, "EXPIRES_IN": true, "CONFIG": true,
	}
})

// pyIdent returns name when it is a usable Python identifier, else "".
func pyIdent(name string) string {
	if identRE.MatchString(name) && !pyKeywords()[name] {
		return name
	}
	return ""
}

// HTTPMethod returns the HTTP method of an S3 operation in snake case:
// the model's one table (model.OperationMethod), GET for an operation it
// does not know.
func HTTPMethod(op string) string {
	if m := model.OperationMethod(op); m != "" {
		return m
	}
	return "GET"
}

// opForMethod returns the object operation used with an HTTP method.
func opForMethod(m string) string {
	switch strings.ToUpper(m) {
	case "PUT":
		return "put_object"
	case "HEAD":
		return "head_object"
	case "DELETE":
		return "delete_object"
	}
	return "get_object"
}

var snakeRE = lazyre.New(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// Pascal turns get_object into GetObject.
func Pascal(snake string) string {
	var b strings.Builder
	for _, w := range strings.Split(snake, "_") {
		if w != "" {
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	return b.String()
}

// Param returns the parameter named name, or nil.
func (p *Plan) Param(name string) *Param {
	for i := range p.Params {
		if p.Params[i].Name == name {
			return &p.Params[i]
		}
	}
	return nil
}

// Label is a fixed-text description of the operation for comments:
// "GET (get_object)".
func (p *Plan) Label() string {
	if p.Kind == "post" {
		return "POST (a browser form upload)"
	}
	return p.Method + " (" + p.Operation + ")"
}
