package model

import "strings"

// Signer is an S3 client of the paste's code that presigns, with the
// region the code configures for it. Rules that compare the region code
// signs for with the bucket's read Incident.Signers and RegionEvidence;
// none looks for clients or regions itself.
type Signer struct {
	Client *Client
	// Region is the region the code configures for the client, as written:
	// its own (region_name, Config's, region: …), else its session's. Nil
	// when the code sets none: the SDK then signs for the environment's
	// region (AWS_REGION, the profile's), us-east-1 when none is set.
	Region *Value
}

// signers finds, once, the S3 clients of code that presign (see presigns).
func (b *builder) signers(inc *Incident) {
	for _, c := range b.f.Clients {
		if CodeSource(c.Source) && c.Service == "s3" && presigns(b.f, c) {
			inc.Signers = append(inc.Signers, &Signer{Client: c, Region: clientRegion(c)})
		}
	}
}

// Signer returns the signer a client is, or nil when it does not presign.
func (inc *Incident) Signer(c *Client) *Signer {
	for _, s := range inc.Signers {
		if s.Client == c {
			return s
		}
	}
	return nil
}

// clientRegion is the region a client signs for when the code says so:
// its own, else its session's.
func clientRegion(c *Client) *Value {
	if c.Region != nil {
		return c.Region
	}
	if c.Session != nil {
		return c.Session.Region
	}
	return nil
}

// presigns reports whether a client of code presigns: a presign call of
// its language uses it (a brace client is the one client of its block, so
// an operation of that language with no client of its own signs with it);
// or the code has no presign call, and then a presigned URL in the paste
// says it does, and otherwise a Python client that makes another S3 call
// (put_object, select_object_content) does not, while a brace block that
// names a presigner does.
func presigns(f *Facts, c *Client) bool {
	if c.Framework != "" {
		return c.frameworkPresigns
	}
	any := false
	for _, o := range f.Operations {
		if c.Source == "python" && o.Source != "python" || !CodeSource(o.Source) {
			continue
		}
		if o.Client == c || c.Source != "python" && o.Client == nil && o.Source == c.Source {
			return true
		}
		any = true
	}
	if any {
		return false
	}
	for _, u := range f.URLs {
		if u.Presigned() {
			return true
		}
	}
	if c.Source == "python" {
		return !callsAPI(f.Text, c.Var)
	}
	return mentionsPresigner(f.Text)
}

// callsAPI reports whether the text calls a method of the client variable
// other than the presign ones (s3.put_object(...)). An adapter until the
// model records the code's API calls.
func callsAPI(text, v string) bool {
	if v == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(text[i:], v+".")
		if j < 0 {
			return false
		}
		at := i + j
		i = at + len(v) + 1
		if at > 0 && (identByte(text[at-1]) || text[at-1] == '.') {
			continue
		}
		k := i
		for k < len(text) && identByte(text[k]) {
			k++
		}
		name := text[i:k]
		if k < len(text) && text[k] == '(' && name != "" && !strings.HasPrefix(name, "generate_presigned_") {
			return true
		}
	}
}

func identByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// presigners are the names of each SDK's presigning entry points, for a
// block that makes a client and a presigner but whose call the paste
// leaves out (s3.NewPresignClient(client) with nothing after it).
var presigners = []string{"NewPresignClient", "S3Presigner", "Presigner.new", "getSignedUrl", "createPresignedRequest",
	"GetPreSignedURL", "generatePresignedUrl", "presigned_url", "createPresignedPost", "PresignGetObject", "PresignPutObject", "Presign("}

// mentionsPresigner reports whether the text names a presigner. An adapter
// until the brace reader records presigners made without a call.
func mentionsPresigner(text string) bool {
	for _, p := range presigners {
		if strings.Contains(text, p) {
			return true
		}
	}
	return false
}

// RegionWords says, in a message's words, where a region fact of
// RegionEvidence comes from: "the S3 error", "get-bucket-location", "the
// URL's host", "the host the request went to", "the URL's credential
// scope".
func RegionWords(f Fact) string {
	switch {
	case f.From == FromS3:
		return "the S3 error"
	case f.From == FromAWS:
		return "get-bucket-location"
	case f.From == FromSent:
		return "the host the request went to"
	case f.Why == "the host":
		return "the URL's host"
	}
	return "the URL's credential scope"
}

// PresignVersion is the signature version ("v4", "v2") of the URLs a
// Python client presigns, as botocore decides it: Config's
// signature_version when the code sets it; else the version of a URL the
// client signed in the paste; else botocore's default for presigning
// (botocore/client.py, _set_s3_presign_signature_version and
// _default_s3_presign_to_sigv2): SigV2 ('s3') when the client's region
// still accepts it, SigV4 in a region that accepts only SigV4. The zero
// fact when the paste does not tell (no region, an expression, another
// SDK).
func (inc *Incident) PresignVersion(s *Signer) Fact {
	c := s.Client
	if c == nil || c.Source != "python" {
		return Fact{}
	}
	if sv := valueFact(c.SignatureVersion, FromCode); sv.Str != "" || sv.Expr != "" {
		switch strings.ToLower(sv.Str) {
		case "s3v4", "v4":
			sv.Str = "v4"
		case "s3", "v2", "s3v2", "hmacv1":
			sv.Str = "v2"
		default:
			return Fact{}
		}
		sv.Why = "signature_version"
		return sv
	}
	region := ""
	for _, sr := range inc.SignedRequests {
		if sr.Op == nil || sr.Op.Client != c {
			continue
		}
		if sr.URL != nil && (sr.URL.Version == "v4" || sr.URL.Version == "v2") {
			return stated(sr.URL.Version, sr.URL.Span, FromURL, "the URL the client signed")
		}
		if region == "" {
			region = sr.Region.Str
		}
	}
	if r := valueFact(s.Region, FromCode); region == "" && r.Str != "" {
		region = r.Str
	}
	switch {
	case !presignRegion(region):
		return Fact{}
	case v4OnlyRegion(region):
		return Fact{Str: "v4", From: FromDefault, Why: "botocore presigns with SigV4 in " + region + ", which accepts only SigV4"}
	}
	return Fact{Str: "v2", From: FromDefault, Why: "botocore presigns S3 URLs with SigV2 ('s3') unless signature_version is set or the region accepts only SigV4"}
}

// SignedBy returns the signed requests the client's presign calls made.
func (inc *Incident) SignedBy(c *Client) []*SignedRequest {
	var out []*SignedRequest
	for _, sr := range inc.SignedRequests {
		if sr.Op != nil && sr.Op.Client == c {
			out = append(out, sr)
		}
	}
	return out
}

// SoleSigner reports whether c is the one client of code that presigns
// and every request the paste signs is its own: answers linked to no
// signed request are then about its requests.
func (inc *Incident) SoleSigner(c *Client) bool {
	return len(inc.Signers) == 1 && inc.Signers[0].Client == c && len(inc.SignedBy(c)) == len(inc.SignedRequests)
}
