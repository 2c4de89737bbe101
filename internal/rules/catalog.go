package rules

import "sort"

// Sources are the kinds of evidence a rule may claim (Rule.Evidence): a
// presigned URL, an S3 error (XML body, botocore ClientError, SDK
// exception), code (boto3 and other SDKs), a policy (IAM, bucket, KMS key),
// an aws command, a curl line, a HAR file, a log line, the browser's
// console, environment exports, a raw HTTP exchange, an HTML form, a shell
// session or history, Terraform, CloudFormation, CDK, and the paste as a
// whole. The corpus's "sources:" lines use the same words.
var Sources = []string{"url", "error", "code", "policy", "cli", "curl", "har", "log", "console", "env", "http", "form",
	"shell", "terraform", "cloudformation", "cdk", "paste"}

// IncidentSource is the Source of a check that reads the incident
// (model.Incident): a predicate over facts the model resolved once,
// whatever source each came from. Its rule's Evidence says which sources
// it claims.
const IncidentSource = "incident"

// Rule is one rule of the catalog: its stable name, its documentation as
// data, and its checks. Each rule package defines one, in its rule.go.
type Rule struct {
	// Name is stable: it is the folder's name, the response's "rule" and the
	// anchor in RULES.md, and never changes once released.
	Name     string
	Severity string // default severity of its findings
	Title    string
	// Answers is what S3 really answers in this case, most common first.
	// Empty for findings that are not about an S3 answer (security
	// findings, the paste's own syntax); Note says what happens instead.
	Answers []Answer
	// Note says, in one sentence, what the answers do not: the consequence
	// when S3 answers nothing specific.
	Note string
	// Fix is what the user should do, in one or two sentences.
	Fix string
	// Facts lists the facts of the model the rule reads, in words.
	Facts []string
	// Evidence is the kinds of sources (of Sources) in which the rule finds
	// evidence; every check's Source is one of them, or IncidentSource.
	Evidence []string
	// CheckedAgainst names where the S3 answers were checked: AWS
	// documentation URLs or SDK test data files.
	CheckedAgainst []string
	Checks         []Check
}

// Answer is one answer of S3 (or of an S3-compatible store).
type Answer struct {
	_       [0]func() // not comparable: no generated equality function in the wasm
	Code    string    // error code, as in <Code>
	Status  int       // HTTP status
	Message string    // S3's stable <Message> text, or "" when it varies
	// When says in which case S3 answers this (optional).
	When string
	// After is the code of the answer S3 gives first when this one only
	// follows it (a SignatureDoesNotMatch once a redirect is followed):
	// without that first answer in the paste, this one does not confirm
	// the rule (optional).
	After string
}

// Catalog is a list of rules sorted by name.
type Catalog []*Rule

// NewCatalog sorts the rules by name.
func NewCatalog(rs ...*Rule) Catalog {
	c := Catalog(rs)
	sort.Slice(c, func(i, j int) bool { return c[i].Name < c[j].Name })
	return c
}

// Lookup returns the rule named name, or nil.
func (c Catalog) Lookup(name string) *Rule {
	i := sort.Search(len(c), func(i int) bool { return c[i].Name >= name })
	if i < len(c) && c[i].Name == name {
		return c[i]
	}
	return nil
}
