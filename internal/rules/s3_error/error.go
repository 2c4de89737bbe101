package s3error

import (
	"fmt"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/s3xml"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// s3Answer is what an S3 error code means for a presigned URL.
type s3Answer struct {
	status  int
	meaning string
}

// s3Answers explains the codes S3 (and S3-compatible stores) answer to
// presigned requests.
var s3Answers = sync.OnceValue(func() map[string]s3Answer {
	return map[string]s3Answer{
		"AccessDenied":                       {403, "S3 checked the signature and then refused the request: the signer's permissions (IAM policy, bucket policy, SCP, KMS key policy, a policy condition) do not allow the action now; permissions are checked when the URL is used, so a policy change makes an existing URL fail with AccessDenied, not SignatureDoesNotMatch, and restoring the permission makes it work again; for a GET it can also mean the key does not exist and the signer lacks s3:ListBucket"},
		"SignatureDoesNotMatch":              {403, "S3 computed another signature from the request it received: either the secret key differs, or what was signed (method, path, query, host, signed headers, region, date) differs from what was sent; a policy change gives AccessDenied, a deleted key InvalidAccessKeyId and an ended session ExpiredToken, never SignatureDoesNotMatch"},
		"InvalidAccessKeyId":                 {403, "S3 does not know the access key: it was deleted (a rotated key), it belongs to another partition or to an S3-compatible store, or it is a temporary ASIA key sent without its session token; a policy change would give AccessDenied instead"},
		"ExpiredToken":                       {400, "the temporary credentials (STS session, assumed role, SSO, instance profile or Lambda role) that signed the URL have ended; a URL dies with its session even when X-Amz-Expires is longer"},
		"InvalidToken":                       {400, "the session token is malformed or not valid here; tokens from the global STS endpoint are not valid in opt-in regions"},
		"TokenRefreshRequired":               {400, "the session token must be refreshed: sign again with fresh temporary credentials"},
		"AuthorizationQueryParametersError":  {400, "S3 rejected the query authentication parameters before checking the signature: a wrong region in X-Amz-Credential, X-Amz-Expires outside 1 to 604800, a malformed credential or a badly formatted X-Amz-Date"},
		"AuthorizationHeaderMalformed":       {400, "the credential scope is malformed, usually signed for the wrong region"},
		"PermanentRedirect":                  {301, "the bucket must be addressed through the endpoint of its region (<Endpoint>); a URL signed for another region cannot be followed there"},
		"TemporaryRedirect":                  {307, "S3 sends the request on to the bucket's regional endpoint, typically for a global-endpoint URL of a bucket outside us-east-1; the redirected request fails its signature when signed for another region"},
		"IllegalLocationConstraintException": {400, "the request went to an endpoint of another region than the bucket's (newer regions answer 400 instead of redirecting)"},
		"NoSuchKey":                          {404, "the signature was fine and the signer may list the bucket, but no object has this key: check the key's spelling and encoding (a key encoded twice names another key)"},
		"NoSuchBucket":                       {404, "no bucket has this name in this partition"},
		"InvalidRequest":                     {400, "S3 refused the request as formed; with \"Please use AWS4-HMAC-SHA256\" the URL was signed with Signature Version 2"},
		"InvalidArgument":                    {400, "an argument is invalid; for SSE-KMS objects this is the answer to a SigV2 signature"},
		"RequestTimeTooSkewed":               {403, "the signing clock differs from S3's by more than 15 minutes (a header-signed call, not a presigned URL)"},
		"BadDigest":                          {400, "the body does not match a signed checksum or Content-MD5; S3-compatible stores also answer this for checksum parameters signed into a URL"},
		"InvalidDigest":                      {400, "a signed checksum or Content-MD5 is not valid; S3-compatible stores answer this for the SDKs' default checksum parameters"},
		"XAmzContentSHA256Mismatch":          {400, "the body's SHA-256 differs from the signed x-amz-content-sha256"},
		"ExpiredRequest":                     {403, "the URL's lifetime ended (R2's answer for an expired presigned URL)"},
		"UnsupportedSignature":               {400, "the request was signed with an unsupported STS token version or signature version"},
		"MissingContentMD5":                  {400, "the store requires Content-MD5 for this request"},
	}
})

// s3ErrorError explains each S3 error code of the paste.
func s3ErrorError(p *rules.Pass) {
	for _, e := range p.Facts.Errors {
		if e.Code == "" {
			continue
		}
		p.Report(rules.Finding{Message: explainS3(e), Span: derive.ErrSpan(e), Key: e.Code})
	}
}

func explainS3(e *s3xml.Error) string {
	a, known := s3Answers()[e.Code]
	status := e.Status
	if status == 0 {
		status = a.status
	}
	head := "the answer " + e.Code
	if status != 0 {
		head += fmt.Sprintf(" (%d)", status)
	}
	if e.Operation != "" {
		head += " to " + e.Operation
	}
	msg := e.Message
	switch {
	case e.Code == "AccessDenied" && source.ContainsLower(msg, "request has expired"):
		return head + " means the URL's own lifetime ended (X-Amz-Date plus X-Amz-Expires is past); the signature and permissions were not the problem"
	case e.Code == "AccessDenied" && source.ContainsLower(msg, "not yet valid"):
		return head + " means X-Amz-Date is ahead of S3's clock; the signer's clock is wrong"
	case e.Code == "AccessDenied" && (source.ContainsLower(msg, "not signed") || e.Get("HeadersNotSigned") != nil):
		return head + " means the request sent x-amz-* headers that were not signed (" + strings.TrimSpace(e.Value("HeadersNotSigned")) + "); sign them or stop sending them"
	case e.Code == "AccessDenied" && source.ContainsLower(msg, "invalid according to policy"):
		return head + " means a presigned POST form field does not satisfy its policy's conditions (" + e.Message + ")"
	case known:
		return head + " means: " + a.meaning
	}
	return head + " came with: " + strings.TrimSuffix(e.Message, ".")
}
