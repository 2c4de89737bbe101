package derive

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

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

// Presigns reports whether a client of code presigns (the model's
// Incident.Signers).
func Presigns(f *model.Facts, c *model.Client) bool {
	return f.Incident != nil && f.Incident.Signer(c) != nil
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
	_      [0]func() // not comparable: no generated equality function in the wasm
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
		out = append(out, FormScope{Region: s.Region, Span: sp, Target: t})
	}
	return out
}

// PrintedURLs returns the presigned URLs of the paste that the client's
// presign calls may have printed: URLs for a bucket one of its operations
// names, or, when no operation's bucket is known, the paste's only
// presigned URL. What such a URL shows (its host, its signature version)
// is what the client really did.
func PrintedURLs(f *model.Facts, c *model.Client) []*presign.URL {
	var out []*presign.URL
	AnyPrintedURL(f, c, func(u *presign.URL) bool {
		out = append(out, u)
		return false
	})
	return out
}

// AnyPrintedURL reports whether one of PrintedURLs(f, c), in its order,
// satisfies ok, without making the list: the rules ask it for each client,
// and a paste of 2,000 URLs of the same bucket made lists of 2,000 for
// each operation (5 % of a 1 MB paste's analysis in the wasm).
func AnyPrintedURL(f *model.Facts, c *model.Client, ok func(*presign.URL) bool) bool {
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
		for _, u := range f.URLs {
			if u.Presigned() && u.Bucket == b && !model.RedirectTarget(f.Text, u) && ok(u) {
				return true
			}
		}
	}
	if known {
		return false
	}
	var only *presign.URL
	for _, u := range f.URLs {
		if u.Presigned() && !model.RedirectTarget(f.Text, u) {
			if only != nil {
				return false // not the paste's only presigned URL
			}
			only = u
		}
	}
	return only != nil && ok(only)
}
