package regionmismatch

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// regionMismatchURL compares the scope region of each SigV4 URL (and
// presigned POST form) with the region its host names.
func regionMismatchURL(p *rules.Pass) {
	for _, u := range derive.SigV4URLs(p.Facts) {
		if scope, sp, ok := derive.ScopeRegionSpan(u); ok {
			reportRegionMismatch(p, u, scope, sp, "the URL's X-Amz-Credential")
		}
	}
	for _, fs := range derive.FormScopes(p.Facts) {
		reportRegionMismatch(p, fs.Target, fs.Region, fs.Span, "the form's x-amz-credential")
	}
}

func reportRegionMismatch(p *rules.Pass, u *presign.URL, scope string, sp source.Span, what string) {
	host := u.Endpoint.Region
	if !u.Endpoint.AWS || host == "" || scope == host {
		return
	}
	p.Report(rules.Finding{
		Message: fmt.Sprintf("%s is scoped to %s but the host is the %s endpoint; S3 answers AuthorizationQueryParametersError (400) \"the region '%s' is wrong; expecting '%s'\" (or a redirect, then SignatureDoesNotMatch, when the bucket is elsewhere)",
			what, scope, host, scope, host),
		Span:    sp,
		Related: []source.Span{derive.URLHost(u)},
		Key:     host,
		Fixes:   []rules.Fix{regionFix(p.Facts, host)},
	})
}

// regionFix is the fix message for signing in the bucket's region, in the
// settings of the SDK the paste's code presigns with (boto3 and the CLI
// when it has none).
func regionFix(f *model.Facts, region string) rules.Fix {
	if s, ok := derive.SettingFor(f, model.SetRegion, region); ok {
		return rules.Fix{Message: "sign again for the bucket's region " + region + ": " + s}
	}
	return rules.Fix{Message: "sign again for the bucket's region " + region + ": boto3.client('s3', region_name='" + region +
		"', config=Config(signature_version='s3v4', s3={'addressing_style': 'virtual'})), or aws s3 presign --region " + region}
}
