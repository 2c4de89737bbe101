package sigv2signature

import (
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// sigv2SignatureURL reports URLs and POST forms signed with legacy
// Signature Version 2.
func sigv2SignatureURL(p *rules.Pass) {
	fix := []rules.Fix{{Message: "sign with SigV4: boto3.client('s3', region_name=<bucket region>, config=Config(signature_version='s3v4')); boto3 still signs presigned URLs with SigV2 by default in some regions"}}
	for _, u := range p.Facts.URLs {
		if u.Version != "v2" || u.Param("Key-Pair-Id") != nil || u.CloudFrontSigned() {
			continue // Key-Pair-Id: CloudFront's signature, whatever else it carries (cloudfront_vs_s3's)
		}
		sig := u.Param("Signature")
		var rel []source.Span
		for _, n := range []string{"AWSAccessKeyId", "Expires"} {
			if q := u.Param(n); q != nil {
				rel = append(rel, q.Span)
			}
		}
		p.Report(rules.Finding{
			Message: "this URL is signed with legacy Signature Version 2 (AWSAccessKeyId, Expires, Signature); S3 answers InvalidRequest (400) \"Please use AWS4-HMAC-SHA256\" in regions opened after 2014 and for buckets that refuse SigV2, and InvalidArgument (400) for SSE-KMS objects",
			Span:    sig.Span,
			Related: rel,
			Key:     "sigv2",
			Fixes:   fix,
		})
	}
	for _, f := range p.Facts.Forms {
		if f.Version != "v2" {
			continue
		}
		sp := f.Span
		if k := f.Field("AWSAccessKeyId"); k != nil {
			sp = k.Span
		}
		p.Report(rules.Finding{
			Message: "this presigned POST form is signed with legacy Signature Version 2 (AWSAccessKeyId, signature); S3 answers InvalidRequest (400) \"Please use AWS4-HMAC-SHA256\" for buckets that refuse SigV2",
			Span:    sp,
			Key:     "sigv2",
			Fixes:   fix,
		})
	}
}
