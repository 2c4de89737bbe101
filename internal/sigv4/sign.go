package sigv4

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/timefmt"
)

// Scope is a credential scope: date/region/service/aws4_request.
type Scope struct {
	AccessKeyID string
	Date        string // yyyymmdd
	Region      string
	Service     string
	Terminator  string // aws4_request
}

// String returns date/region/service/terminator (without the key ID).
func (s Scope) String() string {
	return s.Date + "/" + s.Region + "/" + s.Service + "/" + s.Terminator
}

// ParseCredential splits an X-Amz-Credential value
// (KEY/yyyymmdd/region/service/aws4_request).
func ParseCredential(v string) (Scope, error) {
	parts := strings.Split(v, "/")
	if len(parts) < 5 {
		return Scope{}, fmt.Errorf("X-Amz-Credential %q has %d parts separated by '/', not 5 (key/date/region/service/aws4_request)", v, len(parts))
	}
	n := len(parts)
	return Scope{AccessKeyID: strings.Join(parts[:n-4], "/"), Date: parts[n-4], Region: parts[n-3],
		Service: parts[n-2], Terminator: parts[n-1]}, nil
}

// ParseScopeLine parses the scope line of a string to sign
// (yyyymmdd/region/service/aws4_request).
func ParseScopeLine(v string) (Scope, error) {
	return ParseCredential("/" + v)
}

// AmzDateLayout is the layout of X-Amz-Date.
const AmzDateLayout = "20060102T150405Z"

// ParseAmzDate parses an X-Amz-Date value.
func ParseAmzDate(v string) (time.Time, error) {
	t, ok := timefmt.AmzDate(v)
	if !ok {
		return time.Time{}, fmt.Errorf("X-Amz-Date %q is not in the form %s", v, AmzDateLayout)
	}
	return t, nil
}

// HashHex returns the lower-case hex SHA-256 of s.
func HashHex(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// StringToSign returns the SigV4 string to sign of a canonical request.
func StringToSign(amzDate string, scope Scope, canonicalRequest string) string {
	return Algorithm + "\n" + amzDate + "\n" + scope.String() + "\n" + HashHex(canonicalRequest)
}

func hmacSHA256(key []byte, data string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(data))
	return m.Sum(nil)
}

// SigningKey derives the SigV4 signing key of secret for a scope.
func SigningKey(secret string, scope Scope) []byte {
	k := hmacSHA256([]byte("AWS4"+secret), scope.Date)
	k = hmacSHA256(k, scope.Region)
	k = hmacSHA256(k, scope.Service)
	return hmacSHA256(k, scope.Terminator)
}

// SignStringToSign returns the hex signature of a string to sign; the key is
// derived from the scope on its third line. Tests check that it agrees with
// the SDK signer on every case the SDK can sign.
func SignStringToSign(secret, stringToSign string) (string, error) {
	lines := strings.Split(stringToSign, "\n")
	if len(lines) != 4 {
		return "", fmt.Errorf("a SigV4 string to sign has 4 lines, this one %d", len(lines))
	}
	scope, err := ParseScopeLine(lines[2])
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(hmacSHA256(SigningKey(secret, scope), stringToSign)), nil
}

// SignaturesEqual compares two hex signatures in constant time, ignoring
// case.
func SignaturesEqual(a, b string) bool {
	return hmac.Equal([]byte(strings.ToLower(a)), []byte(strings.ToLower(b)))
}
