package methodmismatch

import (
	"fmt"
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/s3xml"
	"github.com/presign-doctor/presign-doctor/internal/sigv4"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// objectOpFor is the S3 object operation to presign for an HTTP method.
var objectOpFor = sync.OnceValue(func() map[string]string {
	return map[string]string{"GET": "get_object", "PUT": "put_object", "HEAD": "head_object", "DELETE": "delete_object"}
})

// methodMismatchCode reports code that presigns one operation and then
// calls the URL with another method (requests.put on a get_object URL),
// or whose operation disagrees with the method in S3's canonical request.
func methodMismatchCode(p *rules.Pass) {
	f := p.Facts
	ops := derive.PyOps(f)
	if len(ops) == 0 {
		return
	}
	// Index the calls by the variable they send and read each error's
	// canonical request once, so the work stays linear in the paste.
	calls := map[string][]*model.HTTPCall{}
	for _, h := range f.HTTPCalls {
		if h.Source != "python" || h.Method == "" || h.URL == nil {
			continue
		}
		k := strings.TrimSpace(h.URL.Expr)
		calls[k] = append(calls[k], h)
	}
	type errMethod struct {
		e *s3xml.Error
		m string
	}
	var errs []errMethod
	for _, e := range f.Errors {
		cr, _ := e.CanonicalRequest()
		if cr == "" {
			continue
		}
		if m := sigv4.Split(cr).Method; m != "" {
			errs = append(errs, errMethod{e, m})
		}
	}
	for _, o := range ops {
		if o.Kind != "url" || o.Method == "" {
			continue
		}
		for _, h := range calls[o.ResultVar] {
			if h.Method == o.Method || o.ResultVar == "" {
				continue
			}
			p.Report(rules.Finding{
				Message: fmt.Sprintf("the URL is signed for %s (%s) but the code sends %s; the method is the first line of the canonical request, so S3 answers SignatureDoesNotMatch (403)", o.Method, o.Name, h.Method),
				Span:    h.Span,
				Related: []source.Span{o.NameSpan},
				Key:     methodKey(o.Method, h.Method),
				Fixes:   methodFixes(f, o, h.Method),
			})
		}
		for _, em := range errs {
			e, m := em.e, em.m
			if m == o.Method {
				continue
			}
			p.Report(rules.Finding{
				Message: fmt.Sprintf("the code presigns %s (%s) but S3's canonical request starts with %s; S3 answers SignatureDoesNotMatch (403) because the method is signed", o.Name, o.Method, m),
				Span:    o.NameSpan,
				Related: []source.Span{derive.ErrSpan(e)},
				Key:     methodKey(o.Method, m),
				Fixes:   methodFixes(f, o, m),
			})
		}
	}
}

// methodKey is the cause identity of a method_mismatch finding, the same
// for every source (code, curl, error): the method the URL was signed for
// and the method it is used with. One cause seen in the code, a curl line
// and S3's error merges into one finding.
func methodKey(signed, used string) string {
	return "method:" + signed + ">" + used
}

// methodFixes offers to presign the operation that matches the method
// the URL is used with.
func methodFixes(f *model.Facts, o *model.Operation, used string) []rules.Fix {
	want := objectOpFor()[used]
	if used == "POST" {
		return []rules.Fix{{Message: "for a browser form upload presign with generate_presigned_post; otherwise send the request with " + o.Method}}
	}
	if want == "" || o.NameSpan == (source.Span{}) || o.NameSpan.End > len(f.Text) {
		return []rules.Fix{{Message: fmt.Sprintf("presign the operation you will call, or call the URL with %s", o.Method)}}
	}
	q := derive.QuoteChar(f, o.NameSpan)
	return []rules.Fix{
		{Message: fmt.Sprintf("presign %s, the operation for %s", want, used), Edits: derive.Edit(o.NameSpan, q+want+q)},
		{Message: fmt.Sprintf("or send the request with %s, the method the URL is signed for", o.Method)},
	}
}
