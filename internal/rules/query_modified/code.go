package querymodified

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/rules"
)

// reAddsParam is an appended text that adds a query parameter (&name= or
// ?name=).
var reAddsParam = lazyre.New(`[?&][A-Za-z0-9_.\-\[\]]+=`)

// queryModifiedCode reports code that adds query parameters to a presigned
// URL after the SDK returned it (model.URLEdits): an HTTP client's params
// (requests.get(url, params=…)), or a string appended to the URL
// (url += "&download=1", f"{url}&v=2"). S3 signs every query parameter but
// X-Amz-Signature, so the URL as sent no longer matches its signature.
func queryModifiedCode(p *rules.Pass) {
	for _, e := range p.Facts.URLEdits {
		switch e.What {
		case "query":
		case "append", "format":
			if !reAddsParam.MatchString(e.Expr) {
				continue
			}
		default:
			continue
		}
		what := "a query parameter is added to the presigned URL after the SDK signed it"
		if e.What == "query" {
			what = fmt.Sprintf("the HTTP client adds %s to the presigned URL's query after the SDK signed it", strings.Join(strings.Fields(e.Expr), " "))
		}
		p.Report(rules.Finding{
			Message: what + "; S3 signs every query parameter except X-Amz-Signature, so the URL as sent no longer matches its signature and S3 answers SignatureDoesNotMatch (403)",
			Span:    e.Span,
			Key:     "edit:" + e.What,
			Fixes:   []rules.Fix{{Message: "give the parameter to the presign call so it is signed (Params={'ResponseContentDisposition': …, 'VersionId': …}), or drop it, and send the URL exactly as returned"}},
		})
	}
}
