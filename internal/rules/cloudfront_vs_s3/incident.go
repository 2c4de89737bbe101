package cloudfrontvss3

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
)

// cloudFrontVsS3 is the rule as a predicate over the incident: a URL on an
// S3 host carries CloudFront's signed-URL parameters (Key-Pair-Id), a URL
// on a CloudFront domain carries S3's X-Amz-* query authentication, a
// CloudFront signer signs an S3 URL, or code swaps a presigned URL's host
// for a CloudFront domain.
func cloudFrontVsS3(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	toCF := []rules.Fix{{Message: "for the S3 host, presign with the S3 client instead (boto3 generate_presigned_url, JavaScript v3 getSignedUrl of @aws-sdk/s3-request-presigner); for CloudFront, sign the distribution's URL (https://dxxxx.cloudfront.net/KEY) with the CloudFront signer (botocore.signers.CloudFrontSigner, @aws-sdk/cloudfront-signer) and let the distribution reach the bucket through origin access control"}}
	toS3 := []rules.Fix{{Message: "to serve through CloudFront, sign the distribution's URL with the CloudFront signer (botocore.signers.CloudFrontSigner.generate_presigned_url, @aws-sdk/cloudfront-signer getSignedUrl with keyPairId and privateKey) and give the distribution origin access control to the bucket; or give the S3 presigned URL as it is, on its S3 host"}}
	for _, u := range p.Facts.URLs {
		kp := u.Param("Key-Pair-Id")
		host := u.HostName()
		switch {
		case kp != nil && u.Endpoint.AWS:
			p.Report(rules.Finding{
				Message: fmt.Sprintf("the URL carries CloudFront's signed-URL parameters (Key-Pair-Id, Signature, Expires/Policy) but goes to the S3 host %s: S3 reads Signature and Expires as its own legacy query authentication and answers AccessDenied (403) \"Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters\" (InvalidAccessKeyId with the key pair ID as AWSAccessKeyId)", u.Host),
				Span:    kp.Span, Key: "cf-on-s3", Fixes: toCF,
			})
		case strings.HasSuffix(host, ".cloudfront.net") && kp == nil && (u.Param("X-Amz-Signature") != nil || u.Param("AWSAccessKeyId") != nil):
			p.Report(rules.Finding{
				Message: fmt.Sprintf("the URL carries S3's query authentication (%s) on the CloudFront domain %s: the signature covers the S3 host it was presigned for, and CloudFront forwards the request to its origin with the origin's host, so S3 answers SignatureDoesNotMatch or AccessDenied (403); CloudFront itself checks only its own Key-Pair-Id signatures", sigName(u), u.Host),
				Span:    u.HostSpan, Key: "s3-on-cf", Fixes: toS3,
			})
		}
	}
	sg := inc.Signals
	if sg == nil {
		return
	}
	for _, s := range sg.CloudFrontSigners {
		if s.Str == "" {
			// the URL signed is an expression (Storage::disk('s3')->url(…)):
			// the S3 URL the paste shows carrying a CloudFront signature's
			// Signature and Expires, whatever became of its Key-Pair-Id
			// (renamed AWSAccessKeyId by hand), is where it went
			for _, u := range p.Facts.URLs {
				if u.Endpoint.AWS && u.Param("Key-Pair-Id") == nil && u.Param("Signature") != nil && u.Param("Expires") != nil && u.Param("X-Amz-Signature") == nil {
					p.Report(rules.Finding{
						Message: fmt.Sprintf("the CloudFront signer's signature (Signature, Expires) is on the S3 host %s: a CloudFront signature is checked only by CloudFront, so S3 reads the parameters as its own legacy query authentication and refuses them (AccessDenied, or InvalidRequest where S3 accepts only SigV4)", u.Host),
						Span:    s.Span, Key: "cf-on-s3", Fixes: toCF,
					})
					break
				}
			}
			continue
		}
		host, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(s.Str, "https://"), "http://"), "/")
		if !strings.HasSuffix(host, ".amazonaws.com") {
			continue
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the CloudFront signer signs the S3 URL %s: a CloudFront signature (Key-Pair-Id) is checked only by CloudFront, so S3 answers AccessDenied (403) \"Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters\"", s.Str),
			Span:    s.Span, Key: "cf-on-s3", Fixes: toCF,
		})
	}
	for _, h := range sg.HostSwaps {
		if !strings.HasSuffix(h.Str, ".cloudfront.net") {
			continue
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the code swaps the presigned URL's S3 host for the CloudFront domain %s: the SigV4 signature covers the S3 host, and CloudFront does not check S3 signatures; the origin answers SignatureDoesNotMatch or AccessDenied (403)", h.Str),
			Span:    h.Span, Key: "s3-on-cf", Fixes: toS3,
		})
	}
}

func sigName(u *presign.URL) string {
	if u.Version == "v2" {
		return "AWSAccessKeyId, Signature, Expires"
	}
	return "X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature"
}
