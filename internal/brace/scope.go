package brace

import (
	"sort"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/table"
)

// Scope: whether a call runs inside a function body or at the top level of
// the block (once, when the module loads). A credentials call at the top
// level whose result a function reuses is the cached_sts_credentials
// shape in every language.

// blockWords open blocks that are not function bodies.
var blockWords = table.Set(
	"if", "for", "while", "switch", "catch", "else", "try",
	"finally", "do", "with", "using", "lock", "foreach", "synchronized",
	"class", "interface", "struct", "namespace", "enum", "object",
)

// enclosingFunc returns the name of the function whose body holds token k
// ("function" for an anonymous one), or "" when no function does.
func (d *doc) enclosingFunc(k int) string {
	if k < 0 || k >= len(d.parent) {
		return ""
	}
	for n, p := 0, int(d.parent[k]); p >= 0 && n < maxChain; n, p = n+1, int(d.parent[p]) {
		if !d.punct(p, "{") {
			continue
		}
		j := p - 1
		// Go/Java/C# return types and throws clauses between ')' and '{'.
		for i := 0; i < 6 && d.ident(j) && !blockWords[d.toks[j].Text] && !d.punct(j-1, ")") && (d.ident(j-1) || d.punct(j-1, ".") || d.punct(j-1, ",")); i++ {
			j--
		}
		if d.ident(j) && d.punct(j-1, ")") {
			j-- // func f() error {
		}
		switch {
		case d.punct(j, "=>") || d.punct(j, "->"):
			return d.assignedName(j)
		case d.punct(j, ")") && d.match[j] >= 0:
			o := int(d.match[j])
			if d.punct(o-1, ")") && d.match[o-1] >= 0 {
				o = int(d.match[o-1]) // func (r T) Name(…) (T, error) {
			}
			if d.ident(o - 1) {
				name := d.toks[o-1].Text
				if blockWords[name] {
					continue
				}
				if name == "function" || name == "func" || name == "async" {
					return d.assignedName(o - 1)
				}
				return name
			}
			return d.assignedName(o)
		}
	}
	if d.lang == Ruby {
		return d.rubyDef(k)
	}
	return ""
}

// rubyDef is the method a Ruby token sits in (def name … end blocks have
// no braces): the nearest line above with less indentation, when it is a
// def; "" when it is anything else (a class body, the top level).
func (d *doc) rubyDef(k int) string {
	text := d.text
	ls := strings.LastIndexByte(text[:d.toks[k].Start], '\n') + 1
	indent := func(l string) int { return len(l) - len(strings.TrimLeft(l, " \t")) }
	cur := indent(text[ls:d.toks[k].Start] + "x")
	for n := 0; ls > 0 && n < 200; n++ {
		pe := ls - 1
		ps := strings.LastIndexByte(text[:pe], '\n') + 1
		line := text[ps:pe]
		ls = ps
		if strings.TrimSpace(line) == "" || indent(line) >= cur {
			continue
		}
		t := strings.TrimSpace(line)
		if !strings.HasPrefix(t, "def ") {
			return ""
		}
		name := strings.TrimPrefix(strings.TrimPrefix(t, "def "), "self.")
		if i := strings.IndexAny(name, "( \t"); i >= 0 {
			name = name[:i]
		}
		return name
	}
	return ""
}

// assignedName is the name a function expression ending before token k is
// bound to (exports.handler = async (event) => …), or "function".
func (d *doc) assignedName(k int) string {
	for i := 0; i < 8 && k > 0; i++ {
		k--
		if (d.punct(k, "=") || d.punct(k, ":")) && d.ident(k-1) {
			return d.toks[k-1].Text
		}
		if d.punct(k, ";") || d.punct(k, "{") || d.punct(k, "}") {
			break
		}
	}
	return "function"
}

// tokenAt returns the index of the token that starts at or after offset,
// or -1.
func (d *doc) tokenAt(off int) int {
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= off })
	if i == len(d.toks) {
		return -1
	}
	return i
}
