package engine

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/presign"
	"github.com/presign-doctor/presign-doctor/internal/timefmt"
)

// Session lengths the credentials' end is bounded by, in seconds (the same
// figures expiry_exceeds_session states).
const (
	roleChainCap    = 3600  // role chaining caps a session at 1 h
	instanceProfile = 21600 // EC2 instance profile and ECS task role: about 6 h
	lambdaRole      = 43200 // a Lambda role's session: 12 h at most
)

// credentialsEnd says when the credentials that sign u end, when the paste
// tells: the STS output's Expiration (exact), or the signing time plus the
// session's length (an upper bound: the session began at or before the
// signing). why says where it comes from; ok is false when the URL is not
// signed with temporary credentials or nothing bounds them.
func credentialsEnd(f *model.Facts, u *presign.URL) (end time.Time, why string, temporary, ok bool) {
	var sr *model.SignedRequest
	if f.Incident != nil {
		sr = f.Incident.SignedForURL(u)
	}
	temporary = u.Token() != nil || u.Temporary() || (sr != nil && sr.Credentials.Kind.Str == "temporary")
	if !temporary {
		return time.Time{}, "", false, false
	}
	for _, s := range f.STSCalls {
		if s.Expiration == nil {
			continue
		}
		if t, ok := timefmt.RFC3339(s.Expiration.Str); ok {
			return t.UTC(), "the Expiration of the STS output", true, true
		}
	}
	signed, _, ok := u.SignedAt()
	if !ok {
		return time.Time{}, "", true, false
	}
	var secs int64
	switch {
	case sr != nil && sr.Credentials.Lifetime.Num > 0:
		secs = int64(sr.Credentials.Lifetime.Num)
		why = "a session of " + strconv.FormatInt(secs, 10) + " s"
		if w := sr.Credentials.Lifetime.Why; w != "" {
			why += " (" + w + ")"
		}
	default:
		for _, s := range f.STSCalls {
			if s.Duration != nil && s.Duration.IsNum && s.Duration.Num > 0 {
				secs, why = s.Duration.Num, fmt.Sprintf("a session of %d s (DurationSeconds of %s)", s.Duration.Num, s.Name)
				break
			}
		}
	}
	if n := assumeRoleCalls(f); n > 1 && (secs == 0 || secs > roleChainCap) {
		secs, why = roleChainCap, "two roles assumed in the paste: if one is assumed with the other's credentials (role chaining), the session lasts 1 h at most"
	}
	if secs == 0 {
		switch {
		case f.Runtime.Lambda:
			secs, why = lambdaRole, "the Lambda role's session (12 h at most)"
		case f.Runtime.ECS:
			secs, why = instanceProfile, "the ECS task role's session (about 6 h)"
		case f.Runtime.EC2:
			secs, why = instanceProfile, "the instance profile's session (about 6 h)"
		}
	}
	if secs == 0 {
		return time.Time{}, "", true, false
	}
	return signed.Add(time.Duration(secs) * time.Second).UTC(), why + ", counted from the signing time: at the latest", true, true
}

// assumeRoleCalls counts the paste's AssumeRole calls.
func assumeRoleCalls(f *model.Facts) int {
	n := 0
	for _, s := range f.STSCalls {
		if strings.HasPrefix(s.Name, "assume_role") {
			n++
		}
	}
	return n
}

// fillValidity sets the credentials' end and the real end of the URL: the
// earlier of its own expiry and the credentials' end.
func fillValidity(d *DecodedURL, f *model.Facts, u *presign.URL, now time.Time) {
	end, why, temp, ok := credentialsEnd(f, u)
	at, _, urlOK := u.ExpiresAt()
	switch {
	case ok:
		d.CredentialsEnd, d.CredentialsEndWhy = end.Format(time.RFC3339), why
	case temp:
		d.CredentialsEndWhy = "temporary credentials sign the URL; it stops working when their session ends, which the paste does not show"
	}
	var until time.Time
	switch {
	case urlOK && ok && end.Before(at):
		until, d.EndsBy = end, "credentials"
	case urlOK:
		until, d.EndsBy = at.UTC(), "url"
	case ok:
		until, d.EndsBy = end, "credentials"
	default:
		return
	}
	d.ValidUntil = until.Format(time.RFC3339)
	if left := until.Sub(now); left < 0 {
		d.ValidRemaining = "ended " + presign.Human(-left) + " ago"
	} else {
		d.ValidRemaining = presign.Human(left)
	}
}

