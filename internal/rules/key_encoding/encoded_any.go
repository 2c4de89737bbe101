package keyencoding

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// keyEncoders are each language's URL encoders: a Key passed through one
// is encoded before signing, and the SDK encodes it again.
var keyEncoders = []string{
	"encodeURIComponent(", "encodeURI(", "querystring.escape(", // JavaScript
	"url.PathEscape(", "url.QueryEscape(", // Go
	"URLEncoder.encode(", "UriUtils.encode", // Java
	"Uri.EscapeDataString(", "Uri.EscapeUriString(", "HttpUtility.UrlEncode(", "WebUtility.UrlEncode(", // .NET
	"rawurlencode(", "urlencode(", // PHP
	"CGI.escape(", "ERB::Util.url_encode(", "URI.encode_www_form_component(", "URI.escape(", // Ruby
}

// keyEncodedAny is keyEncodingCode for the SDKs other than boto3 (whose
// Key the python check reads through its syntax tree): the Key of a
// presign call is an expression that calls a URL encoder.
func keyEncodedAny(p *rules.Pass) {
	for _, o := range derive.CodeOps(p.Facts) {
		k := o.Key
		if o.Source == "python" || k == nil || k.Known {
			continue
		}
		for _, enc := range keyEncoders {
			if !strings.Contains(k.Expr, enc) {
				continue
			}
			fn := strings.TrimSuffix(enc, "(")
			p.Report(rules.Finding{
				Message: fmt.Sprintf("the key is percent-encoded by %s() before signing, and the %s SDK encodes it again when it builds the URL ('/' becomes %%2F then %%252F, a space %%20 then %%2520): the URL names another key, and S3 answers NoSuchKey (404), AccessDenied (403) or SignatureDoesNotMatch (403)", fn, derive.Language(o.Source)),
				Span:    k.Span,
				Key:     "encoded:" + strings.TrimSpace(k.Expr),
				Fixes:   []rules.Fix{{Message: fmt.Sprintf("pass the raw key (remove %s()); the SDK encodes it once, and the URL it returns is used as is", fn)}},
			})
			break
		}
	}
}
