// Package brace reads presigning code written with the AWS SDKs of the brace
// languages (JavaScript and TypeScript, Go, Java, C#, PHP) and of Ruby, which
// shares their token layer. One tolerant lexer turns a paste into tokens with
// byte spans; a generic pass finds the named values every SDK writes in one
// of a few shapes (`Name: v`, `'Name' => v`, `Name = v`, `.name(v)`); small
// per-SDK extractors then find the presign calls, the clients and what the
// code sends, and read the named values that belong to each.
//
// Broken, partial and mixed pastes are the normal case: the reader reads what
// it can and reports the rest as problems with a span. It runs in linear
// time in the size of the paste and never panics.
package brace

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Kind is the kind of a token.
type Kind uint8

// Token kinds.
const (
	Ident  Kind = iota + 1 // identifiers, keywords, PHP $vars, Ruby @ivars
	Number                 // numeric literals
	String                 // string literals of every quoting style
	Symbol                 // Ruby :symbols
	Punct                  // operators and brackets
)

// Token is one token of the text.
type Token struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Kind  Kind
	Start int // byte offsets into the text
	End   int
	// Text is the source text of the token, Val the decoded value of a
	// string (without quotes, escapes applied) or a symbol (without ':').
	Text string
	Val  string
	// Interp is set for strings with interpolation (`${}`, `#{}`, PHP "$x",
	// C# $"{}"): their value is not a constant.
	Interp bool
	// NL is set when a newline separates the token from the previous one.
	NL bool
}

// Span returns the token's span.
func (t Token) Span() source.Span { return source.Span{Start: t.Start, End: t.End} }

// Problem is something the reader could not read.
type Problem struct {
	_       [0]func() // not comparable: no generated equality function in the wasm
	Span    source.Span
	Message string
}

// maxTokens bounds the work on one part; the engine's own limits keep real
// parts far below it.
const maxTokens = 1 << 20

type lexer struct {
	s    string
	base int // offset of s in the whole text
	lang Lang
	toks []Token
	// noClose is set once a multi-line literal (template, raw string, text
	// block, block comment) ran to the end without closing: later ones are
	// then read to the end of their line only, which keeps the lexer linear.
	noClose  bool
	problems []Problem
	nl       bool
}

// Lex splits text[sp.Start:sp.End] into tokens. Comments are dropped.
// Unterminated literals end at the end of their line and are reported.
func Lex(text string, sp source.Span, lang Lang) ([]Token, []Problem) {
	sp = clampSpan(text, sp)
	l := &lexer{s: text[sp.Start:sp.End], base: sp.Start, lang: lang}
	l.toks = make([]Token, 0, min(maxTokens, (sp.End-sp.Start)/4+16))
	l.run()
	return l.toks, l.problems
}

func clampSpan(text string, sp source.Span) source.Span {
	if sp.Start < 0 {
		sp.Start = 0
	}
	if sp.End > len(text) || sp.End < 0 {
		sp.End = len(text)
	}
	if sp.Start > sp.End {
		sp.Start = sp.End
	}
	return sp
}

func (l *lexer) problem(a, b int, msg string) {
	if len(l.problems) < 100 {
		l.problems = append(l.problems, Problem{Span: source.Span{Start: l.base + a, End: l.base + b}, Message: msg})
	}
}

func (l *lexer) emit(k Kind, a, b int, val string, interp bool) {
	if len(l.toks) >= maxTokens {
		return
	}
	l.toks = append(l.toks, Token{Kind: k, Start: l.base + a, End: l.base + b, Text: l.s[a:b], Val: val, Interp: interp, NL: l.nl})
	l.nl = false
}

