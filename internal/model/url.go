package model

import "github.com/presign-doctor/presign-doctor/internal/presign"

// urls reads every presigned URL in the whole text: URLs also sit inside
// code, commands and error bodies.
func (b *builder) urls() {
	b.f.URLs = presign.Find(b.f.Text)
}
