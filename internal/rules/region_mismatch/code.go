package regionmismatch

import (
	"fmt"
	"strings"

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
			if have != "" && have != want {
				reportBraceRegion(p, c, r, have, want, ev)
			}
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

// reportBraceRegion is the finding for a client of another language than
// Python that signs for another region than the bucket's: the message
// names the SDK's own setting (config.WithRegion, .region(…),
// 'region' =>, region:), and the fix rewrites the region where the code
// writes it as a string literal.
func reportBraceRegion(p *rules.Pass, c *model.Client, r *model.Value, have, want string, ev model.Fact) {
	f := p.Facts
	name := derive.ClientSettingName(f, c, model.SetRegion)
	fix := rules.Fix{Message: fmt.Sprintf("sign for the bucket's region: %s %s", name, want)}
	if s, ok := derive.SettingFor(f, model.SetRegion, want); ok {
		fix.Message = "sign for the bucket's region: " + s
	}
	sp := derive.ValueSpan(r)
	lit := f.Text[sp.Start:sp.End]
	switch {
	case len(lit) == len(have)+2 && (lit[0] == '"' || lit[0] == '\'') && lit[1:len(lit)-1] == have:
		fix.Edits = derive.Edit(sp, lit[:1]+want+lit[:1])
	default:
		// The SDK's region constant: RegionEndpoint.USEast1 (.NET),
		// Region.US_EAST_1 (Java v2), Regions.US_EAST_1 (Java v1).
		for _, form := range [...]func(string) string{dotnetRegion, javaRegion} {
			if h, w := form(have), form(want); h != "" && w != "" && strings.HasSuffix(lit, "."+h) {
				fix.Edits = derive.Edit(source.Span{Start: sp.End - len(h), End: sp.End}, w)
				break
			}
		}
	}
	p.Report(rules.Finding{
		Message: fmt.Sprintf("the client signs for %s (%s) but %s says the bucket is in %s; S3 answers AuthorizationQueryParametersError (400) \"the region '%s' is wrong; expecting '%s'\", or a redirect that breaks the signature", have, name, model.RegionWords(ev), want, have, want),
		Span:    r.Span,
		Related: []source.Span{ev.Span},
		Key:     want,
		Fixes:   []rules.Fix{fix},
	})
}

// regionParts splits a region name into its parts (eu, west, 1), nil
// when it is not of the usual partition-direction-number form.
func regionParts(region string) []string {
	ps := strings.Split(region, "-")
	if len(ps) != 3 || ps[2] == "" || ps[2][0] < '0' || ps[2][0] > '9' {
		return nil
	}
	return ps
}

// dotnetRegion is the .NET SDK's RegionEndpoint field of a region:
// eu-west-1 → EUWest1.
func dotnetRegion(region string) string {
	ps := regionParts(region)
	if ps == nil {
		return ""
	}
	return strings.ToUpper(ps[0]) + strings.ToUpper(ps[1][:1]) + ps[1][1:] + ps[2]
}

// javaRegion is the Java SDKs' Region / Regions constant of a region:
// eu-west-1 → EU_WEST_1.
func javaRegion(region string) string {
	if regionParts(region) == nil {
		return ""
	}
	return strings.ToUpper(strings.ReplaceAll(region, "-", "_"))
}
