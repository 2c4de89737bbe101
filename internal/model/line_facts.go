package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/rare"
)

// lineFacts reads, in one pass over the lines of the whole paste, the
// facts that are written on a line of their own wherever the line sits
// (a .env, compose or Kubernetes block beside code, a config file quoted
// in comments, a Dockerfile's ENV), which the part readers may read as
// another kind:
//   - region settings (AWS_REGION=…, region = …; Facts.Settings);
//   - the environment's key lines (AWS_ACCESS_KEY_ID=ASIA…,
//     AWS_SESSION_TOKEN=…), which clientFacts reads;
//   - every NAME=value / NAME: value assignment and Kubernetes
//     "- name: NAME / value: v" pair, which EnvValue reads;
//   - whether code copies a presign result's signed headers onto the
//     request it sends (Facts.CopiesSignedHeaders).
//
// Each line is tested with plain byte checks first; a regular expression
// runs only on a line that can match it.
func (b *builder) lineFacts() {
	text := b.f.Text
	lf := &lineIndex{}
	region, region2, aws := newCursor(text, "egion"), newCursor(text, "EGION"), newCursor(text, "AWS_")
	sh, sh2, sh3 := newCursor(text, "SignedHeader"), newCursor(text, "signedHeaders"), newCursor(text, "signed_headers")
	sv := newCursor(text, "signature_version")
	regions := 0
	// A cursor's next occurrence is asked for only when it lies before
	// the line's end (c.at < le): in, which says false for the others
	// without moving, is then called on few lines.
	eachLine(text, func(ls, le int) {
		line := text[ls:le]
		if !b.f.CopiesSignedHeaders && (sh.at >= 0 && sh.at < le && sh.in(ls, le) || sh2.at >= 0 && sh2.at < le && sh2.in(ls, le) ||
			sh3.at >= 0 && sh3.at < le && sh3.in(ls, le)) && copiesLine(line) {
			b.f.CopiesSignedHeaders = true
		}
		if regions < maxScan && (region.at >= 0 && region.at < le && region.in(ls, le) || region2.at >= 0 && region2.at < le && region2.in(ls, le)) && regionLine(line) {
			if m := reRegionSetting.FindStringSubmatchIndex(line); m != nil {
				regions++
				b.regionSetting(ls+m[0], ls+m[1], ls+m[4], ls+m[5])
			}
		}
		if lf.keyLines < maxScan && aws.at >= 0 && aws.at < le && aws.in(ls, le) && keyLine(line) {
			if m := reKeyLine.FindStringSubmatchIndex(line); m != nil {
				lf.keyLines++
				if line[m[2]:m[3]] != "AWS_ACCESS_KEY_ID" {
					lf.envToken = true
				} else if strings.HasPrefix(line[m[4]:m[5]], "ASIA") {
					lf.envASIA = append(lf.envASIA, Span{Start: ls + m[4], End: ls + m[5]})
				}
			}
		}
		if sv.at >= 0 && sv.at < le && sv.in(ls, le) {
			if m := reSigVersionLine.FindStringSubmatchIndex(line); m != nil {
				v := &Value{Span: Span{Start: ls + m[2], End: ls + m[3]}, Known: true, Str: line[m[2]:m[3]], Expr: line[m[2]:m[3]]}
				b.f.Settings = append(b.f.Settings, Setting{Span: Span{Start: ls + m[0], End: ls + m[1]}, Source: "credentials", Name: "signature_version", Value: v})
			}
		}
		lf.assignments(line, text, le+1)
	})
	b.f.lines = lf
}

// eachLine calls fn with the start and end (before its '\n') of every
// line of text.
func eachLine(text string, fn func(ls, le int)) {
	for ls := 0; ls < len(text); {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		fn(ls, le)
		ls = le + 1
	}
}

// lineIndex holds what lineFacts read for the facts derived later.
type lineIndex struct {
	keyLines int
	// envToken is set when a line sets AWS_SESSION_TOKEN (or
	// AWS_SECURITY_TOKEN); envASIA are the ASIA key IDs lines set.
	envToken bool
	envASIA  []Span
	// env maps a variable name to the first values lines assign it.
	env map[string][]string
}

// maxEnvValues bounds the assignments of one name EnvValue compares.
const maxEnvValues = 8

func (lf *lineIndex) assign(name, value string) {
	if lf.env == nil {
		lf.env = map[string][]string{}
	}
	if vs := lf.env[name]; len(vs) < maxEnvValues {
		lf.env[name] = append(vs, value)
	}
}

