package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/presign"
)

// links ties the incident together once every part is read:
//
//   - a sent request to the signed request it uses: the same URL (the very
//     URL, or the same text elsewhere), the same variable (the URL's
//     variable in code), the same host and path, or — for a request whose
//     URL is an expression — the only signed request of the paste;
//   - an answer to the request it came from: HAR entries and console
//     lines carry their own (linked when read), S3's canonical request is
//     the request S3 received; else the nearest sent request above it, or
//     the only one;
//   - an answer to the signed request it is about: through its sent
//     request, else S3's string to sign carrying the URL's X-Amz-Date, else
//     the same path, else the only signed request.
func (b *builder) links(inc *Incident) {
	byRaw := map[string]*SignedRequest{}
	var posts, urlSRs []*SignedRequest
	for _, sr := range inc.SignedRequests {
		if sr.URL != nil {
			if _, ok := byRaw[sr.URL.Raw]; !ok {
				byRaw[sr.URL.Raw] = sr
			}
			if sr.Form == nil {
				urlSRs = append(urlSRs, sr)
			}
		}
		if sr.Method.Str == "POST" && (sr.Form != nil || sr.Op != nil && sr.Op.Kind == "post") {
			posts = append(posts, sr)
		}
	}
	// Requests sent with a signed URL.
	for _, s := range inc.SentRequests {
		if s.Source == "s3" {
			continue
		}
		if sr, why := linkSent(inc, s, byRaw, urlSRs, posts); sr != nil {
			inc.Links = append(inc.Links, Link{Kind: LinkSentSigned, Sent: s, Signed: sr, Reason: why})
		}
	}
	// Answers and the requests they came from.
	linked := map[*Answer]*SentRequest{}
	for _, l := range inc.Links {
		if l.Kind == LinkAnswerSent {
			if _, ok := linked[l.Answer]; !ok {
				linked[l.Answer] = l.Sent
			}
		}
	}
	var client []*SentRequest
	for _, s := range inc.SentRequests {
		if s.Source != "s3" && s.Source != "console" && s.Source != "har" {
			client = append(client, s)
		}
	}
	for _, a := range inc.Answers {
		if s3, ok := linked[a]; ok && s3.Source == "s3" {
			// S3's own copy of the request; the client's request that sent
			// it is still to be found.
			if s := nearestAbove(client, a.Span.Start); s != nil {
				inc.Links = append(inc.Links, Link{Kind: LinkAnswerSent, Sent: s, Answer: a, Reason: "follows it in the paste"})
			} else if len(client) == 1 {
				inc.Links = append(inc.Links, Link{Kind: LinkAnswerSent, Sent: client[0], Answer: a, Reason: "the only request the paste sends"})
			}
		} else if !ok && a.Source != "console" {
			if s := nearestAbove(client, a.Span.Start); s != nil {
				inc.Links = append(inc.Links, Link{Kind: LinkAnswerSent, Sent: s, Answer: a, Reason: "follows it in the paste"})
			} else if len(client) == 1 {
				inc.Links = append(inc.Links, Link{Kind: LinkAnswerSent, Sent: client[0], Answer: a, Reason: "the only request the paste sends"})
			}
		}
	}
	// Answers and the signed requests they are about. The loop adds no
	// answer-sent link, and sent-signed links only for S3's own copies, so
	// what it looks up is read once, in the links' order: each answer's
	// sent requests, the signed request of each client's sent request, the
	// only signed request (a paste of 2,000 answers scanned every link and
	// every signed request for each: 20 % of a 1 MB paste's analysis).
	sentOf := map[*Answer][]*SentRequest{}
	signedOf := map[*SentRequest]*SignedRequest{}
	for _, l := range inc.Links {
		switch l.Kind {
		case LinkAnswerSent:
			sentOf[l.Answer] = append(sentOf[l.Answer], l.Sent)
		case LinkSentSigned:
			if _, ok := signedOf[l.Sent]; !ok {
				signedOf[l.Sent] = l.Signed
			}
		}
	}
	only := onlySigned(inc)
	for _, a := range inc.Answers {
		sr, why := answerSigned(inc, a, sentOf[a], signedOf, urlSRs, only)
		if sr == nil {
			continue
		}
		inc.Links = append(inc.Links, Link{Kind: LinkAnswerSigned, Signed: sr, Answer: a, Reason: why})
		// The request S3 received was made with that signed request.
		for _, s := range sentOf[a] {
			if s.Source == "s3" {
				inc.Links = append(inc.Links, Link{Kind: LinkSentSigned, Sent: s, Signed: sr, Reason: "S3 received it for this signed request (" + why + ")"})
			}
		}
	}
}

