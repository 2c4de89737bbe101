//go:build !js

package main

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// ignoreRule is one pattern line of a .gitignore, as gitignore(5) reads it.
type ignoreRule struct {
	re      *regexp.Regexp // matches a path relative to the .gitignore's folder
	negate  bool           // !pattern: re-include
	dirOnly bool           // pattern/: directories only
}

// ignoreFile is the rules of one .gitignore, with the folder it sits in
// (relative to the walk's root, slash-separated, "" for the root).
type ignoreFile struct {
	dir   string
	rules []ignoreRule
}

// ignoreStack is the .gitignore files that apply in a folder: the root's
// first, then each subfolder's. The last pattern that matches decides, and
// a deeper file's patterns come after a shallower one's, as in git.
type ignoreStack []*ignoreFile

// ignored reports whether rel (slash-separated, relative to the walk's
// root) is ignored. A path inside an ignored folder is never asked about:
// the walk does not enter such folders, as git does not re-include a file
// of an excluded folder.
func (s ignoreStack) ignored(rel string, isDir bool) bool {
	ignored := false
	for _, f := range s {
		sub := rel
		if f.dir != "" {
			if !strings.HasPrefix(rel, f.dir+"/") {
				continue
			}
			sub = rel[len(f.dir)+1:]
		}
		for _, r := range f.rules {
			if r.dirOnly && !isDir {
				continue
			}
			if r.re.MatchString(sub) {
				ignored = !r.negate
			}
		}
	}
	return ignored
}

// readIgnoreFile reads a .gitignore; a missing file is no rules.
func readIgnoreFile(path, dir string) (*ignoreFile, error) {
	fh, err := os.Open(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, nil
		}
		return nil, err
	}
	defer fh.Close()
	f := &ignoreFile{dir: dir}
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if r, ok := parseIgnoreLine(sc.Text()); ok {
			f.rules = append(f.rules, r)
		}
	}
	return f, sc.Err()
}

// parseIgnoreLine compiles one line of a .gitignore (gitignore(5)): blank
// lines and # comments are nothing; trailing unescaped spaces go; ! negates;
// a trailing / matches folders only; a / at the start or in the middle
// anchors the pattern to the .gitignore's folder, otherwise it matches a
// name at any depth; * and ? never match /, [...] is a class, ** as a whole
// segment matches any number of folders; \ escapes the next character.
func parseIgnoreLine(line string) (ignoreRule, bool) {
	line = strings.TrimSuffix(line, "\r")
	// Trailing spaces are ignored unless escaped.
	for strings.HasSuffix(line, " ") && !strings.HasSuffix(line, "\\ ") {
		line = line[:len(line)-1]
	}
	if line == "" || line[0] == '#' {
		return ignoreRule{}, false
	}
	var r ignoreRule
	if line[0] == '!' {
		r.negate = true
		line = line[1:]
	} else if strings.HasPrefix(line, `\!`) || strings.HasPrefix(line, `\#`) {
		line = line[1:]
	}
	if strings.HasSuffix(line, "/") {
		r.dirOnly = true
		line = strings.TrimRight(line, "/")
	}
	if line == "" {
		return ignoreRule{}, false
	}
	anchored := strings.Contains(line, "/")
	line = strings.TrimPrefix(line, "/")
	var b strings.Builder
	b.WriteString("^")
	if !anchored {
		b.WriteString("(?:.*/)?")
	}
	segs := strings.Split(line, "/")
	for i, seg := range segs {
		last := i == len(segs)-1
		if seg == "**" {
			switch {
			case last:
				b.WriteString(".*") // everything inside
			default:
				b.WriteString("(?:.*/)?") // zero or more folders
			}
			continue
		}
		b.WriteString(globSegment(seg))
		if !last {
			b.WriteString("/")
		}
	}
	b.WriteString("$")
	re, err := regexp.Compile(b.String())
	if err != nil {
		return ignoreRule{}, false
	}
	r.re = re
	return r, true
}

// globSegment turns one path segment of a glob into a regexp.
func globSegment(seg string) string {
	var b strings.Builder
	for i := 0; i < len(seg); i++ {
		c := seg[i]
		switch c {
		case '*':
			for i+1 < len(seg) && seg[i+1] == '*' {
				i++
			}
			b.WriteString("[^/]*")
		case '?':
			b.WriteString("[^/]")
		case '\\':
			if i+1 < len(seg) {
				i++
				b.WriteString(regexp.QuoteMeta(seg[i : i+1]))
			}
		case '[':
			j := i + 1
			if j < len(seg) && (seg[j] == '!' || seg[j] == '^') {
				j++
			}
			if j < len(seg) && seg[j] == ']' {
				j++
			}
			for j < len(seg) && seg[j] != ']' {
				j++
			}
			if j >= len(seg) {
				b.WriteString(`\[`)
				continue
			}
			class := seg[i+1 : j]
			if class != "" && (class[0] == '!' || class[0] == '^') {
				class = "^/" + class[1:] // a negated class never matches /
			}
			class = strings.ReplaceAll(class, `\`, `\\`)
			b.WriteString("[" + class + "]")
			i = j
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	return b.String()
}

// gitInfoExclude returns the rules of .git/info/exclude under root, when
// root is a repository's top folder.
func gitInfoExclude(root string) *ignoreFile {
	f, _ := readIgnoreFile(filepath.Join(root, ".git", "info", "exclude"), "")
	return f
}
