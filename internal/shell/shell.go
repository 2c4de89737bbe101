// Package shell splits pasted shell command lines (sh, PowerShell, cmd) into
// words with spans, for the aws CLI and curl readers.
package shell

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Word is one shell word: its text with quotes and escapes removed, and its
// span in the text as written (quotes included).
type Word struct {
	_    [0]func() // not comparable: no generated equality function in the wasm
	Text string
	Span source.Span
}

// Lines splits text[sp.Start:sp.End] into commands of shell words. It
// follows backslash (sh), backtick (PowerShell) and caret (cmd)
// continuations, single and double quotes, and ends a command at a newline
// or at ; && || and |. Prompts ($, %, >, PS C:\>) and comments are dropped.
func Lines(text string, sp source.Span) [][]Word {
	if sp.Start < 0 {
		sp.Start = 0
	}
	if sp.End > len(text) {
		sp.End = len(text)
	}
	var out [][]Word
	var cur []Word
	flush := func() {
		cur = dropPrompt(cur)
		if len(cur) > 0 {
			out = append(out, cur)
		}
		cur = nil
	}
	i := sp.Start
	for i < sp.End {
		c := text[i]
		switch {
		case c == '\n':
			flush()
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r':
			i++
			continue
		case (c == '\\' || c == '`' || c == '^') && continues(text, i+1, sp.End):
			i = skipLineEnd(text, i+1, sp.End)
			continue
		case c == ';' || c == '|' || (c == '&' && i+1 < sp.End && text[i+1] == '&'):
			flush()
			i++
			for i < sp.End && (text[i] == '|' || text[i] == '&') {
				i++
			}
			continue
		case c == '#' && len(cur) > 0:
			for i < sp.End && text[i] != '\n' {
				i++
			}
			continue
		}
		w, next := word(text, i, sp.End)
		cur = append(cur, w)
		i = next
	}
	flush()
	return out
}

// continues reports whether only blanks separate i from the end of its line
// (so the character before i continues the command on the next line).
func continues(text string, i, end int) bool {
	for ; i < end; i++ {
		switch text[i] {
		case ' ', '\t', '\r':
		case '\n':
			return true
		default:
			return false
		}
	}
	return false
}

func skipLineEnd(text string, i, end int) int {
	for i < end && text[i] != '\n' {
		i++
	}
	if i < end {
		i++
	}
	return i
}

// word reads one word starting at i.
func word(text string, i, end int) (Word, int) {
	start := i
	var b strings.Builder
	for i < end {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '|':
			return Word{Text: b.String(), Span: source.Span{Start: start, End: i}}, i
		case c == '&' && i+1 < end && text[i+1] == '&':
			return Word{Text: b.String(), Span: source.Span{Start: start, End: i}}, i
		case (c == '\\' || c == '`' || c == '^') && continues(text, i+1, end):
			return Word{Text: b.String(), Span: source.Span{Start: start, End: i}}, i
		case c == '\'':
			j := strings.IndexByte(text[i+1:end], '\'')
			if j < 0 {
				b.WriteString(text[i+1 : end])
				i = end
				continue
			}
			b.WriteString(text[i+1 : i+1+j])
			i += j + 2
		case c == '"':
			i++
			for i < end && text[i] != '"' {
				if text[i] == '\\' && i+1 < end && strings.IndexByte("\"\\$`\n", text[i+1]) >= 0 {
					if text[i+1] != '\n' {
						b.WriteByte(text[i+1])
					}
					i += 2
					continue
				}
				b.WriteByte(text[i])
				i++
			}
			if i < end {
				i++
			}
		case c == '\\' && i+1 < end:
			b.WriteByte(text[i+1])
			i += 2
		default:
			b.WriteByte(c)
			i++
		}
	}
	return Word{Text: b.String(), Span: source.Span{Start: start, End: i}}, i
}

// dropPrompt removes a leading shell prompt.
func dropPrompt(ws []Word) []Word {
	if len(ws) == 0 {
		return ws
	}
	switch ws[0].Text {
	case "$", "%", ">", "#", "$>", "PS>", ">>>", "❯", "➜":
		return ws[1:]
	}
	if strings.HasPrefix(ws[0].Text, "[") {
		for k, w := range ws {
			if strings.HasSuffix(w.Text, "]$") || strings.HasSuffix(w.Text, "]#") {
				return ws[k+1:] // [user@host ~]$
			}
		}
	}
	if ws[0].Text == "PS" {
		for k, w := range ws {
			if strings.HasSuffix(w.Text, ">") {
				return ws[k+1:]
			}
		}
	}
	if t := ws[0].Text; len(ws) > 1 && len(t) > 1 && strings.ContainsAny(t[len(t)-1:], "$>#%") {
		return ws[1:] // user@host:~$, C:\>, [root@h ~]#
	}
	return ws
}
