package schememismatch

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
)

// TestSchemeEdit: the fix turns the endpoint setting the error is about to
// the other scheme, in each shape the signals read, and edits nothing when
// it cannot tell which setting is meant.
func TestSchemeEdit(t *testing.T) {
	for _, c := range []struct {
		code, from, host, want string
		str                    []string
	}{
		{"endpoint_url='https://minio:9000'", "https", "minio:9000", "endpoint_url='http://minio:9000'", []string{"https://minio:9000"}},
		{"endpoint: \"http://10.0.0.5:9443\"", "http", "10.0.0.5:9443", "endpoint: \"https://10.0.0.5:9443\"", []string{"http://10.0.0.5:9443"}},
		{"endPoint: 'minio', port: 9000, useSSL: true", "https", "the endpoint", "endPoint: 'minio', port: 9000, useSSL: false", []string{"https://minio"}},
		{"Minio('minio:9000', secure=True)", "https", "minio:9000", "Minio('minio:9000', secure=False)", []string{"https://minio:9000"}},
		// Two https endpoints and an error that names neither: no edit.
		{"endpoint_url='https://a:9000'\nendpoint_url='https://b:9000'", "https", "the endpoint", "", []string{"https://a:9000", "https://b:9000"}},
	} {
		var eps []model.Fact
		off := 0
		for i, s := range c.str {
			line := strings.Split(c.code, "\n")[i]
			eps = append(eps, model.Fact{Str: s, Span: model.Span{Start: off, End: off + len(line)}})
			off += len(line) + 1
		}
		es := schemeEdit(c.code, eps, c.from, c.host)
		if c.want == "" {
			if es != nil {
				t.Errorf("%q: edits %v, want none", c.code, es)
			}
			continue
		}
		got, err := diff.Apply(c.code, es)
		if err != nil || got != c.want {
			t.Errorf("%q: got %q (%v), want %q", c.code, got, err, c.want)
		}
	}
}
