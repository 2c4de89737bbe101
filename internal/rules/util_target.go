package rules

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// pyClients returns the S3 clients made by python code.
func pyClients(f *model.Facts) []*model.Client {
	var out []*model.Client
	for _, c := range f.Clients {
		if c.Source == "python" && c.Service == "s3" {
			out = append(out, c)
		}
	}
	return out
}

// pyOps returns the presign operations of python code.
func pyOps(f *model.Facts) []*model.Operation {
	var out []*model.Operation
	for _, o := range f.Operations {
		if o.Source == "python" {
			out = append(out, o)
		}
	}
	return out
}

// presigns reports whether a python operation uses the client (or, when
// the paste has no operation, whether the client is the paste's only
// evidence).
func presigns(f *model.Facts, c *model.Client) bool {
	any := false
	for _, o := range f.Operations {
		if o.Source == "python" {
			if o.Client == c {
				return true
			}
			any = true
		}
	}
	return !any
}

// clientRegion is the region a client signs for when the code says so: its
// own region_name (or Config's), else its session's.
func clientRegion(c *model.Client) *model.Value {
	if c.Region != nil {
		return c.Region
	}
	if c.Session != nil {
		return c.Session.Region
	}
	return nil
}

// regionHint is the bucket's region as the rest of the paste tells it: an
// S3 error's expected region, <Region> or x-amz-bucket-region first, then
// the region in a URL's host, then the region a URL is signed for.
func regionHint(f *model.Facts) (region string, sp source.Span, from string) {
	for _, e := range f.Errors {
		if ev, ok := e.BucketRegion(); ok && ev.Value != "" {
			return ev.Value, ev.Span, "the S3 error"
		}
	}
	for _, u := range f.URLs {
		if u.Endpoint.Region != "" {
			return u.Endpoint.Region, urlHost(u), "the URL's host"
		}
	}
	for _, u := range f.URLs {
		if r, sp, ok := scopeRegionSpan(u); ok {
			return r, sp, "the URL's credential scope"
		}
	}
	return "", source.Span{}, ""
}

// regionElsewhere reports whether the paste sets a region outside the
// client call: a setting, or AWS_REGION / AWS_DEFAULT_REGION set in code.
func regionElsewhere(f *model.Facts) bool {
	return f.Setting("region") != ""
}

// regionText is the region to put into a fix and whether it is a guess.
func regionText(f *model.Facts) (string, bool) {
	if r, _, _ := regionHint(f); r != "" {
		return r, false
	}
	return "us-east-1", true
}

// sigV4URLs returns the SigV4 presigned URLs of the facts.
func sigV4URLs(f *model.Facts) []*presign.URL {
	var out []*presign.URL
	for _, u := range f.URLs {
		if u.Version == "v4" {
			out = append(out, u)
		}
	}
	return out
}

// formScope is a presigned POST form's scope region, its span, and the URL
// the form posts to.
type formScope struct {
	region string
	span   source.Span
	target *presign.URL
}

// formScopes returns the SigV4 presigned POST forms of the facts that show
// both their credential and their URL.
func formScopes(f *model.Facts) []formScope {
	var out []formScope
	for _, fm := range f.Forms {
		s, fl, ok := fm.Credential()
		t := fm.Target(f.URLs)
		if !ok || t == nil || s.Region == "" {
			continue
		}
		sp := fl.Span
		if i := strings.Index(fl.Value, "/"+s.Region+"/"); i >= 0 && fl.ValSpan.Len() == len(fl.Value) {
			sp = source.Span{Start: fl.ValSpan.Start + i + 1, End: fl.ValSpan.Start + i + 1 + len(s.Region)}
		}
		out = append(out, formScope{s.Region, sp, t})
	}
	return out
}

// printedURLs returns the presigned URLs of the paste that the client's
// presign calls may have printed: URLs for a bucket one of its operations
// names, or, when no operation's bucket is known, the paste's only
// presigned URL. What such a URL shows (its host, its signature version)
// is what the client really did.
func printedURLs(f *model.Facts, c *model.Client) []*presign.URL {
	var urls []*presign.URL
	for _, u := range f.URLs {
		if u.Presigned() {
			urls = append(urls, u)
		}
	}
	var out []*presign.URL
	known := false
	for _, o := range f.Operations {
		if o.Client != c {
			continue
		}
		b := knownStr(o.Bucket)
		if b == "" {
			continue
		}
		known = true
		for _, u := range urls {
			if u.Bucket == b {
				out = append(out, u)
			}
		}
	}
	if !known && len(urls) == 1 {
		return urls
	}
	return out
}

// signingOperation returns the paste's presign operation when all of them
// sign one method, or nil.
func signingOperation(f *model.Facts) *model.Operation {
	var op *model.Operation
	for _, o := range f.Operations {
		if o.Kind != "url" || o.Method == "" {
			continue
		}
		if op != nil && op.Method != o.Method {
			return nil
		}
		if op == nil {
			op = o
		}
	}
	return op
}

// signedRegion is the region the failing request was signed for: the scope
// in S3's string to sign, else urlRegion.
func signedRegion(sts, urlRegion string) string {
	for _, f := range strings.Fields(sts) {
		if parts := strings.Split(f, "/"); len(parts) == 4 && parts[3] == "aws4_request" {
			return parts[1]
		}
	}
	return urlRegion
}

// oneScopeRegion returns the scope region of the paste's SigV4 URL when
// there is exactly one, else "".
func oneScopeRegion(f *model.Facts) string {
	var regions []string
	for _, u := range sigV4URLs(f) {
		if s, _, ok := u.Credential(); ok && s.Region != "" {
			regions = append(regions, s.Region)
		}
	}
	if len(regions) == 1 {
		return regions[0]
	}
	return ""
}
