package regionmismatch

import (
	"fmt"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// regionCodes are the codes S3 answers for a request signed for, or sent
// to, another region than the bucket's.
var regionCodes = sync.OnceValue(func() map[string]bool {
	return table.Set(
		"AuthorizationQueryParametersError", "AuthorizationHeaderMalformed", "PermanentRedirect",
		"TemporaryRedirect", "IllegalLocationConstraintException",
	)
})

// regionMismatchError reads the bucket's region from S3's answers,
// whatever carries them (an error body, botocore, a HAR entry's content, a
// comment quoting S3: the message's "expecting 'Y'", <Region>,
// x-amz-bucket-region, a redirect's <Endpoint>) and reports it when the
// request was signed for another one.
func regionMismatchError(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, a := range inc.Answers {
		want := a.Region
		if want.Str == "" {
			continue
		}
		signed := inc.SignedRegion(a).Str
		wrongInMsg := a.WrongRegion.Str != ""
		switch {
		case wrongInMsg:
		case regionCodes()[a.Code.Str] && (signed == "" || signed != want.Str):
		case signed != "" && signed != want.Str:
		default:
			continue
		}
		var b strings.Builder
		fmt.Fprintf(&b, "the bucket is in %s according to %s", want.Str, describeFrom(want.Why))
		if signed != "" && signed != want.Str {
			fmt.Fprintf(&b, " but the request was signed for %s", signed)
		}
		code := a.Code.Str
		if code == "" {
			code = "an error"
		}
		fmt.Fprintf(&b, "; S3 answered %s", code)
		switch code {
		case "PermanentRedirect", "TemporaryRedirect":
			b.WriteString(": following the redirect with the same signature gives SignatureDoesNotMatch (403), since the scope names the wrong region")
		case "AuthorizationQueryParametersError", "AuthorizationHeaderMalformed":
			b.WriteString(" before checking the signature")
		}
		var rel []source.Span
		if wrongInMsg {
			rel = append(rel, a.WrongRegion.Span)
		}
		p.Report(rules.Finding{Message: b.String(), Span: want.Span, Related: rel, Key: want.Str, Fixes: []rules.Fix{regionFix(p.Facts, want.Str)}})
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
