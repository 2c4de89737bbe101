package derive

import (
	"net/url"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// URLHost returns the span of a URL's host, or the URL's span.
func URLHost(u *presign.URL) source.Span {
	if u.HostSpan.Len() > 0 {
		return u.HostSpan
	}
	return u.Span
}

// ScopeRegionSpan returns the span of the region inside X-Amz-Credential,
// or the whole parameter.
func ScopeRegionSpan(u *presign.URL) (string, source.Span, bool) {
	s, p, ok := u.Credential()
	if !ok || s.Region == "" {
		return "", source.Span{}, false
	}
	for _, sep := range []string{"%2F", "%2f", "/"} {
		if i := strings.Index(p.RawValue, sep+s.Region+sep); i >= 0 {
			st := i + len(sep)
			return s.Region, u.ValueSpan(p, st, st+len(s.Region)), true
		}
	}
	return s.Region, p.Span, true
}

// OptInRegions are the regions that are disabled by default; global STS
// v1 tokens are not valid in them.
var OptInRegions = sync.OnceValue(func() map[string]bool {
	return table.Set(
		"af-south-1", "ap-east-1", "ap-east-2", "ap-south-2", "ap-southeast-3", "ap-southeast-4",
		"ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-west-1", "eu-central-2", "eu-south-1",
		"eu-south-2", "il-central-1", "me-central-1", "me-south-1", "mx-central-1",
	)
})

// EndpointHost returns the host of an endpoint_url value and whether it is
// an AWS S3 endpoint.
func EndpointHost(s string) (host string, aws bool) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		u, err = url.Parse("https://" + strings.TrimSpace(s))
		if err != nil {
			return s, false
		}
	}
	host = strings.ToLower(u.Host)
	h := u.Hostname()
	return host, strings.HasSuffix(h, ".amazonaws.com") || strings.HasSuffix(h, ".amazonaws.com.cn")
}

// ParamsAfterSignature returns the indexes of the parameters a signer did
// not write: botocore and the Go SDK write X-Amz-Signature last, after
// parameters that are not in sorted order, so everything after it was
// appended; the JavaScript SDK v3 writes every parameter sorted, so only
// parameters that break the order after the signature were appended. A URL
// sorted to the end gives nothing. Parameters only signers write (X-Amz-*,
// the SDKs' x-id marker) are never counted as appended, wherever a client
// or a log put them: a user appends response-*, versionId, cache busters
// and tracking, not a second X-Amz-Date or x-id.
func ParamsAfterSignature(names []string) []int {
	sig := -1
	for i, n := range names {
		if strings.EqualFold(n, "X-Amz-Signature") {
			sig = i
		}
	}
	if sig < 0 || sig == len(names)-1 {
		return nil
	}
	sortedUpTo := func(end int) bool {
		for i := 1; i < end; i++ {
			if names[i] < names[i-1] {
				return false
			}
		}
		return true
	}
	from := sig + 1
	if sortedUpTo(sig + 1) {
		for from < len(names) && names[from] >= names[from-1] {
			from++
		}
	}
	var out []int
	for i := from; i < len(names); i++ {
		if !signerParam(names[i]) {
			out = append(out, i)
		}
	}
	return out
}

// signerParam reports a query parameter only a signer or an SDK writes.
func signerParam(name string) bool {
	return len(name) >= 6 && strings.EqualFold(name[:6], "x-amz-") || name == "x-id"
}

// SwappedHost links a signed URL on a host that is not AWS's to the URL
// the paste shows it was generated as: an AWS S3 URL of the same object
// whose query the user left out ("?...", "…"), so no signature links the
// two. Only when S3's answer is SignatureDoesNotMatch: a URL signed for its
// own public host (MinIO's, a CNAME's) is fine. host_rewritten reports the
// pair; custom_endpoint leaves the sent URL to it.
func SwappedHost(f *model.Facts) (sent, generated *presign.URL) {
	mismatch := false
	for _, e := range f.Errors {
		mismatch = mismatch || e.Code == "SignatureDoesNotMatch"
	}
	if !mismatch {
		return nil, nil
	}
	for _, b := range f.URLs {
		if !b.Presigned() || b.Endpoint.AWS || CloudFront(b) {
			continue
		}
		for _, a := range f.URLs {
			if a == b || !a.Endpoint.AWS || a.Presigned() || SignatureParam(a) != nil || a.Key == "" {
				continue
			}
			if strings.TrimPrefix(b.Path, "/") == a.Key || b.Key != "" && b.Key == a.Key && b.Bucket == a.Bucket {
				return b, a
			}
		}
	}
	return nil, nil
}

// SignatureParam returns the URL's SigV4 (X-Amz-Signature) or SigV2
// (Signature) parameter, or nil.
func SignatureParam(u *presign.URL) *presign.Param {
	for _, name := range []string{"X-Amz-Signature", "Signature"} {
		if prm := u.Param(name); prm != nil {
			return prm
		}
	}
	return nil
}

// Signature is the URL's SigV4 or SigV2 signature as pasted (a redaction
// placeholder: the same value gets the same one), "" when none.
func Signature(u *presign.URL) string {
	for _, name := range []string{"X-Amz-Signature", "Signature"} {
		if prm := u.Param(name); prm != nil && prm.Value != "" {
			return prm.Value
		}
	}
	return ""
}

// CloudFront reports a URL of CloudFront's: on a *.cloudfront.net host, or
// signed by CloudFront (presign.URL.CloudFrontSigned). Its host and
// signature are CloudFront's (cloudfront_vs_s3's case), not an S3 URL's.
func CloudFront(u *presign.URL) bool {
	return strings.HasSuffix(u.Host, ".cloudfront.net") || u.CloudFrontSigned()
}
