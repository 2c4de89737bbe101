// Package regionmismatch is the rule region_mismatch: signed for another region than the bucket's.
package regionmismatch

import "github.com/presign-doctor/presign-doctor/internal/rules"

// Rule is region_mismatch: its documentation and its checks.
var Rule = &rules.Rule{
	Name:     "region_mismatch",
	Severity: rules.Error,
	Title:    "signed for another region than the bucket's",
	Answers: []rules.Answer{
		{Code: "AuthorizationQueryParametersError", Status: 400, Message: "Error parsing the X-Amz-Credential parameter; the region '<signed region>' is wrong; expecting '<bucket region>'"},
		{Code: "PermanentRedirect", Status: 301, Message: "The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint."},
		{Code: "IllegalLocationConstraintException", Status: 400, Message: "The <region> location constraint is incompatible for the region specific endpoint this request was sent to.", When: "regions launched after March 2019"},
		{Code: "AuthorizationHeaderMalformed", Status: 400, Message: "The authorization header is malformed; the region '<signed region>' is wrong; expecting '<bucket region>'", When: "requests signed in the Authorization header (SDK calls, not presigned URLs)"},
		{Code: "SignatureDoesNotMatch", Status: 403, Message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", When: "after a redirect is followed"},
		{Code: "AuthorizationHeaderMalformed", Status: 400, Message: "The authorization header is malformed; the region is wrong; expecting '<server region>'.", When: "MinIO, presigned URLs too: its message leaves the signed region out (make e2e)"},
	},
	Fix: "Sign for the bucket's region: region_name= / --region, named in the fix.",
	Facts: []string{
		"the scope region of X-Amz-Credential",
		"the region in the URL's host",
		"the clients' region",
		"the bucket's region from S3's error (<Region>, expecting '...', a redirect's <Endpoint>, IllegalLocationConstraintException)",
		"the bucket's region from get-bucket-location, against the region each signed request is signed for",
	},
	CheckedAgainst: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/API/UsingRouting.html",
		"https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
	},
	Evidence: []string{"code", "error", "url", "cli", "har"},
	Checks: []rules.Check{
		{Source: "code", Run: notThroughMRAP(regionMismatchCode)},
		{Source: "error", Run: notThroughMRAP(regionMismatchError)},
		{Source: rules.IncidentSource, Run: notThroughMRAP(regionMismatchBucketLocation)},
		{Source: "url", Run: notThroughMRAP(regionMismatchURL)},
	},
}

// notThroughMRAP runs check unless the paste's requests go through a
// Multi-Region Access Point (its ARN or its
// <alias>.mrap.accesspoint.s3-global host): the MRAP routes each request
// to a bucket in any of its regions, so S3's "the region … is wrong;
// expecting …" names where this request landed, not a region to sign for;
// signing for it only moves the failure (mrap_sigv4a's case: SigV4a).
func notThroughMRAP(check func(*rules.Pass)) func(*rules.Pass) {
	return func(p *rules.Pass) {
		if inc := p.Facts.Incident; inc != nil && inc.Signals != nil && len(inc.Signals.MRAP) > 0 {
			return
		}
		check(p)
	}
}
