package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

// Confidence of a verdict.
const (
	Certain  = "certain"
	Likely   = "likely"
	Possible = "possible"
)

// Verdict is the finding that explains what S3 answered (or the failure
// the paste describes): the cause in one sentence, the one change, how
// sure and why.
type Verdict struct {
	_          [0]func() // not comparable: no generated equality function in the wasm
	Rule       string
	Summary    string
	Fix        string
	Confidence string
	Why        string
}

// observed is one failure the paste shows: an answer of S3 (Answer set) or
// an error code the prose names.
type observed struct {
	_             [0]func() // not comparable: no generated equality function in the wasm
	code, message string
	status        int
	answer        *model.Answer // nil for a failure named in prose
}

func (o observed) String() string {
	s := o.code
	if s == "" && o.status != 0 {
		s = fmt.Sprintf("HTTP %d", o.status)
	}
	if o.message != "" {
		s += fmt.Sprintf(" (%q)", o.message)
	}
	return s
}

// match is how well a rule's documented answers explain one observed
// failure: 0 none; 1 the status only, or the code with another message;
// 2 the code (and no documented message that differs). confirmed is set when the message is the
// documented one too.
func match(r *Rule, o observed) (score int, confirmed bool, doc *Answer) {
	for i := range r.Answers {
		a := &r.Answers[i]
		s, c := 0, false
		switch {
		case o.code != "" && strings.EqualFold(a.Code, o.code):
			s = 2
			if a.Message != "" && o.message != "" {
				if messageMatches(a.Message, o.message) {
					c = true
				} else {
					// Same code, another message: another case of that
					// code, or another wording of the store.
					s = 1
				}
			}
		case o.code == "" && o.status != 0 && a.Status == o.status:
			s = 1
		}
		if s > score || (s == score && s > 0 && c && !confirmed) {
			score, confirmed, doc = s, c, a
		}
	}
	return score, confirmed, doc
}

// messageMatches reports whether S3's message as pasted is the documented
// one: the documented message's literal start (up to a placeholder such as
// <region>, [...], '...' or a quoted value, at most 30 characters) begins
// the pasted one, or the pasted one (cut by the user) begins the
// documented one.
func messageMatches(doc, got string) bool {
	n := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
	d, g := n(doc), n(got)
	lit := d
	for _, stop := range []string{"<", "[", "...", "'", "\""} {
		if i := strings.Index(lit, stop); i >= 0 {
			lit = lit[:i]
		}
	}
	if len(lit) > 30 {
		lit = lit[:30]
	}
	if len(lit) >= 6 && strings.Contains(g, lit) {
		return true
	}
	return len(g) >= 6 && strings.HasPrefix(d, g)
}

// observedFailures returns S3's answers of the incident with a code or an
// error status; when there are none, the error codes of the catalog the
// text names (a user describing "SignatureDoesNotMatch" in prose).
func observedFailures(c Catalog, f *model.Facts) []observed {
	var out []observed
	if f.Incident != nil {
		// One observation per distinct answer: a log of a thousand retries
		// is one failure seen a thousand times (the first stands for it).
		type key struct {
			code, message string
			status        int
		}
		had := map[key]bool{}
		for _, a := range f.Incident.Answers {
			if a.Code.Str == "" && a.Status < 300 {
				continue
			}
			k := key{a.Code.Str, a.Message.Str, a.Status}
			if had[k] {
				continue
			}
			had[k] = true
			out = append(out, observed{code: a.Code.Str, message: a.Message.Str, status: a.Status, answer: a})
		}
	}
	if len(out) > 0 {
		return out
	}
	seen := map[string]bool{}
	for _, r := range c {
		for _, a := range r.Answers {
			if seen[a.Code] || len(a.Code) < 8 {
				continue
			}
			seen[a.Code] = true
			if strings.Contains(f.Text, a.Code) {
				out = append(out, observed{code: a.Code})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].code < out[j].code })
	return out
}

// severityRank orders severities: error first.
func severityRank(s string) int {
	switch s {
	case Error:
		return 0
	case Warning:
		return 1
	}
	return 2
}

