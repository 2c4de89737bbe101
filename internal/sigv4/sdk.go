package sigv4

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	signer "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/smithy-go/logging"

	"github.com/presign-doctor/presign-doctor/internal/table"
)

// authParams are the query parameters the signer itself writes.
var authParams = sync.OnceValue(func() map[string]bool {
	return table.Set(
		"x-amz-algorithm", "x-amz-credential", "x-amz-date",
		"x-amz-signedheaders", "x-amz-signature",
	)
})

// Signed is what the SDK signer produced for a request.
type Signed struct {
	CanonicalRequest string
	StringToSign     string
	Signature        string
	URL              string
}

// SDKSign presigns r with the AWS SDK for Go v2 signer
// (github.com/aws/aws-sdk-go-v2/aws/signer/v4), the source of truth for
// SigV4 signatures. The access key ID, date, region and service come from
// the request's X-Amz-Credential and X-Amz-Date; the path is given to the
// SDK already in S3's canonical form (DisableURIPathEscaping, as the SDK's S3
// client does). The canonical request and string to sign are captured from
// the SDK's own signing log.
func SDKSign(r Request, secret string) (Signed, error) {
	cred, _ := r.Get("X-Amz-Credential")
	scope, err := ParseCredential(cred)
	if err != nil {
		return Signed{}, err
	}
	date, _ := r.Get("X-Amz-Date")
	t, err := ParseAmzDate(date)
	if err != nil {
		return Signed{}, fmt.Errorf("X-Amz-Date %q is not yyyymmddThhmmssZ", date)
	}
	c := Build(r)
	if len(c.Unknown) > 0 {
		return Signed{}, fmt.Errorf("the value of signed header %s is unknown", strings.Join(c.Unknown, ", "))
	}
	dec := DecodePath(orSlash(r.Path))
	if r.Normalize {
		dec = NormalizePath(dec)
	}
	u := &url.URL{Scheme: "https", Host: r.Host, Path: dec, RawPath: EncodePath(dec)}
	var q []Param
	for _, p := range r.Query {
		if !authParams()[strings.ToLower(p.Name)] {
			q = append(q, p)
		}
	}
	u.RawQuery = CanonicalQuery(q)
	req, err := http.NewRequest(r.Method, "https://placeholder/", nil)
	if err != nil {
		return Signed{}, err
	}
	req.URL = u
	req.Host = r.Host
	signed := map[string]bool{}
	for _, n := range r.SignedHeaderNames() {
		signed[strings.ToLower(n)] = true
	}
	for _, h := range r.Headers {
		ln := strings.ToLower(h.Name)
		if !signed[ln] || ln == "host" {
			continue
		}
		if ln == "content-length" {
			req.ContentLength = leadingInt(h.Value)
			continue
		}
		req.Header.Add(h.Name, h.Value)
	}
	var log capture
	s := signer.NewSigner(func(o *signer.SignerOptions) {
		o.DisableURIPathEscaping = true
		o.DisableHeaderHoisting = true
		o.LogSigning = true
		o.Logger = &log
	})
	creds := aws.Credentials{AccessKeyID: scope.AccessKeyID, SecretAccessKey: secret}
	out, _, err := s.PresignHTTP(context.Background(), creds, req, c.Payload, scope.Service, scope.Region, t)
	if err != nil {
		return Signed{}, err
	}
	res := Signed{URL: out}
	if ou, err := url.Parse(out); err == nil {
		res.Signature = ou.Query().Get("X-Amz-Signature")
	}
	res.CanonicalRequest, res.StringToSign = log.parts()
	return res, nil
}

func orSlash(p string) string {
	if p == "" {
		return "/"
	}
	return p
}

// capture is a smithy logger that keeps the SDK's signing log.
type capture struct{ text string }

// Logf implements logging.Logger.
func (c *capture) Logf(_ logging.Classification, format string, v ...interface{}) {
	c.text = fmt.Sprintf(format, v...)
}

// parts cuts the canonical string and the string to sign out of the SDK's
// signing log.
func (c *capture) parts() (canonical, sts string) {
	const a = "---[ CANONICAL STRING  ]-----------------------------\n"
	const b = "\n---[ STRING TO SIGN ]--------------------------------\n"
	const e = "\n---[ SIGNED URL ]"
	t := c.text
	i := strings.Index(t, a)
	j := strings.Index(t, b)
	if i < 0 || j < i {
		return "", ""
	}
	canonical = t[i+len(a) : j]
	rest := t[j+len(b):]
	if k := strings.Index(rest, e); k >= 0 {
		rest = rest[:k]
	}
	return canonical, rest
}

// leadingInt reads the decimal integer at the start of s (after spaces),
// 0 when there is none: what fmt.Sscan read, without linking the scanner.
func leadingInt(s string) int64 {
	s = strings.TrimLeft(s, " \t\r\n")
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg, s = s[0] == '-', s[1:]
	}
	var n int64
	for i := 0; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		n = n*10 + int64(s[i]-'0')
	}
	if neg {
		n = -n
	}
	return n
}
