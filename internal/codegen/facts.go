package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/python"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// FromFacts resolves the plan for the paste's first presign operation (code
// or CLI), completed by what its URLs, errors and STS calls say. It returns
// nil when the paste has neither an operation nor a SigV4 or SigV2 URL.
func FromFacts(f *model.Facts) *Plan {
	var op *model.Operation
	for _, o := range f.Operations {
		if op == nil || (op.Source != "python" && o.Source == "python") {
			op = o
		}
	}
	var url *URLParts
	for _, u := range f.URLs {
		if u.Version != "" {
			r := ReadURL(u)
			url = &r
			break
		}
	}
	if op == nil && url == nil {
		return nil
	}
	p := &Plan{Kind: "url", Bucket: Value{Str: ExampleBucket}, Key: Value{Str: ExampleKey}}
	var clientRegion, cliEndpoint string
	if op != nil {
		p.fromOperation(op)
		if c := op.Client; c != nil {
			clientRegion = known(c.Region)
			if clientRegion == "" && c.Session != nil {
				clientRegion = known(c.Session.Region)
			}
			cliEndpoint = known(c.Endpoint)
			if c.SessionToken != nil || c.CredentialsFrom != nil {
				p.Temporary = true
			}
		}
	}
	if url != nil {
		p.fromURL(url, op == nil)
	}
	// Region: what S3 said the bucket's region is, then the host's, the
	// client's, the scope's.
	for _, r := range []string{errorRegion(f), urlField(url, func(u *URLParts) string { return u.HostRegion }),
		clientRegion, urlField(url, func(u *URLParts) string { return u.ScopeRegion })} {
		if r != "" && p.Region == "" {
			p.Region = r
		}
	}
	p.RegionKnown = p.Region != ""
	if !p.RegionKnown {
		p.Region = ExampleRegion
	}
	if cliEndpoint != "" {
		p.Endpoint = cliEndpoint
	}
	if p.Endpoint != "" && p.Region == ExampleRegion && !p.RegionKnown {
		p.Notes = append(p.Notes, "set the region your S3-compatible store expects (often us-east-1 or auto)")
	}
	for _, c := range f.Credentials {
		if c.Kind == "session-token" {
			p.Temporary = true
		}
	}
	if f.Runtime.Lambda || f.Runtime.ECS {
		p.Temporary = true
	}
	if url != nil {
		p.PastedMethod = p.Method
	}
	p.fromHTTPCalls(f)
	p.fromSTS(f, op)
	p.fixExpiry()
	return p
}

func known(v *model.Value) string {
	if v != nil && v.Known && !v.IsNum && !v.Placeholder {
		return v.Str
	}
	return ""
}

func urlField(u *URLParts, get func(*URLParts) string) string {
	if u == nil {
		return ""
	}
	return get(u)
}

// errorRegion returns the <Region> of an S3 error body, the bucket's real
// region.
func errorRegion(f *model.Facts) string {
	for _, e := range f.Errors {
		for _, fl := range e.Fields {
			if strings.EqualFold(fl.Name, "Region") && regionRE.MatchString(strings.TrimSpace(fl.Value)) {
				return strings.TrimSpace(fl.Value)
			}
		}
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
			p.Params = append(p.Params, Param{prm.Name, v})
		}
	}
	for _, fl := range op.Fields {
		if v, ok := value(fl.Value); ok && fl.Name != "" {
			p.Fields = append(p.Fields, Param{fl.Name, v})
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

func (p *Plan) fromURL(u *URLParts, only bool) {
	p.PastedHeaders = u.SignedHeaders
	if u.Token {
		p.Temporary = true
	}
	if u.Endpoint != "" {
		p.Endpoint = u.Endpoint
	}
	if u.Bucket != "" && (only || p.Bucket == Value{Str: ExampleBucket}) {
		p.Bucket = Value{Str: u.Bucket}
	}
	if u.Key != "" && (only || p.Key == Value{Str: ExampleKey}) {
		p.Key = Value{Str: u.Key}
	}
	if !only {
		if p.ExpiresIn == 0 {
			p.ExpiresIn = u.Expires
		}
		return
	}
	p.Operation = "get_object"
	if u.Operation != "" && snakeRE.MatchString(u.Operation) {
		p.Operation = u.Operation
	}
	p.Method = HTTPMethod(p.Operation)
	p.ExpiresIn = u.Expires
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
}

// fixExpiry makes the expiry valid: 1 to 604800 seconds, and no longer than
// the temporary credentials can live.
func (p *Plan) fixExpiry() {
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

// fromHTTPCalls follows what the paste does with the URL: a URL signed for
// get_object and then PUT (or the reverse) is presigned for the method
// actually used, as method_mismatch advises.
func (p *Plan) fromHTTPCalls(f *model.Facts) {
	if p.Kind != "url" || (p.Operation != "get_object" && p.Operation != "put_object") {
		return
	}
	for _, c := range f.HTTPCalls {
		m := strings.ToUpper(c.Method)
		if (m == "GET" || m == "PUT") && m != p.Method {
			p.Notes = append(p.Notes, "the paste sends the URL with "+m+": it is presigned for "+opForMethod(m)+", the operation actually called")
			p.Operation, p.Method = opForMethod(m), m
			// Header parameters belong to uploads, query parameters
			// (response-*, versionId) to downloads: neither carries over.
			p.Params = nil
			return
		}
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