// assignments records the line's assignment, if it is one: NAME=value,
// NAME: value, export NAME=value, - NAME=value (the value a single word,
// quoted or not, then at most a # comment), or a Kubernetes env entry
// "- name: NAME" whose next line is "value: v" (the rest of the text
// from next).
func (lf *lineIndex) assignments(line, text string, next int) {
	i := skipBlanks(line, 0)
	dash := i < len(line) && line[i] == '-'
	if dash {
		i = skipBlanks(line, i+1)
	}
	if strings.HasPrefix(line[i:], "export") && i+6 < len(line) && (line[i+6] == ' ' || line[i+6] == '\t') {
		i = skipBlanks(line, i+6)
	}
	if dash && strings.HasPrefix(line[i:], "name:") {
		lf.k8sEntry(line[i+5:], text, next)
	}
	n := identEnd(line, i)
	if n == i {
		return
	}
	j := skipBlanks(line, n)
	if j >= len(line) || line[j] != ':' && line[j] != '=' {
		return
	}
	if v, ok := envWord(line[j+1:], true); ok {
		lf.assign(line[i:n], v)
	}
}

// k8sEntry reads the rest of a "- name:" line and the value: line after
// it.
func (lf *lineIndex) k8sEntry(rest, text string, next int) {
	i := skipBlanks(rest, 0)
	if i < len(rest) && (rest[i] == '"' || rest[i] == '\'') {
		i++
	}
	n := identEnd(rest, i)
	if n == i {
		return
	}
	j := n
	if j < len(rest) && (rest[j] == '"' || rest[j] == '\'') {
		j++
	}
	j = skipBlanks(rest, j)
	if j < len(rest) && !(rest[j] == '\r' && j+1 == len(rest)) || next >= len(text) {
		return
	}
	vl := text[next:]
	if e := strings.IndexByte(vl, '\n'); e >= 0 {
		vl = vl[:e]
	}
	k := skipBlanks(vl, 0)
	if !strings.HasPrefix(vl[k:], "value:") {
		return
	}
	if v, ok := envWord(vl[k+6:], false); ok {
		lf.assign(rest[i:n], v)
	}
}

// envWord reads an assigned value: blanks, an optional quote, a word of no
// white space, quote or '#'; when whole, nothing may follow but the
// closing quote, blanks and a # comment.
func envWord(s string, whole bool) (string, bool) {
	i := skipBlanks(s, 0)
	if i < len(s) && (s[i] == '"' || s[i] == '\'') {
		i++
	}
	j := i
	for j < len(s) && !wordEnd(s[j]) {
		j++
	}
	if j == i {
		return "", false
	}
	if !whole {
		return s[i:j], true
	}
	k := j
	if k < len(s) && (s[k] == '"' || s[k] == '\'') {
		k++
	}
	k = skipBlanks(s, k)
	switch {
	case k == len(s), s[k] == '#', s[k] == '\r' && k+1 == len(s):
		return s[i:j], true
	}
	return "", false
}

func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// identEnd returns the end of the identifier ([A-Za-z_][A-Za-z0-9_]*) at
// i, or i.
func identEnd(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || j > i && '0' <= c && c <= '9' {
			j++
			continue
		}
		break
	}
	return j
}

// Region settings written anywhere in the paste, whatever carries them: a
// config file quoted in comments (# region = us-east-1), a compose file's
// environment list (- AWS_DEFAULT_REGION=ap-southeast-1), a Dockerfile's
// ENV, a YAML or .env line. The part readers read the ones in parts of
// their kind; lineFacts reads the rest, so the region is a resolved fact
// wherever the paste states it.
var reRegionSetting = lazyre.New(`^[ \t]*(?:(?:#|//|;|--)[ \t]*)?(?:-[ \t]+)?(?:export[ \t]+|ENV[ \t]+|set[ \t]+)?(AWS_REGION|AWS_DEFAULT_REGION|region)[ \t]*[=:][ \t]*["']?([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2})["']?[ \t\r]*$`)

// reSigVersionLine is the S3 signature version set in a config file
// (~/.aws/config's "s3 =" block, signature_version = s3v4), alone on its
// line.
var reSigVersionLine = lazyre.New(`^[ \t]*(?:[A-Za-z0-9_.]*\.)?signature_version[ \t]*[=:][ \t]*(s3v4|s3|v4)[ \t\r]*$`)

