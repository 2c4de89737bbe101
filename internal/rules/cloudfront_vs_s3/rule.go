// Package cloudfrontvss3 is the rule cloudfront_vs_s3: a CloudFront signed URL sent to S3, or an S3 presigned URL sent to CloudFront.
package cloudfrontvss3

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is cloudfront_vs_s3: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "cloudfront_vs_s3",
	Severity: rules.Error,
	Title:    "CloudFront signed URL and S3 presigned URL mixed up (wrong scheme for the host)",
	Answers: []rules.Answer{
		{Code: "AccessDenied", Status: 403, Message: "Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters", When: "a CloudFront signed URL (Expires, Signature, Key-Pair-Id or Policy) goes to an S3 host: S3 reads Signature/Expires as its own legacy query authentication"},
		{Code: "InvalidAccessKeyId", Status: 403, Message: "The AWS Access Key Id you provided does not exist in our records.", When: "the CloudFront key pair ID is passed as AWSAccessKeyId"},
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "an S3 presigned URL's host is swapped for the CloudFront domain: the origin request's host is not the signed one"},
	},
	Fix: "Use the scheme the host needs: for an S3 host, presign with the S3 client (generate_presigned_url, getSignedUrl of @aws-sdk/s3-request-presigner); for a CloudFront domain, sign with the CloudFront signer (botocore.signers.CloudFrontSigner, @aws-sdk/cloudfront-signer getSignedUrl) on the distribution's URL, with origin access control letting CloudFront read the bucket. Never swap the host of a signed URL.",
	Facts: []string{
		"the URLs' host (S3 or *.cloudfront.net) and query parameters (Key-Pair-Id, Policy, Signature, Expires; X-Amz-*)",
		"CloudFront signer calls and the URL they sign; code replacing a presigned URL's host",
		"S3's answers (AccessDenied \"Query-string authentication requires …\", InvalidAccessKeyId)",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-creating-signed-url-canned-policy.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/RESTAuthentication.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
	},
	Evidence: []string{"url", "code", "error"},
	Checks: []rules.Check{
		{Source: rules.IncidentSource, Run: cloudFrontVsS3},
	},
}
