package hostrewritten

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// hostRewrittenURLs reports two URLs of the paste that carry the same
// signature on different hosts (the URL as signed, and the same URL as it
// was opened behind a proxy, a compose name swapped for localhost, a
// CNAME): a signature covers one host, so one of them is the signed URL
// with its host changed afterwards. A CloudFront domain is
// cloudfront_vs_s3's case; two AWS hosts are S3's redirect.
func hostRewrittenURLs(p *rules.Pass) {
	us := p.Facts.URLs
	if len(us) < 2 {
		return
	}
	for i, a := range us {
		sa := derive.Signature(a)
		if sa == "" {
			continue
		}
		for _, b := range us[i+1:] {
			if derive.Signature(b) != sa || strings.EqualFold(a.Host, b.Host) || derive.CloudFront(a) || derive.CloudFront(b) || a.Endpoint.AWS && b.Endpoint.AWS {
				// two AWS hosts of one signature: S3's redirect from the
				// global host to the bucket's region (global_endpoint's)
				continue
			}
			reportSwap(p, b, a, fmt.Sprintf("the same signature is sent to host %s and to host %s: a presigned URL signs its host, so the one whose host was changed after signing (a proxy, a compose service name swapped for localhost, a custom domain) is answered SignatureDoesNotMatch (403)", a.Host, b.Host))
			return
		}
	}
	if b, a := derive.SwappedHost(p.Facts); b != nil {
		reportSwap(p, b, a, fmt.Sprintf("the signed URL sent to host %s names the object the paste shows generated on host %s, and S3 answered SignatureDoesNotMatch (403): a presigned URL signs its host, so a URL whose host is swapped afterwards (a custom domain, a proxy) never matches", b.Host, a.Host))
	}
}

// reportSwap reports URL b as a's host swapped after signing.
func reportSwap(p *rules.Pass, b, a *presign.URL, msg string) {
	p.Report(rules.Finding{
		Span:    derive.URLHost(b),
		Related: []source.Span{derive.URLHost(a)},
		Key:     "host:" + b.Host,
		Message: msg,
		Fixes:   []rules.Fix{{Message: "sign with the endpoint the client will call (a client whose endpoint is the public host), and use the URL exactly as returned"}},
	})
}
