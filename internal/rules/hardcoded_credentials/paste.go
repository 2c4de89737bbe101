package hardcodedcredentials

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/redact"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

var (
	// reSlot finds a credential slot on a line, in any language or form:
	// aws_access_key_id, accessKeyId, AWS_SECRET_ACCESS_KEY, 'key' =>,
	// "Access Key ID [...]:", NewStaticCredentials(, BasicAWSCredentials(.
	reSlot = lazyre.New(`(?i)access.?key|secret|session.?token|credential|\bkey['"]?\s*(?:=>|:|=)`)
	// reOutputKey is a key of the aws CLI's JSON output (sts assume-role,
	// iam list-access-keys): what a command printed, not a key written in.
	reOutputKey = lazyre.New(`^\s*"(?:AccessKeyId|SecretAccessKey|SessionToken)"\s*:`)
	// rePolicyField ends at the value of a presigned POST's policy field
	// (curl -F policy=…, 'policy': '…'): the base64 policy document the
	// signer generated, which redaction replaces whole when it names the
	// key ID in its x-amz-credential condition. Read, not written.
	rePolicyField = lazyre.New(`(?i)\bpolicy['"]?\s*(?:=|:)\s*['"]?$`)
	// reRecordedParam ends at the value of a name/value entry a HAR
	// records of a request sent (postData.params, queryString) for a
	// query-auth or POST-form parameter: what the browser sent, not a key
	// written in.
	reRecordedParam = lazyre.New(`(?i)"name"\s*:\s*"(?:AWSAccessKeyId|X-Amz-Credential|X-Amz-Security-Token)"\s*,\s*"value"\s*:\s*"$`)
)

// hardcodedCredentialsPaste reports credentials written into code or
// commands of any language, by construction from the redaction: every
// secret in a credential slot is a typed placeholder whatever its shape,
// and the redactor's record (the model's Secrets) says where each stands,
// its kind and whether it was AWS's documentation example; so a redacted
// access key ID, secret key or session token on a line that writes a
// credential (its slot named, or a secret beside it) is a literal in the
// paste. Where keys are read from rather than written
// (a URL's X-Amz-Credential, S3's error body, the CLI's JSON output, an
// INI credentials file, a credential scope) does not count. Findings share their Key with the
// code and CLI checks, so one leaked value is one finding.
func hardcodedCredentialsPaste(p *rules.Pass) {
	f := p.Facts
	text := f.Text
	if len(f.Secrets) == 0 {
		return
	}
	diff := strings.HasPrefix(text, "diff --git") || strings.Contains(text, "\n@@ ") || strings.Contains(text, "\n+++ ")
	for _, sec := range f.Secrets {
		kind := sec.Kind
		if kind != redact.KindAccessKeyID && kind != redact.KindSecretAccessKey && kind != redact.KindSessionToken || sec.Dummy != "" {
			continue
		}
		sp := sec.Span
		m := [2]int{sp.Start, sp.End}
		ph := text[m[0]:m[1]]
		if readNotWritten(f, sp) || readByChecks(f, sp) {
			continue
		}
		ls, le := lineAround(text, m[0])
		line := text[ls:le]
		if diff && strings.HasPrefix(line, "-") {
			continue // a line a diff removes
		}
		if reOutputKey.MatchString(line) || strings.HasPrefix(strings.TrimSpace(line), "<") ||
			strings.HasSuffix(text[ls:m[0]], "Credential=") || scope(text[m[1]:]) || queryToken(text[ls:m[0]]) ||
			rePolicyField.MatchString(text[ls:m[0]]) || reRecordedParam.MatchString(text[max(ls, m[0]-120):m[0]]) || answerElement(text[ls:m[0]], text[m[1]:le]) ||
			credentialResponse(line) {
			continue
		}
		if !reSlot.MatchString(line) && !strings.Contains(line, "SECRET_ACCESS_KEY_") {
			continue
		}
		msg := fmt.Sprintf("%s is written into the paste's code or commands: anyone who sees the code, its history or this paste has the key; rotate it, and let the SDK find credentials itself (the default chain: environment, ~/.aws, a role)", credWhat()[kind])
		if sec.Example {
			msg = fmt.Sprintf("%s is written into the paste's code or commands; this one is AWS's documentation example, which never works: %s", credWhat()[kind], exampleAnswer(kind))
		}
		p.Report(rules.Finding{
			Message: msg,
			Span:    sp,
			Key:     kind + ":" + ph,
			Fixes: []rules.Fix{{
				Message: "remove the literal keys and let the SDK use its default credential chain (environment, ~/.aws/credentials, an IAM role); then rotate this key",
			}},
		})
	}
}

