package regionmismatch

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// regionMismatchCode compares the region the code's client signs for with
// the bucket's region as the paste's S3 error or URL host names it.
func regionMismatchCode(p *rules.Pass) {
	f := p.Facts
	want, wsp, from := derive.RegionHint(f)
	if want == "" {
		return
	}
	for _, c := range derive.PyClients(f) {
		r := derive.ClientRegion(c)
		have := derive.KnownStr(r)
		if have == "" || have == want || !derive.Presigns(f, c) {
			continue
		}
		sp := derive.ValueSpan(r)
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the client signs for %s but %s says the bucket is in %s; S3 answers AuthorizationQueryParametersError (400) \"the region '%s' is wrong; expecting '%s'\", or a redirect that breaks the signature", have, from, want, have, want),
			Span:    r.Span,
			Related: []source.Span{wsp},
			Key:     want,
			Fixes: []rules.Fix{{
				Message: fmt.Sprintf("sign for the bucket's region: region_name='%s'", want),
				Edits:   derive.Edit(sp, derive.QuoteChar(f, sp)+want+derive.QuoteChar(f, sp)),
			}},
		})
	}
}
