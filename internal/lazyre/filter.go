package lazyre

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// filter is what a text must have for the pattern to match somewhere in
// it, read from the pattern's syntax when it is compiled: the byte a match
// starts with for a pattern anchored at the text's start (^ or \A without
// (?m)), and literals one of which every match holds. The regexp package
// uses neither for a pattern that does not start with a literal, so it
// walks the text position by position (a line per part of a 1 MB paste,
// tens of thousands of calls) to find nothing. Each test is a necessary
// condition: when it fails there is no match, and otherwise the regexp
// answers as before.
type filter struct {
	anchored bool      // every match starts at the text's start...
	first    [256]bool // ...with one of these bytes (the pattern matches no empty text)
	lits     []string  // every match holds one of these; nil: no such list
	// starts are literals one of which every match starts with (nil: no
	// such list). The regexp package skips to a literal prefix only when
	// the whole pattern has one; for an alternation of them
	// (`<Code>…|An error occurred \(`) it tries every position of the
	// text. With starts, the positions tried are where one of them is,
	// each by the pattern anchored there (atStart). A single one is the
	// pattern's literal prefix, which the regexp package skips to itself.
	starts []string
	// lineStart: every match starts at a line's start ((?m)^ first) with
	// one of the bytes in first, and is not empty. The regexp package
	// tries every position of the text; with lineStart only the lines'
	// first bytes are looked at, and the anchored pattern is run where
	// one is in first.
	lineStart bool
	atStart   *regexp.Regexp // \A(?:expr): the pattern anchored at its text's start
}

// maxLits bounds the literals searched before a pattern is run.
const maxLits = 8

func newFilter(expr string) *filter {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	prog, err := syntax.Compile(re)
	if err != nil {
		return nil
	}
	f := &filter{}
	if prog.StartCond()&syntax.EmptyBeginText != 0 {
		if nullable := firstBytes(re, &f.first); !nullable {
			f.anchored = true
		}
	}
	if lits := required(re); len(lits) > 0 && len(lits) <= maxLits {
		f.lits = lits
	}
	if !f.anchored {
		st := starts(re)
		useStarts := len(st) > 1 && len(st) <= maxLits && shortest(st) >= minStart
		useLines := false
		if !useStarts && prog.StartCond()&syntax.EmptyBeginLine != 0 {
			if nullable := firstBytes(re, &f.first); !nullable {
				useLines = true
			}
		}
		if useStarts || useLines {
			if a, err := regexp.Compile(`\A(?:` + expr + `)`); err == nil && a.NumSubexp() == re.MaxCap() {
				f.atStart = a
				if useStarts {
					f.starts = st
				} else {
					f.lineStart = true
				}
			}
		}
	}
	if !f.anchored && f.lits == nil && f.atStart == nil {
		return nil
	}
	return f
}

// minStart is the shortest start literal worth searching for: a shorter
// one is found so often that running the anchored pattern at each
// occurrence costs more than the regexp's own walk.
const minStart = 3

// starts returns literals one of which every match of re starts with, or
// nil when it cannot tell. Only a literal matched as written counts (no
// case folding, no U+FFFD), and nothing may come before it: an empty-width
// assertion (^, \b) in front of it gives nil, since it looks at the byte
// before the match.
func starts(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return required(re)
	case syntax.OpCapture, syntax.OpPlus:
		return starts(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return starts(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return nil
		}
		return starts(re.Sub[0])
	case syntax.OpAlternate:
		return union(re.Sub, starts)
	}
	return nil
}

// nextStart returns the first offset at or after off where a match may
// start, or -1: where one of the start literals is (next caches each
// literal's next occurrence; -2: not looked up yet, -1: none left), or
// for lineStart the next line's start whose byte is in first.
func (f *filter) nextStart(s string, off int, next []int) int {
	if f.lineStart {
		for off < len(s) {
			at := off
			if at > 0 && s[at-1] != '\n' {
				k := strings.IndexByte(s[at:], '\n')
				if k < 0 {
					return -1
				}
				at += k + 1
			}
			if at < len(s) && f.first[s[at]] {
				return at
			}
			off = at + 1
		}
		return -1
	}
	at := -1
	for i, w := range f.starts {
		if next[i] == -1 {
			continue
		}
		if next[i] < off {
			k := strings.Index(s[off:], w)
			if k < 0 {
				next[i] = -1
				continue
			}
			next[i] = off + k
		}
		if at < 0 || next[i] < at {
			at = next[i]
		}
	}
	return at
}

