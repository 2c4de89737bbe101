package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/python"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// FromFacts makes the plan for the incident's resolved target (see
// model.Incident.Target: bucket, key, region, operation, method and
// endpoint are resolved there, once, for every emitter, the rules and the
// triage), completed by what the presign call of the paste says that
// only code needs (parameters, POST fields and conditions, names of the
// user's function and variables) and by its credentials. It returns nil
// when the paste has neither a presign call nor a SigV4 or SigV2 URL.
func FromFacts(f *model.Facts) *Plan {
	inc := f.Incident
	if inc == nil {
		return nil
	}
	t := inc.Target()
	sr := t.Signed
	if sr == nil || sr.Op == nil && (sr.URL == nil || sr.URL.Version == "") {
		return nil
	}
	op := sr.Op
	p := &Plan{Kind: "url", Bucket: Value{Str: ExampleBucket}, Key: Value{Str: ExampleKey}}
	if op != nil {
		p.fromOperation(op)
		p.op = op
	}
	if v, ok := factValue(t.Bucket); ok {
		p.Bucket = v
	}
	if v, ok := factValue(t.Key); ok {
		p.Key = v
	}
	if p.Kind != "post" {
		if snakeRE.MatchString(t.Operation.Str) {
			p.Operation = t.Operation.Str
		}
		if m := strings.ToUpper(t.Method.Str); isMethod(m) {
			p.Method = m
		}
	}
	if p.Operation == "" {
		p.Operation = opForMethod(p.Method)
	}
	if p.Method == "" {
		p.Method = HTTPMethod(p.Operation)
	}
	p.Region = t.Region.Str
	p.RegionKnown = t.Region.From != model.FromDefault && p.Region != ""
	if !p.RegionKnown {
		p.Region = ExampleRegion
	}
	p.Endpoint = t.Endpoint.Str
	if p.Endpoint != "" && !p.RegionKnown {
		p.Notes = append(p.Notes, "set the region your S3-compatible store expects (often us-east-1 or auto)")
	}
	if sr.Expires.Num > 0 || sr.Expires.Str != "" {
		p.ExpiresIn = sr.Expires.Num
	}
	if op != nil && p.ExpiresIn == 0 {
		p.ExpiresIn = sr.Expires.Num
	}
	p.Temporary = sr.Credentials.Kind.Str == "temporary" && sr.Credentials.Kind.Stated ||
		sr.Credentials.Where.From == model.FromRuntime
	for _, c := range f.Credentials {
		if c.Kind == "session-token" {
			p.Temporary = true
		}
	}
	if f.Runtime.Lambda || f.Runtime.ECS {
		p.Temporary = true
	}
	if sr.URL != nil && sr.URL.Version != "" {
		p.PastedHeaders = sr.SignedHeaders
		p.PastedMethod = p.Method
	}
	p.fromSent(t)
	p.fromSTS(f, op)
	p.fixExpiry()
	return p
}

// factValue converts a target fact: an expression of the user's code that
// is a Python identifier survives as one (boto3 takes it as a parameter of
// the generated function), else the value.
func factValue(f model.Fact) (Value, bool) {
	if id := pyIdent(strings.TrimSpace(f.Expr)); id != "" {
		return Value{Ident: id}, true
	}
	if f.Str != "" {
		return Value{Str: f.Str}, true
	}
	return Value{}, false
}

func known(v *model.Value) string {
	if v != nil && v.Known && !v.IsNum && !v.Placeholder {
		return v.Str
	}
	return ""
}

// value converts a fact value; unknown expressions survive only as Python
// identifiers (boto3 takes them as function parameters).
func value(v *model.Value) (Value, bool) {
	switch {
	case v == nil:
		return Value{}, false
	case v.Known && v.IsNum:
		return Value{Num: v.Num, IsNum: true, Str: v.Str}, true
	case v.Known:
		return Value{Str: v.Str}, true
	case pyIdent(strings.TrimSpace(v.Expr)) != "":
		return Value{Ident: strings.TrimSpace(v.Expr)}, true
	}
	return Value{}, false
}

func (p *Plan) fromOperation(op *model.Operation) {
	if op.Kind == "post" {
		p.Kind = "post"
	}
	if snakeRE.MatchString(op.Name) {
		p.Operation = op.Name
	}
	if v, ok := value(op.Bucket); ok {
		p.Bucket = v
	}
	if v, ok := value(op.Key); ok {
		p.Key = v
	}
	for _, prm := range op.Params {
		if prm.Name == "Bucket" || prm.Name == "Key" || !paramNameRE.MatchString(prm.Name) {
			continue
		}
		if prm.Name == "Expires" {
			p.Notes = append(p.Notes, "Params['Expires'] is the object's Expires header, not the URL's lifetime: it is dropped and ExpiresIn sets the lifetime")
			continue
		}
		if v, ok := value(prm.Value); ok {
			p.Params = append(p.Params, Param{Name: prm.Name, Value: v})
		}
	}
	for _, fl := range op.Fields {
		if v, ok := value(fl.Value); ok && fl.Name != "" {
			p.Fields = append(p.Fields, Param{Name: fl.Name, Value: v})
		}
	}
	dropped := false
	for _, c := range op.Conditions {
		if c == nil {
			continue
		}
		if pyLiteral(c.Expr) {
			p.Conditions = append(p.Conditions, c.Expr)
		} else {
			dropped = true
		}
	}
	if dropped {
		p.Notes = append(p.Notes, "POST conditions that are not plain literals are left out: carry them over from your code")
	}
	if v, ok := value(op.ExpiresIn); ok && v.IsNum {
		p.ExpiresIn = v.Num
	}
	p.Method = strings.ToUpper(op.Method)
	if hm := known(op.HTTPMethod); hm != "" {
		p.Method = strings.ToUpper(hm)
	}
	p.FuncName = pyIdent(op.Func)
	p.URLVar = pyIdent(op.ResultVar)
	if op.Client != nil {
		p.ClientVar = pyIdent(op.Client.Var)
	}
	if p.Operation == "" {
		p.Operation = opForMethod(p.Method)
	}
	if p.Method == "" || !isMethod(p.Method) {
		p.Method = HTTPMethod(p.Operation)
	}
	if p.Kind == "post" {
		p.Method = "POST"
	}
}

