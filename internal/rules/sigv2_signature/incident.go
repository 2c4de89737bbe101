package sigv2signature

import (
	"strings"

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

// sigv2Answered reports S3's own answer that the request was not signed
// with SigV4 (InvalidRequest "… Please use AWS4-HMAC-SHA256.",
// InvalidArgument "… require AWS Signature Version 4."), whatever signed it
// (an SDK's default, a tool, code in a language the page does not read),
// when the paste shows no SigV2 URL to point at (sigv2SignatureURL's).
func sigv2Answered(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, u := range p.Facts.URLs {
		if u.Version == "v2" {
			return
		}
	}
	answers := inc.Answers
	if inc.Signals != nil {
		answers = append(answers[:len(answers):len(answers)], inc.Signals.Logged...)
	}
	for _, a := range answers {
		m := a.Message.Str
		if !strings.Contains(m, "Please use AWS4-HMAC-SHA256") && !strings.Contains(m, "require AWS Signature Version 4") {
			continue
		}
		sp := a.Message.Span
		if sp.Len() == 0 {
			sp = a.Span
		}
		p.Report(rules.Finding{
			Message: "S3 says the request was not signed with Signature Version 4 (AWS4-HMAC-SHA256): the URL was presigned with legacy SigV2 (AWSAccessKeyId, Signature, Expires), which this region or this object (SSE-KMS) does not accept",
			Span:    sp,
			Key:     "sigv2",
			Fixes:   []rules.Fix{{Message: "presign with SigV4 and the bucket's region: boto3 Config(signature_version='s3v4'); Java v1 AmazonS3ClientBuilder.standard().withRegion(<bucket region>) (v1 presigns SigV2 without a region); JavaScript v2 signatureVersion: 'v4'; or the SDK's current version, which signs SigV4"}},
		})
		return
	}
}
