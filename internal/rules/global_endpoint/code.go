package globalendpoint

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// globalEndpointCode reports an S3 client for a bucket outside us-east-1
// without s3={'addressing_style': 'virtual'}: botocore then presigns on the
// global host bucket.s3.amazonaws.com (signers.py
// _should_use_global_endpoint, every version to this day). S3 routes that
// host by DNS for the regions launched before 20 March 2019, so the rule
// needs the paste to show the failure there (a 307 TemporaryRedirect for
// a bucket created hours ago, SignatureDoesNotMatch after the redirect);
// for the later regions S3 always answers IllegalLocationConstraintException.
func globalEndpointCode(p *rules.Pass) {
	f := p.Facts
	if f.Incident == nil {
		return
	}
	hint := f.Incident.RegionEvidence().Str
	for _, s := range f.Incident.Signers {
		c := s.Client
		oldVirtual := false
		if style := derive.KnownStr(c.AddressingStyle); c.Source != "python" || c.Endpoint != nil || style == "path" {
			// path: the client's regional host in path style
			// (path_style_requested keeps customize_endpoint_resolver_builtins
			// off the global one)
			continue
		} else if style == "virtual" {
			// virtual: the regional host from botocore 1.33.8 on
			// (botocore#3081); an older botocore the paste states still
			// presigns on the global host.
			if !beforeVirtualFix(f.Incident.Signals) {
				continue
			}
			oldVirtual = true
		}
		if c.Framework != "" {
			// A client a framework builds from its settings
			// (django-storages): the paste shows no Config of botocore's
			// to read the addressing style from or to fix.
			continue
		}
		if accelerates(f, c) {
			continue // use_accelerate_endpoint: the URL names bucket.s3-accelerate, not the global host
		}
		region := hint
		if region == "" {
			region = derive.KnownStr(s.Region)
		}
		if region == "" || region == "us-east-1" || printsRegionalHost(f, c) || succeededOnRegionalHost(f, c) {
			continue
		}
		if f.Incident.PresignVersion(s).Str == "v2" {
			// SigV2 signs /bucket/key, not the host: the URL stays valid on
			// the regional host a redirect names (the SigV2 default is
			// sigv2_signature's).
			continue
		}
		if dottedBucket(f, c) {
			// A bucket name that is not a host label (dots) is presigned
			// in path style on the client's regional host
			// (customize_endpoint_resolver_builtins since botocore 1.28.2;
			// fix_s3_host leaves it on the regional endpoint before).
			continue
		}
		srs, sole := f.Incident.SignedBy(c), f.Incident.SoleSigner(c)
		if judgedAtHost(f.Incident, srs, sole) {
			continue // S3 routed the client's request and judged it: not the host
		}
		if routedByDNS(region) && !failureShown(f.Incident, srs, sole) {
			// The global host routes the bucket's requests by DNS: the
			// URL works unless the paste shows it failed (a bucket
			// created hours ago still gets 307).
			continue
		}
		style := "no addressing style"
		sp := c.Span
		if c.AddressingStyle != nil {
			style = "addressing_style=" + c.AddressingStyle.Expr
			sp = c.AddressingStyle.Span
		}
		if oldVirtual {
			bv := f.Incident.Signals.Botocore
			style += " and botocore " + bv.Str + " (before 1.33.8"
			if !bv.Stated {
				style += ", the one the stated boto3 ships with"
			}
			style += ")"
		}
		var extra []diff.Edit
		if s.Region == nil {
			extra = append(extra, derive.InsertClientArg(f, c, "region_name='"+region+"'")...)
		}
		fix := rules.ClientConfigFix(f, c, [][2]string{{"signature_version", "'s3v4'"}}, "virtual",
			"set Config(signature_version='s3v4', s3={'addressing_style': 'virtual'}) so the URL names the regional host", extra...)
		if oldVirtual {
			fix = rules.Fix{Message: "upgrade botocore to 1.33.8 or later (boto3 1.33.8 or later), which presigns on the regional host when the addressing style is virtual; with an older one, endpoint_url='https://s3." + region + ".amazonaws.com'"}
		}
		answer := "S3 answers TemporaryRedirect (307) to the regional host while the bucket's DNS record still points to us-east-1 (the first hours after the bucket is created), and following it fails with SignatureDoesNotMatch (403) or a CORS error"
		if !routedByDNS(region) {
			answer = "S3 does not route the global host to a region launched after 20 March 2019 and answers IllegalLocationConstraintException (400)"
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("with %s botocore presigns on the global host bucket.s3.amazonaws.com; for a bucket in %s %s", style, region, answer),
			Span:    sp,
			Key:     region,
			Fixes:   []rules.Fix{fix},
		})
	}
}

