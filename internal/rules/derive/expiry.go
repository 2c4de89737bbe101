package derive

import (
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// MaxPresignExpiry is the longest lifetime SigV4 query auth allows: 7 days.
const MaxPresignExpiry = 604800

// defaultPresignExpiry is what boto3's generate_presigned_url and aws s3
// presign use without ExpiresIn / --expires-in.
const defaultPresignExpiry = 3600

// PresignExpiry returns the longest expiry the paste asks for (operation
// ExpiresIn / --expires-in, or the default of 3600 seconds, else
// X-Amz-Expires) and where.
func PresignExpiry(f *model.Facts) (int64, source.Span) {
	var best int64
	var sp source.Span
	for _, o := range f.Operations {
		switch {
		case o.ExpiresIn != nil && o.ExpiresIn.IsNum && o.ExpiresIn.Num > best:
			best, sp = o.ExpiresIn.Num, o.ExpiresIn.Span
		case o.ExpiresIn == nil && o.Kind == "url" && defaultPresignExpiry > best:
			best, sp = defaultPresignExpiry, o.NameSpan
		}
	}
	if best > 0 {
		return best, sp
	}
	for _, u := range f.URLs {
		if n, prm, ok := u.Expires(); ok && n > best {
			best, sp = n, prm.Span
		}
	}
	return best, sp
}