// Rank orders the findings by whether they explain the failure the paste
// shows, and returns the verdict (nil when nothing explains anything).
//
// Each finding's rule documents what S3 answers for it (Rule.Answers).
// Against S3's answers in the incident (or, without one, the error codes
// the paste names), a finding whose rule documents that answer explains
// it; a finding whose rule documents answers and none of them is the one
// observed is contradicted by it: its message says so and it becomes
// information (a URL expired by today's clock, while S3 answered
// SignatureDoesNotMatch, was valid when it was sent). Among the findings
// that explain, the one that matches best wins; then one found at the
// cause (code, URL, curl line) over one that restates the answer; then
// severity, then position. The order: the verdict's finding, then errors,
// warnings, info; within a severity, the findings S3's answer contradicts
// come last.
func Rank(c Catalog, f *model.Facts, fs []Finding) ([]Finding, *Verdict) {
	obs := observedFailures(c, f)
	if len(fs) == 0 {
		return fs, nil
	}
	type scored struct {
		f       Finding
		score   int // best match over the observed failures
		sure    bool
		obs     observed
		doc     *Answer
		atCause bool
		// secondary: the matched answer follows another the paste lacks
		secondary bool
		position  int
		// contradicted: S3's answer rules the finding's cause out.
		contradicted bool
	}
	list := make([]scored, len(fs))
	for i, fd := range fs {
		s := scored{f: fd, position: i}
		r := c.Lookup(fd.Rule)
		if r != nil {
			for _, o := range obs {
				if m, c, a := match(r, o); m > s.score || (m == s.score && m > 0 && c && !s.sure) {
					s.score, s.sure, s.obs, s.doc = m, c, o, a
				}
			}
			// the answer only follows another the paste does not show (a
			// redirect the browser followed): among causes found where they
			// are, one S3's answer follows directly comes first
			s.secondary = s.doc != nil && s.doc.After != "" && !observedCode(obs, s.doc.After)
			// Contradicted: the rule documents answers, S3's answer is in
			// the paste (not only named in prose), and none matches it.
			if s.score == 0 && len(r.Answers) > 0 && len(obs) > 0 && obs[0].answer != nil && diagnosable(c, obs) {
				s.f.Message = strings.TrimRight(s.f.Message, " .;") + contradiction(r, obs)
				s.f.Severity = Info
				s.contradicted = true
			}
		}
		// A rule that finds its evidence in other sources than S3's
		// answer names the cause where it is; one that reads only the
		// answer restates it.
		s.atCause = r != nil && !onlyAnswer(r)
		list[i] = s
	}
	best := -1
	for i, s := range list {
		if s.score == 0 {
			continue
		}
		if best < 0 || better(s.score, s.sure, s.atCause && !s.secondary, s.atCause, s.f.Severity, list[best].score, list[best].sure, list[best].atCause && !list[best].secondary, list[best].atCause, list[best].f.Severity) {
			best = i
		}
	}
	sort.SliceStable(list, func(i, j int) bool {
		bi, bj := list[i].position == best, list[j].position == best
		if bi != bj {
			return bi
		}
		if ri, rj := severityRank(list[i].f.Severity), severityRank(list[j].f.Severity); ri != rj {
			return ri < rj
		}
		// A finding S3's answer rules out comes after the others of its
		// severity: it is not why this request failed.
		return !list[i].contradicted && list[j].contradicted
	})
	out := make([]Finding, 0, len(list))
	var v *Verdict
	for _, s := range list {
		if s.position == best {
			v = verdictOf(c.Lookup(s.f.Rule), s.f, s.obs, s.doc, s.score, s.sure, s.atCause)
		}
		out = append(out, s.f)
	}
	return out, v
}

func observedCode(obs []observed, code string) bool {
	for _, o := range obs {
		if strings.EqualFold(o.code, code) {
			return true
		}
	}
	return false
}

func onlyAnswer(r *Rule) bool {
	for _, e := range r.Evidence {
		if e != "error" {
			return false
		}
	}
	return true
}