// onlySigned returns the one signed request of a URL or an operation, or
// nil when there are none or several.
func onlySigned(inc *Incident) *SignedRequest {
	var only *SignedRequest
	for _, sr := range inc.SignedRequests {
		if sr.URL != nil || sr.Op != nil {
			if only != nil {
				return nil
			}
			only = sr
		}
	}
	return only
}

func nearestAbove(ss []*SentRequest, off int) *SentRequest {
	var best *SentRequest
	for _, s := range ss {
		if s.Span.End <= off && (best == nil || s.Span.End > best.Span.End) {
			best = s
		}
	}
	return best
}

// rootIdent returns the leading identifier of an expression (data of
// data.url, presigned of presigned['url']).
func rootIdent(expr string) string {
	expr = strings.TrimSpace(expr)
	i := 0
	for i < len(expr) {
		c := expr[i]
		if c == '_' || c == '$' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9' {
			i++
			continue
		}
		break
	}
	return expr[:i]
}

func linkSent(inc *Incident, s *SentRequest, byRaw map[string]*SignedRequest, urlSRs, posts []*SignedRequest) (*SignedRequest, string) {
	if s.SignedURL != nil {
		if sr := byRaw[s.SignedURL.Raw]; sr != nil {
			return sr, "same URL"
		}
	}
	if sr, why := linkShell(inc, s); sr != nil {
		return sr, why
	}
	if s.Source == "form" {
		for _, sr := range posts {
			if sr.URL != nil && s.Host != "" && sr.URL.Host == s.Host {
				return sr, "the form posts to the presigned POST's URL"
			}
		}
		if len(posts) == 1 {
			return posts[0], "the only presigned POST"
		}
		return nil, ""
	}
	if s.Call != nil && s.Call.URL != nil && s.Call.URL.From.Len() > 0 {
		for _, sr := range inc.SignedRequests {
			if sr.Op != nil && sr.Op.Span.Overlaps(s.Call.URL.From) {
				return sr, "same variable"
			}
		}
	}
	if id := rootIdent(s.URL.Expr); id != "" {
		for _, sr := range inc.SignedRequests {
			if sameVar(s, id, sr.Var) {
				return sr, "same variable"
			}
		}
	}
	if s.Host != "" {
		for _, sr := range urlSRs {
			if sr.URL.Host == s.Host && sr.URL.Path == s.Path {
				return sr, "same host and path"
			}
		}
	}
	if s.URL.Str == "" && (s.URL.Expr != "" || s.Call != nil) || templateURL(s.URL.Str) {
		var cands []*SignedRequest
		for _, sr := range inc.SignedRequests {
			if sr.Form == nil && (sr.Op == nil || sr.Op.Kind == "url") {
				cands = append(cands, sr)
			}
		}
		if len(cands) == 1 {
			return cands[0], "the only signed request"
		}
	}
	return nil, ""
}

// templateURL reports a URL literal that is a server template's
// placeholder ('<%- url %>', '{{ upload_url }}', '${url}' in a plain
// string): the URL is filled in elsewhere, like a variable.
func templateURL(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" || strings.Contains(v, "://") {
		return false
	}
	return strings.HasPrefix(v, "<%") || strings.HasPrefix(v, "{{") || strings.HasPrefix(v, "${") || strings.HasPrefix(v, "#{")
}

