package model

import (
	"strconv"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/cli"
	"github.com/presign-doctor/presign-doctor/internal/policy"
	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// Setting is a region, profile, endpoint or similar setting written in the
// paste: aws configure set, ~/.aws/config, an AWS_REGION export.
type Setting struct {
	_       [0]func() // not comparable: no generated equality function in the wasm
	Span    Span
	Source  string // "cli", "credentials"
	Name    string // region, profile, endpoint_url, output, ...
	Value   *Value
	Profile string // the profile it belongs to, if any
}

// cli reads a part of kind cli into facts: aws s3 presign becomes a client
// and an operation, aws sts assume-role an STS call, aws configure set a
// setting or a credential, policies given inline become policies.
func (b *builder) cli(p Part) {
	for _, c := range cli.Parse(b.f.Text, p.Span) {
		b.f.Commands = append(b.f.Commands, c)
		b.env(c.Env, "cli")
		if c.Program == "aws" {
			b.aws(c)
		}
	}
}

// wordValue turns a shell word into a value.
func wordValue(w *cli.Word) *Value {
	if w == nil {
		return nil
	}
	v := &Value{Span: w.Span, Known: true, Str: w.Text, Expr: w.Text}
	if n, err := strconv.ParseInt(strings.TrimSpace(w.Text), 10, 64); err == nil {
		v.Num, v.IsNum = n, true
	}
	if strings.Contains(w.Text, "$") {
		v.Known = false // $VAR, $(cmd)
	}
	v.Placeholder = looksPlaceholder(w.Text)
	return v
}

func optValue(c *cli.Command, name string) *Value {
	if o := c.Option(name); o != nil {
		return wordValue(o.Value)
	}
	return nil
}

// env reads AWS_* assignments (before a command, or exported).
func (b *builder) env(as []cli.Assign, src string) {
	for _, a := range as {
		v := wordValue(&a.Value)
		b.setting(a.Span, src, a.Name, v, "")
	}
}

// setting records one name = value of any kind: credentials become
// Credential facts, the rest Settings.
func (b *builder) setting(sp Span, src, name string, v *Value, profile string) {
	switch n := strings.ToLower(name); n {
	case "aws_access_key_id", "aws_secret_access_key", "aws_session_token", "aws_security_token":
		kind := settingCredKinds[n]
		b.f.Credentials = append(b.f.Credentials, &Credential{Span: sp, Source: src, Kind: kind, Name: name, Value: v})
	case "aws_region", "aws_default_region", "region":
		b.f.Settings = append(b.f.Settings, Setting{Span: sp, Source: src, Name: "region", Value: v, Profile: profile})
	case "aws_profile", "aws_default_profile":
		b.f.Settings = append(b.f.Settings, Setting{Span: sp, Source: src, Name: "profile", Value: v, Profile: profile})
	case "aws_endpoint_url", "aws_endpoint_url_s3", "endpoint_url":
		b.f.Settings = append(b.f.Settings, Setting{Span: sp, Source: src, Name: "endpoint_url", Value: v, Profile: profile})
	default:
		if strings.HasPrefix(n, "aws_") || profile != "" {
			b.f.Settings = append(b.f.Settings, Setting{Span: sp, Source: src, Name: n, Value: v, Profile: profile})
		}
	}
}

// settingCredKinds are the credential kinds of the settings that hold one.
var settingCredKinds = table.Pairs("aws_access_key_id", "access-key-id", "aws_secret_access_key", "secret-access-key",
	"aws_session_token", "session-token", "aws_security_token", "session-token")

var stsCalls = sync.OnceValue(func() map[string]string {
	return table.Pairs(
		"assume-role", "assume_role", "get-session-token", "get_session_token",
		"get-federation-token", "get_federation_token", "assume-role-with-web-identity", "assume_role_with_web_identity",
		"assume-role-with-saml", "assume_role_with_saml",
	)
})

// aws reads one aws command.
func (b *builder) aws(c *cli.Command) {
	svc, op := "", ""
	if c.Service != nil {
		svc = c.Service.Text
	}
	if c.Operation != nil {
		op = c.Operation.Text
	}
	switch {
	case svc == "s3" && op == "presign":
		cl := &Client{Span: c.Span, Source: "cli", Service: "s3", Args: c.Span,
			Region: optValue(c, "region"), Endpoint: optValue(c, "endpoint-url"), Profile: optValue(c, "profile")}
		b.f.Clients = append(b.f.Clients, cl)
		o := &Operation{Span: c.Span, Source: "cli", Client: cl, Kind: "url", Name: "get_object",
			NameSpan: c.Operation.Span, Method: "GET", ExpiresIn: optValue(c, "expires-in")}
		if len(c.Args) > 0 {
			o.Bucket, o.Key = s3URI(c.Args[0])
		}
		b.f.Operations = append(b.f.Operations, o)
	case svc == "sso" && op == "login":
		// IAM Identity Center: the CLI then signs with the permission set's
		// role credentials (sso GetRoleCredentials), which end with the
		// role session (12 hours at most).
		b.f.STSCalls = append(b.f.STSCalls, &STSCall{Span: c.Span, Source: "cli", Name: "get_role_credentials"})
	case svc == "sts" && stsCalls()[op] != "":
		b.f.STSCalls = append(b.f.STSCalls, &STSCall{Span: c.Span, Source: "cli", Name: stsCalls()[op],
			Duration: optValue(c, "duration-seconds"), RoleARN: optValue(c, "role-arn")})
	case svc == "configure" && op == "get" && len(c.Args) >= 1:
		// aws configure get region / default.s3.signature_version, with
		// the value it printed on the next line.
		name, profile := c.Args[0].Text, ""
		if k := strings.LastIndexByte(name, '.'); k >= 0 {
			profile = strings.TrimPrefix(name[:k], "profile.")
			name = name[k+1:]
		}
		if v := printedLine(b.f.Text, c.Span.End); v != nil {
			b.setting(Span{Start: c.Span.Start, End: v.Span.End}, "cli", name, v, profile)
		}
	case svc == "configure" && op == "set" && len(c.Args) >= 2:
		name, profile := c.Args[0].Text, ""
		if o := c.Option("profile"); o != nil && o.Value != nil {
			profile = o.Value.Text
		}
		// default.region, profile.dev.region
		if k := strings.LastIndexByte(name, '.'); k >= 0 {
			profile = strings.TrimPrefix(name[:k], "profile.")
			name = name[k+1:]
		}
		sp := Span{Start: c.Span.Start, End: c.Args[1].Span.End}
		b.setting(sp, "cli", name, wordValue(&c.Args[1]), profile)
	}
	for _, name := range []string{"policy", "policy-document"} {
		if o := c.Option(name); o != nil && o.Value != nil {
			docs, _ := policy.Parse(b.f.Text, o.Value.Span)
			b.f.Policies = append(b.f.Policies, docs...)
		}
	}
}

// s3URI reads s3://bucket/key with spans inside the word (when the word is
// written without quotes or escapes shifting them).
func s3URI(w cli.Word) (bucket, key *Value) {
	t := w.Text
	if !strings.HasPrefix(t, "s3://") {
		return nil, nil
	}
	rest := t[len("s3://"):]
	bk, k, hasKey := strings.Cut(rest, "/")
	off := w.Span.Start
	if w.Span.Len() != len(t) {
		off++ // a quoted word: one opening quote
	}
	bs := off + len("s3://")
	mk := func(s string, a int) *Value {
		sp := source.Span{Start: a, End: a + len(s)}
		if sp.End > w.Span.End {
			sp = w.Span
		}
		return &Value{Span: sp, Known: true, Str: s, Expr: s, Placeholder: looksPlaceholder(s)}
	}
	bucket = mk(bk, bs)
	if hasKey && k != "" {
		key = mk(k, bs+len(bk)+1)
	}
	return bucket, key
}

// printedLine is the line after the one that ends at end, as the value a
// command printed: one word, not a prompt or another command.
func printedLine(text string, end int) *Value {
	i := strings.IndexByte(text[end:], '\n')
	if i < 0 {
		return nil
	}
	ls := end + i + 1
	le := strings.IndexByte(text[ls:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += ls
	}
	w := strings.TrimSpace(text[ls:le])
	if w == "" || strings.ContainsAny(w, " \t$>#=") {
		return nil
	}
	at := ls + strings.Index(text[ls:le], w)
	return &Value{Span: Span{Start: at, End: at + len(w)}, Known: true, Str: w, Expr: w}
}
