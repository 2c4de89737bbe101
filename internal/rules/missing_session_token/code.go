package missingsessiontoken

import (
	"cmp"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// missingSessionTokenCode reports a client of code, in any language, given
// temporary credentials (an ASIA key, or the keys of an STS answer) without
// their session token (the model's TokenlessKeys): S3 answers
// InvalidAccessKeyId (403).
func missingSessionTokenCode(p *rules.Pass) {
	f := p.Facts
	for _, k := range f.TokenlessKeys {
		c := k.Client
		if c == nil {
			continue
		}
		why := "the access key is temporary (ASIA…),"
		if k.STS != nil {
			why = "the keys come from " + k.STS.Name + " and are temporary,"
		}
		tok := tokenExpr(c.AccessKeyID.Expr)
		fix := rules.Fix{Message: "pass the session token that came with the key: " + tokenSetting(c.Source, "...")}
		if k.Lambda {
			why = "the key is read from AWS_ACCESS_KEY_ID inside a Lambda function, where it is the execution role's temporary key,"
			fix = rules.Fix{Message: "build the client without keys so the SDK reads all three (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN), or pass the token too: " + tokenSetting(c.Source, "AWS_SESSION_TOKEN")}
		}
		if k.STS != nil && tok != "" {
			fix = rules.Fix{Message: "pass the session token: " + tokenSetting(c.Source, tok)}
			if c.Source == "python" && c.Args != (model.Span{}) {
				fix.Edits = derive.InsertClientArg(f, c, tokenSetting(c.Source, tok))
			}
		}
		key := k.Key
		if key == "" {
			key = c.AccessKeyID.Str
			if !c.AccessKeyID.Known {
				key = "sts"
			}
		}
		p.Report(rules.Finding{
			Message: why + " but the client gets no " + tokenName(c.Source) + "; the URL carries no X-Amz-Security-Token and S3 answers InvalidAccessKeyId (403) \"The AWS Access Key Id you provided does not exist in our records\"",
			Span:    k.Span,
			Key:     key,
			Fixes:   []rules.Fix{fix},
		})
	}
}

// missingSessionTokenEnv reports a temporary key exported (or written in a
// credentials file) with no session token anywhere in the paste: every SDK
// and the CLI that read it sign without X-Amz-Security-Token.
func missingSessionTokenEnv(p *rules.Pass) {
	for _, k := range p.Facts.TokenlessKeys {
		if k.Client != nil {
			continue
		}
		name := "AWS_SESSION_TOKEN"
		if !strings.HasPrefix(k.Name, "AWS_") {
			name = "aws_session_token"
		}
		p.Report(rules.Finding{
			Message: k.Name + " is a temporary (ASIA…) key but the paste sets no " + name + "; whatever signs with it (the CLI, any SDK's default chain) sends no X-Amz-Security-Token and S3 answers InvalidAccessKeyId (403) \"The AWS Access Key Id you provided does not exist in our records\"",
			Span:    k.Span,
			Key:     k.Key,
			Fixes:   []rules.Fix{{Message: "set " + name + " to the session token that came with the key (the SessionToken of the STS answer, or the console's temporary credentials), then sign again"}},
		})
	}
}

// tokenExpr is the expression that reads the session token of the STS
// answer whose key ID expr reads (Credentials.AccessKeyId →
// Credentials.SessionToken), or "".
func tokenExpr(expr string) string {
	for _, r := range [][2]string{{"AccessKeyId", "SessionToken"}, {"access_key_id", "session_token"}, {"accessKeyId", "sessionToken"}} {
		if strings.Contains(expr, r[0]) {
			return strings.Replace(expr, r[0], r[1], 1)
		}
	}
	return ""
}

// tokenName is the session token's setting in the SDK of src (the
// model's table of SDK settings).
func tokenName(src string) string {
	s, _ := model.SettingOf(src, "", model.SetSessionToken)
	return cmp.Or(s.Phrase(), "aws_session_token")
}

// tokenSetting is how the SDK of src is given the token tok.
func tokenSetting(src, tok string) string {
	if s, ok := model.SettingOf(src, "", model.SetSessionToken); ok {
		return s.With(tok)
	}
	return "aws_session_token=" + tok
}
