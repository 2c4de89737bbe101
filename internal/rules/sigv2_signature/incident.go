package sigv2signature

import (
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
)

// sigv2Default reports a presign call whose SDK signs SigV2 by default
// (the incident's SignatureVersion inferred from the SDK: aws-sdk-js v2's
// S3 presigns with 's3' unless signatureVersion is set or the region is
// SigV4-only) when the paste does not show the URL it made (the URL,
// when shown, says its version itself).
func sigv2Default(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, sr := range inc.SignedRequests {
		sv := sr.SignatureVersion
		if sr.URL != nil || sv.Str != "v2" || sv.From != model.FromDefault || sr.Op == nil {
			continue
		}
		p.Report(rules.Finding{
			Severity: rules.Info,
			Message:  "this presign call relies on the SDK's default signature version: " + sv.Why + "; a SigV2 URL gets InvalidRequest (400) \"Please use AWS4-HMAC-SHA256\" in SigV4-only regions and InvalidArgument (400) for SSE-KMS objects",
			Span:     sv.Span,
			Key:      "sigv2",
			Fixes:    []rules.Fix{{Message: "sign with SigV4: " + v4Setting(sr.Op.Source)}},
		})
	}
}
