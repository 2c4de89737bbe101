package regionmismatch

import (
	"fmt"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// regionCodes are the codes S3 answers for a request signed for, or sent
// to, another region than the bucket's.
var regionCodes = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"AuthorizationQueryParametersError": true, "AuthorizationHeaderMalformed": true, "PermanentRedirect": true,
		"TemporaryRedirect": true, "IllegalLocationConstraintException": true,
	}
})

// regionMismatchError reads the bucket's region from an error (the
// message's "expecting 'Y'", <Region>, x-amz-bucket-region, a redirect's
// <Endpoint>) and reports it when the request was signed for another one.
func regionMismatchError(p *rules.Pass) {
	urlRegion := derive.OneScopeRegion(p.Facts)
	for _, e := range p.Facts.Errors {
		want, ok := e.BucketRegion()
		if !ok {
			continue
		}
		signed := derive.SignedRegion(e.Value("StringToSign"), urlRegion)
		_, wrongInMsg := e.WrongRegion()
		switch {
		case wrongInMsg:
		case regionCodes()[e.Code] && (signed == "" || signed != want.Value):
		case signed != "" && signed != want.Value:
		default:
			continue
		}
		var b strings.Builder
		fmt.Fprintf(&b, "the bucket is in %s according to %s", want.Value, describeFrom(want.From))
		if signed != "" && signed != want.Value {
			fmt.Fprintf(&b, " but the request was signed for %s", signed)
		}
		code := e.Code
		if code == "" {
			code = "an error"
		}
		fmt.Fprintf(&b, "; S3 answered %s", code)
		switch e.Code {
		case "PermanentRedirect", "TemporaryRedirect":
			b.WriteString(": following the redirect with the same signature gives SignatureDoesNotMatch (403), since the scope names the wrong region")
		case "AuthorizationQueryParametersError", "AuthorizationHeaderMalformed":
			b.WriteString(" before checking the signature")
		}
		var rel []source.Span
		if w, ok := e.WrongRegion(); ok {
			rel = append(rel, w.Span)
		}
		p.Report(rules.Finding{Message: b.String(), Span: want.Span, Related: rel, Key: want.Value, Fixes: []rules.Fix{regionFix(want.Value)}})
	}
}

func describeFrom(from string) string {
	switch from {
	case "Message":
		return "S3's message (expecting '…')"
	case "Region":
		return "S3's <Region> element"
	case "Endpoint":
		return "the <Endpoint> S3 redirects to"
	case "location constraint":
		return "the location constraint S3's IllegalLocationConstraintException names"
	}
	return "S3's " + from + " header"
}
