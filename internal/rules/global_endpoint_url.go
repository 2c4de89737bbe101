package rules

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// globalEndpointURL reports SigV4 URLs sent to the global endpoint
// (bucket.s3.amazonaws.com, s3.amazonaws.com/bucket) while signed for a
// region other than us-east-1.
func globalEndpointURL(p *Pass) {
	for _, u := range sigV4URLs(p.Facts) {
		if u.Endpoint.Kind != presign.EndpointGlobal {
			continue
		}
		region, sp, ok := scopeRegionSpan(u)
		if !ok || region == "us-east-1" || !presign.IsRegion(region) {
			continue
		}
		p.Report(Finding{
			Message: fmt.Sprintf("the URL goes to the global endpoint %s while it is signed for %s; S3 answers TemporaryRedirect (307) to the regional endpoint, and the redirected request fails with SignatureDoesNotMatch (403), or with a CORS error in a browser",
				u.Host, region),
			Span:    urlHost(u),
			Related: []source.Span{sp},
			Key:     region,
			Fixes: []Fix{{Message: fmt.Sprintf("sign against the regional endpoint: boto3.client('s3', region_name='%s', config=Config(signature_version='s3v4', s3={'addressing_style': 'virtual'})), which gives https://%s.s3.%s.amazonaws.com/…",
				region, bucketOr(u), region)}},
		})
	}
}

func bucketOr(u *presign.URL) string {
	if u.Bucket != "" {
		return u.Bucket
	}
	return "BUCKET"
}
