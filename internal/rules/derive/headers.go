package derive

import "github.com/presign-doctor/presign-doctor/internal/model"

// HeaderParams maps the Params of S3 operations that the SDKs sign as
// request headers to those headers: the model's table.
var HeaderParams = model.HeaderParams
