package keyencoding

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/python"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

var rePercent = lazyre.New(`%[0-9A-Fa-f]{2}`)

// keyEncodingCode reports an object key encoded before signing (quote()
// around Key, or a key literal that is already percent-encoded): botocore
// encodes it again, so the URL names another key.
func keyEncodingCode(p *rules.Pass) {
	f := p.Facts
	for _, o := range derive.PyOps(f) {
		k := o.Key
		if k == nil {
			continue
		}
		if call := derive.FindCall(f, k.Span); call != nil && len(call.Args) > 0 {
			fn := call.X.Name
			if call.X.Kind == python.Name || call.X.Kind == python.Attr {
				switch fn {
				case "quote", "quote_plus", "urlencode", "encodeURIComponent", "url_quote":
					arg := call.Args[0]
					p.Report(rules.Finding{
						Message: fmt.Sprintf("the key is percent-encoded by %s() before signing, and botocore encodes it again (%%2F becomes %%252F): the URL names another key, and S3 answers NoSuchKey (404), AccessDenied (403) or SignatureDoesNotMatch (403)", fn),
						Span:    k.Span,
						Key:     "quote:" + strings.TrimSpace(f.Text[arg.Span.Start:arg.Span.End]),
						Fixes: []rules.Fix{{
							Message: "pass the raw key: Key=" + f.Text[arg.Span.Start:arg.Span.End],
							Edits:   derive.Edit(k.Span, f.Text[arg.Span.Start:arg.Span.End]),
						}},
					})
					continue
				}
			}
		}
		if s := derive.KnownStr(k); s != "" && rePercent.MatchString(s) {
			p.Report(rules.Finding{
				Severity: rules.Warning,
				Message:  fmt.Sprintf("the key %q looks percent-encoded already; botocore encodes it again (%% becomes %%25), so the URL names another key and S3 answers NoSuchKey (404) or AccessDenied (403)", s),
				Span:     k.Span,
				Key:      s,
				Fixes:    []rules.Fix{{Message: "pass the key exactly as it is stored in S3 (decoded), and never re-encode the returned URL"}},
			})
		}
	}
}
