package model

import (
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/python"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// expr walks an expression and reads every call in it. target is the name
// the expression's value is assigned to, if any.
func (st *pyState) expr(n *python.Node, target string) {
	python.Walk(n, func(c *python.Node) bool {
		switch c.Kind {
		case python.Call:
			t := ""
			if c == n || n.Kind == python.Subscript && subscriptBase(n) == c || n.Kind == python.Await && n.X == c {
				t = target
			}
			st.call(c, t)
		case python.Subscript:
			st.envRead(c)
		case python.Lambda, python.FuncDef:
			return false
		}
		return true
	})
}

func subscriptBase(n *python.Node) *python.Node {
	for n != nil && n.Kind == python.Subscript {
		n = n.X
	}
	return n
}

var stsOps = sync.OnceValue(func() map[string]bool {
	return table.Set("assume_role", "assume_role_with_web_identity", "assume_role_with_saml",
		"get_session_token", "get_federation_token")
})

var httpMethods = sync.OnceValue(func() map[string]string {
	return table.Pairs("get", "GET", "put", "PUT", "post", "POST", "head", "HEAD", "delete", "DELETE", "patch", "PATCH", "options", "OPTIONS")
})

// call reads one call: a session, a client, a presign operation, an STS
// call, an HTTP request, an environment read or a URL edit.
func (st *pyState) call(c *python.Node, target string) {
	fn := c.X
	name := ""
	switch fn.Kind {
	case python.Name:
		name = fn.Name
	case python.Attr:
		name = fn.Name
	}
	q := st.qualified(fn)
	switch {
	case name == "Session" || strings.HasSuffix(q, "boto3.session.Session") || name == "setup_default_session":
		st.client(c, "", target)
	case name == "client" || name == "resource" || name == "create_client":
		pos, kw := st.args(c)
		svc, _ := arg(pos, kw, 0, "service_name")
		if svc == nil {
			return
		}
		if v := st.eval(svc, 0); v.Known && (v.Str == "s3" || v.Str == "sts") {
			st.client(c, v.Str, target)
		}
	case name == "generate_presigned_url" || name == "generate_presigned_post":
		st.operation(c, name, target)
	case stsOps()[name] && fn.Kind == python.Attr:
		st.stsCall(c, name, target)
	case name == "update" && fn.Kind == python.Attr && len(c.Args) == 1:
		if d := st.dictOf(fn.X, 0); d != nil {
			a := c.Args[0]
			if a.Kind == python.Keyword && a.Op == "" {
				st.dictExtra[d] = append(st.dictExtra[d], &python.Node{Kind: python.DictEntry, X: &python.Node{Kind: python.Str, Value: a.Name, Span: a.NameSpan}, Y: a.X, Span: a.Span})
			} else {
				st.dictExtra[d] = append(st.dictExtra[d], &python.Node{Kind: python.DictEntry, Y: a, Span: a.Span})
			}
		}
	case name == "replace" && fn.Kind == python.Attr || name == "_replace" && fn.Kind == python.Attr:
		st.urlEdit(c, fn)
	}
	st.httpCall(c, fn, name, q)
	st.envCall(c, q)
	st.credArgs(c)
}

// client makes a Client (or a session when service is "") of a call.
func (st *pyState) client(c *python.Node, service, target string) {
	if _, ok := st.clients[c]; ok {
		return
	}
	pos, kw := st.args(c)
	cl := &Client{Span: c.Span, Source: "python", Service: service, Var: target, Args: c.ArgsSpan}
	if c.X.Kind == python.Attr {
		cl.FromResource = c.X.Name == "resource"
		// boto3.Session(...).client('s3') or session.client('s3'), or
		// role_session().client('s3') of a def that returns a session.
		recv := st.callResult(st.resolve(c.X.X, 0))
		if s, ok := st.clients[recv]; ok && s.Service == "" {
			cl.Session = s
		} else if recv.Kind == python.Call && (st.qualified(recv.X) == "boto3.Session" || strings.HasSuffix(st.qualified(recv.X), "Session")) {
			st.client(recv, "", "")
			cl.Session = st.clients[recv]
		}
	}
	if cl.Session == nil && service != "" && st.defaultSession != nil && strings.HasPrefix(st.qualified(c.X), "boto3.") {
		cl.Session = st.defaultSession
	}
	regionIdx := -1
	if service != "" {
		regionIdx = 1 // client(service_name, region_name, api_version, ...)
	}
	if v, _ := arg(pos, kw, regionIdx, "region_name"); v != nil && !isNone(v) {
		cl.Region = st.value(v)
	}
	get := func(name string, i int) *Value {
		if v, _ := arg(pos, kw, i, name); v != nil && !isNone(v) {
			return st.value(v)
		}
		return nil
	}
	if service == "" {
		cl.AccessKeyID = get("aws_access_key_id", 0)
		cl.SecretKey = get("aws_secret_access_key", 1)
		cl.SessionToken = get("aws_session_token", 2)
		if cl.Region == nil {
			cl.Region = get("region_name", 3)
		}
		cl.Profile = get("profile_name", 5)
	} else {
		cl.Endpoint = get("endpoint_url", 5)
		cl.AccessKeyID = get("aws_access_key_id", 6)
		cl.SecretKey = get("aws_secret_access_key", 7)
		cl.SessionToken = get("aws_session_token", 8)
	}
	for _, v := range []*python.Node{argNode(pos, kw, "aws_access_key_id"), argNode(pos, kw, "aws_session_token"), argNode(pos, kw, "aws_secret_access_key")} {
		if v != nil && cl.CredentialsFrom == nil {
			cl.CredentialsFrom = st.stsOrigin(v, 0)
		}
	}
	if cfg, _ := arg(pos, kw, 9, "config"); cfg != nil && service != "" {
		cl.Config = st.value(cfg)
		st.config(cl, cfg)
	}
	if c.X.Kind == python.Attr && c.X.Name == "setup_default_session" {
		st.defaultSession = cl
	}
	st.clients[c] = cl
	st.b.f.Clients = append(st.b.f.Clients, cl)
}

func argNode(pos []*python.Node, kw []pyArg, name string) *python.Node {
	v, _ := arg(pos, kw, -1, name)
	return v
}

func isNone(n *python.Node) bool { return n.Kind == python.Name && n.Name == "None" }

// config reads Config(...): signature version, addressing style, checksum
// settings, and a region when the client has none.
func (st *pyState) config(cl *Client, cfg *python.Node) {
	r := st.resolve(cfg, 0)
	if r == nil || r.Kind != python.Call {
		return
	}
	fn := st.qualified(r.X)
	if !strings.HasSuffix(fn, "Config") {
		return
	}
	cl.ConfigArgs = r.ArgsSpan
	pos, kw := st.args(r)
	for _, a := range kw {
		switch a.name {
		case "signature_version":
			cl.SignatureVersion = st.value(a.val)
		case "region_name":
			if cl.Region == nil {
				cl.Region = st.value(a.val)
			}
		case "request_checksum_calculation":
			cl.ChecksumCalculation = st.value(a.val)
		case "response_checksum_validation":
			cl.ChecksumValidation = st.value(a.val)
		case "s3":
			if d := st.dictOf(a.val, 0); d != nil {
				if d.Kind == python.Dict {
					cl.S3Dict = d.Span
				}
				for _, e := range st.entries(d, 0) {
					switch e.key {
					case "addressing_style":
						cl.AddressingStyle = st.value(e.val)
					case "signature_version":
						if cl.SignatureVersion == nil {
							cl.SignatureVersion = st.value(e.val)
						}
					}
				}
			}
		}
	}
	if len(pos) > 0 && cl.Region == nil {
		cl.Region = st.value(pos[0])
	}
}

// operation reads generate_presigned_url / generate_presigned_post.
func (st *pyState) operation(c *python.Node, name, target string) {
	if _, ok := st.ops[c]; ok {
		return
	}
	pos, kw := st.args(c)
	op := &Operation{Span: c.Span, Source: "python", ResultVar: target, Func: st.funcName()}
	if c.X.Kind == python.Attr {
		recv := st.resolve(c.X.X, 0)
		// resource.meta.client
		if recv.Kind == python.Attr && recv.Name == "client" && recv.X.Kind == python.Attr && recv.X.Name == "meta" {
			recv = st.resolve(recv.X.X, 0)
		}
		recv = st.callResult(recv)
		if cl, ok := st.clients[recv]; ok {
			op.Client = cl
		} else if recv.Kind == python.Call {
			st.call(recv, "")
			op.Client = st.clients[recv]
		}
	}
	if name == "generate_presigned_post" {
		op.Kind, op.Name, op.Method = "post", "put_object", "POST"
		if v, _ := arg(pos, kw, 0, "Bucket"); v != nil {
			op.Bucket = st.value(v)
		}
		if v, _ := arg(pos, kw, 1, "Key"); v != nil {
			op.Key = st.value(v)
		}
		if v, _ := arg(pos, kw, 2, "Fields"); v != nil {
			op.Fields = st.params(st.entries(st.dictOf(v, 0), 0))
		}
		if v, _ := arg(pos, kw, 3, "Conditions"); v != nil {
			st.conditions(op, v)
		}
		if v, _ := arg(pos, kw, 4, "ExpiresIn"); v != nil {
			op.ExpiresIn = st.value(v)
		}
	} else {
		op.Kind = "url"
		if v, _ := arg(pos, kw, 0, "ClientMethod"); v != nil {
			m := st.value(v)
			op.NameSpan = v.Span
			if m.Known {
				op.Name = m.Str
				if m.From != (Span{}) {
					op.NameSpan = m.From
				}
			}
		}
		op.Method = methodOf(op.Name)
		if v, sp := arg(pos, kw, 1, "Params"); v != nil {
			op.ParamsSpan = sp
			op.Params = st.params(st.entries(st.dictOf(v, 0), 0))
			for i := range op.Params {
				switch op.Params[i].Name {
				case "Bucket":
					op.Bucket = op.Params[i].Value
				case "Key":
					op.Key = op.Params[i].Value
				}
			}
		}
		if v, _ := arg(pos, kw, 2, "ExpiresIn"); v != nil {
			op.ExpiresIn = st.value(v)
		}
		if v, _ := arg(pos, kw, 3, "HttpMethod"); v != nil {
			op.HTTPMethod = st.value(v)
			if op.HTTPMethod.Known && !op.HTTPMethod.IsNum {
				op.Method = strings.ToUpper(op.HTTPMethod.Str)
			}
		}
	}
	st.ops[c] = op
	st.b.f.Operations = append(st.b.f.Operations, op)
}

// methodOf maps an S3 operation to the HTTP method it is signed for.
func methodOf(op string) string {
	switch {
	case op == "":
		return ""
	case strings.HasPrefix(op, "get_") || strings.HasPrefix(op, "list_"):
		return "GET"
	case op == "head_object" || op == "head_bucket":
		return "HEAD"
	case strings.HasPrefix(op, "delete_") && op != "delete_objects":
		return "DELETE"
	case op == "create_multipart_upload" || op == "complete_multipart_upload" || op == "delete_objects" || op == "restore_object" || op == "select_object_content":
		return "POST"
	case strings.HasPrefix(op, "put_") || op == "upload_part" || op == "copy_object" || op == "upload_part_copy" || op == "create_bucket":
		return "PUT"
	case op == "abort_multipart_upload":
		return "DELETE"
	}
	return ""
}

// conditions reads the Conditions list of a presigned POST.
func (st *pyState) conditions(op *Operation, v *python.Node) {
	l := st.resolve(v, 0)
	if l == nil || l.Kind != python.List && l.Kind != python.Tuple {
		return
	}
	for _, c := range l.Args {
		op.Conditions = append(op.Conditions, st.value(c))
		c = st.resolve(c, 0)
		switch c.Kind {
		case python.Dict:
			for _, e := range st.entries(c, 0) {
				op.ConditionParams = append(op.ConditionParams, Param{Name: strings.TrimPrefix(e.key, "$"), NameSpan: e.keyNode.Span, Value: st.value(e.val), Span: c.Span})
			}
		case python.List, python.Tuple:
			if len(c.Args) == 3 {
				kind := st.eval(c.Args[0], 0)
				field := st.eval(c.Args[1], 0)
				if kind.Known && strings.EqualFold(kind.Str, "content-length-range") {
					op.ConditionParams = append(op.ConditionParams, Param{Name: "content-length-range", NameSpan: c.Args[0].Span, Span: c.Span,
						Value: &Value{Span: c.Span, Expr: st.src(c.Span)}})
				} else if kind.Known && field.Known {
					p := Param{Name: strings.TrimPrefix(field.Str, "$"), NameSpan: c.Args[1].Span, Span: c.Span}
					if strings.EqualFold(kind.Str, "eq") {
						p.Value = st.value(c.Args[2])
					} else {
						p.Value = &Value{Span: c.Args[2].Span, Expr: kind.Str + " " + st.src(c.Args[2].Span)}
					}
					op.ConditionParams = append(op.ConditionParams, p)
				}
			}
		}
	}
}

// stsCall reads assume_role and the other calls that make temporary
// credentials.
func (st *pyState) stsCall(c *python.Node, name, target string) {
	if _, ok := st.sts[c]; ok {
		return
	}
	_, kw := st.args(c)
	s := &STSCall{Span: c.Span, Source: "python", Name: name, ResultVar: target, ModuleLevel: st.moduleLevel(target)}
	if c.X.Kind == python.Attr {
		if cl, ok := st.clients[st.resolve(c.X.X, 0)]; ok && cl.Service == "sts" {
			s.Client = cl
		}
	}
	for _, a := range kw {
		switch a.name {
		case "DurationSeconds":
			s.Duration = st.value(a.val)
		case "RoleArn":
			s.RoleARN = st.value(a.val)
		}
	}
	st.sts[c] = s
	st.b.f.STSCalls = append(st.b.f.STSCalls, s)
}

// stsOrigin follows creds['AccessKeyId'], resp['Credentials'] and names
// back to an STS call.
func (st *pyState) stsOrigin(n *python.Node, depth int) *STSCall {
	for i := 0; n != nil && i < maxResolve; i++ {
		switch n.Kind {
		case python.Subscript, python.Attr:
			if n.Kind == python.Attr {
				if r := st.resolve(n, depth); r != n {
					n = r
					continue
				}
			}
			n = n.X
		case python.Call:
			if s, ok := st.sts[n]; ok {
				return s
			}
			if n.X.Kind == python.Attr && n.X.Name == "get" {
				n = n.X.X
				continue
			}
			return nil
		case python.Name:
			r := st.resolve(n, depth)
			if r == n {
				return nil
			}
			n = r
		default:
			return nil
		}
	}
	return nil
}

var reCredName = lazyre.New(`(?i)^(?:aws_)?(access_?key(?:_?id)?|secret(?:_access)?_?key|session_?token|security_?token)$`)

func credKind(name string) string {
	m := reCredName.FindStringSubmatch(name)
	if m == nil {
		return ""
	}
	l := strings.ToLower(m[1])
	switch {
	case strings.HasPrefix(l, "access"):
		return "access-key-id"
	case strings.HasPrefix(l, "secret"):
		return "secret-access-key"
	}
	return "session-token"
}

// credArgs records literal credentials passed as arguments
// (aws_access_key_id='...'), also through a name bound to a literal.
func (st *pyState) credArgs(c *python.Node) {
	_, kw := st.args(c)
	for _, a := range kw {
		k := ""
		switch a.name {
		case "aws_access_key_id":
			k = "access-key-id"
		case "aws_secret_access_key":
			k = "secret-access-key"
		case "aws_session_token":
			k = "session-token"
		default:
			continue
		}
		v := st.value(a.val)
		if !v.Known || v.IsNum || v.Str == "" {
			continue
		}
		sp := v.Span
		if v.From != (Span{}) {
			sp = v.From
		}
		st.credential(sp, k, a.name, v)
	}
}

func (st *pyState) credential(sp Span, kind, name string, v *Value) {
	if st.credSeen[sp] {
		return
	}
	st.credSeen[sp] = true
	st.b.f.Credentials = append(st.b.f.Credentials, &Credential{Span: sp, Source: "python", Kind: kind, Name: name, Value: v})
}

// credAssign records NAME = 'literal' for credential-looking names.
func (st *pyState) credAssign(name string, v *python.Node) {
	if v == nil || v.Kind != python.Str && !(v.Kind == python.Name && strings.HasPrefix(v.Name, "<")) {
		return
	}
	short := name
	if i := strings.LastIndexByte(short, '.'); i >= 0 {
		short = short[i+1:]
	}
	k := credKind(short)
	if k == "" {
		return
	}
	val := st.value(v)
	if val.Known && val.Str != "" {
		st.credential(v.Span, k, short, val)
	}
}

// envWrite records os.environ['AWS_ACCESS_KEY_ID'] = '...'.
func (st *pyState) envWrite(t, v *python.Node) {
	if v == nil || t.Y == nil || !strings.HasSuffix(st.qualified(t.X), "environ") {
		return
	}
	key := st.eval(t.Y, 0)
	if !key.Known {
		return
	}
	if k := credKind(key.Str); k != "" && v.Kind == python.Str {
		if val := st.value(v); val.Known && val.Str != "" {
			st.credential(v.Span, k, key.Str, val)
		}
	}
}
