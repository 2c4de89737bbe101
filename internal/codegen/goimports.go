package codegen

import (
	"sort"
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// A Go program that imports a package it does not use does not build: a
// fix that removes the only use of one (url.PathEscape around a key) must
// remove its import too.

var (
	goImportBlockRE = lazyre.New(`(?m)^import\s*\(\s*\n((?:[^)]*\n)*?)\s*\)`)
	goImportLineRE  = lazyre.New(`(?m)^import\s+(?:([A-Za-z_][A-Za-z0-9_]*)\s+)?"([^"]+)"[ \t]*\n`)
	goImportSpecRE  = lazyre.New(`^\s*(?:([A-Za-z_][A-Za-z0-9_]*)\s+)?"([^"]+)"\s*(?://.*)?$`)
	goIdentRE       = lazyre.New(`^[a-z][a-z0-9]*$`)
)

// dropUnusedGoImports removes from out, the fixed version of the Go code
// orig, the imports orig used and out no longer uses. Only imports whose
// package name is sure (an alias, or a last path element that is a plain
// lower-case name and no major version) are considered; the others stay.
func dropUnusedGoImports(orig, out string) string {
	type spec struct{ start, end int } // the line, newline included
	var drop []spec
	consider := func(start, end int, alias, path string) {
		name := alias
		if name == "" {
			name = path[strings.LastIndexByte(path, '/')+1:]
		}
		if name == "_" || name == "." || !goIdentRE.MatchString(name) || isMajorVersion(name) {
			return
		}
		if goUses(orig, name) && !goUses(out, name) {
			drop = append(drop, spec{start, end})
		}
	}
	for _, m := range goImportBlockRE.FindAllStringSubmatchIndex(out, -1) {
		body := out[m[2]:m[3]]
		off := m[2]
		for _, line := range strings.SplitAfter(body, "\n") {
			if s := goImportSpecRE.FindStringSubmatch(strings.TrimRight(line, "\n")); s != nil {
				consider(off, off+len(line), s[1], s[2])
			}
			off += len(line)
		}
	}
	for _, m := range goImportLineRE.FindAllStringSubmatchIndex(out, -1) {
		alias := ""
		if m[2] >= 0 {
			alias = out[m[2]:m[3]]
		}
		consider(m[0], m[1], alias, out[m[4]:m[5]])
	}
	sort.Slice(drop, func(i, j int) bool { return drop[i].start < drop[j].start })
	for i := len(drop) - 1; i >= 0; i-- {
		out = out[:drop[i].start] + out[drop[i].end:]
	}
	return out
}

func isMajorVersion(s string) bool {
	return len(s) > 1 && s[0] == 'v' && strings.Trim(s[1:], "0123456789") == ""
}

// goUses reports whether code refers to package name (name. followed by an
// identifier) outside its import lines.
func goUses(code, name string) bool {
	for i := 0; ; {
		j := strings.Index(code[i:], name+".")
		if j < 0 {
			return false
		}
		at := i + j
		i = at + len(name) + 1
		if at > 0 && (isIdentByte(code[at-1]) || code[at-1] == '.') {
			continue
		}
		if i < len(code) && (code[i] >= 'A' && code[i] <= 'Z' || code[i] >= 'a' && code[i] <= 'z' || code[i] == '_') {
			return true
		}
	}
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
