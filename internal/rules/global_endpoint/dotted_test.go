package globalendpoint

import (
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules/ruletest"
)

// A bucket name with dots must never be told to use virtual-hosted style:
// over https its host fails the wildcard certificate (dotted_bucket_tls).
func TestNoVirtualAdviceForDottedBucket(t *testing.T) {
	for _, c := range []struct {
		name string
		part ruletest.Part
		want string
	}{
		{"url", ruletest.Part{Kind: model.KindURL, Text: "https://s3.amazonaws.com/media.example.com/a.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240115%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T143000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=c3402ddadccc909948338450ded59cac3fba83028fb3d5c8069ef9e1804015a4"},
			"'addressing_style': 'path'"},
	} {
		t.Run(c.name, func(t *testing.T) {
			fs, _ := ruletest.Run(t, Rule, c.part)
			if len(fs) == 0 {
				t.Fatal("global_endpoint did not fire")
			}
			for _, f := range fs {
				for _, x := range f.Fixes {
					if strings.Contains(x.Message, "'virtual'") && !strings.Contains(x.Message, c.want) {
						t.Errorf("fix advises virtual-hosted style for a dotted bucket: %s", x.Message)
					}
					if !strings.Contains(x.Message, c.want) {
						t.Errorf("fix %q lacks %q", x.Message, c.want)
					}
				}
			}
		})
	}
}
