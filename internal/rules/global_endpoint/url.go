package globalendpoint

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// globalEndpointURL reports SigV4 URLs and presigned POST forms sent to the
// global endpoint (bucket.s3.amazonaws.com, s3.amazonaws.com/bucket) while
// signed for a region other than us-east-1.
func globalEndpointURL(p *rules.Pass) {
	type signed struct {
		u      *presign.URL
		region string
		sp     source.Span
		what   string
	}
	var all []signed
	for _, u := range derive.SigV4URLs(p.Facts) {
		if region, sp, ok := derive.ScopeRegionSpan(u); ok {
			all = append(all, signed{u, region, sp, "the URL goes"})
		}
	}
	for _, fs := range derive.FormScopes(p.Facts) {
		all = append(all, signed{fs.Target, fs.Region, fs.Span, "the presigned POST form posts"})
	}
	for _, s := range all {
		u, region, sp := s.u, s.region, s.sp
		if u.Endpoint.Kind != presign.EndpointGlobal || region == "us-east-1" || !presign.IsRegion(region) {
			continue
		}
		if inc := p.Facts.Incident; inc != nil {
			sr := inc.SignedForURL(u)
			if sr != nil && judgedAtHost(inc, []*model.SignedRequest{sr}, len(inc.SignedRequests) == 1) {
				continue // S3 routed the request and judged it: not the host
			}
			if sr != nil && sr.Op != nil && u.Endpoint.Style != presign.StylePath && routedByDNS(region) &&
				!failureShown(inc, inc.SignedBy(sr.Op.Client), inc.SoleSigner(sr.Op.Client)) {
				// The URL is the output of code the paste shows: the same
				// facts as the code check's, which S3 serves by DNS
				// unless the paste shows it failed.
				continue
			}
		}
		answer := "S3 answers TemporaryRedirect (307) to the regional endpoint while the bucket's DNS name still points to us-east-1, and the redirected request fails with SignatureDoesNotMatch (403), or with a CORS error in a browser"
		if u.Endpoint.Style == presign.StylePath {
			answer = "in path style S3 answers PermanentRedirect (301) naming the bucket's endpoint, which a browser or SDK does not follow with the signature intact"
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("%s to the global endpoint %s while it is signed for %s; %s",
				s.what, u.Host, region, answer),
			Span:    derive.URLHost(u),
			Related: []source.Span{sp},
			Key:     region,
			Fixes:   []rules.Fix{regionalFix(u, region)},
		})
	}
}

func bucketOr(u *presign.URL) string {
	if u.Bucket != "" {
		return u.Bucket
	}
	return "BUCKET"
}

// regionalFix signs against the regional endpoint: virtual-hosted style,
// or path style for a bucket name with dots (over https the wildcard
// certificate covers one label).
func regionalFix(u *presign.URL, region string) rules.Fix {
	if strings.Contains(u.Bucket, ".") {
		return rules.Fix{Message: fmt.Sprintf("sign against the regional endpoint in path style (the bucket name has dots, which virtual-hosted https cannot serve): boto3.client('s3', region_name='%s', config=Config(signature_version='s3v4', s3={'addressing_style': 'path'})), which gives https://s3.%s.amazonaws.com/%s/…",
			region, region, u.Bucket)}
	}
	return rules.Fix{Message: fmt.Sprintf("sign against the regional endpoint: boto3.client('s3', region_name='%s', config=Config(signature_version='s3v4', s3={'addressing_style': 'virtual'})), which gives https://%s.s3.%s.amazonaws.com/…",
		region, bucketOr(u), region)}
}
