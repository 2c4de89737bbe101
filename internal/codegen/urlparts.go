package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/presign"
)

// URLParts is what a presigned URL says about the request it signs.
type URLParts struct {
	Bucket, Key string
	// HostRegion is the region named by the host (s3.<region>.amazonaws.com),
	// ScopeRegion the one in X-Amz-Credential.
	HostRegion, ScopeRegion string
	// Endpoint is scheme://host for a host outside amazonaws.com, else "".
	Endpoint  string
	PathStyle bool
	Expires   int64
	Token     bool
	// Operation comes from the SDKs' x-id parameter (GetObject → get_object).
	Operation string
	// SignedHeaders lists X-Amz-SignedHeaders besides host.
	SignedHeaders []string
}

// ReadURL decodes the parts of a presigned URL, from what the presign
// reader decoded (endpoint, bucket, key, scope).
func ReadURL(u *presign.URL) URLParts {
	r := URLParts{Bucket: u.Bucket, Key: u.Key}
	ep := u.Endpoint
	if ep.AWS {
		r.HostRegion = ep.Region
		r.PathStyle = ep.Style == presign.StylePath
	} else if ep.Kind == presign.EndpointCompatible {
		r.Endpoint = u.Scheme + "://" + u.Host
		r.PathStyle = ep.Style != presign.StyleVirtual
		if ep.Style == presign.StyleVirtual && u.Bucket != "" {
			r.Endpoint = u.Scheme + "://" + strings.TrimPrefix(u.Host, u.Bucket+".")
		}
		if ep.Region != "" {
			r.HostRegion = ep.Region
		}
	} else {
		// A custom domain (CNAME, CDN, proxy): sign against S3 itself.
		r.PathStyle = false
	}
	if sc, _, ok := u.Credential(); ok {
		r.ScopeRegion = sc.Region
	}
	if n, _, ok := u.Expires(); ok {
		r.Expires = n
	}
	r.Token = u.Token() != nil
	if x := u.Param("x-id"); x != nil && xidRE.MatchString(x.Value) {
		r.Operation = snakeCase(x.Value)
	}
	hs, _ := u.SignedHeaders()
	for _, h := range hs {
		h = strings.ToLower(h)
		if h != "host" && headerNameRE.MatchString(h) {
			r.SignedHeaders = append(r.SignedHeaders, h)
		}
	}
	return r
}

var xidRE = lazyre.New(`^[A-Z][A-Za-z0-9]{2,40}$`)
var regionRE = lazyre.New(`^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$`)

var headerNameRE = lazyre.New(`^[a-z0-9][a-z0-9._-]{0,80}$`)

func snakeCase(pascal string) string {
	var b strings.Builder
	for i, c := range pascal {
		if c >= 'A' && c <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			c += 'a' - 'A'
		}
		b.WriteRune(c)
	}
	return b.String()
}
