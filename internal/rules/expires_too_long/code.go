package expirestoolong

import (
	"fmt"
	"strconv"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// expiresTooLongCode reports a presign expiry above 604800 seconds or
// below 1, in any language: the readers give the expiry in seconds
// whatever its shape (ExpiresIn=, expiresIn:, WithPresignExpires(240*time.Hour),
// signatureDuration(Duration.ofDays(8)), Expires = DateTime.UtcNow.AddDays(10),
// '+2 weeks', expires_in: 8 * 24 * 3600).
func expiresTooLongCode(p *rules.Pass) {
	f := p.Facts
	for _, o := range derive.CodeOps(f) {
		v := o.ExpiresIn
		if v == nil || !v.IsNum || v.Num >= 1 && v.Num <= derive.MaxPresignExpiry {
			continue
		}
		what := derive.ExpiryWords(o.Source, v)
		if o.Source != "python" && o.Source != "cli" {
			what += ", set by " + expiryName(o)
		}
		msg := fmt.Sprintf("%s is above the SigV4 maximum of 604800 (7 days); S3 answers AuthorizationQueryParametersError (400) \"X-Amz-Expires must be less than a week\" for every use of the URL", what)
		fix := rules.Fix{Message: "set " + expiryName(o) + " to at most 604800 seconds (and no longer than the credentials live)", Edits: derive.ExpiryEdit(o.Source, v, 604800)}
		if v.Num < 1 {
			msg = fmt.Sprintf("%s is below the minimum of 1 second; S3 answers AuthorizationQueryParametersError (400)", what)
			if v.Num < 0 {
				msg += " \"X-Amz-Expires must be non-negative\""
			}
			fix = rules.Fix{Message: "set " + expiryName(o) + " to the lifetime the URL needs, such as 3600 seconds", Edits: derive.ExpiryEdit(o.Source, v, 3600)}
		}
		p.Report(rules.Finding{Message: msg, Span: v.Span, Key: strconv.FormatInt(v.Num, 10), Fixes: []rules.Fix{fix}})
	}
}

// sdkSettings names, for each SDK the brace reader tells apart, the
// setting that is the URL's lifetime (checked against each SDK's docs).
var sdkSettings = map[string]string{
	"js-v3":   "getSignedUrl's expiresIn option",
	"js-v2":   "getSignedUrl's Expires parameter",
	"go-v2":   "s3.WithPresignExpires (PresignOptions.Expires)",
	"go-v1":   "req.Presign's duration",
	"java-v2": "signatureDuration",
	"java-v1": "the expiration of generatePresignedUrl",
	"dotnet":  "GetPreSignedUrlRequest.Expires",
	"php":     "createPresignedRequest's expires argument",
	"ruby":    "expires_in:",
}

// expiryName is the expiry argument as the operation's SDK names it.
func expiryName(o *model.Operation) string {
	if n := sdkSettings[o.SDK]; n != "" {
		return n
	}
	switch o.Source {
	case "python":
		return "ExpiresIn"
	case "javascript", "typescript":
		return "expiresIn (Expires in JavaScript v2)"
	case "go":
		return "the WithPresignExpires duration"
	case "java":
		return "signatureDuration"
	case "csharp":
		return "Expires"
	case "php":
		return "the expiry of createPresignedRequest"
	case "ruby":
		return "expires_in"
	}
	return "the expiry"
}
