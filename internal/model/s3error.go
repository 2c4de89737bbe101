package model

import "github.com/presign-doctor/presign-doctor/internal/s3xml"

// s3error reads an S3 error body or botocore error text.
func (b *builder) s3error(p Part) {
	b.f.Errors = append(b.f.Errors, s3xml.Parse(b.f.Text, p.Span))
}