// diagnosable reports whether some observed answer is one the catalog
// documents (a rule says when S3 answers it): only such an answer rules
// other causes out. An answer no rule documents (NoSuchBucket, a 500) may
// come before S3 checks what the findings are about.
func diagnosable(c Catalog, obs []observed) bool {
	for _, o := range obs {
		if o.code == "" {
			continue
		}
		for _, r := range c {
			for _, a := range r.Answers {
				if strings.EqualFold(a.Code, o.code) {
					return true
				}
			}
		}
	}
	return false
}

// better orders two explaining findings: the match score, a confirmed
// message, found at the cause with S3's answer following it directly
// (d), found at the cause at all (c), then severity.
func better(s1 int, sure1, d1, c1 bool, sev1 string, s2 int, sure2, d2, c2 bool, sev2 string) bool {
	if s1 != s2 {
		return s1 > s2
	}
	if sure1 != sure2 {
		return sure1
	}
	if d1 != d2 {
		return d1
	}
	if c1 != c2 {
		return c1
	}
	return severityRank(sev1) < severityRank(sev2)
}

// maxAnswersSaid bounds the different answers a contradiction names.
const maxAnswersSaid = 3

// contradiction says why the observed answer rules the finding out.
func contradiction(r *Rule, obs []observed) string {
	var docs []string
	for _, a := range r.Answers {
		d := a.Code
		if a.Message != "" {
			d += fmt.Sprintf(" (%q)", a.Message)
		}
		docs = append(docs, d)
	}
	// The same answer seen many times (a log of retries, a HAR of the
	// same request) is said once, and at most a few different ones.
	var got []string
	seen := map[string]bool{}
	more := 0
	for _, o := range obs {
		s := o.String()
		if seen[s] {
			continue
		}
		seen[s] = true
		if len(got) == maxAnswersSaid {
			more++
			continue
		}
		got = append(got, s)
	}
	if more > 0 {
		got = append(got, fmt.Sprintf("%d other answer(s)", more))
	}
	return fmt.Sprintf("; but S3 answered %s, and this cause makes S3 answer %s instead: it is not why this request failed",
		strings.Join(got, ", "), strings.Join(docs, " or "))
}

// verdictOf writes the verdict of the winning finding.
func verdictOf(r *Rule, f Finding, o observed, doc *Answer, score int, sure, atCause bool) *Verdict {
	v := &Verdict{Rule: f.Rule}
	msg := strings.TrimSpace(f.Message)
	if o.answer != nil {
		v.Summary = fmt.Sprintf("S3 answered %s because of this: %s", o.code, firstSentence(msg))
	} else {
		v.Summary = fmt.Sprintf("The paste names %s; the likely cause: %s", o.code, firstSentence(msg))
	}
	if o.code == "" {
		v.Summary = fmt.Sprintf("S3 answered HTTP %d; a possible cause: %s", o.status, firstSentence(msg))
	} else if o.answer != nil && strings.Contains(firstSentence(msg), o.code) {
		// The finding already says what S3 answers: say it once.
		v.Summary = capitalize(firstSentence(msg))
	}
	v.Fix = r.Fix
	if len(f.Fixes) > 0 && f.Fixes[0].Message != "" {
		v.Fix = f.Fixes[0].Message
	}
	why := fmt.Sprintf("%q makes S3 answer %s", r.Title, doc.Code)
	if doc.When != "" {
		why += " when " + doc.When
	}
	switch {
	case o.answer == nil:
		v.Confidence = Possible
		why += "; the paste names that error but shows no answer of S3 to check it against."
	case score == 2 && sure && atCause:
		v.Confidence = Certain
		why += ", the answer in the paste, and the paste shows the cause itself."
	case score >= 2:
		v.Confidence = Likely
		if sure {
			why += ", the answer in the paste; the finding rests on that answer only."
		} else {
			why += "; the paste shows that code without the message that would tell the cases apart."
		}
	default:
		v.Confidence = Possible
		why += "; the paste shows only the HTTP status."
	}
	v.Why = why
	return v
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// firstSentence returns s up to its first sentence end (". " or end).
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i > 0 && i < 300 {
		return s[:i+1]
	}
	return s
}
