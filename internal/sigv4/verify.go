package sigv4

import (
	"fmt"
	"strings"
)

// Rebuilt is the canonical request and string to sign rebuilt from a
// request.
type Rebuilt struct {
	Canonical        Canonical
	CanonicalRequest string
	StringToSign     string
	Scope            Scope
	AmzDate          string
}

// Rebuild rebuilds the canonical request and the string to sign of a SigV4
// presigned request. The date comes from X-Amz-Date and the scope from
// X-Amz-Credential, as S3 takes them.
func Rebuild(r Request) (Rebuilt, error) {
	cred, ok := r.Get("X-Amz-Credential")
	if !ok {
		return Rebuilt{}, fmt.Errorf("the URL has no X-Amz-Credential")
	}
	scope, err := ParseCredential(cred)
	if err != nil {
		return Rebuilt{}, err
	}
	date, _ := r.Get("X-Amz-Date")
	c := Build(r)
	cr := c.String()
	return Rebuilt{Canonical: c, CanonicalRequest: cr, StringToSign: StringToSign(date, scope, cr), Scope: scope, AmzDate: date}, nil
}

// Variant is another canonical request a client may have signed instead
// of the one S3 builds from what it sent.
type Variant struct {
	_           [0]func() // not comparable: no generated equality function in the wasm
	Part        string    // the part that differs
	Description string    // what the signer did, as a clause
	// Method is the method signed, for a method variant.
	Method       string
	StringToSign string
}

// Variants returns the canonical requests that common signer mistakes
// produce for r (sigv4-notes §3.2), each differing from S3's in one part.
func Variants(r Request) []Variant {
	base, err := Rebuild(r)
	if err != nil {
		return nil
	}
	var out []Variant
	add := func(part, desc string, c Canonical) {
		cr := c.String()
		if cr == base.CanonicalRequest {
			return
		}
		out = append(out, Variant{Part: part, Description: desc, StringToSign: StringToSign(base.AmzDate, base.Scope, cr)})
	}
	for _, m := range []string{"GET", "PUT", "HEAD", "POST", "DELETE"} {
		if m != r.Method {
			c := base.Canonical
			c.Method = m
			add(PartMethod, "signed the URL for "+m, c)
			if n := len(out); n > 0 && out[n-1].Part == PartMethod && out[n-1].Method == "" {
				out[n-1].Method = m
			}
		}
	}
	path := orSlash(r.Path)
	c := base.Canonical
	c.URI = path
	add(PartURI, "used the path as written in the URL instead of encoding each byte once as S3 does", c)
	c = base.Canonical
	c.URI = EncodePath(path)
	add(PartURI, "encoded the path twice (the SigV4 rule for services other than S3)", c)
	c = base.Canonical
	c.URI = EncodePath(decode(path, false))
	add(PartURI, "read '+' in the path as a plus sign, while S3 reads it as a space", c)
	c = base.Canonical
	c.Payload = EmptySHA256
	add(PartPayload, "hashed an empty payload instead of using UNSIGNED-PAYLOAD", c)
	if _, ok := r.Get("X-Amz-Security-Token"); ok {
		var q []Param
		for _, p := range r.Query {
			if !strings.EqualFold(p.Name, "X-Amz-Security-Token") {
				q = append(q, p)
			}
		}
		c = base.Canonical
		c.Query = CanonicalQuery(q)
		add(PartQuery, "left X-Amz-Security-Token out of the signature and added it afterwards", c)
	}
	return out
}

// Verdict is the outcome of checking a signature with a typed secret.
type Verdict struct {
	// URLSigns is true when the URL's own canonical request signs to the
	// URL's signature.
	URLSigns bool
	// Variant is set when a common signer mistake reproduces the signature.
	Variant *Variant
}

// VerifyURL checks signature (hex) against the canonical request rebuilt
// from r with secret, computing the signature with the SDK signer and
// cross-checking it with this package's own HMAC chain. When it does not
// match, it tries the common signer mistakes.
func VerifyURL(r Request, secret, signature string) (Verdict, error) {
	var v Verdict
	sdk, err := SDKSign(r, secret)
	if err != nil {
		return v, err
	}
	rb, err := Rebuild(r)
	if err != nil {
		return v, err
	}
	own, err := SignStringToSign(secret, rb.StringToSign)
	if err != nil {
		return v, err
	}
	if sdk.Signature != own || sdk.CanonicalRequest != rb.CanonicalRequest {
		return v, fmt.Errorf("the SDK signer and the rebuilt canonical request disagree; the signature cannot be checked")
	}
	if SignaturesEqual(sdk.Signature, signature) {
		v.URLSigns = true
		return v, nil
	}
	for _, va := range Variants(r) {
		s, err := SignStringToSign(secret, va.StringToSign)
		if err == nil && SignaturesEqual(s, signature) {
			va := va
			v.Variant = &va
			break
		}
	}
	return v, nil
}
