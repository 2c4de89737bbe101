package hostrewritten

import (
	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/python"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// reHostish is an edit of a signed URL that names a host: a literal host
// or scheme, or the variables a replace swaps (internalEndpoint ->
// publicEndpoint, baseUrl, domain, origin, hostName), whatever the SDK.
var reHostish = lazyre.New(`(?i)amazonaws\.com|://|netloc|hostname|localhost|minio|localstack|cloudfront|cdn|\bhost\b|host(?:name)?s?\b|endpoint|domain|base_?url|origin|:\d{2,5}\b|\.(?:com|net|org|io|dev|internal)\b`)

// hostRewrittenCode reports code that edits the host of a signed URL
// (url.replace('s3.amazonaws.com', 'cdn.example.com'), _replace(netloc=)).
// SigV4 signs the host, so S3 answers SignatureDoesNotMatch.
func hostRewrittenCode(p *rules.Pass) {
	f := p.Facts
	for _, e := range f.URLEdits {
		if e.What != "replace" || !reHostish.MatchString(e.Expr) {
			continue
		}
		fix := rules.Fix{Message: "sign with a client whose endpoint_url is the host the URL's user will call, and use the URL exactly as returned"}
		if call := derive.FindCall(f, e.Span); call != nil && call.X.Kind == python.Attr && call.X.Name == "replace" {
			recv := call.X.X
			fix.Edits = derive.Edit(e.Span, f.Text[recv.Span.Start:recv.Span.End])
			fix.Message = "stop editing the signed URL, and sign with a client whose endpoint_url is the host the URL's user will call"
		}
		p.Report(rules.Finding{
			Message: "the host of the signed URL is changed after signing; SigV4 signs the Host header, so S3 (or the store behind the new host) answers SignatureDoesNotMatch (403)",
			Span:    e.Span,
			Key:     "host:edit",
			Fixes:   []rules.Fix{fix},
		})
	}
}
