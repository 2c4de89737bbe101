package model

import "github.com/presign-doctor/presign-doctor/internal/presign"

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
	b.f.Forms = presign.FindForms(b.f.Text)
}
