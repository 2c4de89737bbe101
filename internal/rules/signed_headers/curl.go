package signedheaders

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/rules/derive"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// signedHeadersCurl compares the headers a curl line sends with the
// X-Amz-SignedHeaders of the presigned URL it fetches: a signed header that
// is not sent (or sent with another value than the code signed) breaks the
// signature; an x-amz-* header that was not signed is refused.
func signedHeadersCurl(p *rules.Pass) {
	// The values the paste's presign calls sign (the model's
	// SignedValues), checksums left to checksum_parameters.
	signedValues := map[string]string{}
	signedAt := map[string]source.Span{} // the Param that signed the value
	if inc := p.Facts.Incident; inc != nil {
		for _, sr := range inc.SignedRequests {
			for _, v := range sr.SignedValues {
				if _, ok := derive.HeaderParams()[v.Param]; ok && !v.Num {
					signedValues[v.Name] = v.Value
					signedAt[v.Name] = v.ParamSpan
				}
			}
		}
	}
	related := func(h string, more ...source.Span) []source.Span {
		if sp, ok := signedAt[h]; ok {
			more = append(more, sp)
		}
		return more
	}
	for _, c := range p.Facts.Curls {
		if c.URL == nil || c.URL.Version != "v4" {
			continue
		}
		names, sh := c.URL.SignedHeaders()
		if sh == nil {
			continue
		}
		signed := derive.SetOf(names)
		sent := sentHeaders(c)
		for _, h := range sortedKeys(signed) {
			if h == "host" {
				continue
			}
			s, ok := sent[h]
			if !ok {
				p.Report(rules.Finding{
					Severity: rules.Error, // this request fails: not advice but a diagnosis
					Message:  fmt.Sprintf("the URL signs %s (X-Amz-SignedHeaders=%s) but this curl line does not send it; S3 rebuilds the canonical request without it and answers SignatureDoesNotMatch (403)", h, sh.Value),
					Span:     sh.Span,
					Related:  related(h, c.Cmd.Span),
					Key:      fmt.Sprintf("curl:%d:%s", c.Cmd.Span.Start, h),
					Fixes:    []rules.Fix{addHeaderFix(c, h, signedValues[h])},
				})
				continue
			}
			if _, known := signedValues[h]; !known && s.implicit && refusedSignature(p.Facts.Incident, c) {
				// The signed value is not in the paste, but the only
				// Content-Type this line sends is the one curl makes up
				// for -d/--data-binary or -F, and S3 refused the
				// signature: that value is the likely difference.
				p.Report(rules.Finding{
					Message: fmt.Sprintf("the URL signs %s (X-Amz-SignedHeaders=%s) and this curl line sends none of its own: curl adds %s: %s for %s, which is almost never the value the URL was signed with; S3 then answers SignatureDoesNotMatch (403)", h, sh.Value, h, s.value, s.why),
					Span:    s.span,
					Related: related(h, sh.Span),
					Key:     fmt.Sprintf("curl:%d:%s", c.Cmd.Span.Start, h),
					Fixes:   []rules.Fix{addHeaderFix(c, h, "")},
				})
				continue
			}
			if _, known := signedValues[h]; !known && !s.implicit && (refusedSignature(p.Facts.Incident, c) || toldRefused(p.Facts.Incident)) {
				// The signed value is not in the paste, and S3 refused the
				// signature of a request that sends its own value: that
				// value is not known to be the signed one (unknown is not
				// equal), and a signed header with another value is one of
				// the few causes of exactly that answer.
				p.Report(rules.Finding{
					Message: fmt.Sprintf("the URL signs %s (X-Amz-SignedHeaders=%s) and this curl line sends %s: %s, but the paste does not show the value the URL was signed with, and S3 answered SignatureDoesNotMatch (403): a %s other than the signed one gives exactly that",
						h, sh.Value, h, s.value, h),
					Span:    s.span,
					Related: related(h, sh.Span),
					Key:     fmt.Sprintf("curl:%d:%s", c.Cmd.Span.Start, h),
					Fixes:   []rules.Fix{{Message: fmt.Sprintf("send %s with exactly the value the presign call was given (ContentType in Params, .contentType(...), the signer's headers), or leave %s out of the presign call", h, h)}},
				})
				continue
			}
			if want, ok := signedValues[h]; ok && want != s.value {
				what := fmt.Sprintf("%q", s.value)
				if s.implicit {
					what = fmt.Sprintf("%q (curl adds it for %s)", s.value, s.why)
				}
				p.Report(rules.Finding{
					Severity: rules.Error,
					Message:  fmt.Sprintf("the URL was signed with %s: %q but this curl line sends %s; S3 answers SignatureDoesNotMatch (403)", h, want, what),
					Span:     s.span,
					Related:  related(h),
					Key:      fmt.Sprintf("curl:%d:%s", c.Cmd.Span.Start, h),
					Fixes:    []rules.Fix{setHeaderFix(p.Facts, c, s, h, want)},
				})
			}
		}
		for _, h := range sortedKeys(sentNames(sent)) {
			s := sent[h]
			if signed[h] || !strings.HasPrefix(h, "x-amz-") || s.implicit {
				continue
			}
			p.Report(rules.Finding{
				Severity: rules.Error,
				Message:  fmt.Sprintf("this curl line sends %s, which the URL did not sign (X-Amz-SignedHeaders=%s); S3 answers AccessDenied (403) \"There were headers present in the request which were not signed\"", h, sh.Value),
				Span:     s.span,
				Related:  []source.Span{sh.Span},
				Key:      fmt.Sprintf("curl:%d:%s", c.Cmd.Span.Start, h),
				Fixes: []rules.Fix{{
					Message: fmt.Sprintf("drop the %s header, or presign with it in Params so it is signed", h),
					Edits:   derive.Edit(source.Span{Start: s.flag.Start, End: s.span.End}, ""),
				}},
			})
		}
	}
}

