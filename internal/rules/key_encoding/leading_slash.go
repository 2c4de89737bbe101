package keyencoding

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// A key that starts with '/' is a valid S3 key, but the SDKs then sign the
// path "//key" (virtual-hosted) or "/bucket//key" (path-style), and many
// HTTP clients and proxies collapse the double slash before sending
// (requests 2.32 does): S3 computes another canonical URI and answers
// SignatureDoesNotMatch (403), or, if the URL is rebuilt without the slash,
// NoSuchKey for the other key.
//
// Checked against: boto3#4181 (generate_presigned_url for "/key" gives a
// path starting with "//"), psf/requests#6711 (requests 2.32 strips it and
// presigned URLs fail), aws-sdk-php#1507 and cognitect aws-api#53
// (SignatureDoesNotMatch for a key with a leading slash), versitygw#2274
// (AWS keeps keys with a leading slash; the canonical URI is not
// normalized).

const leadingSlashMsg = "the object key starts with '/', so the URL's path starts with a double slash (//%s): the signature covers that path, and HTTP clients or proxies that collapse '//' (requests since 2.32, many proxies and URL helpers) send another path, so S3 answers SignatureDoesNotMatch (403), or NoSuchKey (404) for the key without the slash"

// keyLeadingSlashCode reads the Key of every presign call, in any
// language: a literal starting with '/', or an expression that does
// (f"/{x}", `/${x}`, "/" + x).
func keyLeadingSlashCode(p *rules.Pass) {
	for _, o := range derive.CodeOps(p.Facts) {
		k := o.Key
		if k == nil || !leadingSlash(k) {
			continue
		}
		rest := strings.TrimPrefix(derive.KnownStr(k), "/")
		if rest == "" {
			rest = "…"
		}
		p.Report(rules.Finding{
			Message: strings.Replace(leadingSlashMsg, "%s", rest, 1),
			Span:    k.Span,
			Key:     "leading-slash",
			Fixes:   []rules.Fix{{Message: "drop the leading '/' from the key (S3 keys are not paths: \"reports/q1.pdf\", not \"/reports/q1.pdf\"); for objects already stored under a leading slash, keep the key and send the URL exactly as returned, with a client that does not normalize the path"}},
		})
	}
}

// keyLeadingSlashURL reads the key of every presigned URL.
func keyLeadingSlashURL(p *rules.Pass) {
	for _, u := range p.Facts.URLs {
		if !u.Presigned() || !strings.HasPrefix(u.Key, "/") {
			continue
		}
		sp := u.PathSpan
		if sp.Len() == 0 {
			sp = u.Span
		}
		p.Report(rules.Finding{
			Message: strings.Replace(leadingSlashMsg, "%s", strings.TrimLeft(u.Key, "/"), 1),
			Span:    sp,
			Key:     "leading-slash",
			Fixes:   []rules.Fix{{Message: "sign the key without its leading '/' (or, for an object stored under it, send the URL exactly as returned, with a client that keeps '//' in the path)"}},
		})
	}
}

// leadingSlash reports a key value that starts with '/': a known string,
// or an expression whose first literal character is '/'.
func leadingSlash(v *model.Value) bool {
	if v.Known {
		return strings.HasPrefix(v.Str, "/")
	}
	e := strings.TrimSpace(v.Expr)
	for _, pre := range []string{"f\"", "f'", "\"", "'", "`", "$\"", "@\""} {
		if strings.HasPrefix(e, pre) {
			return strings.HasPrefix(e[len(pre):], "/")
		}
	}
	return false
}
