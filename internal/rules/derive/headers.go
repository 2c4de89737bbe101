package derive

import (
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

// HeaderParams maps the Params of S3 operations that the SDKs sign as
// request headers to those headers, as signed_headers names them: the
// model's table (model.HeaderParams) less the checksum Params, which
// checksum_parameters names.
var HeaderParams = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for p, h := range model.HeaderParams() {
		if !strings.HasPrefix(p, "Checksum") {
			out[p] = h
		}
	}
	return out
})
