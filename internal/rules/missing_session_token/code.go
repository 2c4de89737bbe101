package missingsessiontoken

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// missingSessionTokenCode reports a client given temporary credentials (an
// ASIA key, or the result of assume_role) without aws_session_token: S3
// answers InvalidAccessKeyId (403).
func missingSessionTokenCode(p *rules.Pass) {
	f := p.Facts
	for _, c := range f.Clients {
		if c.Source != "python" || c.AccessKeyID == nil || c.SecretKey == nil || c.SessionToken != nil {
			continue
		}
		temp := strings.HasPrefix(c.AccessKeyID.Str, "ASIA") && c.AccessKeyID.Known
		if !temp && c.CredentialsFrom == nil {
			continue
		}
		why := "the access key is temporary (ASIA…),"
		if c.CredentialsFrom != nil {
			why = "the keys come from " + c.CredentialsFrom.Name + " and are temporary,"
		}
		fix := rules.Fix{Message: "pass the session token that came with the key: aws_session_token=..."}
		if c.CredentialsFrom != nil && strings.Contains(c.AccessKeyID.Expr, "AccessKeyId") && c.Args != (model.Span{}) {
			tok := strings.Replace(c.AccessKeyID.Expr, "AccessKeyId", "SessionToken", 1)
			fix = rules.Fix{Message: "pass the session token: aws_session_token=" + tok, Edits: []diff.Edit{derive.InsertArg(f, c.Args, "aws_session_token="+tok)}}
		}
		key := c.AccessKeyID.Str
		if !c.AccessKeyID.Known {
			key = "sts"
		}
		p.Report(rules.Finding{
			Message: why + " but the client gets no aws_session_token; the URL carries no X-Amz-Security-Token and S3 answers InvalidAccessKeyId (403) \"The AWS Access Key Id you provided does not exist in our records\"",
			Span:    c.AccessKeyID.Span,
			Key:     key,
			Fixes:   []rules.Fix{fix},
		})
	}
}
