package hostrewritten

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/rules/sigevidence"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// hostRewrittenError reports an S3 canonical request whose host header is
// not the host of the URL: something changed the host after signing.
func hostRewrittenError(p *rules.Pass) {
	if len(p.Facts.Errors) == 0 || len(p.Facts.URLs) == 0 {
		return
	}
	ev := sigevidence.SignatureEvidence(p.Facts, p.Secret, p.Reveal)
	if ev.URL == nil || ev.V2 || ev.S3CanonicalRequest == "" {
		return
	}
	var s3host string
	if ev.Received != nil {
		s3host = ev.Received.Host
	}
	if s3host == "" || strings.EqualFold(s3host, ev.URL.Host) {
		return
	}
	f := rules.Finding{
		Span: derive.URLHost(ev.URL),
		Key:  "host:" + s3host,
		Message: fmt.Sprintf("the URL was signed for host %s but S3 received Host: %s; the host is signed, so a proxy, CDN, port change or edit of the URL after signing makes S3 answer SignatureDoesNotMatch (403)",
			ev.URL.Host, s3host),
		Fixes: []rules.Fix{{Message: "sign with the endpoint the client will call (endpoint_url of the public host) and never edit a signed URL"}},
	}
	if fl := ev.Err.Get("CanonicalRequest"); fl != nil {
		f.Related = []source.Span{fl.Span}
	}
	p.Report(f)
}
