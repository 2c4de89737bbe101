package model

import (
	"encoding/base64"
	"strconv"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/table"
	"github.com/presign-doctor/presign-doctor/internal/timefmt"
)

// BuildIncident builds (again) the incident of facts made without Build,
// such as facts written by hand in a test, and returns it. Build already
// does this once; nothing else should call it.
func BuildIncident(f *Facts) *Incident {
	b := &builder{f: f}
	b.buildIncident()
	return f.Incident
}

// buildIncident builds the incident from the facts every reader produced:
// it runs once, at the end of Build.
func (b *builder) buildIncident() {
	inc := &Incident{}
	b.f.Incident = inc
	b.signedRequests(inc)
	b.signers(inc)
	b.sentRequests(inc)
	b.answers(inc)
	b.environment(inc)
	b.signals(inc)
	b.links(inc)
	answeredCredentials(inc)
	resolveTarget(b.f, inc)
}

// answeredCredentials marks the credentials of a signed request temporary
// when S3 answered it ExpiredToken ("The provided token has expired"): the
// signature carried a session token, whatever the code shows (a default
// chain, a runtime the paste does not name). Credentials whose kind the
// paste tells otherwise (keys written without a token) are left as they are.
func answeredCredentials(inc *Incident) {
	for _, sr := range inc.SignedRequests {
		if sr.Credentials.Kind.Str != "" {
			continue // temporary already, or keys the paste shows without a token
		}
		for _, a := range inc.AnswersTo(sr) {
			if a.Code.Str == "ExpiredToken" {
				sr.Credentials.Kind = Fact{Str: "temporary", Span: a.Code.Span, From: FromS3, Why: "S3 answered ExpiredToken: the signature carried a session token that ended"}
				break
			}
		}
	}
}

// OperationMethod returns the HTTP method an S3 operation (snake case)
// is signed for, or "": the one table of the model (copy_object is PUT);
// codegen and rules read it instead of their own.
func OperationMethod(op string) string { return methodOf(op) }

// MethodOperation returns the object operation a method performs
// (GET → get_object …), or "".
func MethodOperation(m string) string {
	return methodOperations[strings.ToUpper(m)]
}

var methodOperations = table.Pairs("GET", "get_object", "HEAD", "head_object", "PUT", "put_object", "DELETE", "delete_object", "POST", "post_object")

