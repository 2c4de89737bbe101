package brace

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// Java's expiration dates, as the AWS documentation and its readers write
// them for the v1 SDK's generatePresignedUrl / withExpiration:
//
//	new Date(System.currentTimeMillis() + 1000 * 60 * 60)
//	Date.from(Instant.now().plus(7, ChronoUnit.DAYS)), .plusSeconds(3600)
//	Date expiration = new Date(); long ms = expiration.getTime();
//	ms += 1000L * 60 * 60 * 24 * 30; expiration.setTime(ms);
//
// javaDate reads them as seconds from now.

var (
	reJavaNewDate = lazyre.New(`^new\s+(?:java\.util\.)?Date\s*\(\s*([^;]*?)\s*\)$`)
	reJavaInstant = lazyre.New(`^(?:java\.util\.)?Date\.from\(\s*Instant\.now\(\)\s*\.plus(Seconds|Millis|Minutes|Hours|Days)?\(\s*([^,()]*(?:\([^()]*\))?[^,()]*?)\s*(?:,\s*(?:java\.time\.temporal\.)?ChronoUnit\.(\w+))?\s*\)\s*\)$`)
	reJavaNow     = lazyre.New(`System\.currentTimeMillis\(\)|\b[A-Za-z_]\w*\.getTime\(\)|new\s+(?:java\.util\.)?Date\(\)\.getTime\(\)|Instant\.now\(\)\.toEpochMilli\(\)`)
)

var javaUnits = map[string]int64{"Seconds": 1, "SECONDS": 1, "Millis": 0, "MILLIS": 0, "Minutes": 60, "MINUTES": 60,
	"Hours": 3600, "HOURS": 3600, "Days": 86400, "DAYS": 86400, "WEEKS": 604800}

