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
}

// curl reads a part of kind curl into facts.
func (b *builder) curl(p Part) {
	for _, c := range curl.Parse(b.f.Text, p.Span) {
		call := &HTTPCall{Span: c.Span, Source: "curl", Library: "curl", Method: c.Method}
		for _, h := range c.Headers {
			call.Headers = append(call.Headers, Param{Name: h.Name, NameSpan: h.Span,
				Value: &Value{Span: h.Span, Known: true, Str: h.Value, Expr: h.Value}, Span: h.Span})
		}
		cu := &Curl{Cmd: c, Call: call}
		if c.URL != nil {
			call.URL = &Value{Span: c.URL.Span, Known: true, Str: c.URL.Text, Expr: c.URL.Text}
			for _, u := range b.f.URLs {
				if u.Span.Overlaps(c.URL.Span) {
					cu.URL = u
					break
				}
			}
		}
		b.f.HTTPCalls = append(b.f.HTTPCalls, call)
		b.f.Curls = append(b.f.Curls, cu)
	}
}