// SnakeOperation turns an SDK operation name (GetObject, x-id) into snake
// case (get_object).
func SnakeOperation(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			if i > 0 && !(s[i-1] >= 'A' && s[i-1] <= 'Z') {
				b.WriteByte('_')
			}
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

func valueFact(v *Value, from string) Fact {
	if v == nil {
		return Fact{}
	}
	f := Fact{Span: v.Span, Stated: true, From: from}
	switch {
	case v.Known && v.IsNum:
		f.Num, f.Str = v.Num, v.Str
	case v.Known && !v.Placeholder:
		f.Str = v.Str
	default:
		f.Expr = strings.TrimSpace(v.Expr)
	}
	if f.Str == "" && f.Expr == "" && f.Num == 0 {
		return Fact{}
	}
	return f
}

func sourceFrom(src string) string {
	if src == "cli" {
		return FromCLI
	}
	return FromCode
}

// signedRequests makes one signed request per presign call, joins each
// presigned URL to the call that made it (same bucket and key, or the only
// call), and makes one of its own for every other URL and POST form.
func (b *builder) signedRequests(inc *Incident) {
	f := b.f
	for _, o := range f.Operations {
		from := sourceFrom(o.Source)
		sr := &SignedRequest{Span: o.Span, Source: o.Source, Op: o, Var: o.ResultVar}
		sr.Operation = stated(o.Name, o.NameSpan, from, "")
		sr.Method = Fact{Str: strings.ToUpper(o.Method), Span: o.NameSpan, Stated: o.Source == "cli" || o.HTTPMethod != nil, From: from, Why: "the operation's method"}
		if o.Source == "cli" {
			sr.Method.Why = "aws s3 presign always signs GET"
		}
		if hm := valueFact(o.HTTPMethod, from); hm.Str != "" {
			sr.Method = hm
			sr.Method.Str = strings.ToUpper(hm.Str)
		}
		if o.Kind == "post" {
			sr.Method = stated("POST", o.NameSpan, from, "generate_presigned_post")
		}
		sr.Bucket, sr.Key = valueFact(o.Bucket, from), valueFact(o.Key, from)
		sr.Expires = valueFact(o.ExpiresIn, from)
		if !sr.Expires.Known() && sr.Expires.Expr == "" {
			sr.Expires = Fact{Num: 3600, Str: "3600", From: FromDefault, Why: "the SDK's default expiry"}
		}
		if c := o.Client; c != nil {
			sr.Region = valueFact(c.Region, from)
			if sr.Region.Str == "" && c.Session != nil {
				sr.Region = valueFact(c.Session.Region, from)
			}
			sr.Endpoint = valueFact(c.Endpoint, from)
			sr.Addressing = valueFact(c.AddressingStyle, from)
			sr.SignatureVersion = valueFact(c.SignatureVersion, from)
		}
		if sr.SignatureVersion.Str == "" && sr.SignatureVersion.Expr == "" && o.SDK == "js-v2" && o.Kind == "url" && o.Client != nil && sr.Operation.Stated && !v4OnlyRegion(sr.Region.Str) {
			// Only for a client the paste shows (its settings read) and a
			// call that names an S3 operation.
			sr.SignatureVersion = Fact{Str: "v2", From: FromDefault, Span: o.NameSpan,
				Why: "aws-sdk-js v2 presigns S3 URLs with SigV2 ('s3') unless signatureVersion is set or the region accepts only SigV4 (S3.getSignatureVersion)"}
		}
		if sr.Region.Str == "" {
			if s := f.settingFact("region"); s.Str != "" {
				sr.Region = s
			}
		}
		if sr.Endpoint.Str == "" {
			if s := f.settingFact("endpoint_url"); s.Str != "" {
				sr.Endpoint = s
			}
		}
		for _, p := range o.Params {
			if h := paramHeader(p.Name); h != "" {
				sr.SignedHeaders = append(sr.SignedHeaders, h)
				if handsHeader(f.Text, o.Span.End, h, p.Value) {
					sr.HandedHeaders = append(sr.HandedHeaders, h)
				}
				if p.Value != nil && p.Value.Known {
					sr.SignedValues = append(sr.SignedValues, SignedValue{Name: h, Value: strings.TrimSpace(p.Value.Str), Span: p.Value.Span,
						Param: p.Name, ParamSpan: p.Span, Num: p.Value.IsNum, Placeholder: p.Value.Placeholder})
				}
			}
		}
		sr.Credentials = f.opCredentials(o)
		inc.SignedRequests = append(inc.SignedRequests, sr)
	}
	// URLs: the call that made each, else a signed request of its own.
	used := map[*SignedRequest]bool{}
	seen := map[string]bool{}
	for _, u := range f.URLs {
		if u.Version == "" || seen[u.Raw] {
			// The same URL again (echoed, then fetched by curl) is the same
			// signed request.
			continue
		}
		seen[u.Raw] = true
		if RedirectTarget(f.Text, u) && signedBefore(f.URLs, u) {
			// Where S3 redirected a URL of the paste (the browser's
			// "redirected to '…'", a Location header): the same signature
			// on another host, not a request the paste signs again.
			continue
		}
		sr := matchOperation(inc.SignedRequests, u, used)
		if sr == nil {
			sr = &SignedRequest{Span: u.Span, Source: "url"}
			inc.SignedRequests = append(inc.SignedRequests, sr)
		}
		used[sr] = true
		sr.URL = u
		if sr.Var == "" {
			sr.Var = b.urlVars[u.Raw]
		}
		fillFromURL(sr, u)
	}
	for _, fm := range f.Forms {
		sr := &SignedRequest{Span: fm.Span, Source: "post", Form: fm}
		sr.Operation = stated("post_object", fm.Span, FromForm, "a presigned POST form")
		sr.Method = stated("POST", fm.Span, FromForm, "")
		if fl := fm.Field("bucket"); fl != nil {
			sr.Bucket = stated(fl.Value, fl.ValSpan, FromForm, "")
		}
		if fl := fm.Field("key"); fl != nil {
			sr.Key = stated(fl.Value, fl.ValSpan, FromForm, "")
		}
		if sc, fl, ok := fm.Credential(); ok {
			sr.Region = stated(sc.Region, fl.ValSpan, FromForm, "x-amz-credential's scope")
		}
		sr.SignatureVersion = stated(fm.Version, fm.Span, FromForm, "")
		sr.Expires = formExpiry(fm)
		if u := fm.Target(f.URLs); u != nil {
			sr.URL = u
			if sr.Bucket.Str == "" && u.Bucket != "" {
				sr.Bucket = stated(u.Bucket, u.HostSpan, FromURL, "")
			}
			sr.Endpoint, sr.Addressing = urlEndpoint(u)
		}
		if fm.Field("x-amz-security-token") != nil {
			sr.Credentials.Kind = stated("temporary", fm.Field("x-amz-security-token").Span, FromForm, "x-amz-security-token")
		}
		// A presigned POST made by generate_presigned_post in the paste is
		// the call's: merge it into that signed request.
		merged := false
		for _, s := range inc.SignedRequests {
			if s.Op != nil && s.Op.Kind == "post" && s.Form == nil {
				s.Form = fm
				if s.Region.Str == "" {
					s.Region = sr.Region
				}
				if !s.Expires.Stated && sr.Expires.Known() {
					s.Expires = sr.Expires
				}
				merged = true
				break
			}
		}
		if !merged {
			inc.SignedRequests = append(inc.SignedRequests, sr)
		}
	}
}

// matchOperation finds the presign call that made u: one whose known
// bucket and key equal the URL's, else the only url-kind call without a
// URL yet whose known values do not contradict it.
func matchOperation(srs []*SignedRequest, u *presign.URL, used map[*SignedRequest]bool) *SignedRequest {
	var loose []*SignedRequest
	for _, sr := range srs {
		if sr.Op == nil || sr.Op.Kind != "url" || used[sr] {
			continue
		}
		bOK := sr.Bucket.Str == "" || u.Bucket == "" || strings.EqualFold(sr.Bucket.Str, u.Bucket) // a host is case-insensitive
		kOK := sr.Key.Str == "" || sr.Key.Str == u.Key || keyTemplateMatch(sr.Key.Str, u.Key)
		if !bOK || !kOK {
			continue
		}
		if sr.Bucket.Str != "" && sr.Key.Str != "" {
			return sr
		}
		loose = append(loose, sr)
	}
	if len(loose) == 1 {
		return loose[0]
	}
	return nil
}

// keyTemplateMatch reports whether key is what the template tmpl gives
// once its variables are filled in: a key written with a shell variable
// (${GITHUB_SHA}/bundle.tgz, $ID.csv), an f-string or format field
// ({user_id}/a.png, #{id}, %s) against the key its printed URL shows
// (4f2a9c1/bundle.tgz). Each variable stands for one or more characters;
// the literal text around the variables must match in order, the first
// at the key's start and the last at its end. A template without a
// variable, or without literal text, matches nothing here.
func keyTemplateMatch(tmpl, key string) bool {
	var lits []string
	lit := strings.Builder{}
	vars := 0
	for i := 0; i < len(tmpl); {
		n := keyVarLen(tmpl[i:])
		if n == 0 {
			lit.WriteByte(tmpl[i])
			i++
			continue
		}
		lits = append(lits, lit.String())
		lit.Reset()
		vars++
		i += n
	}
	lits = append(lits, lit.String())
	if vars == 0 || len(strings.Join(lits, "")) == 0 {
		return false
	}
	if !strings.HasPrefix(key, lits[0]) {
		return false
	}
	pos := len(lits[0])
	for k, l := range lits[1:] {
		last := k == len(lits)-2
		if last {
			return len(key)-len(l) > pos && strings.HasSuffix(key, l)
		}
		j := strings.Index(key[pos+1:], l) // a variable takes at least one character
		if j < 0 {
			return false
		}
		pos += 1 + j + len(l)
	}
	return false
}

// keyVarLen is the length of the variable reference s starts with (${X},
// $X, {x}, #{x}, %s, %d, %v), or 0.
func keyVarLen(s string) int {
	switch {
	case strings.HasPrefix(s, "${") || strings.HasPrefix(s, "#{"):
		if j := strings.IndexByte(s, '}'); j > 2 {
			return j + 1
		}
	case s[0] == '{':
		if j := strings.IndexByte(s, '}'); j > 1 && !strings.ContainsAny(s[1:j], "/ ") {
			return j + 1
		}
	case s[0] == '$':
		j := 1
		for j < len(s) && (s[j] == '_' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z' || j > 1 && s[j] >= '0' && s[j] <= '9') {
			j++
		}
		if j > 1 {
			return j
		}
	case s[0] == '%' && len(s) > 1 && (s[1] == 's' || s[1] == 'd' || s[1] == 'v'):
		return 2
	}
	return 0
}

func urlEndpoint(u *presign.URL) (endpoint, addressing Fact) {
	ep := u.Endpoint
	addressing = stated(ep.Style, u.HostSpan, FromURL, "")
	if !ep.AWS && (ep.Kind == presign.EndpointCompatible || ep.Kind == presign.EndpointCustom) {
		host := u.Host
		if ep.Style == presign.StyleVirtual && u.Bucket != "" {
			host = strings.TrimPrefix(host, u.Bucket+".")
		}
		endpoint = stated(u.Scheme+"://"+host, u.HostSpan, FromURL, ep.Kind)
	}
	return endpoint, addressing
}

// fillFromURL completes a signed request with what its URL states: the
// URL is the artefact of the signing, so its scope region and expiry are
// what was signed, whatever the code around it says.
func fillFromURL(sr *SignedRequest, u *presign.URL) {
	if sr.Bucket.Str == "" && u.Bucket != "" {
		sr.Bucket = Fact{Str: u.Bucket, Expr: sr.Bucket.Expr, Span: u.HostSpan, Stated: true, From: FromURL}
	}
	if sr.Key.Str == "" && u.Key != "" {
		sr.Key = Fact{Str: u.Key, Expr: sr.Key.Expr, Span: u.PathSpan, Stated: true, From: FromURL}
	}
	if f := scopeRegion(u); f.Str != "" {
		sr.Region = f
	} else if sr.Region.Str == "" && u.Endpoint.Region != "" && u.Endpoint.Region != "auto" {
		sr.Region = stated(u.Endpoint.Region, u.HostSpan, FromURL, "the host")
	}
	ep, ad := urlEndpoint(u)
	if sr.Endpoint.Str == "" {
		sr.Endpoint = ep
	}
	if sr.Addressing.Str == "" {
		sr.Addressing = ad
	}
	if p := u.Param("X-Amz-Expires"); p != nil {
		if n, err := strconv.ParseInt(strings.TrimSpace(p.Value), 10, 64); err == nil {
			sr.Expires = Fact{Str: p.Value, Num: n, Span: p.ValSpan, Stated: true, From: FromURL}
		}
	}
	sr.SignatureVersion = stated(u.Version, u.Span, FromURL, "")
	if hs, p := u.SignedHeaders(); p != nil {
		sr.SignedHeaders = nil
		for _, h := range hs {
			if h != "host" {
				sr.SignedHeaders = append(sr.SignedHeaders, h)
			}
		}
	}
	for _, p := range u.Params {
		if n := strings.ToLower(p.Name); !strings.HasPrefix(n, "x-amz-") && n != "awsaccesskeyid" && n != "signature" && n != "expires" {
			sr.SignedQuery = append(sr.SignedQuery, p.Name)
		}
	}
	if sr.Op == nil {
		sr.Operation = Fact{Str: "get_object", From: FromDefault, Why: "a presigned URL without x-id is most often a download"}
		sr.Method = Fact{Str: "GET", From: FromDefault, Why: "a presigned URL without x-id is most often a download"}
		if p := u.Param("x-id"); p != nil {
			op := SnakeOperation(p.Value)
			sr.Operation = stated(op, p.ValSpan, FromURL, "x-id")
			if m := OperationMethod(op); m != "" {
				sr.Method = stated(m, p.ValSpan, FromURL, "x-id")
			}
		}
	}
	if p := u.Token(); p != nil {
		sr.Credentials.Kind = stated("temporary", p.Span, FromURL, "X-Amz-Security-Token")
	} else if k, p := u.AccessKeyID(); p != nil && sr.Credentials.Kind.Str == "" {
		kind := "long-term"
		if u.Temporary() {
			kind = "temporary"
		}
		if strings.HasPrefix(strings.ToUpper(k), "AKIA") || strings.HasPrefix(strings.ToUpper(k), "ASIA") {
			sr.Credentials.Kind = Fact{Str: kind, Span: p.Span, Stated: false, From: FromURL, Why: "the access key id's prefix"}
		}
	}
}

// HeaderParams maps the Params of a presign call that the SDKs sign as
// request headers to those headers: the one table (rules and the engine
// read it here).
var HeaderParams = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"ContentType": "content-type", "ContentMD5": "content-md5", "ContentDisposition": "content-disposition",
		"ContentEncoding": "content-encoding", "ContentLanguage": "content-language", "CacheControl": "cache-control",
		"ContentLength": "content-length", "ACL": "x-amz-acl", "ServerSideEncryption": "x-amz-server-side-encryption",
		"SSEKMSKeyId": "x-amz-server-side-encryption-aws-kms-key-id", "SSEKMSEncryptionContext": "x-amz-server-side-encryption-context",
		"BucketKeyEnabled":     "x-amz-server-side-encryption-bucket-key-enabled",
		"SSECustomerAlgorithm": "x-amz-server-side-encryption-customer-algorithm", "SSECustomerKey": "x-amz-server-side-encryption-customer-key",
		"SSECustomerKeyMD5": "x-amz-server-side-encryption-customer-key-md5", "StorageClass": "x-amz-storage-class",
		"Tagging": "x-amz-tagging", "WebsiteRedirectLocation": "x-amz-website-redirect-location",
		"GrantRead": "x-amz-grant-read", "GrantFullControl": "x-amz-grant-full-control", "GrantReadACP": "x-amz-grant-read-acp",
		"GrantWriteACP": "x-amz-grant-write-acp", "ObjectLockMode": "x-amz-object-lock-mode",
		"ObjectLockRetainUntilDate": "x-amz-object-lock-retain-until-date", "ObjectLockLegalHoldStatus": "x-amz-object-lock-legal-hold",
		"ExpectedBucketOwner": "x-amz-expected-bucket-owner", "RequestPayer": "x-amz-request-payer",
		"ChecksumAlgorithm": "x-amz-sdk-checksum-algorithm", "ChecksumSHA256": "x-amz-checksum-sha256",
		"ChecksumCRC32": "x-amz-checksum-crc32",
		"Range":         "range", "IfMatch": "if-match", "IfNoneMatch": "if-none-match", "IfModifiedSince": "if-modified-since",
		"IfUnmodifiedSince": "if-unmodified-since",
	}
})

