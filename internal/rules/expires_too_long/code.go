package expirestoolong

import (
	"fmt"
	"strconv"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// expiresTooLongCode reports ExpiresIn above 604800 seconds or below 1.
func expiresTooLongCode(p *rules.Pass) {
	f := p.Facts
	for _, o := range derive.PyOps(f) {
		v := o.ExpiresIn
		if v == nil || !v.IsNum || v.Num >= 1 && v.Num <= derive.MaxPresignExpiry {
			continue
		}
		msg := fmt.Sprintf("ExpiresIn=%d seconds is above the SigV4 maximum of 604800 (7 days); S3 answers AuthorizationQueryParametersError (400) \"X-Amz-Expires must be less than a week\" for every use of the URL", v.Num)
		fix := rules.Fix{Message: "set ExpiresIn to at most 604800 seconds (and no longer than the credentials live)", Edits: derive.Edit(derive.ValueSpan(v), "604800")}
		if v.Num < 1 {
			msg = fmt.Sprintf("ExpiresIn=%d is below the minimum of 1 second; S3 answers AuthorizationQueryParametersError (400)", v.Num)
			fix = rules.Fix{Message: "set ExpiresIn to the lifetime the URL needs, such as 3600 seconds", Edits: derive.Edit(derive.ValueSpan(v), "3600")}
		}
		p.Report(rules.Finding{Message: msg, Span: v.Span, Key: strconv.FormatInt(v.Num, 10), Fixes: []rules.Fix{fix}})
	}
}

// sdkExpiry names, for each SDK the brace reader reads, the setting that
// is the URL's lifetime and how a week and an hour are written in it (the
// fix replaces the user's expression with one of those).
type sdkExpiry struct {
	setting      string
	week, hour   string
	unitsSeconds bool // the setting takes seconds (else a duration or a time)
}

var sdkExpiries = map[string]sdkExpiry{
	"js-v3":   {"getSignedUrl's expiresIn option", "604800", "3600", true},
	"js-v2":   {"getSignedUrl's Expires parameter", "604800", "3600", true},
	"go-v2":   {"s3.WithPresignExpires (PresignOptions.Expires)", "7 * 24 * time.Hour", "time.Hour", false},
	"go-v1":   {"req.Presign's duration", "7 * 24 * time.Hour", "time.Hour", false},
	"java-v2": {"signatureDuration", "Duration.ofDays(7)", "Duration.ofHours(1)", false},
	"java-v1": {"the expiration of generatePresignedUrl", "", "", false},
	"dotnet":  {"GetPreSignedUrlRequest.Expires", "DateTime.UtcNow.AddDays(7)", "DateTime.UtcNow.AddHours(1)", false},
	"php":     {"createPresignedRequest's expires argument", "'+7 days'", "'+1 hour'", false},
	"ruby":    {"expires_in:", "604800", "3600", true},
}

// expiresTooLongSDK reports an expiry outside 1 to 604800 seconds in code
// of the other SDKs, naming their own setting (signatureDuration,
// Expires, '+… minutes', expires_in:) and writing the fix in their terms.
func expiresTooLongSDK(p *rules.Pass) {
	for _, o := range p.Facts.Operations {
		x, ok := sdkExpiries[o.SDK]
		v := o.ExpiresIn
		if !ok || v == nil || !v.Known || !v.IsNum || v.Num >= 1 && v.Num <= derive.MaxPresignExpiry {
			continue
		}
		msg := fmt.Sprintf("%s is %d seconds, above the SigV4 maximum of 604800 (7 days); S3 answers AuthorizationQueryParametersError (400) \"X-Amz-Expires must be less than a week\" for every use of the URL", x.setting, v.Num)
		fix := rules.Fix{Message: "set " + x.setting + " to at most 7 days (604800 seconds), and no longer than the credentials live"}
		repl := x.week
		if v.Num < 1 {
			msg = fmt.Sprintf("%s is %d seconds, below the minimum of 1 second; S3 answers AuthorizationQueryParametersError (400)", x.setting, v.Num)
			fix.Message = "set " + x.setting + " to the lifetime the URL needs, such as 1 hour"
			repl = x.hour
		}
		if sp := derive.ValueSpan(v); repl != "" && sp.End > sp.Start && editable(p.Facts, sp, v) {
			fix.Message += " (" + repl + ")"
			fix.Edits = derive.Edit(sp, repl)
		}
		p.Report(rules.Finding{Message: msg, Span: v.Span, Key: o.SDK + ":" + strconv.FormatInt(v.Num, 10), Fixes: []rules.Fix{fix}})
	}
}

// editable reports whether the value's span holds the expression itself
// (not a variable defined elsewhere whose other uses an edit would miss):
// its text is the expression the reader evaluated.
func editable(f *model.Facts, sp model.Span, v *model.Value) bool {
	if sp.Start < 0 || sp.End > len(f.Text) {
		return false
	}
	return v.From == (model.Span{}) || v.Expr == "" || f.Text[sp.Start:sp.End] == v.Expr
}
