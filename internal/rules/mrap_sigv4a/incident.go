package mrapsigv4a

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

const mrapHost = ".mrap.accesspoint.s3-global.amazonaws.com"

// mrapSigV4a is the rule as a predicate over the incident: a signed URL
// on a Multi-Region Access Point host carries X-Amz-Algorithm
// AWS4-HMAC-SHA256; or the paste presigns for an MRAP ARN and shows no
// sign of a SigV4a signer.
func mrapSigV4a(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	fix := []rules.Fix{{Message: "sign with SigV4a for the MRAP (AWS4-ECDSA-P256-SHA256, region set '*'): Python/AWS CLI pip install 'botocore[crt]' (and no signature_version='s3v4'); JavaScript v3 import \"@aws-sdk/signature-v4-crt\" before presigning; Java v2 add the aws-crt dependency; Go v2 the SigV4a signer of aws-sdk-go-v2/internal/v4a through the S3 client's MRAP support; take temporary credentials from a regional STS endpoint"}}
	found := false
	for _, sr := range inc.SignedRequests {
		u := sr.URL
		if u == nil || !strings.HasSuffix(u.HostName(), mrapHost) {
			continue
		}
		alg := u.Param("X-Amz-Algorithm")
		if alg == nil || alg.Value != "AWS4-HMAC-SHA256" {
			continue
		}
		region := ""
		if c := u.Param("X-Amz-Credential"); c != nil {
			if parts := strings.Split(c.Value, "/"); len(parts) >= 3 {
				region = parts[2]
			}
		}
		msg := fmt.Sprintf("the URL goes to a Multi-Region Access Point (%s) but is signed with SigV4 (X-Amz-Algorithm=AWS4-HMAC-SHA256)", u.Host)
		if region != "" {
			msg += fmt.Sprintf(", scoped to one region (%s)", region)
		}
		msg += ": an MRAP routes to a bucket in any of its regions and accepts only SigV4a (AWS4-ECDSA-P256-SHA256); S3 answers AuthorizationQueryParametersError (400) \"the region '…' is wrong; expecting '<the bucket's region>'\", and signing for that region only moves the failure"
		var related []source.Span
		for _, a := range inc.AnswersTo(sr) {
			related = append(related, a.Span)
		}
		p.Report(rules.Finding{Message: msg, Span: alg.ValSpan, Related: related, Key: "mrap", Fixes: fix})
		found = true
	}
	sg := inc.Signals
	if found || sg == nil || len(sg.SigV4a) > 0 {
		return
	}
	for _, m := range sg.MRAP {
		if !strings.HasPrefix(m.Str, "arn:") {
			continue
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("%s is a Multi-Region Access Point: requests to it must be signed with SigV4a (AWS4-ECDSA-P256-SHA256), and nothing in the paste loads a SigV4a signer (the CRT): the presigner signs SigV4 for one region, or fails, and S3 answers AuthorizationQueryParametersError (400) \"the region '…' is wrong\"", m.Str),
			Span:    m.Span, Key: "mrap", Fixes: fix,
		})
		return
	}
}
