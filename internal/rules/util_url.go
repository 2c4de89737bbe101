package rules

import (
	"strings"
	"sync"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/s3xml"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// urlHost returns the span of a URL's host, or the URL's span.
func urlHost(u *presign.URL) source.Span {
	if u.HostSpan.Len() > 0 {
		return u.HostSpan
	}
	return u.Span
}

// scopeRegionSpan returns the span of the region inside X-Amz-Credential,
// or the whole parameter.
func scopeRegionSpan(u *presign.URL) (string, source.Span, bool) {
	s, p, ok := u.Credential()
	if !ok || s.Region == "" {
		return "", source.Span{}, false
	}
	for _, sep := range []string{"%2F", "%2f", "/"} {
		if i := strings.Index(p.RawValue, sep+s.Region+sep); i >= 0 {
			st := i + len(sep)
			return s.Region, u.ValueSpan(p, st, st+len(s.Region)), true
		}
	}
	return s.Region, p.Span, true
}

// sigV4URLs returns the SigV4 presigned URLs of the facts.
func sigV4URLs(f *model.Facts) []*presign.URL {
	var out []*presign.URL
	for _, u := range f.URLs {
		if u.Version == "v4" {
			out = append(out, u)
		}
	}
	return out
}

// fmtTime formats a time for a message.
func fmtTime(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 UTC") }

// timeKey is the Key of a cause tied to one instant, shared by URL and
// error evidence.
func timeKey(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// errSpan returns the best span of an error: its code, else its message,
// else the whole part.
func errSpan(e *s3xml.Error) source.Span {
	switch {
	case e.CodeSpan.Len() > 0:
		return e.CodeSpan
	case e.MessageSpan.Len() > 0:
		return e.MessageSpan
	}
	return e.Span
}

// msgSpan returns the span of the error's message, else errSpan.
func msgSpan(e *s3xml.Error) source.Span {
	if e.MessageSpan.Len() > 0 {
		return e.MessageSpan
	}
	return errSpan(e)
}

// regionFix is the fix message for signing in the bucket's region.
func regionFix(region string) Fix {
	return Fix{Message: "sign again for the bucket's region " + region + ": boto3.client('s3', region_name='" + region +
		"', config=Config(signature_version='s3v4', s3={'addressing_style': 'virtual'})), or aws s3 presign --region " + region}
}

// optInRegions are the regions that are disabled by default; global STS
// v1 tokens are not valid in them.
var optInRegions = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"af-south-1": true, "ap-east-1": true, "ap-east-2": true, "ap-south-2": true, "ap-southeast-3": true, "ap-southeast-4": true,
		"ap-southeast-5": true, "ap-southeast-6": true, "ap-southeast-7": true, "ca-west-1": true, "eu-central-2": true, "eu-south-1": true,
		"eu-south-2": true, "il-central-1": true, "me-central-1": true, "me-south-1": true, "mx-central-1": true,
	}
})

// formScope is a presigned POST form's scope region, its span, and the URL
// the form posts to.
type formScope struct {
	region string
	span   source.Span
	target *presign.URL
}

// formScopes returns the SigV4 presigned POST forms of the facts that show
// both their credential and their URL.
func formScopes(f *model.Facts) []formScope {
	var out []formScope
	for _, fm := range f.Forms {
		s, fl, ok := fm.Credential()
		t := fm.Target(f.URLs)
		if !ok || t == nil || s.Region == "" {
			continue
		}
		sp := fl.Span
		if i := strings.Index(fl.Value, "/"+s.Region+"/"); i >= 0 && fl.ValSpan.Len() == len(fl.Value) {
			sp = source.Span{Start: fl.ValSpan.Start + i + 1, End: fl.ValSpan.Start + i + 1 + len(s.Region)}
		}
		out = append(out, formScope{s.Region, sp, t})
	}
	return out
}

// setOf returns the set of the given names.
func setOf(names []string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