// javaDate returns the seconds from now of a Java Date expression in r.
func (d *doc) javaDate(r rng) (int64, bool) {
	if d.lang != Java || r.a >= r.b || r.b > len(d.toks) {
		return 0, false
	}
	src := strings.TrimSpace(d.text[d.toks[r.a].Start:d.toks[r.b-1].End])
	if m := reJavaNewDate.FindStringSubmatch(src); m != nil && m[1] != "" {
		ms, ok := javaMillis(m[1])
		return ms / 1000, ok && ms >= 0
	}
	if m := reJavaInstant.FindStringSubmatch(src); m != nil {
		n, ok := javaMillis(m[2])
		if !ok {
			return 0, false
		}
		unit := m[1]
		if unit == "" {
			unit = m[3]
		}
		u, known := javaUnits[unit]
		switch {
		case !known:
			return 0, false
		case u == 0:
			return n / 1000, true
		}
		return n * u, true
	}
	// A method of the paste that returns the date: withExpiration(expiry()).
	if r.b-r.a == 3 && d.toks[r.a].Kind == Ident && d.punct(r.a+1, "(") && d.punct(r.a+2, ")") {
		ret, ok := d.returnedBy(d.toks[r.a].Text, r.a)
		if !ok || d.dateDepth >= 4 {
			return 0, false // also a() returning b() returning a()
		}
		d.dateDepth++
		defer func() { d.dateDepth-- }()
		return d.javaDate(ret)
	}
	// A Date variable set from its own time plus an offset.
	if r.b-r.a == 1 && d.toks[r.a].Kind == Ident {
		name := d.toks[r.a].Text
		b, ok := d.lastBind(name)
		if !ok || b.a >= b.b || b.b > len(d.toks) {
			return 0, false
		}
		init := strings.TrimSpace(d.text[d.toks[b.a].Start:d.toks[b.b-1].End])
		if m := reJavaNewDate.FindStringSubmatch(init); m != nil && m[1] != "" {
			ms, ok := javaMillis(m[1])
			return ms / 1000, ok && ms >= 0
		} else if m == nil {
			return 0, false
		}
		set := regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\.setTime\(\s*([^;]+?)\s*\)\s*;`).FindStringSubmatch(d.text)
		if set == nil {
			return 0, false
		}
		arg := set[1]
		if !isJavaIdent(arg) {
			ms, ok := javaMillis(arg)
			return ms / 1000, ok && ms >= 0
		}
		// long ms = expiration.getTime(); ms += …; expiration.setTime(ms);
		decl := regexp.MustCompile(`\b(?:long|Long|var)\s+` + regexp.QuoteMeta(arg) + `\s*=\s*([^;]+);`).FindStringSubmatch(d.text)
		if decl == nil {
			return 0, false
		}
		total, ok := javaMillis(decl[1])
		if !ok {
			return 0, false
		}
		for _, a := range regexp.MustCompile(`\b`+regexp.QuoteMeta(arg)+`\s*\+=\s*([^;]+);`).FindAllStringSubmatch(d.text, 8) {
			ms, ok := javaMillis(a[1])
			if !ok {
				return 0, false
			}
			total += ms
		}
		return total / 1000, total >= 0
	}
	return 0, false
}

func isJavaIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// javaMillis evaluates a sum of products of integer literals in which the
// current time (System.currentTimeMillis(), d.getTime()) counts as 0.
func javaMillis(s string) (int64, bool) {
	var b strings.Builder
	last := 0
	for _, m := range reJavaNow.FindAllStringSubmatchIndex(s, 8) {
		b.WriteString(s[last:m[0]])
		b.WriteString("0")
		last = m[1]
	}
	s = b.String() + s[last:]
	p := &arith{s: s}
	x, ok := p.sum()
	p.space()
	return x, ok && p.i == len(p.s)
}

type arith struct {
	s string
	i int
	n int
}

func (p *arith) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t' || p.s[p.i] == '\n') {
		p.i++
	}
}

func (p *arith) sum() (int64, bool) {
	x, ok := p.product()
	for ok {
		p.space()
		if p.i >= len(p.s) || (p.s[p.i] != '+' && p.s[p.i] != '-') {
			break
		}
		neg := p.s[p.i] == '-'
		p.i++
		y, ok2 := p.product()
		if !ok2 {
			return 0, false
		}
		if neg {
			y = -y
		}
		x += y
	}
	return x, ok
}

func (p *arith) product() (int64, bool) {
	x, ok := p.factor()
	for ok {
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != '*' {
			break
		}
		p.i++
		y, ok2 := p.factor()
		if !ok2 || x > 1<<40 || y > 1<<40 {
			return 0, false
		}
		x *= y
	}
	return x, ok
}

func (p *arith) factor() (int64, bool) {
	p.n++
	p.space()
	if p.i >= len(p.s) || p.n > 100 {
		return 0, false
	}
	if p.s[p.i] == '(' {
		p.i++
		x, ok := p.sum()
		p.space()
		if !ok || p.i >= len(p.s) || p.s[p.i] != ')' {
			return 0, false
		}
		p.i++
		return x, true
	}
	j := p.i
	for j < len(p.s) && (p.s[j] >= '0' && p.s[j] <= '9' || p.s[j] == '_') {
		j++
	}
	if j == p.i {
		return 0, false
	}
	x, err := strconv.ParseInt(strings.ReplaceAll(p.s[p.i:j], "_", ""), 10, 64)
	if err != nil {
		return 0, false
	}
	if j < len(p.s) && (p.s[j] == 'L' || p.s[j] == 'l') {
		j++
	}
	p.i = j
	return x, true
}

// returnedBy finds the declaration of a method without parameters named
// name (name() { … }, its token other than at) and returns the
// expression of its first return statement.
func (d *doc) returnedBy(name string, at int) (rng, bool) {
	for k := 0; k+3 < len(d.toks); k++ {
		if k == at || d.toks[k].Kind != Ident || d.toks[k].Text != name || !d.punct(k+1, "(") || !d.punct(k+2, ")") || !d.punct(k+3, "{") {
			continue
		}
		end := int(d.match[k+3])
		if end < 0 {
			end = len(d.toks)
		}
		for j := k + 4; j < end; j++ {
			if d.ident(j) && d.toks[j].Text == "return" {
				e := j + 1
				for e < end && !d.punct(e, ";") {
					e++
				}
				if e > j+1 {
					return rng{j + 1, e}, true
				}
			}
		}
	}
	return rng{}, false
}
