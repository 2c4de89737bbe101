package stsglobaltoken

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// stsGlobalTokenError reports InvalidToken answers for a bucket in an
// opt-in region (or one whose region the paste does not show): session
// tokens from the global STS endpoint are v1 tokens, valid only in regions
// enabled by default.
func stsGlobalTokenError(p *rules.Pass) {
	urlRegion := derive.OneScopeRegion(p.Facts)
	for _, e := range p.Facts.Errors {
		if e.Code != "InvalidToken" && !strings.Contains(e.Message, "The provided token is malformed or otherwise invalid") {
			continue
		}
		region := ""
		if r, ok := e.BucketRegion(); ok {
			region = r.Value
		} else if r := derive.SignedRegion(e.Value("StringToSign"), urlRegion); r != "" {
			region = r
		}
		if region == "" && p.Facts.Incident != nil {
			// The bucket's region as the rest of the paste tells it (a
			// URL's host or scope, the host a request went to).
			region = p.Facts.Incident.RegionEvidence().Str
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
			Span:    derive.ErrSpan(e),
			Key:     "sts-global",
			Fixes: []rules.Fix{
				{Message: "get the credentials from a regional STS endpoint: boto3.client('sts', region_name=<region>) with sts_regional_endpoints = regional (AWS_STS_REGIONAL_ENDPOINTS=regional)"},
				{Message: "or make the global endpoint issue v2 tokens: IAM account settings, Security Token Service, Global endpoint: valid in all AWS Regions"},
			},
		})
	}
}
