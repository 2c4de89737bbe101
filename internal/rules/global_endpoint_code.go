package rules

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
)

// globalEndpointCode reports an S3 client for a bucket outside us-east-1
// without s3={'addressing_style': 'virtual'}: botocore then presigns on the
// global host bucket.s3.amazonaws.com, which S3 answers with a
// TemporaryRedirect (307) that breaks the signature or CORS.
func globalEndpointCode(p *Pass) {
	f := p.Facts
	hint, _, _ := regionHint(f)
	for _, c := range pyClients(f) {
		if c.Endpoint != nil || knownStr(c.AddressingStyle) == "virtual" || !presigns(f, c) {
			continue
		}
		region := hint
		if region == "" {
			region = knownStr(clientRegion(c))
		}
		if region == "" || region == "us-east-1" || printsRegionalHost(f, c) {
			continue
		}
		style := "no addressing style"
		sp := c.Span
		if c.AddressingStyle != nil {
			style = "addressing_style=" + c.AddressingStyle.Expr
			sp = c.AddressingStyle.Span
		}
		var extra []diff.Edit
		if clientRegion(c) == nil {
			extra = append(extra, insertArg(f, c.Args, "region_name='"+region+"'"))
		}
		fix := clientConfigFix(f, c, [][2]string{{"signature_version", "'s3v4'"}}, "virtual",
			"set Config(signature_version='s3v4', s3={'addressing_style': 'virtual'}) so the URL names the regional host", extra...)
		p.Report(Finding{
			Message: fmt.Sprintf("with %s botocore presigns on the global host bucket.s3.amazonaws.com; for a bucket in %s S3 answers TemporaryRedirect (307) to the regional host, and following it fails with SignatureDoesNotMatch (403) or a CORS error", style, region),
			Span:    sp,
			Key:     region,
			Fixes:   []Fix{fix},
		})
	}
}

// printsRegionalHost reports whether a URL the client printed is already on
// a regional S3 host: the paste then shows the client does not presign on
// the global one.
func printsRegionalHost(f *model.Facts, c *model.Client) bool {
	for _, u := range printedURLs(f, c) {
		if u.Endpoint.AWS && u.Endpoint.Region != "" {
			return true
		}
	}
	return false
}