func answerSigned(inc *Incident, a *Answer, sent []*SentRequest, signedOf map[*SentRequest]*SignedRequest, urlSRs []*SignedRequest, only *SignedRequest) (*SignedRequest, string) {
	for _, s := range sent {
		if s.Source != "s3" {
			if sr := signedOf[s]; sr != nil {
				return sr, "through the request that got it"
			}
		}
	}
	if a.StringToSign != "" {
		for _, sr := range urlSRs {
			if p := sr.URL.Param("X-Amz-Date"); p != nil && p.Value != "" && strings.Contains(a.StringToSign, p.Value) {
				return sr, "S3's string to sign carries the URL's X-Amz-Date"
			}
		}
	}
	if a.CanonicalRequest != "" {
		path := strings.SplitN(a.CanonicalRequest, "\n", 3)
		if len(path) > 1 {
			for _, sr := range urlSRs {
				if sr.URL.RawPath == path[1] || sr.URL.Path == path[1] {
					return sr, "same path as S3's canonical request"
				}
			}
		}
	}
	if a.Err != nil {
		if k := a.Err.Value("Key"); k != "" {
			for _, sr := range inc.SignedRequests {
				if sr.Key.Str == k {
					return sr, "same key as S3's answer"
				}
			}
		}
	}
	if only != nil {
		return only, "the only signed request"
	}
	return nil, ""
}

// resolveTarget resolves the one target of the incident. The signed
// request it is about is the first presign call of code, else of the CLI,
// else the first presigned URL (SigV4 before SigV2), else the first
// presigned POST. Each field then takes the first source that tells it,
// in this order, because each source knows better than the next:
//
//  1. S3's own answer (the error's expecting 'Y' / <Region> /
//     x-amz-bucket-region / <BucketName> / <Key>, then the answers of aws
//     commands about the bucket: get-bucket-location): what S3 knows of the
//     bucket overrides what the user believes;
//  2. what code, commands and settings state (region_name, --region,
//     aws configure set region, AWS_REGION, endpoint_url, Params);
//  3. what the URL says (host, path, X-Amz-Credential's scope, x-id);
//  4. inference (the SDK's defaults: us-east-1, get_object).
//
// Codegen, triage, rules and the report read this target; none of them
// derives its own.
func resolveTarget(f *Facts, inc *Incident) {
	t := &inc.target
	t.Signed = primarySigned(inc.SignedRequests)
	sr := t.Signed
	// Bucket and key.
	for _, a := range inc.Answers {
		if a.Err == nil {
			continue
		}
		for _, n := range []string{"BucketName", "Bucket"} {
			if fl := a.Err.Get(n); fl != nil && t.Bucket.Str == "" && strings.TrimSpace(fl.Value) != "" && !looksPlaceholder(fl.Value) {
				t.Bucket = Fact{Str: strings.TrimSpace(fl.Value), Span: fl.Span, Stated: true, From: FromS3, Why: n}
			}
		}
		if fl := a.Err.Get("Key"); fl != nil && t.Key.Str == "" && fl.Value != "" {
			t.Key = Fact{Str: fl.Value, Span: fl.Span, Stated: true, From: FromS3, Why: "Key"}
		}
	}
	if sr != nil {
		t.Bucket = pick(t.Bucket, sr.Bucket)
		t.Key = pick(t.Key, sr.Key)
		t.Operation, t.Method = sr.Operation, sr.Method
		t.Endpoint, t.Addressing = sr.Endpoint, sr.Addressing
		t.SignedRegion = sr.Region
	}
	for _, s := range inc.SignedRequests {
		if s.URL != nil && s.URL.Version != "" {
			t.Bucket = pick(t.Bucket, s.Bucket)
			t.Key = pick(t.Key, s.Key)
		}
	}
	// Region, in the order above.
	for _, a := range inc.Answers {
		if t.Region.Str == "" && a.Region.Str != "" {
			t.Region = a.Region
		}
	}
	if t.Region.Str == "" && inc.Env.BucketRegion.Str != "" {
		t.Region = inc.Env.BucketRegion
	}
	if t.Region.Str == "" && sr != nil {
		t.Region = statedRegion(sr)
	}
	if t.Region.Str == "" {
		t.Region = f.settingFact("region")
	}
	if t.Region.Str == "" {
		t.Region = urlRegion(sr, inc.SignedRequests)
	}
	if t.Region.Str == "" {
		t.Region = Fact{Str: "us-east-1", From: FromDefault, Why: "the SDKs' default region"}
	}
	// Operation and method of a bare URL: S3's answer tells them better
	// than the default.
	if sr != nil && !sr.Method.Stated {
		for _, a := range inc.AnswersTo(sr) {
			if a.Operation != "" {
				op := SnakeOperation(a.Operation)
				if m := OperationMethod(op); m != "" {
					t.Operation = Fact{Str: op, Span: a.Span, Stated: true, From: FromS3, Why: "botocore names the operation"}
					t.Method = Fact{Str: m, Span: a.Span, Stated: true, From: FromS3, Why: "botocore names the operation"}
				}
			}
		}
	}
	if t.Operation.Str == "" && t.Method.Str == "" {
		t.Operation = Fact{Str: "get_object", From: FromDefault, Why: "nothing in the paste says otherwise"}
		t.Method = Fact{Str: "GET", From: FromDefault, Why: "nothing in the paste says otherwise"}
	}
	t.KMS = resolveKMS(f, inc, sr)
	if sr != nil {
		var s3 *SentRequest
		for _, s := range inc.SentWith(sr) {
			if s.Source == "s3" {
				s3 = s
				continue
			}
			if s.Method.Str != "" {
				t.SentMethod = s.Method
				break
			}
		}
		if t.SentMethod.Str == "" && s3 != nil {
			t.SentMethod = s3.Method
		}
	}
}

