package engine

import (
	"time"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// fillURLs decodes every URL the facts hold for the page (at most the
// limit of analysed URLs, already applied to the facts).
func fillURLs(resp *Response, f *model.Facts, src *source.Text) {
	for _, u := range f.URLs {
		d := decodeURL(u, f.Now, src)
		fillValidity(&d, f, u, f.Now)
		fillReplay(&d, f, u)
		d.ClientDiffs = clientDiffs(f, u)
		resp.URLs = append(resp.URLs, d)
	}
}

func decodeURL(u *presign.URL, now time.Time, src *source.Text) DecodedURL {
	d := DecodedURL{Start: src.UTF16(u.Span.Start), End: src.UTF16(u.Span.End), Scheme: u.Scheme, Host: u.Host,
		Endpoint: u.Endpoint.Kind, Style: u.Endpoint.Style, Store: u.Endpoint.Store, Bucket: u.Bucket, Key: u.Key,
		SignatureVersion: u.SignatureVersion(), HostRegion: u.Endpoint.Region, Repairs: u.Repairs}
	if sc, p, ok := u.Credential(); ok {
		d.Region, d.Scope = sc.Region, p.Value
	}
	if t, _, ok := u.SignedAt(); ok {
		d.SignedAt = t.UTC().Format(time.RFC3339)
	}
	if n, _, ok := u.Expires(); ok && u.Version == "v4" {
		d.ExpiresIn = n
	}
	if at, _, ok := u.ExpiresAt(); ok {
		d.ExpiresAt = at.UTC().Format(time.RFC3339)
		left := at.Sub(now)
		d.Expired = left < 0
		if d.Expired {
			d.Remaining = "expired " + presign.Human(-left) + " ago"
		} else {
			d.Remaining = presign.Human(left)
		}
	}
	d.SignedHeaders, _ = u.SignedHeaders()
	d.Token = u.Token() != nil
	if p := u.Param("x-id"); p != nil {
		d.Operation = p.Value
	}
	for _, p := range u.Params {
		d.Params = append(d.Params, URLParam{Name: p.Name, Value: p.Value})
	}
	return d
}
