package methodmismatch

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/rules/sigevidence"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// methodMismatchError reports an S3 canonical request whose method is not
// the one the URL was signed for: known from x-id, from the presign call in
// the paste, or from the typed secret.
func methodMismatchError(p *rules.Pass) {
	if len(p.Facts.Errors) == 0 {
		return
	}
	ev := sigevidence.SignatureEvidence(p.Facts, p.Secret, p.Reveal)
	if ev.Err == nil || ev.S3CanonicalRequest == "" || ev.V2 {
		return
	}
	s3m := ev.S3Canonical.Method
	var signed, how string
	var op *model.Operation
	switch {
	case ev.MethodFrom == "secret":
		signed, how = ev.Request.Method, "the typed secret reproduces the signature only with that method"
	case ev.MethodFrom == "x-id" && ev.Request.Method != s3m:
		xid, _ := ev.Request.Get("x-id")
		signed, how = ev.Request.Method, "x-id="+xid+" in the URL names the operation it was signed for"
	default:
		for _, o := range p.Facts.Operations {
			if o.Method != "" && o.Method != s3m && o.Kind == "url" {
				signed, how, op = o.Method, "the presign call in the paste signs "+o.Name, o
				break
			}
		}
	}
	if signed == "" || signed == s3m {
		return
	}
	f := rules.Finding{
		Key: methodKey(signed, s3m),
		Message: fmt.Sprintf("S3 received %s but the URL was signed for %s (%s); the method is the first line of the canonical request, so S3 answers SignatureDoesNotMatch (403)",
			s3m, signed, how),
		Fixes: []rules.Fix{{Message: fmt.Sprintf("presign the operation you will call (%s), or call the URL with %s", s3m, signed)}},
	}
	if op != nil && op.Source == "python" {
		f.Fixes = methodFixes(p.Facts, op, s3m)
	}
	if fl := ev.Err.Get("CanonicalRequest"); fl != nil {
		f.Span = source.Span{Start: fl.Span.Start, End: fl.Span.Start + min(len(s3m), fl.Span.End-fl.Span.Start)}
	} else {
		f.Span = derive.CodeSpan(ev.Err)
	}
	if ev.URL != nil {
		f.Related = []source.Span{ev.URL.Span}
	}
	p.Report(f)
}
