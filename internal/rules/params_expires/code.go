package paramsexpires

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
)

// paramsExpiresCode reports Params={'Expires': ...} used as if it were the
// URL's lifetime: it is the object's Expires header, which gets signed.
func paramsExpiresCode(p *rules.Pass) {
	f := p.Facts
	for _, o := range derive.CodeOps(f) {
		for _, prm := range o.Params {
			if prm.Name != "Expires" {
				continue
			}
			if o.Source != "python" {
				if !expiresHeaderOps[o.Name] {
					continue // the SDK ignores an Expires the operation's input has no member for
				}
				lifetime, _ := o.ExpirySetting()
				p.Report(rules.Finding{
					Message: fmt.Sprintf("Expires in the %s input is the object's HTTP Expires header, not the URL's lifetime: the presigner signs it as a header the upload must send, uploads without it fail with SignatureDoesNotMatch (403), and the URL lives as long as %s says", pascal(o.Name), lifetime),
					Span:    prm.Span,
					Fixes:   []rules.Fix{{Message: fmt.Sprintf("remove Expires from the request and give the URL's lifetime with %s", lifetime)}},
				})
				continue
			}
			msg := "Params['Expires'] is the object's HTTP Expires header, not the URL's lifetime: it is signed as a header the request must send, uploads without it fail with SignatureDoesNotMatch (403), and the URL still lives ExpiresIn (3600 seconds by default)"
			fix := rules.Fix{Message: "remove Expires from Params and pass the lifetime as ExpiresIn"}
			if parent, i := derive.FindParent(f, prm.Span); parent != nil {
				edits := derive.RemoveArgs(parent, map[int]bool{i: true})
				if o.ExpiresIn == nil {
					secs := "3600"
					if prm.Value != nil && prm.Value.IsNum {
						secs = prm.Value.Str
					}
					if call := derive.FindCall(f, o.Span); call != nil {
						edits = append(edits, derive.InsertArg(f, call.ArgsSpan, "ExpiresIn="+secs))
						fix.Message = fmt.Sprintf("remove Expires from Params and pass ExpiresIn=%s", secs)
					}
				}
				if !overlapping(edits) {
					fix.Edits = derive.SortEdits(edits)
				}
			}
			p.Report(rules.Finding{Message: msg, Span: prm.Span, Fixes: []rules.Fix{fix}})
		}
	}
}

// overlapping reports whether any two edits overlap.
// expiresHeaderOps are the operations whose input has an Expires member
// (the object's Expires header): S3's PutObject, CopyObject and
// CreateMultipartUpload.
var expiresHeaderOps = map[string]bool{"put_object": true, "copy_object": true, "create_multipart_upload": true}

func overlapping(es []diff.Edit) bool {
	s := derive.SortEdits(append([]diff.Edit(nil), es...))
	for i := 1; i < len(s); i++ {
		if s[i].Start < s[i-1].End {
			return true
		}
	}
	return false
}

// pascal writes an operation as the SDKs name it: put_object → PutObject.
func pascal(op string) string {
	var b strings.Builder
	for _, w := range strings.Split(op, "_") {
		if w != "" {
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	return b.String()
}
