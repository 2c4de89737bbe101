package engine

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/redact"
)

// TestIncident runs the pastes of testdata/incident through redaction,
// splitting and the model, and checks the incident against the lines
// after "-- expect --". The pastes are written from the shapes of real
// threads (SDK issue trackers, Q&A pages); the expectations say what a
// reader of the paste knows, not what the code happened to produce.
//
//	target.<field> = value (from)     the resolved target
//	signed[i].<field> = value (from)  a signed request
//	sent = <source> <METHOD>          some sent request
//	header <source> <METHOD> <name> = value | expr <text>
//	link = <kind> <a> -> <b>[: reason]
//	answer = <Code>
//	env.<field> = value
//	code.<lang> contains|lacks = text  (the engine's corrected code)
func TestIncident(t *testing.T) {
	files, _ := filepath.Glob("testdata/incident/*.txt")
	if len(files) == 0 {
		t.Fatal("no incident pastes")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			paste, expect, ok := strings.Cut(string(data), "-- expect --\n")
			if !ok {
				t.Fatal("no -- expect -- section")
			}
			red := redact.Redact(paste, redact.Options{})
			now := time.Date(2024, 1, 15, 14, 30, 0, 0, time.UTC)
			f := model.Build(blankLineNumbers(red.Text), Split(blankLineNumbers(red.Text)), now)
			inc := f.Incident
			var resp *Response
			for _, line := range strings.Split(strings.TrimSpace(expect), "\n") {
				key, want, ok := strings.Cut(line, " = ")
				if !ok {
					t.Errorf("bad expectation %q", line)
					continue
				}
				key = strings.TrimSpace(key)
				if strings.HasPrefix(key, "code.") {
					if resp == nil {
						r := Analyze(Request{Input: paste, Now: "2024-01-15T14:30:00Z"})
						resp = &r
					}
					checkCode(t, resp, key, want)
					continue
				}
				if got := incidentValue(inc, key, want); got != "" {
					t.Errorf("%s: want %q, got %s", key, want, got)
				}
			}
			if t.Failed() {
				t.Log(describeIncident(inc))
			}
		})
	}
}

func factString(f model.Fact) string {
	v := f.Str
	if v == "" && f.Expr != "" {
		v = "expr " + f.Expr
	}
	return v + " (" + f.From + ")"
}

func matchFact(f model.Fact, want string) string {
	val, from, hasFrom := strings.Cut(want, " (")
	from = strings.TrimSuffix(from, ")")
	if f.Str != val || hasFrom && f.From != from {
		return factString(f)
	}
	return ""
}

func signedFact(sr *model.SignedRequest, field string) (model.Fact, bool) {
	switch field {
	case "operation":
		return sr.Operation, true
	case "method":
		return sr.Method, true
	case "bucket":
		return sr.Bucket, true
	case "key":
		return sr.Key, true
	case "region":
		return sr.Region, true
	case "expires":
		return sr.Expires, true
	case "endpoint":
		return sr.Endpoint, true
	case "credentials.where":
		return sr.Credentials.Where, true
	case "credentials.kind":
		return sr.Credentials.Kind, true
	}
	return model.Fact{}, false
}

