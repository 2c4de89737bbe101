package methodmismatch

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// methodMismatchCurl reports a curl line that uses another HTTP method than
// the URL was signed for. A URL alone does not say its method, so this needs
// the operation that signed it in the paste (code or aws s3 presign, which
// only signs GET).
func methodMismatchCurl(p *rules.Pass) {
	op := derive.SigningOperation(p.Facts)
	if op == nil {
		return
	}
	signed := op.Method
	if op.HTTPMethod != nil && op.HTTPMethod.Known {
		signed = strings.ToUpper(op.HTTPMethod.Str)
	}
	for _, c := range p.Facts.Curls {
		if c.URL == nil || c.URL.Version == "" || c.Call.Method == signed {
			continue
		}
		span := c.Cmd.MethodSpan
		why := c.Cmd.MethodFrom
		if why == "" {
			span, why = c.Cmd.Words[0].Span, "curl's default"
		}
		by := op.Name
		if op.Source == "cli" {
			by = "aws s3 presign, which always signs GET"
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("curl sends %s (%s) but the URL was signed for %s (%s); the method is the first line of the signed canonical request, so S3 answers SignatureDoesNotMatch (403)", c.Call.Method, why, signed, by),
			Span:    span,
			Related: []source.Span{op.NameSpan},
			Key:     methodKey(signed, c.Call.Method), // one cause with the error and code checks of this rule
			Fixes: []rules.Fix{{
				Message: fmt.Sprintf("presign the operation curl performs (%s), or call the URL with %s", opForMethod(c.Call.Method), signed),
			}},
		})
	}
}

func opForMethod(m string) string {
	switch m {
	case "PUT":
		return "put_object"
	case "HEAD":
		return "head_object"
	case "DELETE":
		return "delete_object"
	case "POST":
		return "generate_presigned_post for form uploads"
	}
	return "get_object"
}
