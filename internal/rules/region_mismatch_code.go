package rules

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// regionMismatchCode compares the region the code's client signs for with
// the bucket's region as the paste's S3 error or URL host names it.
func regionMismatchCode(p *Pass) {
	f := p.Facts
	want, wsp, from := regionHint(f)
	if want == "" {
		return
	}
	for _, c := range pyClients(f) {
		r := clientRegion(c)
		have := knownStr(r)
		if have == "" || have == want || !presigns(f, c) {
			continue
		}
		sp := valueSpan(r)
		p.Report(Finding{
			Message: fmt.Sprintf("the client signs for %s but %s says the bucket is in %s; S3 answers AuthorizationQueryParametersError (400) \"the region '%s' is wrong; expecting '%s'\", or a redirect that breaks the signature", have, from, want, have, want),
			Span:    r.Span,
			Related: []source.Span{wsp},
			Key:     want,
			Fixes: []Fix{{
				Message: fmt.Sprintf("sign for the bucket's region: region_name='%s'", want),
				Edits:   edit(sp, quoteChar(f, sp)+want+quoteChar(f, sp)),
			}},
		})
	}
}