type sentHeader struct {
	_          [0]func() // not comparable: no generated equality function in the wasm
	value      string
	span, flag source.Span
	implicit   bool
	why        string
}

// sentHeaders returns what the curl line sends, by lower-case name,
// including the Content-Type curl adds for -d and -F.
func sentHeaders(c *model.Curl) map[string]sentHeader {
	out := map[string]sentHeader{}
	switch c.Cmd.DataFlag {
	case "-d":
		out["content-type"] = sentHeader{value: "application/x-www-form-urlencoded", span: c.Cmd.DataSpan, implicit: true, why: "-d"}
	case "-F":
		out["content-type"] = sentHeader{value: "multipart/form-data", span: c.Cmd.DataSpan, implicit: true, why: "-F"}
	}
	for _, h := range c.Cmd.Headers {
		n := strings.ToLower(h.Name)
		if h.Value == "" {
			delete(out, n) // -H 'Name:' removes a header in curl
			continue
		}
		out[n] = sentHeader{value: h.Value, span: h.Span, flag: h.Flag}
	}
	return out
}

func sentNames(m map[string]sentHeader) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		out[k] = true
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// setHeaderFix makes the curl line send h with the signed value: it
// rewrites the -H argument that sends another value, and adds one when
// the value comes from curl itself (-d, -F).
func setHeaderFix(f *model.Facts, c *model.Curl, s sentHeader, h, value string) rules.Fix {
	if s.implicit || s.span.End > len(f.Text) || s.span.Start >= s.span.End {
		return addHeaderFix(c, h, value)
	}
	arg := f.Text[s.span.Start:s.span.End]
	q := ""
	if arg[0] == '\'' || arg[0] == '"' {
		q = arg[:1]
	}
	name, _, _ := strings.Cut(strings.Trim(arg, q), ":")
	return rules.Fix{
		Message: fmt.Sprintf("send %s: %s, the value that was signed", h, value),
		Edits:   derive.Edit(s.span, q+strings.TrimSpace(name)+": "+value+q),
	}
}

// addHeaderFix adds -H 'name: value' after curl when the value is known.
func addHeaderFix(c *model.Curl, h, value string) rules.Fix {
	if value == "" {
		return rules.Fix{Message: fmt.Sprintf("send %s with exactly the value that was signed, or presign without it", h)}
	}
	at := c.Cmd.Words[0].Span.End
	return rules.Fix{
		Message: fmt.Sprintf("send %s: %s, the value that was signed", h, value),
		Edits:   derive.Edit(source.Span{Start: at, End: at}, fmt.Sprintf(" -H '%s: %s'", h, value)),
	}
}

// refusedSignature reports whether S3 answered SignatureDoesNotMatch to the
// curl line's request or to the signed request its URL belongs to.
func refusedSignature(inc *model.Incident, c *model.Curl) bool {
	if inc == nil {
		return false
	}
	sr := inc.SignedForURL(c.URL)
	for _, l := range inc.Links {
		if l.Answer == nil || l.Answer.Code.Str != "SignatureDoesNotMatch" {
			continue
		}
		if l.Kind == model.LinkAnswerSent && l.Sent != nil && l.Sent.Curl == c || l.Kind == model.LinkAnswerSigned && sr != nil && l.Signed == sr {
			return true
		}
	}
	return false
}
