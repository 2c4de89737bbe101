package contentmd5format

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

var reHex32 = lazyre.New(`^[0-9a-fA-F]{32}$`)

// contentMD5Format is the rule as a predicate over the incident: a
// Content-MD5 value is 32 hex characters, or code computes it as a hex
// digest, or S3 answers InvalidDigest.
func contentMD5Format(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil || inc.Signals == nil {
		return
	}
	fix := []rules.Fix{{Message: "send the base64 of the raw 16-byte digest, not its hex: Python base64.b64encode(hashlib.md5(body).digest()).decode(); Node crypto.createHash('md5').update(body).digest('base64'); Java Base64.getEncoder().encodeToString(DigestUtils.md5(bytes)); Ruby Digest::MD5.base64digest(body); shell openssl dgst -md5 -binary FILE | base64"}}
	if ed := digestEdit(p.Facts.Text, inc.Signals.ContentMD5); ed != nil {
		fix[0].Edits = ed
	}
	var invalid *model.Answer
	for _, a := range inc.AllAnswers() {
		if a.Code.Str == "InvalidDigest" || strings.HasPrefix(a.Message.Str, "The Content-MD5 you specified was invalid") {
			invalid = a
			break
		}
	}
	var related []source.Span
	if invalid != nil {
		related = append(related, invalid.Span)
	}
	for _, v := range inc.Signals.ContentMD5 {
		var what string
		switch {
		case reHex32.MatchString(strings.TrimSpace(v.Str)):
			what = fmt.Sprintf("Content-MD5 is %q, 32 hex characters (md5sum's output)", v.Str)
		case v.Str == "" && model.HexDigest(v.Expr):
			what = fmt.Sprintf("Content-MD5 is computed as a hex digest (%s)", clip(v.Expr))
		default:
			continue
		}
		msg := what + ": S3 wants the base64 of the 16 raw bytes of the digest (24 characters ending in '=='), and answers InvalidDigest (400) \"The Content-MD5 you specified was invalid.\""
		p.Report(rules.Finding{Message: msg, Span: v.Span, Related: related, Key: "content-md5", Fixes: fix})
		return
	}
	if invalid != nil {
		p.Report(rules.Finding{
			Message: "S3 answers InvalidDigest (400) \"The Content-MD5 you specified was invalid.\": the Content-MD5 sent is not the base64 of a 16-byte MD5 digest (most often its hex form, from md5sum or hexdigest())",
			Span:    invalid.Span, Key: "content-md5", Fixes: fix,
		})
	}
}

var reImportBase64 = lazyre.New(`(?m)^[ \t]*(?:import[ \t][^\n]*\bbase64\b|from[ \t]+base64[ \t]+import\b)`)

// digestEdit rewrites the hex digest expression the code sends as
// Content-MD5 (the model's fact, found where it is written) as the base64
// of the raw digest, in the code's own language: Python's
// hashlib.md5(b).hexdigest() (when base64 is imported), Node's
// .digest('hex'), Ruby's Digest::MD5.hexdigest. Nil when the expression
// is none of those.
func digestEdit(text string, sigs []model.Fact) []diff.Edit {
	for _, s := range sigs {
		e := s.Expr
		if e == "" || !model.HexDigest(e) {
			continue
		}
		i := strings.Index(text, e)
		if i < 0 {
			continue
		}
		var repl string
		switch {
		case strings.HasSuffix(e, ".hexdigest()") && strings.Contains(e, "hashlib.md5(") && reImportBase64.MatchString(text):
			repl = "base64.b64encode(" + strings.TrimSuffix(e, ".hexdigest()") + ".digest()).decode()"
		case strings.Contains(e, ".digest('hex')"):
			repl = strings.Replace(e, ".digest('hex')", ".digest('base64')", 1)
		case strings.Contains(e, `.digest("hex")`):
			repl = strings.Replace(e, `.digest("hex")`, `.digest("base64")`, 1)
		case strings.Contains(e, "Digest::MD5.hexdigest("):
			repl = strings.Replace(e, "Digest::MD5.hexdigest(", "Digest::MD5.base64digest(", 1)
		}
		if repl != "" {
			return derive.Edit(source.Span{Start: i, End: i + len(e)}, repl)
		}
	}
	return nil
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}