func pick(have, next Fact) Fact {
	if have.Str != "" {
		if have.Expr == "" {
			have.Expr = next.Expr
		}
		return have
	}
	if next.Str == "" && have.Expr != "" {
		return have
	}
	if next.Expr == "" {
		next.Expr = have.Expr
	}
	return next
}

func primarySigned(srs []*SignedRequest) *SignedRequest {
	for _, want := range []func(*SignedRequest) bool{
		func(s *SignedRequest) bool { return s.Op != nil && s.Source == "python" },
		func(s *SignedRequest) bool { return s.Op != nil },
		func(s *SignedRequest) bool { return s.URL != nil && s.URL.Version == "v4" && s.Form == nil },
		func(s *SignedRequest) bool { return s.URL != nil && s.URL.Version != "" && s.Form == nil },
		func(s *SignedRequest) bool { return s.Form != nil },
	} {
		for _, s := range srs {
			if want(s) {
				return s
			}
		}
	}
	return nil
}

// statedRegion is the region code or a command states for a signed
// request (the client's region_name, its session's, --region), or the
// zero fact.
func statedRegion(sr *SignedRequest) Fact {
	if sr.Op == nil || sr.Op.Client == nil {
		return Fact{}
	}
	c := sr.Op.Client
	from := sourceFrom(sr.Op.Source)
	if r := valueFact(c.Region, from); r.Str != "" {
		return r
	}
	if c.Session != nil {
		if r := valueFact(c.Session.Region, from); r.Str != "" {
			return r
		}
	}
	return Fact{}
}

// urlRegion is the region a URL names: its host's, else its scope's.
func urlRegion(primary *SignedRequest, srs []*SignedRequest) Fact {
	order := srs
	if primary != nil {
		order = append([]*SignedRequest{primary}, srs...)
	}
	for _, s := range order {
		if s.URL != nil && s.URL.Endpoint.AWS && s.URL.Endpoint.Region != "" {
			return stated(s.URL.Endpoint.Region, s.URL.HostSpan, FromURL, "the host")
		}
	}
	for _, s := range order {
		if s.URL != nil {
			if f := scopeRegion(s.URL); presignRegion(f.Str) {
				return f
			}
		}
		if s.Form != nil {
			if sc, fl, ok := s.Form.Credential(); ok && presignRegion(sc.Region) {
				return stated(sc.Region, fl.ValSpan, FromForm, "x-amz-credential's scope")
			}
		}
	}
	return Fact{}
}

