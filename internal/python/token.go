// Package python is a tolerant tokenizer and parser for the Python found in
// boto3 snippets. It reads fragments (half a function, a Lambda handler, a
// notebook cell, REPL lines with >>> prompts, diffs with +/- markers) and
// always returns a tree: what it cannot read becomes a Bad node and a
// Problem, and reading goes on. Every node carries a byte span into the
// whole text it was given.
package python

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
	"github.com/presign-doctor/presign-doctor/internal/source"
)

// TokKind is the kind of a token.
type TokKind uint8

// Token kinds.
const (
	EOF TokKind = iota
	NEWLINE
	INDENT
	DEDENT
	NAME
	NUMBER
	STRING
	OP
	ERRTOK
)

var tokNames = [...]string{"EOF", "NEWLINE", "INDENT", "DEDENT", "NAME", "NUMBER", "STRING", "OP", "ERRTOK"}

func (k TokKind) String() string { return tokNames[k] }

// Token is one token with its byte span in the whole text.
type Token struct {
	Kind       TokKind
	Start, End int
	// Val is the token text, for a STRING the decoded value (without the
	// f-string fields' own text when Fields is set).
	Val string
	// Prefix is a string's prefix (r, b, f, u, rb, ...), lower case.
	Prefix string
	// Fields are the spans of an f-string's replacement expressions.
	Fields []source.Span
	// Bad is set for an unterminated string.
	Bad bool
}

// Problem is a piece of the text the reader could not read.
type Problem struct {
	_       [0]func() // not comparable: no generated equality function in the wasm
	Span    source.Span
	Message string
}

type lexer struct {
	src        string
	pos, end   int
	toks       []Token
	indents    []int
	depth      int
	repl, diff bool
	// lineCol is the indentation of the current line; openCol that of the
	// line where the outermost open bracket is.
	lineCol, openCol int
	problems         []Problem
}

// Tokenize splits src[sp.Start:sp.End] into tokens whose spans are offsets
// into src. It never fails: bytes it cannot read become ERRTOK tokens.
func Tokenize(src string, sp source.Span) ([]Token, []Problem) {
	sp = clampSpan(src, sp)
	lx := &lexer{src: src, pos: sp.Start, end: sp.End, indents: []int{0}, toks: make([]Token, 0, (sp.End-sp.Start)/4+8)}
	lx.detectModes()
	lx.run()
	return lx.toks, lx.problems
}

func clampSpan(src string, sp source.Span) source.Span {
	if sp.Start < 0 {
		sp.Start = 0
	}
	if sp.End > len(src) {
		sp.End = len(src)
	}
	if sp.End < sp.Start {
		sp.End = sp.Start
	}
	return sp
}

// detectModes decides whether the text is a REPL session (>>> prompts) or
// a diff (+/- markers, @@ hunks).
func (lx *lexer) detectModes() {
	text := lx.src[lx.pos:lx.end]
	marked := 0
	for _, l := range strings.Split(text, "\n") {
		t := strings.TrimLeft(l, " \t")
		if strings.HasPrefix(t, ">>>") || strings.HasPrefix(t, "In [") {
			lx.repl = true
		}
		switch {
		case strings.HasPrefix(l, "@@"), strings.HasPrefix(l, "+++ "), strings.HasPrefix(l, "--- "), strings.HasPrefix(l, "diff --git"):
			lx.diff = true
		case len(l) > 1 && (l[0] == '+' || l[0] == '-') && (l[1] == ' ' || l[1] == '\t' || isNameStart(l[1]) || l[1] == '#' || l[1] == '@' || l[1] == ')'):
			marked++
		}
	}
	if marked >= 2 {
		lx.diff = true
	}
}

func (lx *lexer) emit(k TokKind, start, end int) *Token {
	lx.toks = append(lx.toks, Token{Kind: k, Start: start, End: end, Val: lx.src[start:end]})
	return &lx.toks[len(lx.toks)-1]
}

func (lx *lexer) lastKind() TokKind {
	if len(lx.toks) == 0 {
		return NEWLINE
	}
	return lx.toks[len(lx.toks)-1].Kind
}

func (lx *lexer) newline(at int) {
	if k := lx.lastKind(); k != NEWLINE && k != INDENT && k != DEDENT {
		lx.emit(NEWLINE, at, at)
	}
}

