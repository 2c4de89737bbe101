package dottedbuckettls

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// dottedBucketTLS is the rule as a predicate over the incident: a signed
// request goes over https, virtual-hosted, to an AWS host, for a bucket
// whose name holds dots (from its URL, or from code that states the
// bucket and the virtual addressing style), or the client reports a
// certificate error for such a host.
func dottedBucketTLS(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, sr := range inc.SignedRequests {
		if u := sr.URL; u != nil {
			if u.Scheme == "https" && u.Endpoint.AWS && u.Endpoint.Style == presign.StyleVirtual && strings.Contains(u.Bucket, ".") {
				p.Report(finding(p.Facts, u.Bucket, u.Endpoint.Region, u.HostSpan, "the URL is https and virtual-hosted ("+u.Host+")", nil))
			}
			continue
		}
		b := sr.Bucket.Str
		if strings.Contains(b, ".") && !strings.HasPrefix(b, "arn:") && sr.Addressing.Stated && sr.Addressing.Str == "virtual" && sr.Endpoint.Str == "" {
			p.Report(finding(p.Facts, b, sr.Region.Str, sr.Bucket.Span, "the code presigns it virtual-hosted (addressing_style 'virtual')", []source.Span{sr.Addressing.Span}))
		}
	}
	if inc.Signals == nil {
		return
	}
	for _, e := range inc.Signals.ClientErrors {
		if e.Kind != model.ClientCertificate {
			continue
		}
		bucket, region, ok := dottedS3Host(e.Host)
		if !ok {
			continue
		}
		who := e.Who
		if who == "" {
			who = "the client"
		}
		p.Report(finding(p.Facts, bucket, region, e.Span, fmt.Sprintf("%s refuses the certificate of %s", who, e.Host), nil))
	}
}

// dottedS3Host returns the bucket of a virtual-hosted AWS S3 host when its
// name holds dots.
func dottedS3Host(host string) (bucket, region string, ok bool) {
	if !strings.HasSuffix(host, ".amazonaws.com") && !strings.HasSuffix(host, ".amazonaws.com.cn") {
		return "", "", false
	}
	for _, sep := range []string{".s3.", ".s3-"} {
		if i := strings.LastIndex(host, sep); i > 0 {
			bucket = host[:i]
			rest := host[i+len(sep):]
			if r, _, _ := strings.Cut(rest, "."); presign.IsRegion(r) {
				region = r
			} else if r, ok := strings.CutPrefix(rest, "dualstack."); ok {
				region, _, _ = strings.Cut(r, ".")
			}
			return bucket, region, strings.Contains(bucket, ".")
		}
	}
	return "", "", false
}

func finding(f *model.Facts, bucket, region string, sp source.Span, why string, related []source.Span) rules.Finding {
	host := "s3.amazonaws.com"
	if region != "" && region != "us-east-1" {
		host = "s3." + region + ".amazonaws.com"
	}
	return rules.Finding{
		Message: fmt.Sprintf("the bucket name %q holds dots and %s: S3's wildcard certificate covers one label (*.s3.amazonaws.com), so the TLS handshake fails before S3 sees the request (a certificate error, no S3 answer)", bucket, why),
		Span:    sp,
		Related: related,
		Key:     bucket,
		Fixes:   []rules.Fix{{Message: fmt.Sprintf("presign in path style for this bucket and sign again (the path is signed): https://%s/%s/KEY — %s", host, bucket, pathStyleSettings(f))}},
	}
}

// pathStyleSettings lists the path-style setting of the SDKs users
// presign with most (the model's table of SDK settings), the SDK of the
// paste's code first: "Java v1 .withPathStyleAccessEnabled(true) on
// AmazonS3ClientBuilder, boto3 Config(s3={'addressing_style': 'path'}), …".
func pathStyleSettings(f *model.Facts) string {
	var out []string
	seen := map[string]bool{}
	add := func(src, sdk string) {
		s, ok := model.SettingOf(src, sdk, model.SetPathStyle)
		label := model.SDKLabel(cmp.Or(sdk, src))
		if !ok || seen[label] {
			return
		}
		seen[label] = true
		out = append(out, label+" "+s.Example)
	}
	if src, sdk := derive.CodeSDK(f); src != "" {
		add(src, sdk)
	}
	for _, fam := range [][2]string{{"python", ""}, {"javascript", "js-v3"}, {"go", "go-v2"}, {"java", "java-v2"}, {"csharp", "dotnet"}} {
		add(fam[0], fam[1])
	}
	return strings.Join(out, ", ")
}
