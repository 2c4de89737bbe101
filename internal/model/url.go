package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/presign"
)

// urls reads every presigned URL and presigned POST field set in the whole
// text: URLs also sit inside code, commands and error bodies. Plain links
// without query authentication are left out, except those that name an S3
// endpoint.
func (b *builder) urls() {
	for _, u := range presign.Find(b.f.Text) {
		if u.Presigned() || u.Endpoint.AWS {
			b.f.URLs = append(b.f.URLs, u)
		}
	}
	if strings.Contains(b.f.Text, "ConnectionPool(host=") {
		// urllib3's connection errors name the host apart from the path:
		// joined, the URL the request was sent to (unless the paste has
		// that URL already).
	pool:
		for _, u := range presign.FindPoolErrors(b.f.Text) {
			if !u.Presigned() && !u.Endpoint.AWS {
				continue
			}
			for _, v := range b.f.URLs {
				if v.Raw == u.Raw {
					continue pool
				}
			}
			b.f.URLs = append(b.f.URLs, u)
		}
	}
	b.f.Forms = presign.FindForms(b.f.Text)
}
