package regionmismatch

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// regionMismatchBucketLocation is the rule as a predicate over the
// incident for the bucket's region aws commands state
// (get-bucket-location): a signed request signed for another region than
// the bucket's. S3's own answers are read by the error check, which shares
// the Key (the bucket's region), so one cause is one finding.
func regionMismatchBucketLocation(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	loc := inc.Env.BucketRegion
	if loc.Str == "" || loc.From != model.FromAWS {
		return
	}
	for _, sr := range inc.SignedRequests {
		r := sr.Region
		if r.Str == "" || r.From == model.FromDefault || r.Str == loc.Str {
			continue
		}
		sp := r.Span
		if sp.Len() == 0 {
			sp = sr.Span
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("get-bucket-location says the bucket is in %s but the request was signed for %s (%s); S3 answers AuthorizationQueryParametersError (400) \"the region '%s' is wrong; expecting '%s'\", a redirect that breaks the signature, or IllegalLocationConstraintException (400) in regions launched after March 2019",
				loc.Str, r.Str, signedFrom(r), r.Str, loc.Str),
			Span:    sp,
			Related: []source.Span{loc.Span},
			Key:     loc.Str,
			Fixes:   []rules.Fix{regionFix(p.Facts, loc.Str)},
		})
	}
}

// signedFrom says where the signed region shows.
func signedFrom(r model.Fact) string {
	switch r.From {
	case model.FromURL:
		return "the URL's credential scope"
	case model.FromCode:
		return "the client's region_name"
	case model.FromCLI:
		return "the command's --region"
	case model.FromSettings:
		return "the configured region"
	}
	if r.Why != "" {
		return r.Why
	}
	return r.From
}
