package model

import (
	"github.com/presign-doctor/presign-doctor/internal/curl"
	"github.com/presign-doctor/presign-doctor/internal/presign"
)

// Curl is a curl command of the paste with the request it makes and the
// presigned URL it fetches (nil when its URL is not one).
type Curl struct {
	Cmd  *curl.Command
	Call *HTTPCall
	URL  *presign.URL
	// from is the presign command piped into it, if any.
	from *Operation
}

// curl reads a part of kind curl into facts.
func (b *builder) curl(p Part) {
	for _, c := range curl.Parse(b.f.Text, p.Span) {
		b.addCurl(c)
	}
}