// reKeyLine is a line that sets a key ID or a session token in the
// environment's spelling: KEY=value, export KEY=value, ENV KEY value,
// - KEY=value (a compose list), KEY: value (YAML).
var reKeyLine = lazyre.New(`^[ \t]*(?:-[ \t]+)?(?:export[ \t]+|ENV[ \t]+|set[ \t]+|\$env:)?(AWS_ACCESS_KEY_ID|AWS_SESSION_TOKEN|AWS_SECURITY_TOKEN)[ \t]*[=: \t][ \t]*["']?([A-Za-z0-9_/+=-]+)["']?[ \t\r]*$`)

// regionLine reports whether line can be a region setting: its first
// "region" or "REGION" follows nothing but blanks, a comment marker, a
// list dash and export/ENV/set (AWS_ and AWS_DEFAULT_ belong to the name).
func regionLine(line string) bool {
	i := strings.Index(line, "egion")
	if j := strings.Index(line, "EGION"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i < 1 {
		return false
	}
	pre := line[:i-1]
	if !strings.HasSuffix(pre, "AWS_DEFAULT_") {
		pre = strings.TrimSuffix(pre, "AWS_")
	} else {
		pre = strings.TrimSuffix(pre, "AWS_DEFAULT_")
	}
	return onlyPrefix(pre, "#/;-")
}

// keyLine reports whether line can set a key ID or token: AWS_ follows
// nothing but blanks, a list dash and export/ENV/set/$env:.
func keyLine(line string) bool {
	i := strings.Index(line, "AWS_")
	return i >= 0 && (strings.HasPrefix(line[i:], "AWS_ACCESS_KEY_ID") || strings.HasPrefix(line[i:], "AWS_SESSION_TOKEN") || strings.HasPrefix(line[i:], "AWS_SECURITY_TOKEN")) &&
		onlyPrefix(strings.TrimSuffix(line[:i], "$env:"), "-")
}

// onlyPrefix reports whether pre is blanks and the characters of marks,
// then at most one of export, ENV, set and blanks.
func onlyPrefix(pre, marks string) bool {
	pre = strings.TrimRight(pre, " \t")
	for _, w := range []string{"export", "ENV", "set"} {
		if strings.HasSuffix(pre, w) {
			pre = strings.TrimSuffix(pre, w)
			break
		}
	}
	return strings.Trim(pre, " \t"+marks) == ""
}

// regionSetting records a region setting line lineFacts read (span s..e,
// the value vs..ve), unless a part reader recorded it already.
func (b *builder) regionSetting(s, e, vs, ve int) {
	sp := Span{Start: s, End: e}
	for _, st := range b.f.Settings {
		if st.Name == "region" && st.Span.Overlaps(sp) {
			return
		}
	}
	text := b.f.Text
	v := &Value{Span: Span{Start: vs, End: ve}, Known: true, Str: text[vs:ve], Expr: text[vs:ve]}
	b.f.Settings = append(b.f.Settings, Setting{Span: sp, Source: "credentials", Name: "region", Value: v})
}

// wordEnd reports whether c ends an assigned value: white space, a quote
// or '#'.
func wordEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\f', '\r', '"', '\'', '#':
		return true
	}
	return false
}

// cursor finds the occurrences of a word line after line: each line asks
// whether it holds one, and the text is searched once in all.
type cursor struct {
	_          [0]func() // not comparable: no generated equality function in the wasm
	text, word string
	at         int // the next occurrence, or -1
}

func newCursor(text, word string) *cursor {
	return &cursor{text: text, word: word, at: rare.Index(text, word)}
}

// in reports whether text[ls:le] holds the word; lines are asked in order.
func (c *cursor) in(ls, le int) bool {
	if c.at >= 0 && c.at < ls {
		c.at = rare.Index(c.text[ls:], c.word)
		if c.at >= 0 {
			c.at += ls
		}
	}
	return c.at >= 0 && c.at+len(c.word) <= le
}

// copiesLine reports whether a line naming a presign result's signed
// headers walks them (Go v2 "for k, vs := range req.SignedHeader", Java v2
// "presigned.signedHeaders().forEach(…)", a foreach over .NET or Ruby's
// signed-header hash). Printing them is not sending them.
func copiesLine(line string) bool {
	for _, w := range []string{"range ", "forEach", "foreach", "for (", ".each", "putAll", "entrySet"} {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}