// incidentValue returns "" when the expectation holds, else what was found.
func incidentValue(inc *model.Incident, key, want string) string {
	t := inc.Target()
	switch {
	case strings.HasPrefix(key, "target."):
		fields := map[string]model.Fact{"region": t.Region, "signedregion": t.SignedRegion, "bucket": t.Bucket, "key": t.Key,
			"operation": t.Operation, "method": t.Method, "sentmethod": t.SentMethod, "endpoint": t.Endpoint, "addressing": t.Addressing}
		f, ok := fields[strings.TrimPrefix(key, "target.")]
		if !ok {
			return "unknown field"
		}
		return matchFact(f, want)
	case strings.HasPrefix(key, "signed["):
		i, _ := strconv.Atoi(key[len("signed["):strings.IndexByte(key, ']')])
		field := key[strings.IndexByte(key, ']')+2:]
		if i >= len(inc.SignedRequests) {
			return "no such signed request"
		}
		sr := inc.SignedRequests[i]
		if field == "signedheaders" {
			if got := strings.Join(sr.SignedHeaders, ","); got != want {
				return got
			}
			return ""
		}
		if field == "credentials.where" {
			if sr.Credentials.Where.Str != want {
				return factString(sr.Credentials.Where)
			}
			return ""
		}
		f, ok := signedFact(sr, field)
		if !ok {
			return "unknown field"
		}
		return matchFact(f, want)
	case key == "sent":
		for _, s := range inc.SentRequests {
			if s.Source+" "+s.Method.Str == want {
				return ""
			}
		}
		return "none"
	case strings.HasPrefix(key, "header "):
		w := strings.Fields(key)
		if len(w) != 4 {
			return "bad key"
		}
		for _, s := range inc.SentRequests {
			if s.Source != w[1] || s.Method.Str != w[2] {
				continue
			}
			h := s.Header(w[3])
			if h == nil {
				return "no header"
			}
			got := h.Value
			if h.Expr != "" {
				got = "expr " + h.Expr
			}
			if got != want {
				return got
			}
			return ""
		}
		return "no such request"
	case key == "link":
		kind, rest, _ := strings.Cut(want, " ")
		pair, reason, hasReason := strings.Cut(rest, ": ")
		a, b, _ := strings.Cut(pair, " -> ")
		var seen []string
		for _, l := range inc.Links {
			var la, lb string
			switch l.Kind {
			case model.LinkSentSigned:
				la, lb = l.Sent.Source, l.Signed.Source
			case model.LinkAnswerSent:
				la, lb = l.Answer.Source, l.Sent.Source
			case model.LinkAnswerSigned:
				la, lb = l.Answer.Source, l.Signed.Source
			}
			seen = append(seen, l.Kind+" "+la+" -> "+lb+": "+l.Reason)
			if l.Kind == kind && la == a && lb == b && (!hasReason || l.Reason == reason) {
				return ""
			}
		}
		return strings.Join(seen, "; ")
	case key == "answer":
		var codes []string
		for _, a := range inc.Answers {
			if a.Code.Str == want {
				return ""
			}
			codes = append(codes, a.Code.Str)
		}
		return strings.Join(codes, ",")
	case key == "evidence.region":
		return matchFact(inc.RegionEvidence(), want)
	case key == "env.bucketregion":
		return matchFact(inc.Env.BucketRegion, want)
	case key == "env.encryption":
		return matchFact(inc.Env.Encryption, want)
	case key == "env.managed":
		for _, m := range inc.Env.ManagedPolicies {
			if m.Str == want {
				return ""
			}
		}
		return "none"
	case key == "env.callers":
		if strconv.Itoa(len(inc.Env.Callers)) != want {
			return strconv.Itoa(len(inc.Env.Callers))
		}
		return ""
	}
	return "unknown key"
}

func checkCode(t *testing.T, resp *Response, key, want string) {
	t.Helper()
	w := strings.Fields(key)
	lang := strings.TrimPrefix(w[0], "code.")
	code := map[string]string{"python": resp.Code.Python, "cli": resp.Code.CLI, "javascript": resp.Code.JavaScript, "go": resp.Code.Go}[lang]
	switch w[1] {
	case "contains":
		if !strings.Contains(code, want) {
			t.Errorf("code.%s lacks %q:\n%s", lang, want, code)
		}
	case "lacks":
		if strings.Contains(code, want) {
			t.Errorf("code.%s has %q:\n%s", lang, want, code)
		}
	}
}

func describeIncident(inc *model.Incident) string {
	var b strings.Builder
	t := inc.Target()
	b.WriteString("target: bucket " + factString(t.Bucket) + ", key " + factString(t.Key) + ", region " + factString(t.Region) +
		", signed " + factString(t.SignedRegion) + ", op " + factString(t.Operation) + ", method " + factString(t.Method) + ", sent " + factString(t.SentMethod) + "\n")
	for i, s := range inc.SignedRequests {
		b.WriteString("signed[" + strconv.Itoa(i) + "] " + s.Source + " " + factString(s.Method) + " " + factString(s.Bucket) + "/" + factString(s.Key) + " region " + factString(s.Region) + "\n")
	}
	for _, s := range inc.SentRequests {
		b.WriteString("sent " + s.Source + " " + factString(s.Method) + " url " + factString(s.URL) + "\n")
	}
	for _, a := range inc.Answers {
		b.WriteString("answer " + a.Source + " " + a.Code.Str + " region " + a.Region.Str + "\n")
	}
	for _, l := range inc.Links {
		b.WriteString("link " + l.Kind + ": " + l.Reason + "\n")
	}
	return b.String()
}