// paramHeader returns the header a presign call's parameter becomes, or "".
func paramHeader(name string) string { return HeaderParams()[name] }

// ParamHeader returns the signed header a presign call's Params entry
// becomes (ContentType → content-type), or "".
func ParamHeader(name string) string { return paramHeader(name) }

// settingFact returns the first known setting of that name as a fact.
func (f *Facts) settingFact(name string) Fact {
	for _, s := range f.Settings {
		if s.Name == name && s.Value != nil && s.Value.Known && !s.Value.Placeholder && s.Value.Str != "" {
			return stated(s.Value.Str, s.Span, FromSettings, s.Source)
		}
	}
	return Fact{}
}

// opCredentials says what signs a presign call.
func (f *Facts) opCredentials(o *Operation) Credentials {
	var c Credentials
	cl := o.Client
	if cl != nil && cl.CredentialsFrom != nil {
		s := cl.CredentialsFrom
		c.Kind = Fact{Str: "temporary", Span: s.Span, Stated: true, From: sourceFrom(s.Source), Why: s.Name}
		c.Where = Fact{Str: "sts:" + s.Name, Span: s.Span, Stated: true, From: sourceFrom(s.Source)}
		if d := valueFact(s.Duration, sourceFrom(s.Source)); d.Num != 0 {
			c.Lifetime = d
		} else if s.Name == "assume_role" {
			c.Lifetime = Fact{Num: 3600, Str: "3600", From: FromDefault, Why: "AssumeRole's default DurationSeconds"}
		}
		return c
	}
	if cl != nil && (cl.AccessKeyID != nil || cl.SecretKey != nil) {
		c.Where = Fact{Str: "literal", Span: cl.Span, Stated: true, From: sourceFrom(cl.Source)}
		c.Kind = Fact{Str: "long-term", Span: cl.Span, From: sourceFrom(cl.Source), Why: "an access key without a session token"}
		if cl.SessionToken != nil {
			c.Kind = Fact{Str: "temporary", Span: cl.SessionToken.Span, Stated: true, From: sourceFrom(cl.Source), Why: "aws_session_token"}
		}
		return c
	}
	for _, cr := range f.Credentials {
		if c.Where.Str == "" {
			// AWS_ACCESS_KEY_ID=… (an export, a command's environment) is
			// the environment; aws_access_key_id (aws configure set, an INI
			// file, STS output's keys) the credentials file.
			where := "credentials-file"
			if strings.HasPrefix(cr.Name, "AWS_") {
				where = "environment"
			}
			switch {
			case cr.Source == "python":
				where = "literal"
			case cr.Name == "AccessKeyId" || cr.Name == "SecretAccessKey" || cr.Name == "SessionToken":
				where = "sts-output"
			}
			c.Where = stated(where, cr.Span, FromCreds, cr.Name)
		}
		if cr.Kind == "session-token" {
			c.Kind = stated("temporary", cr.Span, FromCreds, cr.Name)
		}
	}
	if c.Kind.Str == "" && c.Where.Str != "" {
		c.Kind = Fact{Str: "long-term", Span: c.Where.Span, From: FromCreds, Why: "an access key without a session token"}
	}
	if c.Kind.Str == "" && (f.Runtime.Lambda || f.Runtime.ECS) {
		where := "runtime:lambda"
		if !f.Runtime.Lambda {
			where = "runtime:ecs"
		}
		c.Kind = Fact{Str: "temporary", Span: f.Runtime.LambdaSpan, From: FromRuntime, Why: "a role's credentials"}
		c.Where = Fact{Str: where, Span: f.Runtime.LambdaSpan, From: FromRuntime}
	}
	if c.Kind.Str == "" && f.Runtime.WebIdentity {
		c.Kind = Fact{Str: "temporary", Span: f.Runtime.WebIdentitySpan, From: FromRuntime, Why: "a web identity role's credentials (AssumeRoleWithWebIdentity)"}
		c.Where = Fact{Str: "runtime:web-identity", Span: f.Runtime.WebIdentitySpan, From: FromRuntime}
		c.Lifetime = Fact{Num: 3600, Str: "3600", From: FromDefault, Why: "AssumeRoleWithWebIdentity's default DurationSeconds, which the SDKs use"}
	}
	if c.Where.Str == "" {
		c.Where = Fact{Str: "default-chain", From: FromDefault, Why: "nothing in the paste sets them"}
	}
	return c
}

