package hardcodedcredentials

import (
	"fmt"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// hardcodedCredentialsCLI reports keys written on a command line (aws
// configure set, NAME=value before a command) or in environment exports.
// Credential files (~/.aws/credentials) and STS output are where keys
// belong or come from, so they are not reported.
func hardcodedCredentialsCLI(p *rules.Pass) {
	for _, c := range p.Facts.Credentials {
		where := ""
		switch {
		case c.Source == "cli":
			where = "on a command line, so it is in the shell's history"
		case c.Source == "credentials" && strings.HasPrefix(c.Name, "AWS_"):
			where = "in an environment export, so it sits in a script or the shell's history"
		default:
			continue
		}
		if !literal(c.Value) || c.Dummy != "" {
			continue
		}
		msg := fmt.Sprintf("%s (%s) is written %s and in this paste; S3 answers normally, but anyone who sees the text has the key", credWhat()[c.Kind], c.Name, where)
		if isExample(p.Facts, c.Value) {
			msg = fmt.Sprintf("%s (%s) is written %s; this one is AWS's documentation example, which never works: %s", credWhat()[c.Kind], c.Name, where, exampleAnswer(c.Kind))
		}
		p.Report(rules.Finding{
			Message: msg,
			Span:    c.Value.Span,
			Key:     c.Kind + ":" + c.Value.Str, // one finding per leaked value and kind (MinIO's key and secret are often the same word)
			Fixes: []rules.Fix{{
				Message: "keep keys out of commands and scripts: use aws configure (interactive), aws sso login or a role, then rotate this key",
			}},
		})
	}
}

var credWhat = sync.OnceValue(func() map[string]string {
	return table.Pairs("access-key-id", "an access key ID", "secret-access-key", "a secret access key", "session-token", "a session token")
})

// literal reports whether a credential value is a literal key (or the
// placeholder of a redacted one), not a variable or a hand-written stand-in
// such as <secret> or XXXX.
func literal(v *model.Value) bool {
	if v == nil || !v.Known {
		return false
	}
	s := strings.TrimSpace(v.Str)
	if len(s) < 8 || strings.ContainsAny(s, "$<>{}") {
		return false
	}
	u := strings.ToUpper(s)
	return !strings.Contains(u, "XXXX") && !strings.Contains(u, "***") && !strings.Contains(u, "YOUR") && !strings.Contains(u, "REDACTED")
}
