package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// clientFacts derives, once every reader has run, the facts about clients
// and keys that hold whatever language or source they came from: which S3
// clients of code have no region (Client.RegionUnset) and which temporary
// keys are given without their session token (Facts.TokenlessKeys).
func (b *builder) clientFacts() {
	f := b.f
	regionSet := f.Setting("region") != ""
	tokenSeen := false
	for _, c := range f.Credentials {
		if c.Kind == "session-token" {
			tokenSeen = true
		}
	}
	for _, u := range f.URLs {
		if u.Token() != nil {
			tokenSeen = true
		}
	}
	// Lines that set the variables wherever they are written (a .env file
	// or a compose file pasted beside code, which the part readers may read
	// as code): AWS_SESSION_TOKEN=… is a token; AWS_ACCESS_KEY_ID=ASIA… a
	// temporary key, kept when no reader recorded it.
	// (lineFacts read them.)
	var envKeys []Span
	if lf := f.lines; lf != nil {
		tokenSeen = tokenSeen || lf.envToken
		envKeys = lf.envASIA
	}
	// The S3 signature version the environment's config sets (a config
	// file's s3 block, aws configure set/get default.s3.signature_version)
	// is every Python client's that sets none of its own.
	if sv := f.settingValue("signature_version"); sv != nil {
		for _, c := range f.Clients {
			if c.Source == "python" && c.Service == "s3" && c.SignatureVersion == nil && c.Framework == "" {
				c.SignatureVersion = sv
			}
		}
	}
	// The SDKs' shared endpoint variables (AWS_ENDPOINT_URL_S3, else
	// AWS_ENDPOINT_URL) set in the paste's env, compose or export lines are
	// the endpoint of every S3 client of code that sets none of its own.
	if ep := f.envEndpoint(); ep != nil {
		for _, c := range f.Clients {
			if codeSource(c.Source) && c.Service == "s3" && c.Endpoint == nil {
				c.Endpoint = ep
			}
		}
	}
	for _, c := range f.Clients {
		if c.SessionToken != nil {
			tokenSeen = true
		}
		if !codeSource(c.Source) || c.Service != "s3" {
			continue
		}
		// A brace client known only by its settings was built where the
		// paste does not show (s3.NewFromConfig(cfg) with cfg made
		// elsewhere): its region is unknown, not unset.
		shown := c.Source == "python" || c.Made != (Span{})
		c.RegionUnset = shown && !regionSet && c.Region == nil && (c.Session == nil || c.Session.Region == nil)
		if c.AccessKeyID == nil || c.SecretKey == nil || c.SessionToken != nil {
			continue
		}
		// A key read from an object (iot.AccessKeyID, creds.accessKeyId)
		// is the paste's one temporary key id when the paste shows only
		// that kind (the credentials endpoint's JSON, a log line).
		shownASIA := ""
		if !c.AccessKeyID.Known && c.CredentialsFrom == nil {
			shownASIA = onlyTemporaryKeyID(f.Text)
		}
		if !temporaryKey(c.AccessKeyID) && shownASIA == "" && c.CredentialsFrom == nil && !lambdaEnvKey(f.Text, c.AccessKeyID) {
			continue
		}
		k := TokenlessKey{Span: c.AccessKeyID.Span, Source: c.Source, Client: c, STS: c.CredentialsFrom,
			Lambda: !temporaryKey(c.AccessKeyID) && shownASIA == "" && c.CredentialsFrom == nil}
		if temporaryKey(c.AccessKeyID) {
			k.Key, k.STS = c.AccessKeyID.Str, nil
		} else if shownASIA != "" {
			k.Key = shownASIA
		}
		f.TokenlessKeys = append(f.TokenlessKeys, k)
	}
	if tokenSeen {
		return
	}
	// Exports, credentials files, and code that sets AWS_ACCESS_KEY_ID
	// (os.environ[…] = …, a settings module): an ASIA key with no token
	// anywhere in the paste (no AWS_SESSION_TOKEN, aws_session_token, token
	// in a URL) and not already a client's key.
	given := map[Span]bool{}
	for _, c := range f.Clients {
		if v := c.AccessKeyID; v != nil {
			given[v.Span], given[v.From] = true, true
		}
	}
	for _, c := range f.Credentials {
		if c.Kind != "access-key-id" || codeSource(c.Source) && c.Name != "AWS_ACCESS_KEY_ID" || !temporaryKey(c.Value) {
			continue
		}
		if given[c.Span] || given[c.Value.Span] {
			continue
		}
		f.TokenlessKeys = append(f.TokenlessKeys, TokenlessKey{Span: c.Value.Span, Key: c.Value.Str, Source: "credentials", Name: c.Name})
		given[c.Value.Span] = true
	}
	for _, sp := range envKeys {
		if !given[sp] {
			f.TokenlessKeys = append(f.TokenlessKeys, TokenlessKey{Span: sp, Key: f.Text[sp.Start:sp.End], Source: "credentials", Name: "AWS_ACCESS_KEY_ID"})
		}
	}
}