// headerPlaceholder is the value shown for a signed header whose value the
// paste does not hold.
func headerPlaceholder(name string) string { return "<" + name + " you signed>" }

// fillReplay builds the request that replays u with exactly the headers
// its signature covers (besides host), their values taken from a request
// the paste sends with it or the presign call's Params, else a
// placeholder.
func fillReplay(d *DecodedURL, f *model.Facts, u *presign.URL) {
	names, _ := u.SignedHeaders()
	var extra []string
	for _, n := range names {
		if n != "host" {
			extra = append(extra, n)
		}
	}
	if len(extra) == 0 || u.Version != "v4" {
		return
	}
	var sr *model.SignedRequest
	if f.Incident != nil {
		sr = f.Incident.SignedForURL(u)
	}
	method := "GET"
	if sr != nil && sr.Method.Str != "" {
		method = sr.Method.Str
	}
	r := &Replay{Method: method}
	for _, n := range extra {
		h := ReplayHeader{Name: n, Value: headerPlaceholder(n)}
		if f.Incident != nil {
			if v, from := f.Incident.ValueSignedFor(u, n); v != "" {
				h.Value, h.Known, h.From = v, true, from
			}
		}
		r.Headers = append(r.Headers, h)
	}
	r.Curl, r.Fetch = replayLines(method, u.Raw, r.Headers)
	d.Replay = r
}

// shellQuote quotes s for a POSIX shell.
func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// replayLines renders the curl and fetch lines.
func replayLines(method, url string, hs []ReplayHeader) (string, string) {
	var c strings.Builder
	c.WriteString("curl")
	if method != "GET" {
		c.WriteString(" -X " + method)
	}
	for _, h := range hs {
		c.WriteString(" -H " + shellQuote(h.Name+": "+h.Value))
	}
	if method == "PUT" || method == "POST" {
		c.WriteString(" --upload-file ./file")
	}
	c.WriteString(" " + shellQuote(url))
	var js strings.Builder
	js.WriteString("await fetch(" + strconv.Quote(url) + ", { method: " + strconv.Quote(method) + ", headers: { ")
	for i, h := range hs {
		if i > 0 {
			js.WriteString(", ")
		}
		js.WriteString(strconv.Quote(h.Name) + ": " + strconv.Quote(h.Value))
	}
	js.WriteString(" }")
	if method == "PUT" || method == "POST" {
		js.WriteString(", body: file")
	}
	js.WriteString(" });")
	return c.String(), js.String()
}

// clientDiffs says, for each pair of requests the paste sends with the
// same presigned URL, what the signature covers and differs between them
// (the model's Incident.ClientDiffs, in words).
func clientDiffs(f *model.Facts, u *presign.URL) []string {
	if f.Incident == nil || u.Version == "" {
		return nil
	}
	who := func(s *model.SentRequest) string {
		label := s.Source
		if s.Status != 0 {
			label += fmt.Sprintf(" (answered %d)", s.Status)
		}
		return label
	}
	var out []string
	for _, d := range f.Incident.ClientDiffs(u) {
		a, b := who(d.A), who(d.B)
		switch d.Kind {
		case "method":
			out = append(out, fmt.Sprintf("method: the %s request sends %s, the %s request %s; the signature covers the method", a, d.ValueA, b, d.ValueB))
		case "host":
			out = append(out, fmt.Sprintf("host: the %s request goes to %s, the %s request to %s; the signature covers the host", a, d.ValueA, b, d.ValueB))
		case "path":
			out = append(out, fmt.Sprintf("path encoding: the %s request sends the path %s, the %s request %s; the signature covers the path, and a client that decodes or re-encodes it can change what S3 computes", a, d.ValueA, b, d.ValueB))
		case "query":
			what := "the parameters' order or names"
			switch {
			case d.Name != "" && d.ValueB == "":
				what = d.Name + " is missing from one"
			case d.Name != "":
				what = fmt.Sprintf("%s is %s in one and %s in the other", d.Name, d.ValueA, d.ValueB)
			}
			out = append(out, fmt.Sprintf("query encoding: the %s and %s requests encode the query differently (%s); S3 signs the query as sent", a, b, what))
		case "header":
			out = append(out, fmt.Sprintf("%s: the %s request sends %s, the %s request %s; the URL signs %s, so its value must be the signed one", d.Name, a, shown(d.ValueA), b, shown(d.ValueB), d.Name))
		}
	}
	return out
}

func shown(v string) string {
	if v == "" {
		return "none"
	}
	return strconv.Quote(v)
}
