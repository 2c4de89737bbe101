// Package sigv4 rebuilds the canonical request and string to sign of a
// presigned S3 request the way S3 does, checks signatures (SigV4 through the
// AWS SDK for Go v2 signer, the source of truth; SigV2 with its own legacy
// algorithm), decodes the hex *Bytes elements of S3 error bodies, and compares
// S3's canonical request with a rebuilt one part by part.
//
// It takes plain inputs (method, host, escaped path, ordered query
// parameters, headers), so it depends on no reader of pasted text.
package sigv4

import (
	"strings"
)

// Algorithm is the SigV4 signing algorithm name.
const Algorithm = "AWS4-HMAC-SHA256"

// UnsignedPayload is the payload line of presigned S3 requests.
const UnsignedPayload = "UNSIGNED-PAYLOAD"

// EmptySHA256 is the hex SHA-256 of an empty payload.
const EmptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

// Param is one query parameter, decoded the way S3 decodes it ('+' is a
// space, %XX is a byte).
type Param struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Name  string
	Value string
	// NoEquals is true for a bare name without '='.
	NoEquals bool
}

// Header is one HTTP header the request sends.
type Header struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Name  string
	Value string
}

// Request is what a presigned request consists of, as plain values.
type Request struct {
	Method string
	// Host is host[:port] as the client sends it in the Host header.
	Host string
	// Path is the path as written in the URL (percent-encoded); S3 decodes
	// it once and encodes every byte again once.
	Path string
	// Query holds every query parameter in URL order; X-Amz-Signature is
	// left out of the canonical query.
	Query []Param
	// Headers are the values the client sends for signed headers other than
	// host. A signed header absent here has an unknown value.
	Headers []Header
	// Payload overrides the payload line; "" means X-Amz-Content-Sha256 from
	// the query when present, else UNSIGNED-PAYLOAD.
	Payload string
	// Normalize removes dot segments and repeated slashes from the path, as
	// SigV4 does for services other than S3 (the test suite's normalize
	// flag). S3 never normalizes.
	Normalize bool
}

// Get returns the value of the first parameter named name (case-insensitive)
// and whether it is present.
func (r *Request) Get(name string) (string, bool) {
	for _, p := range r.Query {
		if strings.EqualFold(p.Name, name) {
			return p.Value, true
		}
	}
	return "", false
}

// SignedHeaderNames returns X-Amz-SignedHeaders split on ';', or ["host"]
// when it is absent.
func (r *Request) SignedHeaderNames() []string {
	v, ok := r.Get("X-Amz-SignedHeaders")
	if !ok || v == "" {
		return []string{"host"}
	}
	// A line break would split the canonical request's lines (S3 rejects
	// such a URL before signing anyway).
	v = strings.NewReplacer("\n", " ", "\r", " ").Replace(v)
	return strings.Split(v, ";")
}

// Canonical is a canonical request split into its parts.
type Canonical struct {
	Method        string
	URI           string
	Query         string
	Headers       []string // "name:value" lines
	SignedHeaders string
	Payload       string
	// Unknown lists signed headers whose value the request does not give.
	Unknown []string
}

// String returns the canonical request text (no trailing newline).
func (c Canonical) String() string {
	var b strings.Builder
	b.WriteString(c.Method)
	b.WriteByte('\n')
	b.WriteString(c.URI)
	b.WriteByte('\n')
	b.WriteString(c.Query)
	b.WriteByte('\n')
	for _, h := range c.Headers {
		b.WriteString(h)
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	b.WriteString(c.SignedHeaders)
	b.WriteByte('\n')
	b.WriteString(c.Payload)
	return b.String()
}

// Build rebuilds the canonical request of r the way S3 does.
func Build(r Request) Canonical {
	c := Canonical{Method: r.Method}
	path := r.Path
	if path == "" {
		path = "/"
	}
	dec := DecodePath(path)
	if r.Normalize {
		dec = NormalizePath(dec)
	}
	c.URI = EncodePath(dec)
	c.Query = CanonicalQuery(r.Query)
	names := r.SignedHeaderNames()
	c.SignedHeaders = strings.Join(names, ";")
	for _, n := range names {
		ln := strings.ToLower(n)
		if ln == "host" {
			c.Headers = append(c.Headers, "host:"+trimHeader(r.Host))
			continue
		}
		var vals []string
		for _, h := range r.Headers {
			if strings.EqualFold(h.Name, n) {
				vals = append(vals, trimHeader(h.Value))
			}
		}
		if vals == nil {
			c.Unknown = append(c.Unknown, ln)
		}
		c.Headers = append(c.Headers, ln+":"+strings.Join(vals, ","))
	}
	c.Payload = r.Payload
	if c.Payload == "" {
		if v, ok := r.Get("X-Amz-Content-Sha256"); ok {
			c.Payload = v
		} else {
			c.Payload = UnsignedPayload
		}
	}
	return c
}

// trimHeader trims a header value and collapses runs of spaces, as SigV4
// canonical headers require.
func trimHeader(v string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(v, "\t", " ")), " ")
}
