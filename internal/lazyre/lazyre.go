// Package lazyre is a regular expression compiled on first use. Package-level
// patterns then cost nothing while the wasm starts: compiled at init, our 34
// patterns were a third of our packages' init time (GODEBUG=inittrace=1),
// paid before the page could say it was ready. The wasm compiles them all
// with CompileAll once it is ready, while the user reads the page.
package lazyre

import (
	"regexp"
	"sync"
	"sync/atomic"
)

// Regexp is a pattern compiled the first time a method needs it. The
// methods are the few of regexp.Regexp this project uses.
type Regexp struct {
	expr     string
	once     sync.Once
	re       *regexp.Regexp
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
	})
	return r.re
}

// String returns the source text.
func (r *Regexp) String() string { return r.expr }

// MatchString is regexp.Regexp's.
func (r *Regexp) MatchString(s string) bool { return r.get().MatchString(s) }

// FindString is regexp.Regexp's.
func (r *Regexp) FindString(s string) string { return r.get().FindString(s) }

// FindStringSubmatch is regexp.Regexp's.
func (r *Regexp) FindStringSubmatch(s string) []string { return r.get().FindStringSubmatch(s) }

// FindStringSubmatchIndex is regexp.Regexp's.
func (r *Regexp) FindStringSubmatchIndex(s string) []int { return r.get().FindStringSubmatchIndex(s) }

// FindAllStringSubmatch is regexp.Regexp's.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.get().FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is regexp.Regexp's.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.get().FindAllStringSubmatchIndex(s, n)
}
