package querymodified

import (
	"fmt"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/presign"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// queryModifiedClients reports two requests of the paste that send the
// same presigned URL (the same signature) with the query written
// differently ("Postman fails, curl works", issue 19): one client decoded
// or re-encoded the URL, and S3 computes the signature over the query as
// it arrives. The comparison is the model's (Incident.ClientDiffs),
// whatever sends each request: curl, a console line, a HAR entry, code.
func queryModifiedClients(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	seen := map[[2]*model.SentRequest]bool{}
	for _, sr := range inc.SignedRequests {
		if sr.URL == nil || sr.URL.Version != "v4" {
			continue
		}
		for _, d := range inc.ClientDiffs(sr.URL) {
			if d.Kind != "query" || seen[[2]*model.SentRequest{d.A, d.B}] || seen[[2]*model.SentRequest{d.B, d.A}] {
				continue
			}
			seen[[2]*model.SentRequest{d.A, d.B}] = true
			good, bad, gv, bv := d.A, d.B, d.ValueA, d.ValueB
			if ok(d.B) && !ok(d.A) || failed(d.A) && !failed(d.B) {
				good, bad, gv, bv = d.B, d.A, d.ValueB, d.ValueA
			}
			what := "the parameters' order or names"
			if d.Name != "" {
				what = fmt.Sprintf("%s is %s in one and %s in the other", d.Name, shown(gv), shown(bv))
			}
			who := "one of them changed the URL after signing"
			if ok(good) || failed(bad) {
				who = fmt.Sprintf("the %s request changed it", bad.Source)
			}
			sp, rel := spanOf(bad, d.Name), spanOf(good, d.Name)
			p.Report(rules.Finding{
				Message: fmt.Sprintf("two requests send the same presigned URL (the same X-Amz-Signature) with the query written differently (%s): S3 computes the signature over the query as it arrives, so a client that decodes or re-encodes the URL (Postman, a proxy, a URL library) gets SignatureDoesNotMatch (403); %s",
					what, who),
				Span:    sp,
				Related: []source.Span{rel},
				Key:     fmt.Sprintf("clients:%d:%d", d.A.Span.Start, d.B.Span.Start),
				Fixes:   []rules.Fix{{Message: "send the URL exactly as the presigner returned it from every client (in Postman, paste it into the address bar as is and turn off its URL encoding/decoding of the query; in code, pass the string through, never through a URL parser that re-serialises it)"}},
			})
		}
	}
}

func ok(s *model.SentRequest) bool     { return s.Status >= 200 && s.Status < 300 }
func failed(s *model.SentRequest) bool { return s.Status >= 400 }

func shown(v string) string {
	if v == "" {
		return "absent"
	}
	return v
}

// spanOf is where a request's URL writes the parameter name, else the
// request.
func spanOf(s *model.SentRequest, name string) source.Span {
	if s.SignedURL != nil && name != "" {
		if q := s.SignedURL.Param(name); q != nil {
			return q.Span
		}
	}
	if s.URL.Span.Len() > 0 {
		return s.URL.Span
	}
	return s.Span
}

// queryAddedAfterSigning reports a parameter a presigned URL of the paste
// carries that the paste's own words say was added to the URL after the
// SDK returned it (the model's Signals.QueryAdded): S3 signs every query
// parameter but X-Amz-Signature, so the URL as sent no longer matches its
// signature. When S3's canonical request is in the paste, it shows the
// parameter too; only the words tell it was not signed.
func queryAddedAfterSigning(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil || inc.Signals == nil {
		return
	}
	for _, q := range inc.Signals.QueryAdded {
		for _, sr := range inc.SignedRequests {
			if sr.URL == nil || sr.URL.Version != "v4" {
				continue
			}
			prm := sr.URL.Param(q.Str)
			if prm == nil {
				continue
			}
			p.Report(rules.Finding{
				Message: fmt.Sprintf("%s is added to the URL after the SDK signed it, as the text says; S3 signs every query parameter except X-Amz-Signature, so the URL with %s no longer matches its signature and S3 answers SignatureDoesNotMatch (403)", q.Str, q.Str),
				Span:    prm.Span,
				Related: []source.Span{q.Span},
				Key:     "query:" + q.Str,
				Fixes:   []rules.Fix{{Message: fmt.Sprintf("give %s to the presign call (Params={'ResponseContentDisposition': …} for response-content-disposition) so it is signed, and send the URL exactly as returned", q.Str)}},
			})
			break
		}
	}
}

// queryEscapesSent reports a request that sends a presigned URL with an
// escaped ampersand (\u0026 from JSON, &amp; from HTML) between its
// parameters as written: the URL reader repairs the escape for display,
// but the sender does not read it (a shell hands it to curl unread; the
// model's SentRequest.AsSent), so S3 splits the query elsewhere: one
// parameter swallows the next ones and the auth parameters it needs are
// missing or malformed.
func queryEscapesSent(p *rules.Pass) {
	inc := p.Facts.Incident
	if inc == nil {
		return
	}
	for _, s := range inc.SentRequests {
		u := s.SignedURL
		if s.AsSent == "" || u == nil || u.Version == "" {
			continue
		}
		esc, sp, edits := sentEscapes(p.Facts.Text, u)
		if esc == "" {
			continue
		}
		_, q, _ := strings.Cut(s.AsSent, "?")
		read, missing := s3Reads(q, u.Version)
		answer := "AuthorizationQueryParametersError (400) \"Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters\""
		switch {
		case u.Version == "v2" || len(missing) == len(authParams(u.Version)):
			answer = "AccessDenied (403): without its auth parameters the request is anonymous"
		case len(missing) == 0:
			answer = "SignatureDoesNotMatch (403): the query it signs is not the one that was signed"
		case read != "" && strings.EqualFold(read, "X-Amz-Algorithm"):
			answer = "AuthorizationQueryParametersError (400) \"X-Amz-Algorithm only supports \\\"AWS4-HMAC-SHA256\\\"\""
		}
		what := "does not see " + strings.Join(missing, ", ") + " as parameters"
		if read != "" {
			what = fmt.Sprintf("reads %s as one parameter whose value runs on through %s", read, strings.Join(missing, ", "))
		}
		if len(missing) == 0 {
			what = "reads other parameter names"
		}
		p.Report(rules.Finding{
			Message: fmt.Sprintf("the %s request sends the URL as written, with %s between its parameters: %s does not read that escape, so S3 %s and answers %s; the URL is fine once the escape is read as &",
				s.Source, esc, senderWhy(s.Source), what, answer),
			Span:    sp,
			Related: []source.Span{s.Span},
			Key:     fmt.Sprintf("escape:%d", s.Span.Start),
			Fixes: []rules.Fix{
				{Message: "send the URL with plain & between its parameters: decode the JSON (jq -r .url, JSON.parse, response.json()) or the HTML before using the URL", Edits: edits},
			},
		})
	}
}

// sentEscapes names the escapes between u's parameters in text, the first
// one's span and the edits that read each as &.
func sentEscapes(text string, u *presign.URL) (string, source.Span, []diff.Edit) {
	var names []string
	var first source.Span
	var edits []diff.Edit
	for i := 1; i < len(u.Params); i++ {
		sp := source.Span{Start: u.Params[i-1].Span.End, End: u.Params[i].Span.Start}
		if sp.Start < 0 || sp.End > len(text) || sp.Len() <= 1 {
			continue
		}
		lit := text[sp.Start:sp.End]
		name := ""
		switch {
		case strings.EqualFold(lit, `\u0026`):
			name = `\u0026 (JSON's escape of &)`
		case strings.HasPrefix(lit, "&") && strings.HasSuffix(lit, ";"):
			name = lit + " (HTML's escape of &)"
		default:
			continue
		}
		if first.Len() == 0 {
			first = sp
		}
		if len(names) == 0 || names[len(names)-1] != name {
			names = append(names, name)
		}
		edits = append(edits, diff.Edit{Start: sp.Start, End: sp.End, New: "&"})
	}
	if len(names) > 1 {
		names = names[:1]
	}
	if len(names) == 0 {
		return "", first, nil
	}
	return names[0], first, edits
}

func senderWhy(src string) string {
	switch src {
	case "curl", "wget", "httpie", "powershell":
		return "the shell hands it to " + src + " unread and " + src
	case "har", "console", "wire-log":
		return "the client that sent it"
	}
	return "the " + src + " call"
}

// s3Reads splits a sent query on & as S3 does: the first auth parameter
// whose value swallows the next ones (read), and the auth parameters S3
// then misses.
func s3Reads(q, version string) (read string, missing []string) {
	auth := authParams(version)
	seen := map[string]bool{}
	for _, kv := range strings.Split(q, "&") {
		name, val, _ := strings.Cut(kv, "=")
		for _, a := range auth {
			if strings.EqualFold(name, a) {
				seen[a] = true
				for _, b := range auth {
					if read == "" && b != a && strings.Contains(val, b+"=") {
						read = a
					}
				}
			}
		}
	}
	for _, a := range auth {
		if !seen[a] {
			missing = append(missing, a)
		}
	}
	return read, missing
}

func authParams(version string) []string {
	if version == "v2" {
		return []string{"AWSAccessKeyId", "Expires", "Signature"}
	}
	return []string{"X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders", "X-Amz-Signature"}
}
