package stsglobaltoken

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// stsGlobalTokenError reports InvalidToken answers for a bucket in an
// opt-in region (or one whose region the paste does not show): session
// tokens from the global STS endpoint are v1 tokens, valid only in regions
// enabled by default.
//
// InvalidToken also comes from a token mis-encoded on the way (a second
// encoding, '+' read as a space): when the paste shows that (a token still
// percent-encoded after one decoding, code that encodes the URL again),
// the evidence supports token_encoding and this rule stays silent. The
// region is the one the request was signed for, from whatever source the
// incident resolved it (the URL's scope, the host, the client's region).
func stsGlobalTokenError(p *rules.Pass) {
	if misEncoded(p.Facts) {
		return
	}
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, a := range inc.Answers {
		if a.Code.Str != "InvalidToken" && !strings.Contains(a.Message.Str, "The provided token is malformed or otherwise invalid") {
			continue
		}
		region := a.Region.Str
		if region == "" {
			region = inc.SignedRegion(a).Str
		}
		if region == "" {
			// The bucket's region as the rest of the paste tells it (a
			// URL's host or scope, the host a request went to).
			region = inc.RegionEvidence().Str
		}
		if region == "" {
			region = clientsRegion(p.Facts) // the region every S3 client of the code signs for
		}
		if region != "" && !derive.OptInRegions()[region] {
			continue
		}
		msg := "the answer InvalidToken (400) \"The provided token is malformed or otherwise invalid.\""
		if region != "" {
			msg += fmt.Sprintf(": %s is an opt-in region, and session tokens from the global STS endpoint (sts.amazonaws.com) are v1 tokens that are only valid in regions enabled by default", region)
		} else {
			msg += ": if the bucket is in an opt-in region (af-south-1, ap-east-1, me-south-1, eu-south-1, ap-southeast-4, il-central-1, …), session tokens from the global STS endpoint are v1 tokens that are not valid there"
		}
		p.Report(rules.Finding{
			Message: msg,
			Span:    answerSpan(a),
			Key:     "sts-global",
			Fixes: []rules.Fix{
				{Message: "get the credentials from a regional STS endpoint: boto3.client('sts', region_name=<region>) with sts_regional_endpoints = regional (AWS_STS_REGIONAL_ENDPOINTS=regional)"},
				{Message: "or make the global endpoint issue v2 tokens: IAM account settings, Security Token Service, Global endpoint: valid in all AWS Regions"},
			},
		})
	}
}

// misEncoded reports evidence that the session token reached S3 altered:
// a signed URL whose X-Amz-Security-Token still holds percent escapes
// after one decoding, a raw space in it ('+' read as a space), or code
// that encodes the presigned URL again.
func misEncoded(f *model.Facts) bool {
	if f.TokenEncodedTwice() {
		return true // as pasted, before redaction replaced it
	}
	for _, u := range f.URLs {
		if prm := u.Param("X-Amz-Security-Token"); prm != nil {
			v := strings.ToUpper(prm.Value)
			if strings.Contains(v, "%2F") || strings.Contains(v, "%2B") || strings.Contains(v, "%3D") || strings.Contains(v, "%25") || strings.Contains(prm.Value, " ") || f.WasEncodedTwice(prm.ValSpan) {
				return true
			}
		}
	}
	inc := f.Incident
	return inc != nil && inc.Signals != nil && len(inc.Signals.ReEncodes) > 0
}

// answerSpan is where the answer names InvalidToken: its code, else the
// answer.
func answerSpan(a *model.Answer) source.Span {
	switch {
	case a.Code.Span.Len() > 0:
		return a.Code.Span
	case a.Message.Span.Len() > 0:
		return a.Message.Span
	}
	return a.Span
}

// clientsRegion is the region the S3 clients of the paste's code are all
// configured for, "" when none says or they differ: the region an answer
// to one of their requests was signed for when nothing links it closer.
func clientsRegion(f *model.Facts) string {
	region := ""
	for _, c := range derive.CodeClients(f) {
		r := derive.KnownStr(c.Region)
		if r == "" && c.Session != nil {
			r = derive.KnownStr(c.Session.Region)
		}
		switch {
		case r == "":
		case region == "":
			region = r
		case region != r:
			return ""
		}
	}
	return region
}
