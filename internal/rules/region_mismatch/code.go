package regionmismatch

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
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
		if r == nil && derive.Presigns(f, c) {
			// No region in the code: the client signed for the
			// environment's region or us-east-1, which its URL shows.
			if signed := urlRegionOf(f, c); signed != "" && signed != want {
				p.Report(rules.Finding{
					Message: fmt.Sprintf("the client has no region_name, so it signed for %s (the URL's credential scope: the environment's region, else us-east-1) but %s says the bucket is in %s; S3 answers AuthorizationQueryParametersError (400) \"the region '%s' is wrong; expecting '%s'\", or a redirect that breaks the signature", signed, from, want, signed, want),
					Span:    c.Span,
					Related: []source.Span{wsp},
					Key:     want,
					Fixes: []rules.Fix{{
						Message: fmt.Sprintf("sign for the bucket's region: region_name='%s'", want),
						Edits:   []diff.Edit{derive.InsertArg(f, c.Args, "region_name='"+want+"'")},
					}},
				})
			}
			continue
		}
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

// urlRegionOf is the region of the credential scope of a URL the client's
// presign call produced, "" when the paste shows none.
func urlRegionOf(f *model.Facts, c *model.Client) string {
	if f.Incident == nil {
		return ""
	}
	for _, sr := range f.Incident.SignedRequests {
		if sr.Op != nil && sr.Op.Client == c && sr.URL != nil && sr.Region.From == model.FromURL {
			return sr.Region.Str
		}
	}
	return ""
}
