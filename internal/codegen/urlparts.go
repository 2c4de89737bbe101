package codegen

import (
	"net"
	"regexp"
	"strings"

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

var awsHostRE = regexp.MustCompile(`^(?:(.+)\.)?s3(?:[.-](?:dualstack\.)?([a-z0-9-]+))?\.amazonaws\.com(?:\.cn)?$`)
var regionRE = regexp.MustCompile(`^[a-z]{2}(?:-[a-z]+)+-[0-9]{1,2}$`)

// ReadURL decodes the parts of a presigned URL.
func ReadURL(u *presign.URL) URLParts {
	var r URLParts
	host := u.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	path := strings.TrimPrefix(u.Path, "/")
	if m := awsHostRE.FindStringSubmatch(host); m != nil {
		if regionRE.MatchString(m[2]) {
			r.HostRegion = m[2]
		}
		if m[1] != "" {
			r.Bucket, r.Key = m[1], path
		} else {
			r.PathStyle = true
			r.Bucket, r.Key, _ = strings.Cut(path, "/")
		}
	} else {
		r.Endpoint = u.Scheme + "://" + u.Host
		r.PathStyle = true
		r.Bucket, r.Key, _ = strings.Cut(path, "/")
	}
	if c := u.Param("X-Amz-Credential"); c != nil {
		parts := strings.Split(c.Value, "/")
		if n := len(parts); n >= 4 && parts[n-1] == "aws4_request" {
			r.ScopeRegion = parts[n-3]
		}
	}
	if n, _, ok := u.Expires(); ok {
		r.Expires = n
	}
	r.Token = u.Param("X-Amz-Security-Token") != nil
	if x := u.Param("x-id"); x != nil && regexp.MustCompile(`^[A-Z][A-Za-z0-9]{2,40}$`).MatchString(x.Value) {
		r.Operation = snakeCase(x.Value)
	}
	if sh := u.Param("X-Amz-SignedHeaders"); sh != nil {
		for _, h := range strings.Split(strings.ToLower(sh.Value), ";") {
			if h != "host" && headerNameRE.MatchString(h) {
				r.SignedHeaders = append(r.SignedHeaders, h)
			}
		}
	}
	return r
}

var headerNameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,80}$`)

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