func isIdentStart(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func isIdentChar(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// lineEnd returns the index of the newline at or after i (or len).
func (l *lexer) lineEnd(i int) int {
	if k := strings.IndexByte(l.s[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(l.s)
}

// hashComment reports whether '#' at i starts a comment.
func (l *lexer) hashComment(i int) bool {
	switch l.lang {
	case Ruby, PHP, CSharp, Python, Shell, Text:
		return true
	}
	// Elsewhere only at the start of a line (shell comments, #region).
	for j := i - 1; j >= 0; j-- {
		switch l.s[j] {
		case ' ', '\t':
			continue
		case '\n':
			return true
		}
		return false
	}
	return true
}

// atLineStart reports whether only blanks precede i on its line.
func (l *lexer) atLineStart(i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch l.s[j] {
		case ' ', '\t':
			continue
		case '\n':
			return true
		}
		return false
	}
	return true
}

// operandExpected reports whether a JavaScript '/' here starts a regular
// expression literal rather than a division.
func (l *lexer) operandExpected() bool {
	if len(l.toks) == 0 {
		return true
	}
	t := l.toks[len(l.toks)-1]
	switch t.Kind {
	case Number, String:
		return false
	case Ident:
		switch t.Text {
		case "return", "typeof", "case", "in", "of", "new", "delete", "void", "throw":
			return true
		}
		return false
	case Punct:
		switch t.Text {
		case ")", "]", "}":
			return false
		}
	}
	return true
}

var puncts3 = []string{"===", "!==", "**=", "...", "<=>", "<<=", ">>=", "??=", "::="}
var puncts2 = []string{"::", "=>", "->", "?.", "**", ":=", "==", "!=", "<=", ">=", "&&", "||",
	"+=", "-=", "*=", "/=", ".=", "??", "<<", "++", "--", "|=", "&="}

func (l *lexer) run() {
	s := l.s
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == '\n':
			l.nl = true
			i++
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
		case (c == '`' || c == '~') && strings.HasPrefix(s[i:], string([]byte{c, c, c})) && l.atLineStart(i):
			// A Markdown code fence (```js … ```): not code.
			i = l.lineEnd(i)
		case c == '/' && i+1 < len(s) && s[i+1] == '/' && l.lang != Ruby && l.lang != Python && !urlScheme(s, i):
			i = l.lineEnd(i)
		case c == '/' && i+1 < len(s) && s[i+1] == '*' && l.lang != Ruby && l.lang != Python:
			i = l.block(i, "*/", "comment")
		case c == '#' && l.hashComment(i):
			if l.lang == PHP && i+1 < len(s) && s[i+1] == '[' {
				i++ // PHP 8 attribute: read its contents as tokens
				continue
			}
			i = l.lineEnd(i)
		case c == '<' && l.lang == PHP && strings.HasPrefix(s[i:], "<?php"):
			i += 5
		case c == '\'' && i > 0 && isLetter(s[i-1]) && l.lang != Python:
			// An apostrophe in prose (I'm, don't), not a string.
			l.emit(Punct, i, i+1, "", false)
			i++
		case c == '\'' && l.lang == Rust && i+2 < len(s) && isIdentStart(s[i+1]) && s[i+2] != '\'':
			// A Rust lifetime ('a, 'static), not a char literal: the
			// quote is dropped, the name read as an identifier.
			i++
		case c == '"' || c == '\'':
			i = l.quoted(i, i, c)
		case c == '\\' && l.lang == PHP && i+1 < len(s) && isIdentStart(s[i+1]) && s[i+1] != '$':
			// A namespaced name: \Aws\S3\PostObjectV4 reads as its last part.
			j := i + 1
			last := j
			for j < len(s) && (isIdentChar(s[j]) || s[j] == '\\' && j+1 < len(s) && isIdentStart(s[j+1])) {
				if s[j] == '\\' {
					last = j + 1
				}
				j++
			}
			l.emit(Ident, last, j, "", false)
			i = j
		case c == '`':
			i = l.backtick(i)
		case c == '@' && i+1 < len(s) && s[i+1] == '"' && l.lang == CSharp:
			i = l.verbatim(i, i+1, false)
		case c == '$' && i+1 < len(s) && l.lang == CSharp && (s[i+1] == '"' || s[i+1] == '@'):
			j := i + 1
			if s[j] == '@' && j+1 < len(s) && s[j+1] == '"' {
				i = l.verbatim(i, j+1, true)
			} else if s[j] == '"' {
				i = l.quoted(i, j, '"')
				l.toks[len(l.toks)-1].Interp = true
			} else {
				l.emit(Punct, i, i+1, "", false)
				i++
			}
		case c == ':' && l.lang == Ruby && i+1 < len(s) && isIdentStart(s[i+1]) && s[i+1] != '$' && (i == 0 || !isIdentChar(s[i-1]) && s[i-1] != ':'):
			j := i + 1
			for j < len(s) && isIdentChar(s[j]) {
				j++
			}
			if j < len(s) && (s[j] == '?' || s[j] == '!') {
				j++
			}
			l.emit(Symbol, i, j, s[i+1:j], false)
			i = j
		case c == '@' && (l.lang == Ruby || l.lang == Text) && i+1 < len(s) && (isIdentStart(s[i+1]) || s[i+1] == '@'):
			j := i + 1
			for j < len(s) && (isIdentChar(s[j]) || s[j] == '@') {
				j++
			}
			l.emit(Ident, i, j, "", false)
			i = j
		case isDigit(c) || c == '.' && i+1 < len(s) && isDigit(s[i+1]) && (len(l.toks) == 0 || l.toks[len(l.toks)-1].Kind == Punct):
			j := i + 1
			for j < len(s) && (isIdentChar(s[j]) || s[j] == '.' && j+1 < len(s) && isDigit(s[j+1])) {
				if s[j] == '$' {
					break
				}
				j++
			}
			l.emit(Number, i, j, "", false)
			i = j
		case isIdentStart(c):
			j := i + 1
			for j < len(s) && isIdentChar(s[j]) {
				j++
			}
			if l.lang == PHP && j+1 < len(s) && s[j] == '\\' && isIdentStart(s[j+1]) {
				// Aws\S3\S3Client: keep the last part.
				for j < len(s) && (isIdentChar(s[j]) || s[j] == '\\' && j+1 < len(s) && isIdentStart(s[j+1])) {
					if s[j] == '\\' {
						i = j + 1
					}
					j++
				}
			}
			// Ruby method names may end in ? or !.
			if l.lang == Ruby && j < len(s) && (s[j] == '?' || s[j] == '!') && (j+1 >= len(s) || s[j+1] != '=') {
				j++
			}
			l.emit(Ident, i, j, "", false)
			i = j
		case c == '/' && l.lang.isJS() && l.operandExpected():
			i = l.regex(i)
		default:
			n := 1
			for _, p := range puncts3 {
				if strings.HasPrefix(s[i:], p) {
					n = 3
					break
				}
			}
			if n == 1 {
				for _, p := range puncts2 {
					if strings.HasPrefix(s[i:], p) {
						n = 2
						break
					}
				}
			}
			if c >= 0x80 {
				// Stray UTF-8 (quotes from a word processor, arrows): one
				// token per rune start.
				for i+n < len(s) && s[i+n]&0xC0 == 0x80 {
					n++
				}
			}
			l.emit(Punct, i, i+n, "", false)
			i += n
		}
	}
}

// block skips a block comment; an unclosed one ends at the end of its line.
func (l *lexer) block(i int, close, what string) int {
	if !l.noClose {
		if k := strings.Index(l.s[i+2:], close); k >= 0 {
			end := i + 2 + k + len(close)
			if strings.Contains(l.s[i:end], "\n") {
				l.nl = true
			}
			return end
		}
		l.noClose = true
	} else if k := strings.Index(l.s[i+2:l.lineEnd(i)], close); k >= 0 {
		return i + 2 + k + len(close)
	}
	e := l.lineEnd(i)
	l.problem(i, e, "unclosed "+what)
	return e
}

// quoted reads a '…' or "…" string whose opening quote is at q (start is
// where the token starts, before a prefix such as C#'s $). It ends at the
// end of the line when unclosed, except Java/C#/Python text blocks.
func (l *lexer) quoted(start, q int, c byte) int {
	s := l.s
	if c == '"' && strings.HasPrefix(s[q:], `"""`) && (l.lang == Java || l.lang == Python || l.lang == CSharp) {
		return l.textBlock(start, q)
	}
	var b strings.Builder
	interp := false
	i := q + 1
	for i < len(s) {
		ch := s[i]
		if ch == c {
			l.emit(String, start, i+1, b.String(), interp)
			return i + 1
		}
		if ch == '\n' {
			break
		}
		if ch == '\\' && i+1 < len(s) && s[i+1] != '\n' {
			// PHP and Ruby single-quoted strings keep most backslashes.
			if c == '\'' && (l.lang == PHP || l.lang == Ruby) && s[i+1] != '\'' && s[i+1] != '\\' {
				b.WriteByte('\\')
				i++
				continue
			}
			b.WriteByte(unescape(s[i+1]))
			i += 2
			continue
		}
		if c == '"' {
			switch {
			case ch == '#' && i+1 < len(s) && s[i+1] == '{' && l.lang == Ruby:
				interp = true
			case ch == '$' && l.lang == PHP && i+1 < len(s) && (isIdentStart(s[i+1]) && s[i+1] != '$' || s[i+1] == '{'):
				interp = true
			case ch == '{' && start != q && l.lang == CSharp:
				interp = true
			}
		}
		if c == '`' && ch == '$' && i+1 < len(s) && s[i+1] == '{' {
			interp = true
		}
		b.WriteByte(ch)
		i++
	}
	l.problem(start, i, "unterminated string")
	l.emit(String, start, i, b.String(), interp)
	return i
}

func unescape(c byte) byte {
	switch c {
	case 'n':
		return '\n'
	case 't':
		return '\t'
	case 'r':
		return '\r'
	case '0':
		return 0
	}
	return c
}

// textBlock reads a """…""" literal.
func (l *lexer) textBlock(start, q int) int {
	if !l.noClose {
		if k := strings.Index(l.s[q+3:], `"""`); k >= 0 {
			end := q + 3 + k + 3
			l.emit(String, start, end, l.s[q+3:end-3], false)
			return end
		}
		l.noClose = true
	}
	e := l.lineEnd(q)
	l.problem(start, e, "unterminated text block")
	l.emit(String, start, e, l.s[min(q+3, e):e], false)
	return e
}

// verbatim reads a C# @"…" string ("" escapes a quote); q is the quote.
func (l *lexer) verbatim(start, q int, interp bool) int {
	s := l.s
	var b strings.Builder
	limit := len(s)
	if l.noClose {
		limit = l.lineEnd(q)
	}
	for i := q + 1; i < limit; i++ {
		if s[i] == '"' {
			if i+1 < limit && s[i+1] == '"' {
				b.WriteByte('"')
				i++
				continue
			}
			l.emit(String, start, i+1, b.String(), interp || strings.Contains(b.String(), "{"))
			return i + 1
		}
		b.WriteByte(s[i])
	}
	l.noClose = true
	e := l.lineEnd(q)
	l.problem(start, e, "unterminated string")
	l.emit(String, start, e, s[q+1:e], interp)
	return e
}

// backtick reads a JavaScript template literal (with ${…} nesting) or a Go
// raw string. Other languages: a one-line quoted string (Markdown code).
func (l *lexer) backtick(i int) int {
	s := l.s
	if !l.lang.isJS() && l.lang != Go {
		e := l.lineEnd(i)
		if k := strings.IndexByte(s[i+1:e], '`'); k >= 0 {
			return i + 1 + k + 1 // inline code in prose: skip the backticks only
		}
		return i + 1
	}
	limit := len(s)
	if l.noClose {
		limit = l.lineEnd(i)
	}
	interp := false
	depth := 0 // open ${ braces
	nested := 0
	for j := i + 1; j < limit; j++ {
		ch := s[j]
		switch {
		case ch == '\\' && l.lang != Go:
			j++
		case ch == '$' && j+1 < limit && s[j+1] == '{' && l.lang != Go:
			interp = true
			depth++
			j++
		case ch == '}' && depth > 0:
			depth--
		case ch == '`' && depth > 0:
			// A nested template inside ${…}: toggles until its close.
			nested ^= 1
		case ch == '`' && depth == 0 && nested == 0:
			val := s[i+1 : j]
			l.emit(String, i, j+1, val, interp)
			if strings.Contains(val, "\n") {
				l.nl = false
			}
			return j + 1
		}
	}
	l.noClose = true
	e := l.lineEnd(i)
	l.problem(i, e, "unterminated template string")
	l.emit(String, i, e, s[i+1:e], interp)
	return e
}

// regex skips a JavaScript regular expression literal on one line.
func (l *lexer) regex(i int) int {
	s := l.s
	e := l.lineEnd(i)
	inClass := false
	for j := i + 1; j < e; j++ {
		switch s[j] {
		case '\\':
			j++
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '/':
			if !inClass {
				j++
				for j < len(s) && isIdentChar(s[j]) {
					j++
				}
				l.emit(String, i, j, s[i:j], true)
				return j
			}
		}
	}
	// Not a regex after all: a lone slash.
	l.emit(Punct, i, i+1, "", false)
	return i + 1
}

// urlScheme reports whether the "//" at i ends a URL's scheme written
// outside a string (s3://bucket/key, https://host in a shell line or a
// CI file beside the code): a word of two or more scheme characters, ':',
// then "//" and a host's first character. A comment after a label or a
// case ("default: // …") has a blank before its "//".
func urlScheme(s string, i int) bool {
	if i < 3 || s[i-1] != ':' || i+2 >= len(s) {
		return false
	}
	if h := s[i+2]; !(h >= 'a' && h <= 'z' || h >= 'A' && h <= 'Z' || h >= '0' && h <= '9' || h == '$' || h == '{' || h == '[') {
		return false
	}
	j := i - 1
	for j > 0 {
		c := s[j-1]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-' {
			j--
			continue
		}
		break
	}
	return i-1-j >= 2
}
