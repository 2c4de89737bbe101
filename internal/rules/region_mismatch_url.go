package rules

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// regionMismatchURL compares the scope region of each SigV4 URL with the
// region its host names.
func regionMismatchURL(p *Pass) {
	for _, u := range sigV4URLs(p.Facts) {
		host := u.Endpoint.Region
		if !u.Endpoint.AWS || host == "" {
			continue
		}
		scope, sp, ok := scopeRegionSpan(u)
		if !ok || scope == host {
			continue
		}
		p.Report(Finding{
			Message: fmt.Sprintf("the URL's X-Amz-Credential is scoped to %s but the host is the %s endpoint; S3 answers AuthorizationQueryParametersError (400) \"the region '%s' is wrong; expecting '%s'\" (or a redirect, then SignatureDoesNotMatch, when the bucket is elsewhere)",
				scope, host, scope, host),
			Span:    sp,
			Related: []source.Span{urlHost(u)},
			Key:     host,
			Fixes:   []Fix{regionFix(host)},
		})
	}
}
