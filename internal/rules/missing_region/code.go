package missingregion

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// missingRegionCode reports an S3 client of code, in any language, that
// presigns and was built with no region when nothing else in the paste
// sets one (the model's Client.RegionUnset). The SDK then signs for
// whatever the environment says, us-east-1 or an error when nothing, and
// S3 answers AuthorizationQueryParametersError or a redirect for buckets
// elsewhere.
func missingRegionCode(p *rules.Pass) {
	f := p.Facts
	if f.Incident == nil {
		return
	}
	ev := f.Incident.RegionEvidence()
	region, guess, from := ev.Str, ev.Str == "", model.RegionWords(ev)
	if guess {
		region = "us-east-1"
	}
	reported := false
	defer func() {
		if !reported {
			noRegionError(p)
		}
	}()
	for _, c := range derive.CodeClients(f) {
		if !c.RegionUnset || !derive.Presigns(f, c) {
			continue
		}
		if printedSignedRegion(f.Incident, c) {
			continue
		}
		if rules.AnsweredOtherwise(f.Incident, answers, f.Incident.SignedBy(c), f.Incident.SoleSigner(c)) {
			continue // the paste shows the request ended otherwise than a wrong region makes it
		}
		// The Rust SDK has no fallback region: with none found it returns
		// the request unsigned, a bare path without host or signature
		// (aws-sdk-rust#861), against a custom endpoint too
		// (smithy-rs#3403), where the other SDKs sign for a default the
		// store accepts.
		unsigned := c.Source == "rust"
		if s := derive.KnownStr(c.Endpoint); s != "" && !unsigned {
			if _, aws := derive.EndpointHost(s); !aws {
				continue // an S3-compatible store: its region is its own (custom_endpoint's)
			}
		}
		where := "AWS_REGION / AWS_DEFAULT_REGION or the profile's region, and us-east-1 when none is set"
		if c.Source != "python" {
			where = "AWS_REGION or the profile's region, whichever the environment it runs in has"
		}
		if unsigned {
			where = "AWS_REGION or the profile's region, and when neither is set the SDK returns the request unsigned (no host, no X-Amz-Signature)"
		}
		if c.Profile != nil && c.Source != "python" {
			where = "the region of the profile it loads, which the paste does not show, else AWS_REGION"
		}
		if f.Runtime.Lambda {
			where = "the Lambda function's own region (AWS_REGION), which need not be the bucket's"
		}
		name := derive.ClientSettingName(f, c, model.SetRegion)
		msg := fmt.Sprintf("this S3 client has no %s, so it signs for %s; for a bucket in another region S3 answers AuthorizationQueryParametersError (400) \"the region … is wrong\" or a redirect that breaks the signature", name, where)
		fix := rules.Fix{Message: fmt.Sprintf("set the region explicitly: %s (the region %s names)", regionSetting(c, region), from)}
		if guess {
			fix.Message = fmt.Sprintf("set the region explicitly: %s, with your bucket's region in place of us-east-1 (aws s3api get-bucket-location tells it)", regionSetting(c, region))
		}
		if c.Source == "python" && c.Framework == "" {
			fix = rules.Fix{
				Message: fmt.Sprintf("add %s (the region %s names)", regionSetting(c, region), from),
				Edits:   []diff.Edit{derive.InsertArg(f, c.Args, regionSetting(c, region))},
			}
			if guess {
				fix.Message = "add " + regionSetting(c, region) + ", then replace us-east-1 with your bucket's region (aws s3api get-bucket-location tells it)"
			}
		}
		rel := []source.Span(nil)
		if c.Session != nil && c.Session.Args != (source.Span{}) {
			rel = append(rel, c.Session.Span)
		}
		p.Report(rules.Finding{Message: msg, Span: c.Span, Related: rel, Fixes: []rules.Fix{fix}})
		reported = true
	}
}

// noRegionError reports the SDK's own "no region" error (Ruby's
// MissingRegionError, PHP's 'A "region" configuration value is required',
// Java v2's region provider chain, JavaScript v3's "Region is missing",
// botocore's NoRegionError): whatever builds the client (code, a
// framework's settings whose region reads an unset variable), it found no
// region to sign for.
func noRegionError(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil || inc.Signals == nil {
		return
	}
	for _, e := range inc.Signals.ClientErrors {
		if e.Kind != model.ClientNoRegion {
			continue
		}
		name, example := "region setting", "the region setting of the client"
		for _, c := range derive.CodeClients(p.Facts) {
			if c.RegionUnset || c.Region != nil && derive.KnownStr(c.Region) == "" {
				name = derive.ClientSettingName(p.Facts, c, model.SetRegion)
				example = regionSetting(c, "<bucket region>")
				break
			}
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the SDK found no region to sign for (its %s is unset or reads an environment variable that is not set, and neither AWS_REGION nor the profile gives one): it cannot presign, and once a default region is given it signs for that region, not necessarily the bucket's", name),
			Span:    e.Span,
			Fixes:   []rules.Fix{{Message: fmt.Sprintf("set the region explicitly: %s, with the bucket's region (aws s3api get-bucket-location tells it)", example)}},
		})
		return
	}
}

// regionSetting is how the SDK of src is told the region r (the model's
// table of SDK settings).
func regionSetting(c *model.Client, r string) string {
	if s, ok := model.SettingOf(c.Source, c.Framework, model.SetRegion); ok {
		return s.WithString(r)
	}
	return r
}

// printedSignedRegion reports whether the paste shows a URL the client
// signed: the region it signed for is then a resolved fact (the URL's
// scope), and a bucket in another region is region_mismatch's to name.
func printedSignedRegion(inc *model.Incident, c *model.Client) bool {
	if inc == nil {
		return false
	}
	for _, sr := range inc.SignedRequests {
		if sr.Op != nil && sr.Op.Client == c && sr.URL != nil && sr.Region.From == model.FromURL && sr.Region.Str != "" {
			return true
		}
	}
	return false
}
