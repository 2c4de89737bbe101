// Package lazyre is a regular expression compiled on first use. Package-level
// patterns then cost nothing while the wasm starts: compiled at init, our 34
// patterns were a third of our packages' init time (GODEBUG=inittrace=1),
// paid before the page could say it was ready. The wasm compiles them all
// with CompileAll once it is ready, while the user reads the page.
package lazyre

import (
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
)

// Regexp is a pattern compiled the first time a method needs it. The
// methods are the few of regexp.Regexp this project uses.
type Regexp struct {
	expr     string
	once     sync.Once
	re       *regexp.Regexp
	f        *filter // nil: none
	compiled atomic.Bool
}

var all []*Regexp

// New returns expr's Regexp; it panics on first use if expr is invalid, and
// CompileAll (run by a test of every package) finds that first.
func New(expr string) *Regexp {
	r := &Regexp{expr: expr}
	all = append(all, r)
	return r
}

// CompileAll compiles every pattern made with New so far and returns how many.
func CompileAll() int {
	for _, r := range all {
		r.get()
	}
	return len(all)
}

// CompileSome compiles up to n of the patterns not compiled yet and
// returns how many are left: a warm-up in short steps, between which other
// work can run.
func CompileSome(n int) int {
	left := 0
	for _, r := range all {
		if r.compiled.Load() {
			continue
		}
		if n > 0 {
			r.get()
			n--
			continue
		}
		left++
	}
	return left
}

func (r *Regexp) get() *regexp.Regexp {
	r.once.Do(func() {
		// Tried, even when it panics: it is not compiled again.
		defer r.compiled.Store(true)
		r.re = regexp.MustCompile(r.expr)
		r.f = newFilter(r.expr)
	})
	return r.re
}

// MayMatch reports whether s passes the pattern's filter (compiling it
// first): false only when the pattern matches nowhere in s.
func (r *Regexp) MayMatch(s string) bool { return r.may(s) }

func (r *Regexp) may(s string) bool {
	r.get()
	return r.f.mayMatch(s)
}

// All returns every pattern made with New so far.
func All() []*Regexp { return all }

// Plain returns the compiled pattern, with no filter in front: what the
// patterns' tests compare the filtered methods with.
func (r *Regexp) Plain() *regexp.Regexp { return r.get() }

// String returns the source text.
func (r *Regexp) String() string { return r.expr }

// byStarts reports whether the pattern is run from the places a match may
// start (its start literals, or its lines' starts: filter.nextStart)
// instead of by the regexp package's walk.
func (r *Regexp) byStarts() bool { return r.f != nil && r.f.atStart != nil }

// Starts returns what the pattern is run from: the literals one of which
// every match starts with, or ["^"] for a line's start; nil when the
// regexp package walks the text itself.
func (r *Regexp) Starts() []string {
	r.get()
	switch {
	case !r.byStarts():
		return nil
	case r.f.lineStart:
		return []string{"^"}
	}
	return r.f.starts
}

// MatchString is regexp.Regexp's.
func (r *Regexp) MatchString(s string) bool {
	if !r.may(s) {
		return false
	}
	if r.byStarts() {
		return r.f.findAt(s, 0, r.f.newNext()) != nil
	}
	return r.re.MatchString(s)
}

// FindString is regexp.Regexp's.
func (r *Regexp) FindString(s string) string {
	if !r.may(s) {
		return ""
	}
	if r.byStarts() {
		if m := r.f.findAt(s, 0, r.f.newNext()); m != nil {
			return s[m[0]:m[1]]
		}
		return ""
	}
	return r.re.FindString(s)
}

// FindStringSubmatch is regexp.Regexp's.
func (r *Regexp) FindStringSubmatch(s string) []string {
	if !r.may(s) {
		return nil
	}
	if r.byStarts() {
		return submatches(s, r.f.findAt(s, 0, r.f.newNext()))
	}
	return r.re.FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp.Regexp's.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if !r.may(s) {
		return nil
	}
	if r.byStarts() {
		return r.f.findAt(s, 0, r.f.newNext())
	}
	return r.re.FindStringSubmatchIndex(s)
}

// FindAllStringSubmatch is regexp.Regexp's.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !r.may(s) {
		return nil
	}
	if r.byStarts() {
		var out [][]string
		for _, m := range r.f.findAll(s, n) {
			out = append(out, submatches(s, m))
		}
		return out
	}
	return r.re.FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is regexp.Regexp's.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !r.may(s) {
		return nil
	}
	if r.byStarts() {
		return r.f.findAll(s, n)
	}
	return r.re.FindAllStringSubmatchIndex(s, n)
}

// submatches is the strings of a match's submatch indexes, "" for a
// group that took no part, as the regexp package gives them.
func submatches(s string, m []int) []string {
	if m == nil {
		return nil
	}
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// FindAllInLines is FindAllStringSubmatchIndex(text, n) for a pattern
// whose every match lies within one line and holds one of words: it runs
// the pattern only on the lines that hold one of words, in the text's
// order, so a pattern without a literal prefix does not walk a whole
// 1 MB paste position by position. The pattern must not use ^, $ or \A
// without (?m) (a line's start is not the text's); \b is the same on a
// line as in the text, a newline being no word character. The matches
// are in text's offsets.
func (r *Regexp) FindAllInLines(text string, words []string, n int) [][]int {
	var out [][]int
	next := make([]int, len(words)) // next occurrence of each word at or after off; -1 none
	for i := range next {
		next[i] = -2 // not looked up yet
	}
	for off := 0; off < len(text) && (n < 0 || len(out) < n); {
		at := -1
		for i, w := range words {
			if next[i] == -1 {
				continue
			}
			if next[i] < off {
				k := indexFrom(text, w, off)
				next[i] = k
				if k < 0 {
					continue
				}
			}
			if at < 0 || next[i] < at {
				at = next[i]
			}
		}
		if at < 0 {
			break
		}
		s := lastNewline(text, at) + 1
		e := nextNewline(text, at)
		lim := -1
		if n >= 0 {
			lim = n - len(out)
		}
		for _, m := range r.FindAllStringSubmatchIndex(text[s:e], lim) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += s
				}
			}
			out = append(out, m)
		}
		off = e + 1
	}
	return out
}

func indexFrom(text, w string, off int) int {
	if k := strings.Index(text[off:], w); k >= 0 {
		return off + k
	}
	return -1
}

func lastNewline(text string, off int) int { return strings.LastIndexByte(text[:off], '\n') }

func nextNewline(text string, off int) int {
	if k := strings.IndexByte(text[off:], '\n'); k >= 0 {
		return off + k
	}
	return len(text)
}