// readNotWritten reports whether the placeholder sits where a key is read
// or shown rather than written in: a presigned URL or POST form's fields,
// S3's error body, or a
// credentials part that is a JSON output or an INI file.
func readNotWritten(f *model.Facts, sp source.Span) bool {
	for _, u := range f.URLs {
		if u.Span.Start <= sp.Start && sp.End <= u.Span.End {
			return true
		}
	}
	for _, fm := range f.Forms {
		// The fields of a presigned POST: what the SDK generated.
		if fm.Span.Start <= sp.Start && sp.End <= fm.Span.End {
			return true
		}
	}
	for _, pt := range f.Parts {
		if pt.Span.Start > sp.Start || sp.End > pt.Span.End {
			continue
		}
		switch pt.Kind {
		case model.KindS3Error, model.KindURL:
			return true
		case model.KindCredentials:
			body := strings.TrimSpace(f.Text[pt.Span.Start:pt.Span.End])
			if strings.HasPrefix(body, "{") || strings.HasPrefix(body, "[") {
				return true
			}
		}
	}
	return false
}

// scope reports whether the text after a key ID continues a SigV4
// credential scope (AKID/20250304/region/s3/aws4_request, as in a POST
// form's x-amz-credential or a signing log): what a signer wrote, not a
// key written in.
func scope(after string) bool {
	// encoded once (%2F) or more (%252F: the URL went through an encoder)
	a := strings.ToUpper(after)
	for strings.HasPrefix(a, "%25") {
		a = "%" + a[3:]
	}
	return strings.HasPrefix(a, "/") || strings.HasPrefix(a, "%2F")
}

// readByChecks reports whether a credential fact of the code or CLI
// readers holds the placeholder: those checks report it.
func readByChecks(f *model.Facts, sp source.Span) bool {
	for _, c := range f.Credentials {
		if c.Value != nil && c.Value.Span.Start <= sp.Start && sp.End <= c.Value.Span.End {
			return true
		}
	}
	return false
}

// lineAround returns the bounds of the line holding off.
func lineAround(text string, off int) (int, int) {
	s := strings.LastIndexByte(text[:off], '\n') + 1
	e := strings.IndexByte(text[off:], '\n')
	if e < 0 {
		return s, len(text)
	}
	return s, off + e
}

// queryToken reports a placeholder that is the value of the
// X-Amz-Security-Token parameter of a request line ("GET /k?…
// HTTP/1.1", as a proxy or a browser's network panel shows it) or of a URL
// that starts its line: a presigned URL made with temporary credentials
// always carries its token, which is not a credential written into code.
func queryToken(before string) bool {
	b := strings.ToLower(before)
	if !strings.HasSuffix(b, "?x-amz-security-token=") && !strings.HasSuffix(b, "&x-amz-security-token=") {
		return false
	}
	t := strings.TrimLeft(b, " \t\"'<")
	if strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") {
		return !strings.ContainsAny(t, " \t")
	}
	for _, m := range []string{"get ", "put ", "post ", "head ", "delete ", "options "} {
		if strings.HasPrefix(t, m) && strings.HasPrefix(strings.TrimLeft(t[len(m):], " "), "/") {
			return true
		}
	}
	return false
}

// answerElement reports a placeholder that is the content of an element S3
// or STS writes in its XML answers (<AWSAccessKeyId> and <Token-0> of an
// error body;
// <AccessKeyId>, <SecretAccessKey>, <SessionToken> of an STS response),
// wherever that XML is quoted: a log line, a JSON string of a HAR or an
// exception, HTML-escaped in a page. What a service answered, not a key
// written in.
func answerElement(before, after string) bool {
	b := strings.ReplaceAll(strings.ReplaceAll(before, "&lt;", "<"), "&gt;", ">")
	a := strings.ReplaceAll(strings.ReplaceAll(after, "&lt;", "<"), "&gt;", ">")
	a = strings.ReplaceAll(a, `<\/`, "</")
	for _, el := range []string{"AWSAccessKeyId", "AccessKeyId", "SecretAccessKey", "SessionToken", "Token-0"} {
		if strings.HasSuffix(b, "<"+el+">") && strings.HasPrefix(a, "</"+el+">") {
			return true
		}
	}
	return false
}

// reExpirationKey is the expiration member of a JSON object.
var reExpirationKey = lazyre.New(`(?i)"expiration"\s*:`)

// credentialResponse reports a line that is a credential endpoint's JSON
// answer printed whole (STS, the instance or container metadata service,
// the IoT credential provider, Cognito): an object that states when the
// credentials expire. Configuration written by hand never carries an
// expiration; a provider's answer always does.
func credentialResponse(line string) bool {
	t := strings.TrimSpace(line)
	if i := strings.IndexByte(t, '{'); i < 0 || !strings.Contains(t[i:], "}") {
		return false
	}
	return reExpirationKey.MatchString(t)
}
