package missingregion

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// missingRegionCLI reports aws s3 presign without --region when nothing
// else in the paste sets one (AWS_REGION, aws configure set region, a
// config file). The CLI then signs for the region of the environment or
// profile, and the URL fails when that is not the bucket's.
func missingRegionCLI(p *rules.Pass) {
	if p.Facts.Setting("region") != "" {
		return
	}
	// S3's error names the bucket's region; a URL only the one it was
	// signed for (which the missing --region may have got wrong).
	region := ""
	if inc := p.Facts.Incident; inc != nil {
		for _, a := range inc.Answers {
			if a.Region.Str != "" {
				region = a.Region.Str
				break
			}
		}
	}
	for _, t := range p.Facts.Targets() {
		if t.Region != "" && region == "" {
			region = t.Region
			break
		}
	}
	inc := p.Facts.Incident
	for _, o := range p.Facts.Operations {
		c := o.Client
		if o.Source != "cli" || c == nil || c.Region != nil {
			continue
		}
		// The same command twice (a CI log's "Run …" or set -x echo of
		// the script's line) is one request: judged, and reported, once.
		if o.Echoes != nil {
			continue
		}
		var srs []*model.SignedRequest
		known := false
		for _, t := range p.Facts.Repeats(o) {
			known = known || signedForBucketRegion(inc, t)
			if inc != nil {
				srs = append(srs, inc.SignedByOp(t)...)
			}
		}
		if known {
			continue
		}
		if inc != nil && rules.AnsweredOtherwise(inc, answers, srs, len(srs) == len(inc.SignedRequests)) {
			continue // the paste shows the request ended otherwise than a wrong region makes it
		}
		from := "the environment (AWS_REGION, AWS_DEFAULT_REGION) or the default profile"
		if c.Profile != nil {
			from = fmt.Sprintf("the config of profile %q, which the paste does not show", c.Profile.Str)
		}
		fix := rules.Fix{Message: "add --region with the bucket's region (aws s3api get-bucket-location tells it)"}
		if region != "" {
			fix = rules.Fix{
				Message: fmt.Sprintf("add --region %s (the region the paste's URL or error names; check it is the bucket's)", region),
				Edits:   derive.Edit(source.Span{Start: c.Span.End, End: c.Span.End}, " --region "+region),
			}
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("aws s3 presign without --region signs for the region of %s; when that is not the bucket's region, S3 answers AuthorizationQueryParametersError (400) \"the region … is wrong\" or a redirect the URL cannot follow", from),
			Span:    o.NameSpan,
			Related: []source.Span{c.Span},
			Fixes:   []rules.Fix{fix},
		})
	}
}

// signedForBucketRegion reports whether the paste shows the URL the
// command printed: the region it signed for is then a resolved fact (the
// URL's scope), not a guess about the environment, and a bucket in
// another region is region_mismatch's to name.
func signedForBucketRegion(inc *model.Incident, o *model.Operation) bool {
	if inc == nil {
		return false
	}
	for _, sr := range inc.SignedRequests {
		if sr.Op == o && sr.URL != nil && sr.Region.From == model.FromURL && sr.Region.Str != "" {
			return true
		}
	}
	return false
}
