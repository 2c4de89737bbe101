package sigevidence

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/sigv4"
)

// signedHeadersFromCode returns the values of the unknown signed headers
// that the paste's presign call put into Params, for the operation that
// signs u (same key, or the only presign call). Values the reader could not
// evaluate are left out.
func signedHeadersFromCode(f *model.Facts, u *presign.URL, unknown []string) []sigv4.Header {
	var op *model.Operation
	n := 0
	for _, o := range f.Operations {
		if o.Kind != "url" {
			continue
		}
		n++
		if u != nil && strings.HasSuffix(u.Path, "/"+keyStr(o)) {
			op = o
			break
		}
	}
	if op == nil && n == 1 {
		for _, o := range f.Operations {
			if o.Kind == "url" {
				op = o
			}
		}
	}
	if op == nil {
		return nil
	}
	var out []sigv4.Header
	for _, p := range op.Params {
		h, ok := derive.HeaderParams()[p.Name]
		if !ok || p.Value == nil || !p.Value.Known || !contains(unknown, h) {
			continue
		}
		out = append(out, sigv4.Header{Name: h, Value: strings.TrimSpace(p.Value.Str)})
	}
	return out
}

func keyStr(o *model.Operation) string {
	if o.Key == nil || !o.Key.Known || o.Key.Str == "" {
		return "\x00"
	}
	return o.Key.Str
}