// resolveKMS tells whether the object is SSE-KMS encrypted: the presign
// call's Params, the URL, a curl header, then the bucket's default
// encryption.
func resolveKMS(f *Facts, inc *Incident, sr *SignedRequest) Fact {
	if sr != nil && sr.Op != nil {
		for _, p := range sr.Op.Params {
			if p.Value != nil && (p.Name == "ServerSideEncryption" && strings.EqualFold(p.Value.Str, "aws:kms") || p.Name == "SSEKMSKeyId") {
				return stated("aws:kms", p.Span, FromCode, p.Name)
			}
		}
	}
	if ok, sp := f.kmsEvidence(); ok {
		return stated("aws:kms", sp, FromURL, "")
	}
	if e := inc.Env.Encryption; strings.HasPrefix(e.Str, "aws:kms") {
		return stated("aws:kms", e.Span, FromAWS, "the bucket's default encryption")
	}
	if e := inc.Env.ObjectEncryption; strings.HasPrefix(e.Str, "aws:kms") {
		return stated("aws:kms", e.Span, FromAWS, "the object's encryption")
	}
	return Fact{}
}

// scopeRegion is the region of a URL's X-Amz-Credential, its span the
// region inside the parameter when the text shows it there.
func scopeRegion(u *presign.URL) Fact {
	sc, p, ok := u.Credential()
	if !ok || sc.Region == "" {
		return Fact{}
	}
	for _, sep := range []string{"%2F", "%2f", "/"} {
		if i := strings.Index(p.RawValue, sep+sc.Region+sep); i >= 0 {
			st := i + len(sep)
			return stated(sc.Region, u.ValueSpan(p, st, st+len(sc.Region)), FromURL, "X-Amz-Credential's scope")
		}
	}
	return stated(sc.Region, p.Span, FromURL, "X-Amz-Credential's scope")
}

// RegionEvidence is the bucket's region as the paste tells it outside the
// code and settings that sign: S3's answer, get-bucket-location, then a
// URL's host, then a URL's credential scope (the zero fact when none).
// Rules that compare the region code signs for with the bucket's read
// this; the target's Region also weighs what the code states.
func (inc *Incident) RegionEvidence() Fact {
	for _, a := range inc.Answers {
		if a.Region.Str != "" {
			return a.Region
		}
	}
	if inc.Env.BucketRegion.Str != "" {
		return inc.Env.BucketRegion
	}
	for _, s := range inc.SignedRequests {
		if s.URL != nil && s.URL.Endpoint.Region != "" {
			sp := s.URL.HostSpan
			if sp.Len() == 0 {
				sp = s.URL.Span
			}
			return stated(s.URL.Endpoint.Region, sp, FromURL, "the host")
		}
	}
	for _, s := range inc.SentRequests {
		if r := hostRegion(s.Host); r != "" && s.Source != "s3" {
			return stated(r, s.Span, FromSent, "the host the request went to")
		}
	}
	for _, s := range inc.SignedRequests {
		if s.URL != nil {
			if f := scopeRegion(s.URL); f.Str != "" {
				return f
			}
		}
	}
	return Fact{}
}

// SignedRegion is the region the request S3 answered was signed for: the
// scope in S3's own string to sign, else the scope of the presigned URL
// the answer is linked to, else the scope of the paste's one SigV4 URL
// (the zero fact when none tells).
func (inc *Incident) SignedRegion(a *Answer) Fact {
	if a != nil {
		for _, f := range strings.Fields(a.StringToSign) {
			if parts := strings.Split(f, "/"); len(parts) == 4 && parts[3] == "aws4_request" && parts[1] != "" {
				return stated(parts[1], a.Span, FromS3, "S3's string to sign")
			}
		}
		for _, l := range inc.Links {
			if l.Kind == LinkAnswerSigned && l.Answer == a && l.Signed.URL != nil && l.Signed.URL.Version == "v4" {
				if f := scopeRegion(l.Signed.URL); f.Str != "" {
					return f
				}
			}
		}
	}
	return inc.OneScopeRegion()
}

// OneScopeRegion is the scope region of the paste's SigV4 URLs when they
// all name one (the zero fact otherwise).
func (inc *Incident) OneScopeRegion() Fact {
	var one Fact
	n := 0
	for _, s := range inc.SignedRequests {
		if s.URL == nil || s.URL.Version != "v4" {
			continue
		}
		if f := scopeRegion(s.URL); f.Str != "" {
			if n > 0 && f.Str != one.Str {
				return Fact{} // URLs signed for different regions
			}
			n++
			if n == 1 {
				one = f
			}
		}
	}
	return one
}
