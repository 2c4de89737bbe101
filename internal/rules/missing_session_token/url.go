package missingsessiontoken

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/rules"
)

// missingSessionTokenURL reports URLs signed with a temporary (ASIA) key
// that carry no session token.
func missingSessionTokenURL(p *rules.Pass) {
	for _, u := range p.Facts.URLs {
		if !u.Presigned() || !u.Temporary() || u.Token() != nil {
			continue
		}
		key, prm := u.AccessKeyID()
		sp := prm.Span
		if i := strings.Index(prm.RawValue, key); i >= 0 && key != "" {
			sp = u.ValueSpan(prm, i, i+len(key))
		}
		name := "X-Amz-Security-Token"
		if u.Version == "v2" {
			name = "x-amz-security-token"
		}
		p.Report(rules.Finding{
			Message: "the access key is a temporary (ASIA) key but the URL has no " + name + "; S3 answers InvalidAccessKeyId (403) \"The AWS Access Key Id you provided does not exist in our records.\", and appending the token afterwards gives SignatureDoesNotMatch (403) since the token is signed",
			Span:    sp,
			Key:     key,
			Fixes:   []rules.Fix{{Message: "sign with the session token: pass aws_session_token to the client (or use the default credential chain, which carries it), then generate the URL again"}},
		})
	}
}
