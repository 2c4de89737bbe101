package derive

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// PyClients returns the S3 clients made by python code.
func PyClients(f *model.Facts) []*model.Client {
	var out []*model.Client
	for _, c := range f.Clients {
		if c.Source == "python" && c.Service == "s3" {
			out = append(out, c)
		}
	}
	return out
}

// PyOps returns the presign operations of python code.
func PyOps(f *model.Facts) []*model.Operation {
	var out []*model.Operation
	for _, o := range f.Operations {
		if o.Source == "python" {
			out = append(out, o)
		}
	}
	return out
}

// Presigns reports whether a python operation uses the client (or, when
// the paste has no operation, whether the client is the paste's only
// evidence: no presigned URL either way, and the code makes no other S3
// call with it, such as put_object or select_object_content, which are
// not presigning).
func Presigns(f *model.Facts, c *model.Client) bool {
	any := false
	for _, o := range f.Operations {
		if o.Source == "python" {
			if o.Client == c {
				return true
			}
			any = true
		}
	}
	if any {
		return false
	}
	for _, u := range f.URLs {
		if u.Presigned() {
			return true
		}
	}
	return !callsAPI(f.Text, c.Var)
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
		if at > 0 && (isIdent(text[at-1]) || text[at-1] == '.') {
			continue
		}
		k := i
		for k < len(text) && isIdent(text[k]) {
			k++
		}
		name := text[i:k]
		if k < len(text) && text[k] == '(' && name != "" && !strings.HasPrefix(name, "generate_presigned_") {
			return true
		}
	}
}

func isIdent(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// ClientRegion is the region a client signs for when the code says so: its
// own region_name (or Config's), else its session's.
func ClientRegion(c *model.Client) *model.Value {
	if c.Region != nil {
		return c.Region
	}
	if c.Session != nil {
		return c.Session.Region
	}
	return nil
}

// RegionHint is the bucket's region as the rest of the paste tells it,
// read from the incident (model.Incident.RegionEvidence: S3's answer,
// get-bucket-location, a URL's host, a URL's credential scope), with the
// words a message uses for where it comes from.
func RegionHint(f *model.Facts) (region string, sp source.Span, from string) {
	if f.Incident == nil {
		return "", source.Span{}, ""
	}
	ev := f.Incident.RegionEvidence()
	if ev.Str == "" {
		return "", source.Span{}, ""
	}
	switch {
	case ev.From == model.FromS3:
		from = "the S3 error"
	case ev.From == model.FromAWS:
		from = "get-bucket-location"
	case ev.Why == "the host":
		from = "the URL's host"
	default:
		from = "the URL's credential scope"
	}
	return ev.Str, ev.Span, from
}

// RegionElsewhere reports whether the paste sets a region outside the
// client call: a setting, or AWS_REGION / AWS_DEFAULT_REGION set in code.
func RegionElsewhere(f *model.Facts) bool {
	return f.Setting("region") != ""
}

// RegionText is the region to put into a fix and whether it is a guess.
func RegionText(f *model.Facts) (string, bool) {
	if r, _, _ := RegionHint(f); r != "" {
		return r, false
	}
	return "us-east-1", true
}

// SigV4URLs returns the SigV4 presigned URLs of the facts.
func SigV4URLs(f *model.Facts) []*presign.URL {
	var out []*presign.URL
	for _, u := range f.URLs {
		if u.Version == "v4" {
			out = append(out, u)
		}
	}
	return out
}

// FormScope is a presigned POST form's scope region, its span, and the URL
// the form posts to.
type FormScope struct {
	Region string
	Span   source.Span
	Target *presign.URL
}

// FormScopes returns the SigV4 presigned POST forms of the facts that show
// both their credential and their URL.
func FormScopes(f *model.Facts) []FormScope {
	var out []FormScope
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
		out = append(out, FormScope{s.Region, sp, t})
	}
	return out
}

// PrintedURLs returns the presigned URLs of the paste that the client's
// presign calls may have printed: URLs for a bucket one of its operations
// names, or, when no operation's bucket is known, the paste's only
// presigned URL. What such a URL shows (its host, its signature version)
// is what the client really did.
func PrintedURLs(f *model.Facts, c *model.Client) []*presign.URL {
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
		b := KnownStr(o.Bucket)
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
