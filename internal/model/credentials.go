package model

import (
	"strconv"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/policy"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// Identity is a principal the paste names: the output of
// sts get-caller-identity, or the assumed-role user of assume-role output.
type Identity struct {
	_       [0]func() // not comparable: no generated equality function in the wasm
	Span    Span
	Source  string // "credentials"
	Arn     *Value
	Account *Value
	UserID  *Value
}

// credentials reads a part of kind credentials: ~/.aws/credentials and
// ~/.aws/config INI files, environment exports, and the JSON output of
// sts assume-role / get-session-token / get-caller-identity.
func (b *builder) credentials(p Part) {
	body := strings.TrimSpace(b.f.Text[p.Span.Start:p.Span.End])
	if strings.HasPrefix(body, "{") || (strings.HasPrefix(body, "[") && !reProfile.MatchString(body)) {
		vals, _ := policy.ReadValues(b.f.Text, p.Span)
		for _, v := range vals {
			b.stsJSON(v, 0)
		}
		return
	}
	b.credLines(p)
}

// reCredAssign is one name = value line of an INI file or an environment
// export (export X=..., set X=..., $env:X = "...").
var reCredAssign = lazyre.New(`^[ \t]*(?:\$[ \t]+)?(?:export[ \t]+|set[ \t]+|\$env:)?([A-Za-z_][A-Za-z0-9_.]*)[ \t]*[=:][ \t]*(.*?)[ \t\r]*$`)

// reCredExpr is an unquoted value that is an expression of code: a call or
// index (name(…), name[…]) or a dotted reference (process.env.X).
var reCredExpr = lazyre.New(`^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)*(?:[ \t]*[(\[]|\.[A-Za-z_$])`)

var reProfile = lazyre.New(`^[ \t]*\[(?:profile[ \t]+)?([^\]]+)\]`)

func (b *builder) credLines(p Part) {
	text := b.f.Text
	profile := ""
	roles := map[string]*STSCall{} // role profiles of ~/.aws/config
	for ls := p.Span.Start; ls < p.Span.End; {
		le := strings.IndexByte(text[ls:p.Span.End], '\n')
		if le < 0 {
			le = p.Span.End
		} else {
			le += ls
		}
		line := text[ls:le]
		if m := reProfile.FindStringSubmatch(line); m != nil {
			profile = strings.TrimSpace(m[1])
		} else if m := reCredAssign.FindStringSubmatchIndex(line); m != nil {
			name := line[m[2]:m[3]]
			vs, ve := m[4], m[5]
			if q := line[vs:ve]; q != "" && q[0] != '"' && q[0] != '\'' && strings.ContainsAny(q, " \t") {
				// NAME=value command ...: a command with its environment.
				b.cli(Part{Kind: KindCLI, Span: Span{Start: ls, End: le}})
				ls = le + 1
				continue
			}
			if ve-vs >= 2 && (line[vs] == '"' || line[vs] == '\'') && line[ve-1] == line[vs] {
				vs, ve = vs+1, ve-1
			}
			s := line[vs:ve]
			v := &Value{Span: Span{Start: ls + vs, End: ls + ve}, Known: true, Str: s, Expr: s, Placeholder: looksPlaceholder(s)}
			if vs == m[4] && reCredExpr.MatchString(s) {
				// an unquoted call or reference (os.environ.get("…"),
				// env('…'), process.env.X, ENV["…"]): the value comes from
				// elsewhere; no key has '(', '[' or a dotted name
				v.Known = false
			}
			sp := Span{Start: ls + m[0], End: ls + m[1]}
			b.setting(sp, "credentials", name, v, profile)
			b.roleProfile(roles, profile, strings.ToLower(name), sp, v)
		}
		ls = le + 1
	}
}

// roleProfile turns role_arn and duration_seconds of a config profile into
// the assume-role call the CLI and SDKs make for it.
func (b *builder) roleProfile(roles map[string]*STSCall, profile, name string, sp Span, v *Value) {
	if name != "role_arn" && name != "duration_seconds" {
		return
	}
	s := roles[profile]
	if s == nil {
		s = &STSCall{Span: sp, Source: "credentials", Name: "assume_role"}
		roles[profile] = s
		b.f.STSCalls = append(b.f.STSCalls, s)
	}
	if name == "role_arn" {
		s.RoleARN = v
		return
	}
	if n, err := strconv.ParseInt(v.Str, 10, 64); err == nil {
		v.Num, v.IsNum = n, true
	}
	s.Duration = v
}

func strValue(n *policy.Node) *Value {
	if n == nil {
		return nil
	}
	return &Value{Span: n.Span, Known: n.Kind == policy.String || n.Kind == policy.Number, Str: n.Str, Expr: n.Str, Placeholder: looksPlaceholder(n.Str)}
}

// stsJSON reads STS output: {"Credentials": {...}, "AssumedRoleUser":
// {...}} and {"UserId", "Account", "Arn"}.
func (b *builder) stsJSON(n *policy.Node, depth int) {
	if n == nil || n.Kind != policy.Object || depth > 8 {
		return
	}
	if c := n.Get("Credentials"); c != nil && c.Kind == policy.Object {
		name := "get_session_token"
		if n.Get("AssumedRoleUser") != nil {
			name = "assume_role"
		} else if n.Get("FederatedUser") != nil {
			name = "get_federation_token"
		}
		b.f.STSCalls = append(b.f.STSCalls, &STSCall{Span: n.Span, Source: "credentials", Name: name, Expiration: strValue(c.Get("Expiration"))})
		b.jsonCreds(c)
		if u := n.Get("AssumedRoleUser"); u != nil {
			b.f.Identities = append(b.f.Identities, Identity{Span: u.Span, Source: "credentials", Arn: strValue(u.Get("Arn")), UserID: strValue(u.Get("AssumedRoleId"))})
		}
		return
	}
	if n.Get("AccessKeyId") != nil || n.Get("SecretAccessKey") != nil {
		b.jsonCreds(n)
		if e := n.Get("Expiration"); e != nil {
			b.f.STSCalls = append(b.f.STSCalls, &STSCall{Span: n.Span, Source: "credentials", Name: "credentials", Expiration: strValue(e)})
		}
		return
	}
	if a := n.Get("Arn"); a != nil && (n.Get("Account") != nil || n.Get("UserId") != nil) {
		b.f.Identities = append(b.f.Identities, Identity{Span: n.Span, Source: "credentials", Arn: strValue(a), Account: strValue(n.Get("Account")), UserID: strValue(n.Get("UserId"))})
		return
	}
	for _, f := range n.Fields {
		b.stsJSON(f.Value, depth+1)
	}
}

// jsonCredKinds are the credential kinds of a JSON credentials object's
// fields, by lower-case name.
var jsonCredKinds = table.Pairs("accesskeyid", "access-key-id", "secretaccesskey", "secret-access-key", "sessiontoken", "session-token")

func (b *builder) jsonCreds(c *policy.Node) {
	for _, f := range c.Fields {
		kind := jsonCredKinds[strings.ToLower(f.Key)]
		if kind == "" {
			continue
		}
		b.f.Credentials = append(b.f.Credentials, &Credential{Span: f.Value.Span, Source: "credentials", Kind: kind, Name: f.Key, Value: strValue(f.Value)})
	}
}

// rePlaceholder matches the redaction placeholders (AKIA_KEY_1,
// SECRET_ACCESS_KEY_2, ...) and hand-redacted values (<secret>, XXXX,
// ***).
var rePlaceholder = lazyre.New(`(?i)^(?:[A-Z][A-Z0-9]*_[A-Z0-9_]*\d+|<[^>]*>|x{4,}|\*{3,}|.*redacted.*)$`)

// looksPlaceholder reports whether s is a redaction placeholder.
func looksPlaceholder(s string) bool {
	return rePlaceholder.MatchString(strings.TrimSpace(s))
}