func (lx *lexer) run() {
	atLineStart := true
	for lx.pos < lx.end {
		if atLineStart {
			atLineStart = false
			if lx.lineStart() {
				atLineStart = true
				continue
			}
			if lx.pos >= lx.end {
				continue
			}
		}
		c := lx.src[lx.pos]
		switch {
		case c == '\n':
			if lx.depth == 0 {
				lx.newline(lx.pos)
			}
			lx.pos++
			atLineStart = true
		case c == ' ' || c == '\t' || c == '\r' || c == '\f':
			lx.pos++
		case c == '#':
			for lx.pos < lx.end && lx.src[lx.pos] != '\n' {
				lx.pos++
			}
		case c == '\\':
			// Line continuation: skip the backslash and the line break.
			j := lx.pos + 1
			for j < lx.end && (lx.src[j] == ' ' || lx.src[j] == '\t' || lx.src[j] == '\r') {
				j++
			}
			if j < lx.end && lx.src[j] == '\n' {
				lx.pos = j + 1
				lx.skipPrompt()
				continue
			}
			lx.emit(ERRTOK, lx.pos, lx.pos+1)
			lx.pos++
		case isNameStart(c):
			if q, n := stringPrefix(lx.src[lx.pos:lx.end]); q {
				lx.str(lx.pos, n)
				continue
			}
			s := lx.pos
			for lx.pos < lx.end && isNameChar(lx.src[lx.pos]) {
				lx.pos++
			}
			lx.emit(NAME, s, lx.pos)
		case c >= '0' && c <= '9' || c == '.' && lx.pos+1 < lx.end && isDigit(lx.src[lx.pos+1]):
			lx.number()
		case c == '"' || c == '\'':
			lx.str(lx.pos, 0)
		default:
			lx.op()
		}
	}
	lx.newline(lx.end)
	for len(lx.indents) > 1 {
		lx.indents = lx.indents[:len(lx.indents)-1]
		lx.emit(DEDENT, lx.end, lx.end)
	}
	lx.emit(EOF, lx.end, lx.end)
}

// skipPrompt skips a REPL prompt or a diff marker at the start of a line
// and reports whether the line is to be dropped whole (REPL output, removed
// diff lines, diff headers).
func (lx *lexer) skipPrompt() (drop bool) {
	rest := lx.src[lx.pos:lx.end]
	if lx.diff && len(rest) > 0 {
		switch {
		case strings.HasPrefix(rest, "@@"), strings.HasPrefix(rest, "+++"), strings.HasPrefix(rest, "---"),
			strings.HasPrefix(rest, "diff --git"), strings.HasPrefix(rest, "index "):
			return true
		case rest[0] == '-':
			return true
		case rest[0] == '+' || rest[0] == ' ':
			lx.pos++
			rest = rest[1:]
		}
	}
	if lx.repl {
		t := strings.TrimLeft(rest, " \t")
		lead := len(rest) - len(t)
		switch {
		case strings.HasPrefix(t, ">>>") || strings.HasPrefix(t, "..."):
			if len(t) == 3 || t[3] == ' ' || t[3] == '\n' || t[3] == '\r' {
				lx.pos += lead + 3
				if len(t) > 3 && t[3] == ' ' {
					lx.pos++
				}
				return false
			}
		case strings.HasPrefix(t, "In ["):
			if i := strings.Index(t, "]:"); i > 0 && i < 10 {
				lx.pos += lead + i + 2
				if lx.pos < lx.end && lx.src[lx.pos] == ' ' {
					lx.pos++
				}
				return false
			}
		}
		// Jupyter continuation "   ...: ".
		if strings.HasPrefix(t, "...:") {
			lx.pos += lead + 4
			if lx.pos < lx.end && lx.src[lx.pos] == ' ' {
				lx.pos++
			}
			return false
		}
		// Anything else in a REPL session is output (or a blank line).
		return strings.TrimSpace(lineOf(rest)) != ""
	}
	return false
}