// printsRegionalHost reports whether a URL the client printed is on an
// AWS host other than the global one (a regional host, or Transfer
// Acceleration's s3-accelerate, which serves every region): the paste
// then shows the client does not presign on the global host.
func printsRegionalHost(f *model.Facts, c *model.Client) bool {
	return derive.AnyPrintedURL(f, c, func(u *presign.URL) bool {
		return u.Endpoint.AWS && (u.Endpoint.Region != "" || u.Endpoint.Kind == presign.EndpointAccelerate)
	})
}

// succeededOnRegionalHost reports whether the paste shows a request to
// the client's bucket on a regional AWS host answered 2xx (the presigned
// POST's form sent to bucket.s3.<region>.amazonaws.com, 204): the
// client's requests reach the bucket's region.
func succeededOnRegionalHost(f *model.Facts, c *model.Client) bool {
	if f.Incident == nil {
		return false
	}
	buckets := map[string]bool{}
	for _, o := range f.Operations {
		if o.Client == c {
			if b := derive.KnownStr(o.Bucket); b != "" {
				buckets[b] = true
			}
		}
	}
	for _, s := range f.Incident.SentRequests {
		if s.Status < 200 || s.Status > 299 {
			continue
		}
		for _, u := range f.URLs {
			if u.Span.Overlaps(s.URL.Span) && u.Endpoint.AWS && u.Endpoint.Region != "" && buckets[u.Bucket] {
				return true
			}
		}
	}
	return false
}

// dottedBucket reports whether every bucket the client presigns for (one
// at least) holds dots, so is not a host label.
func dottedBucket(f *model.Facts, c *model.Client) bool {
	n := 0
	for _, o := range derive.PyOps(f) {
		if o.Client != c {
			continue
		}
		b := derive.KnownStr(o.Bucket)
		if !strings.Contains(b, ".") {
			return false
		}
		n++
	}
	return n > 0
}

// accelerates reports whether the client's Config asks for the Transfer
// Acceleration endpoint (s3={'use_accelerate_endpoint': True}): its URLs
// name bucket.s3-accelerate.amazonaws.com (accelerate_endpoint's host).
func accelerates(f *model.Facts, c *model.Client) bool {
	inc := f.Incident
	if inc == nil || inc.Signals == nil {
		return false
	}
	for _, a := range inc.Signals.Accelerate {
		if c.ConfigArgs != (source.Span{}) && c.ConfigArgs.Overlaps(a.Span) || c.S3Dict != (source.Span{}) && c.S3Dict.Overlaps(a.Span) {
			return true
		}
		if c.Config != nil && !c.Config.Known && len(f.Clients) == 1 {
			return true // config=cfg made elsewhere in the paste, with the one client
		}
	}
	return false
}

// beforeVirtualFix reports whether the paste states a botocore (or a
// boto3 that ships one) older than 1.33.8, which presigns on the global
// host even with addressing_style 'virtual' (botocore#3081 fixed it).
func beforeVirtualFix(sg *model.Signals) bool {
	if sg == nil || sg.Botocore.Str == "" {
		return false
	}
	v := strings.Split(sg.Botocore.Str, ".")
	if len(v) != 3 || v[0] != "1" {
		return false
	}
	minor, err1 := strconv.Atoi(v[1])
	patch, err2 := strconv.Atoi(v[2])
	return err1 == nil && err2 == nil && (minor < 33 || minor == 33 && patch < 8)
}
