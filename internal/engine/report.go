package engine

import (
	"fmt"
	"strings"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/report"
	"github.com/presign-doctor/presign-doctor/internal/rules"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Caps that keep the report readable (and fast) for very long pastes:
// the evidence quoted for one finding (bytes), the findings and the URLs.
const (
	maxEvidence       = 600
	maxReportFindings = 200
	maxReportURLs     = 20
)

// fillReport fills the Markdown and HTML report and the AI prompt from the
// finished response (code, sigv4) and the facts.
func fillReport(resp *Response, f *model.Facts, findings []rules.Finding) {
	in := reportInput(resp, f, findings)
	resp.Report.Markdown = report.Markdown(in)
	resp.Report.HTML = report.HTML(resp.Report.Markdown)
	resp.Prompt = report.Prompt(in, f.Text)
}

func reportInput(resp *Response, f *model.Facts, findings []rules.Finding) *report.Input {
	src := source.New(f.Text)
	in := &report.Input{Version: Version, Now: f.Now.UTC().Format(time.RFC3339), Diff: resp.Diff}
	in.Limits = append(in.Limits, resp.Limits...)
	for _, p := range f.Parts {
		in.Kinds = append(in.Kinds, p.Kind)
	}
	for i, fd := range findings {
		if i == maxReportFindings {
			in.Limits = append(in.Limits, fmt.Sprintf("the report shows the first %d of %d findings", maxReportFindings, len(findings)))
			break
		}
		rf := report.Finding{Rule: fd.Rule, Severity: fd.Severity, Title: fd.Title, Message: fd.Message}
		ev := src.Slice(fd.Span)
		if len(ev) > maxEvidence {
			ev = strings.ToValidUTF8(ev[:maxEvidence], "") + " …"
		}
		rf.Evidence = ev
		rf.Line, _ = src.LineCol(fd.Span.Start)
		for _, fx := range fd.Fixes {
			rf.Fixes = append(rf.Fixes, fx.Message)
		}
		in.Findings = append(in.Findings, rf)
	}
	for _, u := range f.URLs {
		if u.Version == "" {
			continue
		}
		if len(in.URLs) == maxReportURLs {
			in.Limits = append(in.Limits, fmt.Sprintf("the report decodes the first %d presigned URLs", maxReportURLs))
			break
		}
		in.URLs = append(in.URLs, decodedURL(u, f.Now))
	}
	s := resp.SigV4
	in.SigV4 = report.SigV4{CanonicalRequest: s.CanonicalRequest, StringToSign: s.StringToSign,
		S3CanonicalRequest: s.S3CanonicalRequest, S3StringToSign: s.S3StringToSign,
		CanonicalRequestDiff: s.CanonicalRequestDiff, SignatureCheck: s.SignatureCheck}
	c := resp.Code
	for _, b := range []report.Block{
		{Title: "boto3 (Python)", Lang: "python", Text: c.Python},
		{Title: "boto3 (Python), whole program", Lang: "python", Text: c.PythonFull},
		{Title: "AWS CLI", Lang: "sh", Text: c.CLI},
		{Title: "JavaScript (AWS SDK v3)", Lang: "js", Text: c.JavaScript},
		{Title: "Go (AWS SDK v2)", Lang: "go", Text: c.Go},
		{Title: "Use the URL with curl", Lang: "sh", Text: c.Curl},
		{Title: "Use the URL with fetch", Lang: "js", Text: c.Fetch},
	} {
		if b.Text != "" && !(b.Title == "boto3 (Python), whole program" && b.Text == c.Python) {
			in.Code = append(in.Code, b)
		}
	}
	for _, st := range resp.Triage {
		in.Triage = append(in.Triage, report.Block{Title: st.Why, Lang: "sh", Text: st.Command})
	}
	return in
}

// decodedURL lists what a presigned URL says, for the report.
func decodedURL(u *presign.URL, now time.Time) report.URL {
	out := report.URL{URL: u.Raw}
	add := func(name, value string) {
		if value != "" {
			out.Fields = append(out.Fields, report.Field{Name: name, Value: value})
		}
	}
	add("Signature version", u.SignatureVersion())
	add("Host", u.Host)
	ep := u.Endpoint
	kind := ep.Kind
	if ep.Store != "" {
		kind += " (" + ep.Store + ")"
	}
	if ep.Style != "" {
		kind += ", " + ep.Style + " addressing"
	}
	add("Endpoint", kind)
	add("Bucket", u.Bucket)
	add("Key", u.Key)
	add("Region (host)", ep.Region)
	if sc, p, ok := u.Credential(); ok {
		add("Credential scope", p.Value)
		add("Region (scope)", sc.Region)
		add("Service", sc.Service)
	}
	if t, p, ok := u.SignedAt(); ok {
		add("Signed at", t.Format(time.RFC3339)+" ("+relative(t, now)+")")
	} else if p != nil {
		add("Signed at", p.Value+" (not a SigV4 date)")
	}
	if n, _, ok := u.Expires(); ok {
		add("Expires in", fmt.Sprintf("%d seconds", n))
	}
	if at, _, ok := u.ExpiresAt(); ok {
		add("Expires at", at.Format(time.RFC3339)+" ("+relative(at, now)+")")
	}
	if _, p := u.SignedHeaders(); p != nil {
		add("Signed headers", p.Value)
	}
	switch {
	case u.Token() != nil:
		add("Session token", "present (temporary credentials)")
	case u.Temporary():
		add("Session token", "absent, but the key is temporary (ASIA)")
	case u.Version == "v4":
		add("Session token", "absent")
	}
	if len(u.Repairs) > 0 {
		add("Repaired paste damage", strings.Join(u.Repairs, "; "))
	}
	return out
}

// relative says how t lies from now: "3h0m0s ago", "in 15m0s".
func relative(t, now time.Time) string {
	d := t.Sub(now).Round(time.Second)
	switch {
	case d == 0:
		return "now"
	case d < 0:
		return (-d).String() + " ago"
	}
	return "in " + d.String()
}