var reExpiration = lazyre.New(`"expiration"\s*:\s*"([^"]+)"`)

// formExpiry is how long a presigned POST lives: its policy's expiration
// (base64 JSON) less x-amz-date, in seconds.
func formExpiry(fm *presign.Form) Fact {
	pf, df := fm.Field("policy"), fm.Field("x-amz-date")
	if pf == nil || df == nil {
		return Fact{}
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(pf.Value))
	if err != nil {
		return Fact{}
	}
	m := reExpiration.FindStringSubmatch(string(raw))
	if m == nil {
		return Fact{}
	}
	end, ok1 := timefmt.RFC3339(m[1])
	start, ok2 := timefmt.AmzDate(strings.TrimSpace(df.Value))
	if !ok1 || !ok2 {
		return Fact{}
	}
	n := int64(end.Sub(start).Seconds())
	return Fact{Str: strconv.FormatInt(n, 10), Num: n, Span: pf.ValSpan, Stated: true, From: FromForm, Why: "the policy's expiration less x-amz-date"}
}

// handsHeader reports whether the code after a presign call (within a few
// thousand bytes: the function that returns the URL) hands the signed
// header over with the same value: a quoted key naming the header whose
// value is the very expression (or literal) the call signs.
func handsHeader(text string, from int, header string, v *Value) bool {
	if v == nil || from >= len(text) {
		return false
	}
	val := strings.TrimSpace(v.Expr)
	if val == "" {
		val = v.Str
	}
	if val == "" {
		return false
	}
	win := text[from:min(len(text), from+3000)]
	low := strings.ToLower(win)
	for i := 0; ; {
		k := strings.Index(low[i:], header)
		if k < 0 {
			return false
		}
		k += i
		i = k + len(header)
		if k == 0 || (low[k-1] != '"' && low[k-1] != '\'') || i >= len(low) || (low[i] != '"' && low[i] != '\'') {
			continue
		}
		rest := strings.TrimLeft(win[i+1:], " \t")
		if !strings.HasPrefix(rest, ":") {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " \t")
		if strings.HasPrefix(rest, val) || strings.HasPrefix(strings.Trim(rest, "\"'"), strings.Trim(val, "\"'")) && v.Known {
			return true
		}
	}
}

