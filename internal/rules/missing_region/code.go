package missingregion

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// missingRegionCode reports an S3 client (or the session it comes from)
// made without region_name when nothing else in the paste sets a region.
// botocore then signs for whatever the environment says, us-east-1 when
// nothing, and S3 answers AuthorizationQueryParametersError or a redirect
// for buckets elsewhere.
func missingRegionCode(p *rules.Pass) {
	f := p.Facts
	if f.Incident == nil || f.Setting("region") != "" {
		return
	}
	ev := f.Incident.RegionEvidence()
	for _, s := range f.Incident.Signers {
		c := s.Client
		if c.Source != "python" || s.Region != nil || otherStore(c) {
			continue
		}
		where := "AWS_REGION / AWS_DEFAULT_REGION or the profile's region, and us-east-1 when none is set"
		if f.Runtime.Lambda {
			where = "the Lambda function's own region (AWS_REGION), which need not be the bucket's"
		}
		msg := fmt.Sprintf("this S3 client has no region_name, so it signs for %s; for a bucket in another region S3 answers AuthorizationQueryParametersError (400) \"the region … is wrong\" or a redirect that breaks the signature", where)
		fix := rules.Fix{
			Message: fmt.Sprintf("add region_name='%s' (the region %s names)", ev.Str, model.RegionWords(ev)),
			Edits:   []diff.Edit{derive.InsertArg(f, c.Args, "region_name='"+ev.Str+"'")},
		}
		if ev.Str == "" {
			fix = rules.Fix{
				Message: "add region_name='us-east-1', then replace us-east-1 with your bucket's region (aws s3api get-bucket-location tells it)",
				Edits:   []diff.Edit{derive.InsertArg(f, c.Args, "region_name='us-east-1'")},
			}
		}
		target := c
		rel := []source.Span(nil)
		if c.Session != nil && c.Session.Args != (source.Span{}) {
			rel = append(rel, c.Session.Span)
		}
		p.Report(rules.Finding{Message: msg, Span: target.Span, Related: rel, Fixes: []rules.Fix{fix}})
	}
}

// otherStore reports whether the client's endpoint_url names a store that
// is not AWS (MinIO, R2, Ceph...): the region is then the store's own
// setting, and the us-east-1 boto3 falls back to is what such stores accept
// unless configured otherwise, so no region is not a cause to report.
func otherStore(c *model.Client) bool {
	s := derive.KnownStr(c.Endpoint)
	if s == "" {
		return false
	}
	_, aws := derive.EndpointHost(s)
	return !aws
}
