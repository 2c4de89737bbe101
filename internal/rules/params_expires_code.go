package rules

import (
	"fmt"

	"github.com/presign-doctor/presign-doctor/internal/diff"
)

// paramsExpiresCode reports Params={'Expires': ...} used as if it were the
// URL's lifetime: it is the object's Expires header, which gets signed.
func paramsExpiresCode(p *Pass) {
	f := p.Facts
	for _, o := range pyOps(f) {
		for _, prm := range o.Params {
			if prm.Name != "Expires" {
				continue
			}
			msg := "Params['Expires'] is the object's HTTP Expires header, not the URL's lifetime: it is signed as a header the request must send, uploads without it fail with SignatureDoesNotMatch (403), and the URL still lives ExpiresIn (3600 seconds by default)"
			fix := Fix{Message: "remove Expires from Params and pass the lifetime as ExpiresIn"}
			if parent, i := findParent(f, prm.Span); parent != nil {
				edits := removeArgs(parent, map[int]bool{i: true})
				if o.ExpiresIn == nil {
					secs := "3600"
					if prm.Value != nil && prm.Value.IsNum {
						secs = prm.Value.Str
					}
					if call := findCall(f, o.Span); call != nil {
						edits = append(edits, insertArg(f, call.ArgsSpan, "ExpiresIn="+secs))
						fix.Message = fmt.Sprintf("remove Expires from Params and pass ExpiresIn=%s", secs)
					}
				}
				if !overlapping(edits) {
					fix.Edits = sortEdits(edits)
				}
			}
			p.Report(Finding{Message: msg, Span: prm.Span, Fixes: []Fix{fix}})
		}
	}
}

// overlapping reports whether any two edits overlap.
func overlapping(es []diff.Edit) bool {
	s := sortEdits(append([]diff.Edit(nil), es...))
	for i := 1; i < len(s); i++ {
		if s[i].Start < s[i-1].End {
			return true
		}
	}
	return false
}