// findAt returns the leftmost match of the pattern in s at or after off
// (its submatch indexes in s's offsets), by the anchored pattern tried at
// each place nextStart gives in turn: the leftmost match starts at the
// first such place where the anchored pattern matches, and the anchored
// pattern prefers among the matches starting there as the pattern does.
// The text it is run on ends where s does and starts at the match, and
// it matches there as in s: starts allows no assertion in front of the
// literal, and at a line's start (?m)^ holds in both and any \b or \B
// sees no word character before it in both (a newline or nothing).
func (f *filter) findAt(s string, off int, next []int) []int {
	for {
		at := f.nextStart(s, off, next)
		if at < 0 {
			return nil
		}
		if m := f.atStart.FindStringSubmatchIndex(s[at:]); m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += at
				}
			}
			return m
		}
		off = at + 1
	}
}

// findAll is FindAllStringSubmatchIndex(s, n) by findAt. A match is never
// empty (it holds a start literal, or a byte of first), so the next one is looked for from
// where this one ends, as the regexp package does.
func (f *filter) findAll(s string, n int) [][]int {
	var out [][]int
	next := f.newNext()
	for off := 0; off <= len(s) && (n < 0 || len(out) < n); {
		m := f.findAt(s, off, next)
		if m == nil {
			break
		}
		out = append(out, m)
		off = m[1]
	}
	return out
}

func (f *filter) newNext() []int {
	next := make([]int, len(f.starts))
	for i := range next {
		next[i] = -2
	}
	return next
}

// mayMatch reports whether s passes the filter's tests.
func (f *filter) mayMatch(s string) bool {
	if f == nil {
		return true
	}
	if f.anchored && (s == "" || !f.first[s[0]]) {
		return false
	}
	if f.lits == nil {
		return true
	}
	for _, l := range f.lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// firstBytes adds to set the bytes a non-empty match of re can start with,
// and reports whether re can match without consuming a byte (then what
// follows it can start the match too). Runes beyond ASCII add every byte
// from 0x80 (the matcher reads invalid UTF-8 as U+FFFD).
func firstBytes(re *syntax.Regexp, set *[256]bool) (nullable bool) {
	addRune := func(r rune) {
		if r < utf8.RuneSelf {
			set[r] = true
			return
		}
		for b := utf8.RuneSelf; b < 256; b++ {
			set[b] = true
		}
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		r := re.Rune[0]
		addRune(r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				addRune(f)
			}
		}
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
				set[r] = true
			}
			if hi >= utf8.RuneSelf {
				addRune(hi)
			}
		}
		return false
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		for b := 0; b < 256; b++ {
			set[b] = set[b] || b != '\n' || re.Op == syntax.OpAnyChar
		}
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return firstBytes(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		firstBytes(re.Sub[0], set)
		return true
	case syntax.OpRepeat:
		n := firstBytes(re.Sub[0], set)
		return n || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !firstBytes(sub, set) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		nullable = false
		for _, sub := range re.Sub {
			if firstBytes(sub, set) {
				nullable = true
			}
		}
		return nullable
	case syntax.OpNoMatch:
		return false
	}
	// An operator not known here: anything can start a match.
	for b := 0; b < 256; b++ {
		set[b] = true
	}
	return true
}

// required returns literals one of which every match of re holds, or nil
// when it cannot tell. Literals matched without regard to case, or holding
// U+FFFD (which the matcher also finds where the text's UTF-8 is
// invalid), are not used.
func required(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(re.Rune) == 0 {
			return nil
		}
		for _, r := range re.Rune {
			if r == utf8.RuneError {
				return nil
			}
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		// The child whose shortest literal is longest (fewest literals on
		// a tie): every match holds a match of each child.
		var best []string
		for _, sub := range re.Sub {
			if l := required(sub); l != nil && better(l, best) {
				best = l
			}
		}
		return best
	case syntax.OpAlternate:
		return union(re.Sub, required)
	}
	return nil
}

func better(a, b []string) bool {
	if b == nil {
		return true
	}
	ma, mb := shortest(a), shortest(b)
	return ma > mb || ma == mb && len(a) < len(b)
}

func shortest(l []string) int {
	n := -1
	for _, s := range l {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// union is the literals of an alternation: each branch's (f), together,
// nil when a branch has none (then any match may hold none of them).
func union(subs []*syntax.Regexp, f func(*syntax.Regexp) []string) []string {
	var out []string
	for _, sub := range subs {
		l := f(sub)
		if l == nil {
			return nil
		}
		for _, s := range l {
			if !contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}