func isMethod(m string) bool {
	switch m {
	case "GET", "PUT", "HEAD", "DELETE", "POST":
		return true
	}
	return false
}

func (p *Plan) fromSTS(f *model.Facts, op *model.Operation) {
	var call *model.STSCall
	if op != nil && op.Client != nil && op.Client.CredentialsFrom != nil {
		call = op.Client.CredentialsFrom
	}
	for _, c := range f.STSCalls {
		if call == nil && c.Name == "assume_role" {
			call = c
		}
	}
	if call == nil {
		return
	}
	p.Temporary = true
	arn := Value{Str: ExampleRoleARN}
	if v, ok := value(call.RoleARN); ok && !v.IsNum {
		arn = v
	}
	p.STS = &STS{RoleARN: arn}
	if call.Client != nil && call.Client.Endpoint != nil && call.Client.Endpoint.Known && !call.Client.Endpoint.Placeholder {
		if u := call.Client.Endpoint.Str; strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
			p.STS.Endpoint = u
		}
	}
}

// fixExpiry makes the expiry valid: 1 to 604800 seconds, and no longer than
// the temporary credentials can live.
func (p *Plan) fixExpiry() {
	before := p.ExpiresIn
	defer func() { p.expiryFixed = before != 0 && p.ExpiresIn != before }()
	switch {
	case p.ExpiresIn == 0:
		p.ExpiresIn = DefaultExpires
	case p.ExpiresIn < 1:
		p.ExpiresIn = DefaultExpires
		p.Notes = append(p.Notes, "the expiry was below 1 second: it is set to 3600 seconds")
	case p.ExpiresIn > MaxExpires:
		p.ExpiresIn = MaxExpires
		p.Notes = append(p.Notes, "the expiry was above the SigV4 maximum: it is set to 604800 seconds (7 days)")
	}
	if p.STS != nil {
		if p.ExpiresIn > MaxSession {
			p.ExpiresIn = MaxSession
			p.Notes = append(p.Notes, "an assumed-role session lives at most 12 hours: the expiry is set to 43200 seconds, and DurationSeconds covers it (raise the role's MaxSessionDuration to match)")
		}
		p.STS.Duration = max(p.ExpiresIn, MinSession)
	} else if p.Temporary && p.ExpiresIn > DefaultExpires {
		p.ExpiresIn = DefaultExpires
		p.Notes = append(p.Notes, "temporary credentials may end within the hour: the expiry is set to 3600 seconds (sign with credentials that live longer, or mint URLs on demand)")
	}
}

// fromSent follows what the paste does with the URL: a URL signed for
// get_object and then sent with PUT (or the reverse; the sent request is
// the one the incident links to the signed request) is presigned for the
// method actually used, as method_mismatch advises.
func (p *Plan) fromSent(t model.ResolvedTarget) {
	if p.Kind != "url" || (p.Operation != "get_object" && p.Operation != "put_object") {
		return
	}
	m := strings.ToUpper(t.SentMethod.Str)
	if (m == "GET" || m == "PUT") && m != p.Method {
		p.Notes = append(p.Notes, "the paste sends the URL with "+m+": it is presigned for "+opForMethod(m)+", the operation actually called")
		p.Operation, p.Method = opForMethod(m), m
		p.opFromSent = true
		// Header parameters belong to uploads, query parameters
		// (response-*, versionId) to downloads: neither carries over.
		p.Params = nil
	}
}

// pyLiteral reports whether expr is one Python literal made of lists,
// tuples, dicts, strings (no f-strings), numbers, True, False and None:
// the only user code the generated boto3 carries over verbatim.
func pyLiteral(expr string) bool {
	if expr == "" || strings.ContainsAny(expr, "\n\r#\\") || len(expr) > 2000 {
		return false
	}
	f := python.Parse(expr, source.Span{Start: 0, End: len(expr)})
	if len(f.Problems) > 0 || len(f.Tree.Body) != 1 || f.Tree.Body[0].Kind != python.ExprStmt {
		return false
	}
	ok := true
	python.Walk(f.Tree.Body[0].X, func(n *python.Node) bool {
		switch n.Kind {
		case python.List, python.Tuple, python.Dict, python.DictEntry, python.Num:
		case python.Str:
			ok = ok && len(n.Fields) == 0 && !strings.ContainsAny(n.Prefix, "fF")
		case python.Name:
			ok = ok && (n.Name == "True" || n.Name == "False" || n.Name == "None")
		case python.UnaryOp:
			ok = ok && n.Op == "-"
		default:
			ok = false
		}
		return ok
	})
	return ok
}
