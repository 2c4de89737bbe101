package globalendpoint

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// globalEndpointCode reports an S3 client for a bucket outside us-east-1
// without s3={'addressing_style': 'virtual'}: botocore then presigns on the
// global host bucket.s3.amazonaws.com, which S3 answers with a
// TemporaryRedirect (307) that breaks the signature or CORS.
func globalEndpointCode(p *rules.Pass) {
	f := p.Facts
	if f.Incident == nil {
		return
	}
	hint := f.Incident.RegionEvidence().Str
	for _, s := range f.Incident.Signers {
		c := s.Client
		if c.Source != "python" || c.Endpoint != nil || derive.KnownStr(c.AddressingStyle) == "virtual" {
			continue
		}
		if c.Framework != "" {
			// A client a framework builds from its settings
			// (django-storages): the paste shows no Config of botocore's
			// to read the addressing style from or to fix.
			continue
		}
		if accelerates(f, c) {
			continue // use_accelerate_endpoint: the URL names bucket.s3-accelerate, not the global host
		}
		region := hint
		if region == "" {
			region = derive.KnownStr(s.Region)
		}
		if region == "" || region == "us-east-1" || printsRegionalHost(f, c) || succeededOnRegionalHost(f, c) {
			continue
		}
		if f.Incident.PresignVersion(s).Str == "v2" {
			// SigV2 signs /bucket/key, not the host: the URL stays valid on
			// the regional host a redirect names (the SigV2 default is
			// sigv2_signature's).
			continue
		}
		if judgedAtHost(f.Incident, f.Incident.SignedBy(c), f.Incident.SoleSigner(c)) {
			continue // S3 routed the client's request and judged it: not the host
		}
		style := "no addressing style"
		sp := c.Span
		if c.AddressingStyle != nil {
			style = "addressing_style=" + c.AddressingStyle.Expr
			sp = c.AddressingStyle.Span
		}
		var extra []diff.Edit
		if s.Region == nil {
			extra = append(extra, derive.InsertClientArg(f, c, "region_name='"+region+"'")...)
		}
		// A bucket name with dots never gets virtual-hosted style over
		// https (the wildcard certificate covers one label): path style
		// names the regional host too.
		style2 := "virtual"
		if dottedBucket(f, c) {
			style2 = "path"
		}
		fix := rules.ClientConfigFix(f, c, [][2]string{{"signature_version", "'s3v4'"}}, style2,
			"set Config(signature_version='s3v4', s3={'addressing_style': '"+style2+"'}) so the URL names the regional host", extra...)
		p.Report(rules.Finding{
			Message: fmt.Sprintf("with %s botocore presigns on the global host bucket.s3.amazonaws.com; for a bucket in %s S3 answers TemporaryRedirect (307) to the regional host, and following it fails with SignatureDoesNotMatch (403) or a CORS error", style, region),
			Span:    sp,
			Key:     region,
			Fixes:   []rules.Fix{fix},
		})
	}
}

// printsRegionalHost reports whether a URL the client printed is on an
// AWS host other than the global one (a regional host, or Transfer
// Acceleration's s3-accelerate, which serves every region): the paste
// then shows the client does not presign on the global host.
func printsRegionalHost(f *model.Facts, c *model.Client) bool {
	return derive.AnyPrintedURL(f, c, func(u *presign.URL) bool {
		return u.Endpoint.AWS && (u.Endpoint.Region != "" || u.Endpoint.Kind == presign.EndpointAccelerate)
	})
}

// succeededOnRegionalHost reports whether the paste shows a request to
// the client's bucket on a regional AWS host answered 2xx (the presigned
// POST's form sent to bucket.s3.<region>.amazonaws.com, 204): the
// client's requests reach the bucket's region.
func succeededOnRegionalHost(f *model.Facts, c *model.Client) bool {
	if f.Incident == nil {
		return false
	}
	buckets := map[string]bool{}
	for _, o := range f.Operations {
		if o.Client == c {
			if b := derive.KnownStr(o.Bucket); b != "" {
				buckets[b] = true
			}
		}
	}
	for _, s := range f.Incident.SentRequests {
		if s.Status < 200 || s.Status > 299 {
			continue
		}
		for _, u := range f.URLs {
			if u.Span.Overlaps(s.URL.Span) && u.Endpoint.AWS && u.Endpoint.Region != "" && buckets[u.Bucket] {
				return true
			}
		}
	}
	return false
}

// dottedBucket reports whether the client presigns for a bucket whose
// name holds dots.
func dottedBucket(f *model.Facts, c *model.Client) bool {
	for _, o := range derive.PyOps(f) {
		if o.Client == c && strings.Contains(derive.KnownStr(o.Bucket), ".") {
			return true
		}
	}
	return false
}

// accelerates reports whether the client's Config asks for the Transfer
// Acceleration endpoint (s3={'use_accelerate_endpoint': True}): its URLs
// name bucket.s3-accelerate.amazonaws.com (accelerate_endpoint's host).
func accelerates(f *model.Facts, c *model.Client) bool {
	inc := f.Incident
	if inc == nil || inc.Signals == nil {
		return false
	}
	for _, a := range inc.Signals.Accelerate {
		if c.ConfigArgs != (source.Span{}) && c.ConfigArgs.Overlaps(a.Span) || c.S3Dict != (source.Span{}) && c.S3Dict.Overlaps(a.Span) {
			return true
		}
		if c.Config != nil && !c.Config.Known && len(f.Clients) == 1 {
			return true // config=cfg made elsewhere in the paste, with the one client
		}
	}
	return false
}
