package keyencoding

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/rules"
)

// keyEncodingURL reports object keys that were percent-encoded before
// signing (%25 then an escape's hex digits in the path: %2520, %252F) and
// literal '+' in the path. A %25 followed by anything else is a key with a
// literal '%' encoded once, as S3 expects.
func keyEncodingURL(p *rules.Pass) {
	for _, u := range p.Facts.URLs {
		if !u.Presigned() {
			continue
		}
		if i := doubleEscape(u.RawPath); i >= 0 {
			j := i + 5
			p.Report(rules.Finding{
				Message: fmt.Sprintf("the path holds %s, an escaped percent sign: the key was percent-encoded before signing (quote() or encodeURIComponent on Key) and encoded again by the SDK, so S3 looks for the key %q with a literal %%; it answers NoSuchKey (404), AccessDenied (403) without s3:ListBucket, or SignatureDoesNotMatch (403) if the URL gets decoded on the way",
					u.RawPath[i:j], u.Key),
				Span:  u.RawPathSpan(i, j),
				Key:   u.Key,
				Fixes: []rules.Fix{{Message: "pass the raw key (with its spaces and slashes) as Key and let the SDK encode it once; never re-encode the returned URL"}},
			})
			continue
		}
		if i := strings.IndexByte(u.RawPath, '+'); i >= 0 {
			p.Report(rules.Finding{
				Message: "the path holds a literal '+': S3 reads a '+' in the path as a space when it checks the signature, while SDKs sign a key with '+' as %2B and a space as %20; a hand-built or re-encoded URL with '+' gives SignatureDoesNotMatch (403) or NoSuchKey (404)",
				Span:    u.RawPathSpan(i, i+1),
				Key:     u.Key,
				Fixes:   []rules.Fix{{Message: "pass the raw key to the SDK and use the URL it returns as is (a space must be %20 and a plus %2B in the path)"}},
			})
		}
	}
}

func isHexPair(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// keyLeadingSlashURL reads the key of every presigned URL.
func keyLeadingSlashURL(p *rules.Pass) {
	for _, u := range p.Facts.URLs {
		if !u.Presigned() || !strings.HasPrefix(u.Key, "/") {
			continue
		}
		sp := u.PathSpan
		if sp.Len() == 0 {
			sp = u.Span
		}
		p.Report(rules.Finding{
			Message: strings.Replace(leadingSlashMsg, "%s", strings.TrimLeft(u.Key, "/"), 1),
			Span:    sp,
			Key:     "leading-slash",
			Fixes:   []rules.Fix{{Message: "sign the key without its leading '/' (or, for an object stored under it, send the URL exactly as returned, with a client that keeps '//' in the path)"}},
		})
	}
}

// doubleEscape returns the index of the first %25 followed by two hex
// digits (an escape encoded a second time), or -1.
func doubleEscape(path string) int {
	for off := 0; ; {
		i := strings.Index(path[off:], "%25")
		if i < 0 {
			return -1
		}
		i += off
		if i+5 <= len(path) && isHexPair(path[i+3:i+5]) {
			return i
		}
		off = i + 3
	}
}
