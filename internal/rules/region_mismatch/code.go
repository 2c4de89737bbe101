package regionmismatch

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// regionMismatchCode compares the region a client of the code signs for
// (model.Signer.Region) with the bucket's region as the rest of the paste
// tells it (model.Incident.RegionEvidence: S3's error, get-bucket-location,
// a URL's host or scope).
func regionMismatchCode(p *rules.Pass) {
	f := p.Facts
	inc := f.Incident
	if inc == nil {
		return
	}
	ev := inc.RegionEvidence()
	want := ev.Str
	if want == "" {
		return
	}
	for _, s := range inc.Signers {
		r := s.Region
		have := derive.KnownStr(r)
		c := s.Client
		if c.Source != "python" {
			continue
		}
		if r == nil {
			// No region in the code: the client signed for the
			// environment's region or us-east-1, which its URL shows.
			if signed := urlRegionOf(f, c); signed != "" && signed != want {
				p.Report(rules.Finding{
					Message: fmt.Sprintf("the client has no region_name, so it signed for %s (the URL's credential scope: the environment's region, else us-east-1) but %s says the bucket is in %s; S3 answers AuthorizationQueryParametersError (400) \"the region '%s' is wrong; expecting '%s'\", or a redirect that breaks the signature", signed, model.RegionWords(ev), want, signed, want),
					Span:    c.Span,
					Related: []source.Span{ev.Span},
					Key:     want,
					Fixes: []rules.Fix{{
						Message: fmt.Sprintf("sign for the bucket's region: region_name='%s'", want),
						Edits:   derive.InsertClientArg(f, c, "region_name='"+want+"'"),
					}},
				})
			}
			continue
		}
		if have == "" || have == want {
			continue
		}
		sp := derive.ValueSpan(r)
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the client signs for %s but %s says the bucket is in %s; S3 answers AuthorizationQueryParametersError (400) \"the region '%s' is wrong; expecting '%s'\", or a redirect that breaks the signature", have, model.RegionWords(ev), want, have, want),
			Span:    r.Span,
			Related: []source.Span{ev.Span},
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
