package policysignaturecondition

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/policy"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// policySignatureCondition reports the S3 signature keys that stop
// presigned requests: s3:authType (a presigned URL is REST-QUERY-STRING),
// s3:signatureversion (AWS4-HMAC-SHA256, or AWS for a SigV2 URL) and
// s3:signatureAge (milliseconds since X-Amz-Date; the shorter of it and
// X-Amz-Expires wins).
func policySignatureCondition(p *rules.Pass) {
	sigVersion, v2 := "AWS4-HMAC-SHA256", false
	for _, u := range p.Facts.URLs {
		if u.Version == "v2" {
			sigVersion, v2 = "AWS", true
			break
		}
	}
	expiry, expirySpan := derive.PresignExpiry(p.Facts)
	targets := p.Facts.Targets()
	for _, ps := range derive.AllStatements(p.Facts) {
		st := ps.Stmt
		t, ok := derive.RelevantTarget(targets, st)
		if !ok {
			continue
		}
		for _, c := range st.Conditions {
			var why string
			switch strings.ToLower(c.Key) {
			case "s3:authtype":
				if derive.Blocks(st, c.Eval(true, []string{"REST-QUERY-STRING"})) != policy.True {
					continue
				}
				why = fmt.Sprintf("every presigned URL has s3:authType \"REST-QUERY-STRING\", so %s %s %s for all of them", derive.EffectWord(st), derive.DenyVerb(st), t.Action)
			case "s3:signatureversion":
				if derive.Blocks(st, c.Eval(true, []string{sigVersion})) != policy.True {
					continue
				}
				kind := "a SigV4 URL has"
				if v2 {
					kind = "the paste's SigV2 URL has"
				}
				why = fmt.Sprintf("%s s3:signatureversion %q, so %s %s %s", kind, sigVersion, derive.EffectWord(st), derive.DenyVerb(st), t.Action)
			case "s3:signatureage":
				why = ageWhy(st, c, expiry)
				if why == "" {
					continue
				}
			default:
				continue
			}
			f := rules.Finding{
				Message: "the condition " + derive.CondText(c) + ": " + why + derive.AlsoWhen(st, c) + "; S3 answers AccessDenied (403)",
				Span:    c.KeySpan,
				Related: []source.Span{st.EffectSpan},
				Key:     derive.StmtKey(c),
				Fixes: []rules.Fix{{
					Message: "exempt presigned requests of the signing principal from this condition, or deliver the object another way than a presigned URL",
				}},
			}
			if strings.EqualFold(c.Key, "s3:signatureAge") && expirySpan.End > 0 {
				f.Related = append(f.Related, expirySpan)
			}
			p.Report(f)
		}
	}
}

// ageWhy explains an s3:signatureAge limit; "" when the condition does not
// put an upper bound on the age, or the paste's URLs expire within it.
func ageWhy(st *policy.Statement, c policy.Condition, expiry int64) string {
	if len(c.Values) == 0 {
		return ""
	}
	ms, err := strconv.ParseFloat(c.Values[0].Value, 64)
	if err != nil {
		return ""
	}
	base := strings.ToLower(c.Base)
	upper := (st.Deny() && strings.HasPrefix(base, "numericgreaterthan")) || (!st.Deny() && strings.HasPrefix(base, "numericlessthan"))
	if !upper {
		return ""
	}
	limit := int64(ms / 1000)
	if expiry > 0 && expiry <= limit {
		return "" // the URLs die of their own expiry first: the limit never refuses them
	}
	msg := fmt.Sprintf("s3:signatureAge counts milliseconds since the URL was signed (X-Amz-Date), so the URL stops working %s after signing, whatever its X-Amz-Expires says", derive.Human(limit))
	if expiry > 0 && expiry > limit {
		msg += fmt.Sprintf(" (the paste asks for %s)", derive.Human(expiry))
	}
	return msg
}