func lineOf(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// lineStart handles prompts, markers and indentation at the start of a
// line. It returns true when it consumed the whole line.
func (lx *lexer) lineStart() bool {
	if lx.skipPrompt() {
		for lx.pos < lx.end && lx.src[lx.pos] != '\n' {
			lx.pos++
		}
		if lx.pos < lx.end {
			lx.pos++
		}
		return true
	}
	col := 0
	i := lx.pos
	for i < lx.end {
		switch lx.src[i] {
		case ' ':
			col++
		case '\t':
			col = (col/8 + 1) * 8
		case '\f':
			col = 0
		case '\r':
		default:
			goto done
		}
		i++
	}
done:
	lx.pos = i
	if i >= lx.end || lx.src[i] == '\n' || lx.src[i] == '#' {
		return false // blank or comment line: no indentation change
	}
	if lx.depth == 0 {
		lx.lineCol = col
	}
	if lx.depth > 0 {
		// Inside brackets indentation does not count, unless the line
		// clearly starts a new statement (an unclosed bracket above).
		if col <= lx.openCol && startsStatement(lineOf(lx.src[i:lx.end])) {
			lx.depth = 0
			lx.emit(NEWLINE, i, i)
		} else {
			return false
		}
	}
	top := lx.indents[len(lx.indents)-1]
	switch {
	case col > top:
		lx.indents = append(lx.indents, col)
		lx.emit(INDENT, i, i)
	case col < top:
		popped := false
		for len(lx.indents) > 1 && col < lx.indents[len(lx.indents)-1] {
			lx.indents = lx.indents[:len(lx.indents)-1]
			lx.emit(DEDENT, i, i)
			popped = true
		}
		// Mixed indentation: a line between two known levels stays in the
		// inner block (its level becomes this column); below the first
		// level, the first level moves.
		if n := len(lx.indents) - 1; col != lx.indents[n] {
			if popped && col > lx.indents[n] {
				lx.toks = lx.toks[:len(lx.toks)-1]
				lx.indents = append(lx.indents, col)
			} else {
				lx.indents[n] = col
			}
		}
	}
	return false
}

var reStatement = lazyre.New(`^(?:(?:def|class|import|from|async def|return|with|for|if|elif|while|try|except|raise)\b|@\w|[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*(?:,\s*[A-Za-z_]\w*\s*)*[-+*/]?=[^=])`)

// startsStatement reports whether a line inside an open bracket looks like
// a new statement: the bracket above was left open by a paste.
func startsStatement(line string) bool {
	t := strings.TrimRight(line, " \t\r")
	if strings.HasSuffix(t, ",") || strings.HasSuffix(t, "(") && !strings.Contains(t, "=") {
		return false
	}
	return reStatement.MatchString(t)
}

func isNameStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

func isNameChar(c byte) bool { return isNameStart(c) || isDigit(c) }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// stringPrefix reports whether s starts with a string prefix followed by a
// quote, and the prefix length.
func stringPrefix(s string) (bool, int) {
	n := 0
	for n < len(s) && n < 3 && strings.IndexByte("rRbBfFuUtT", s[n]) >= 0 {
		n++
	}
	if n > 0 && n < len(s) && (s[n] == '\'' || s[n] == '"') {
		return true, n
	}
	return false, 0
}

func (lx *lexer) number() {
	s := lx.pos
	for lx.pos < lx.end {
		c := lx.src[lx.pos]
		if isNameChar(c) || c == '.' {
			lx.pos++
			continue
		}
		if (c == '+' || c == '-') && lx.pos > s && (lx.src[lx.pos-1] == 'e' || lx.src[lx.pos-1] == 'E') &&
			!strings.HasPrefix(strings.ToLower(lx.src[s:lx.pos]), "0x") {
			lx.pos++
			continue
		}
		break
	}
	lx.emit(NUMBER, s, lx.pos)
}

var ops3 = []string{"**=", "//=", ">>=", "<<=", "..."}
var ops2 = []string{"->", ":=", "**", "//", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "<>"}

func (lx *lexer) op() {
	rest := lx.src[lx.pos:lx.end]
	for _, o := range ops3 {
		if strings.HasPrefix(rest, o) {
			lx.emit(OP, lx.pos, lx.pos+3)
			lx.pos += 3
			return
		}
	}
	for _, o := range ops2 {
		if strings.HasPrefix(rest, o) {
			lx.emit(OP, lx.pos, lx.pos+2)
			lx.pos += 2
			return
		}
	}
	c := rest[0]
	if strings.IndexByte("()[]{},:.;@=+-*/%<>&|^~!", c) >= 0 {
		switch c {
		case '(', '[', '{':
			if lx.depth == 0 {
				lx.openCol = lx.lineCol
			}
			lx.depth++
		case ')', ']', '}':
			if lx.depth > 0 {
				lx.depth--
			}
		}
		lx.emit(OP, lx.pos, lx.pos+1)
		lx.pos++
		return
	}
	// Anything else (backticks, $, ?, a stray byte) is an error token; a
	// multi-byte UTF-8 sequence is kept whole.
	n := 1
	for lx.pos+n < lx.end && n < 4 && lx.src[lx.pos+n]&0xC0 == 0x80 {
		n++
	}
	lx.emit(ERRTOK, lx.pos, lx.pos+n)
	lx.pos += n
}
