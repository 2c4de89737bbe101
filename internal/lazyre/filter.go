package lazyre

import (
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
	if !f.anchored && f.lits == nil {
		return nil
	}
	return f
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
		var out []string
		for _, sub := range re.Sub {
			l := required(sub)
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