// reLambdaHandler is the entry point of a Lambda function in the runtimes
// that presign: def handler(event, context), exports.handler,
// export const handler, lambda.Start(…), a RequestHandler.
var reLambdaHandler = lazyre.New(`def [A-Za-z_]*handler\(\s*event\s*,\s*context\s*\)|exports\.handler\s*=|export\s+(?:const|async function|function)\s+handler\b|lambda\.Start\(|implements\s+RequestHandler<`)

// lambdaEnvKey reports a key ID read from the environment variable
// AWS_ACCESS_KEY_ID in a Lambda function: Lambda sets it to the execution
// role's temporary key, whose session token is in AWS_SESSION_TOKEN.
func lambdaEnvKey(text string, v *Value) bool {
	return v != nil && !v.Known && strings.Contains(v.Expr, "AWS_ACCESS_KEY_ID") && reLambdaHandler.MatchString(text)
}

// temporaryKey reports whether a key ID is a temporary one (ASIA…): a
// literal, or the placeholder redaction put in its place, which keeps the
// prefix.
// reKeyID is a long-term or temporary access key id, as written or as
// its redaction placeholder (ASIA_KEY_1, AKIA_EXAMPLE_KEY_2).
var reKeyID = lazyre.New(`\b(A[SK]IA(?:[A-Z0-9]{12,20}|(?:_EXAMPLE)?_KEY_\d+))\b`)

// onlyTemporaryKeyID returns the temporary (ASIA) key id the paste shows
// when every key id it shows is temporary, else "".
func onlyTemporaryKeyID(text string) string {
	if !strings.Contains(text, "ASIA") {
		return ""
	}
	id := ""
	for _, m := range reKeyID.FindAllStringSubmatchIndex(text, 20) {
		k := text[m[2]:m[3]]
		if strings.HasPrefix(k, "AKIA") {
			return ""
		}
		if id == "" {
			id = k
		}
	}
	return id
}

func temporaryKey(v *Value) bool {
	return v != nil && v.Known && strings.HasPrefix(v.Str, "ASIA")
}

// codeSource reports whether a fact's Source is code a reader of the model
// reads.
func codeSource(src string) bool {
	switch src {
	case "python", "javascript", "typescript", "go", "java", "csharp", "php", "ruby", "rust":
		return true
	}
	return false
}

// settingValue is the first known value the paste's settings give name.
func (f *Facts) settingValue(name string) *Value {
	for _, s := range f.Settings {
		if s.Name == name && knownStr(s.Value) != "" {
			return s.Value
		}
	}
	return nil
}

// envEndpoint is the S3 endpoint the environment's shared variables give
// every SDK (AWS_ENDPOINT_URL_S3, else AWS_ENDPOINT_URL), as a paste's
// .env, compose or export line assigns it; nil when none does.
func (f *Facts) envEndpoint() *Value {
	if f.lines == nil {
		return nil
	}
	for _, name := range [...]string{"AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL"} {
		vals := f.lines.env[name]
		if len(vals) == 0 {
			continue
		}
		val := strings.Trim(vals[0], `"'`)
		if !strings.Contains(val, "://") {
			continue
		}
		i := strings.Index(f.Text, name)
		j := strings.Index(f.Text[i:], val)
		if i < 0 || j < 0 {
			continue
		}
		sp := Span{Start: i + j, End: i + j + len(val)}
		return &Value{Span: sp, Known: true, Str: val, Expr: val}
	}
	return nil
}