// v4OnlyRegion reports a known region that accepts only SigV4 (every
// region opened after January 2014); "" and the eight older regions
// (us-east-1, us-west-1, us-west-2, eu-west-1, ap-northeast-1,
// ap-southeast-1, ap-southeast-2, sa-east-1) are not.
func v4OnlyRegion(r string) bool {
	switch r {
	case "", "us-east-1", "us-west-1", "us-west-2", "eu-west-1", "ap-northeast-1", "ap-southeast-1", "ap-southeast-2", "sa-east-1":
		return false
	}
	return true
}

// RedirectTarget reports whether the paste writes u as where a redirect
// sent a request (a Location header, the browser's "The request was
// redirected to '…'", curl's "Issue another request to this URL: '…'"):
// a URL S3 named, not one a client printed.
func RedirectTarget(text string, u *presign.URL) bool {
	if u.Span.Start <= 0 || u.Span.Start > len(text) {
		return false
	}
	ls := strings.LastIndexByte(text[:u.Span.Start], '\n') + 1
	before := strings.ToLower(strings.TrimRight(text[max(ls, u.Span.Start-40):u.Span.Start], "'\" \t<"))
	for _, w := range []string{"redirected to", "location:", "issue another request to this url:"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// signedBefore reports whether a URL of us before u carries the same
// signing (credential scope, date and object; the signature itself may
// be redacted to another placeholder): u is that URL on another host.
func signedBefore(us []*presign.URL, u *presign.URL) bool {
	id := func(v *presign.URL) string {
		c, d := v.Param("X-Amz-Credential"), v.Param("X-Amz-Date")
		if c == nil || d == nil {
			return ""
		}
		return c.Value + "|" + d.Value + "|" + v.Bucket + "|" + v.Key
	}
	want := id(u)
	if want == "" {
		return false
	}
	for _, v := range us {
		if v == u {
			return false
		}
		if id(v) == want {
			return true
		}
	}
	return false
}
