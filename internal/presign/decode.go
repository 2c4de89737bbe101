package presign

import (
	"strconv"
	"strings"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/timefmt"
)

// Scope is the credential scope of X-Amz-Credential:
// <key id>/<date>/<region>/<service>/aws4_request.
type Scope struct {
	AccessKeyID string // a redaction placeholder by the time rules see it
	Date        string // YYYYMMDD
	Region      string
	Service     string
	Terminator  string // aws4_request
}

// String returns the scope without the key id, as in a string to sign.
func (s Scope) String() string {
	return s.Date + "/" + s.Region + "/" + s.Service + "/" + s.Terminator
}

// Credential returns the credential scope of a SigV4 URL and the parameter
// it comes from; ok is false when X-Amz-Credential is absent or does not
// have five parts.
func (u *URL) Credential() (s Scope, p *Param, ok bool) {
	p = u.Param("X-Amz-Credential")
	if p == nil {
		return s, nil, false
	}
	parts := strings.Split(p.Value, "/")
	n := len(parts)
	if n < 5 {
		return s, p, false
	}
	// A key id never holds '/', but be tolerant: the last four parts are the scope.
	s = Scope{AccessKeyID: strings.Join(parts[:n-4], "/"), Date: parts[n-4], Region: parts[n-3], Service: parts[n-2], Terminator: parts[n-1]}
	return s, p, true
}

// AccessKeyID returns the access key id of the URL (X-Amz-Credential's
// first part, or AWSAccessKeyId) and its parameter.
func (u *URL) AccessKeyID() (string, *Param) {
	if s, p, ok := u.Credential(); ok {
		return s.AccessKeyID, p
	}
	if p := u.Param("AWSAccessKeyId"); p != nil {
		return p.Value, p
	}
	return "", nil
}

// Temporary reports whether the access key id is a temporary (STS) key: its
// placeholder or value starts with ASIA.
func (u *URL) Temporary() bool {
	k, _ := u.AccessKeyID()
	return strings.HasPrefix(strings.ToUpper(strings.TrimSpace(k)), "ASIA")
}

// Token returns the session token parameter (X-Amz-Security-Token, or
// x-amz-security-token for SigV2), or nil.
func (u *URL) Token() *Param {
	return u.Param("X-Amz-Security-Token")
}

// Region returns the region the URL is signed for (the scope's), else the
// region the host names.
func (u *URL) Region() string {
	if s, _, ok := u.Credential(); ok && s.Region != "" {
		return s.Region
	}
	return u.Endpoint.Region
}

// Service returns the scope's service (s3 for S3), or "".
func (u *URL) Service() string {
	s, _, _ := u.Credential()
	return s.Service
}

// TimeFormat is the layout of X-Amz-Date.
const TimeFormat = "20060102T150405Z"

// SignedAt returns X-Amz-Date as a time and its parameter.
func (u *URL) SignedAt() (time.Time, *Param, bool) {
	p := u.Param("X-Amz-Date")
	if p == nil {
		return time.Time{}, nil, false
	}
	t, ok := timefmt.AmzDate(strings.TrimSpace(p.Value))
	return t, p, ok
}

// ExpiresAt returns when the URL stops working: X-Amz-Date plus
// X-Amz-Expires for SigV4, the absolute Expires for SigV2. p is the
// parameter that sets it.
func (u *URL) ExpiresAt() (at time.Time, p *Param, ok bool) {
	if u.Version == "v2" || (u.Param("X-Amz-Date") == nil && u.Param("Expires") != nil) {
		p = u.Param("Expires")
		if p == nil {
			return at, nil, false
		}
		n, err := strconv.ParseInt(strings.TrimSpace(p.Value), 10, 64)
		if err != nil {
			return at, p, false
		}
		return time.Unix(n, 0).UTC(), p, true
	}
	t, _, ok1 := u.SignedAt()
	n, p, ok2 := u.Expires()
	if !ok1 || !ok2 {
		return at, p, false
	}
	return t.Add(time.Duration(n) * time.Second), p, true
}

// ExpiresIn returns how long from now the URL stays valid (negative when
// it has expired).
func (u *URL) ExpiresIn(now time.Time) (time.Duration, bool) {
	at, _, ok := u.ExpiresAt()
	if !ok {
		return 0, false
	}
	return at.Sub(now), true
}

// SignedHeaders returns the lower-case names of X-Amz-SignedHeaders and
// the parameter ("host" alone for a plain presigned GET).
func (u *URL) SignedHeaders() ([]string, *Param) {
	p := u.Param("X-Amz-SignedHeaders")
	if p == nil {
		return nil, nil
	}
	var out []string
	for _, h := range strings.Split(p.Value, ";") {
		if h = strings.ToLower(strings.TrimSpace(h)); h != "" {
			out = append(out, h)
		}
	}
	return out, p
}

// SignatureVersion describes the URL's signing: "SigV4", "SigV4a", "SigV2",
// or "" for a URL without query auth.
func (u *URL) SignatureVersion() string {
	switch u.Version {
	case "v4":
		if a := u.Param("X-Amz-Algorithm"); a != nil && strings.Contains(a.Value, "ECDSA") {
			return "SigV4a"
		}
		return "SigV4"
	case "v2":
		return "SigV2"
	}
	return ""
}

// Presigned reports whether the URL carries query authentication.
func (u *URL) Presigned() bool { return u.Version != "" }

// CloudFrontSigned reports a CloudFront signed URL: Key-Pair-Id (which no
// S3 signer writes) beside Expires or Policy and Signature, and no SigV4
// X-Amz-Date. Its signature and Expires are CloudFront's, even when an
// AWSAccessKeyId was added to it: not an S3 SigV2 signature nor an S3
// lifetime (cloudfront_vs_s3's case).
func (u *URL) CloudFrontSigned() bool {
	return u.Param("Key-Pair-Id") != nil && u.Param("X-Amz-Date") == nil
}

// Human formats a duration the way the report shows it: "3d 4h", "12m 5s".
func Human(d time.Duration) string {
	neg := d < 0
	if neg {
		d = -d
	}
	d = d.Round(time.Second)
	days := d / (24 * time.Hour)
	d -= days * 24 * time.Hour
	h := d / time.Hour
	d -= h * time.Hour
	m := d / time.Minute
	d -= m * time.Minute
	s := d / time.Second
	var parts []string
	add := func(n time.Duration, unit string) {
		if n > 0 && len(parts) < 2 {
			parts = append(parts, strconv.FormatInt(int64(n), 10)+unit)
		}
	}
	add(days, "d")
	add(h, "h")
	add(m, "m")
	add(s, "s")
	if len(parts) == 0 {
		return "0s"
	}
	out := strings.Join(parts, " ")
	if neg {
		return "-" + out
	}
	return out
}
