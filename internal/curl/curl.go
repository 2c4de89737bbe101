// Package curl reads curl commands out of pasted text: the method (from -X,
// -I, -d, -F, -T, -G), the headers, the data and the URL, each with its
// span.
package curl

import (
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// Header is one -H "Name: value" argument.
type Header struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Name  string    // as written
	Value string
	// Span is the argument (quotes included); Flag is the -H before it.
	Span source.Span
	Flag source.Span
}

// Command is one curl command.
type Command struct {
	Span source.Span
	// Method is the HTTP method curl will use; MethodFrom says why:
	// "-X", "-I", "-d", "-F", "-T", "-G" or "" for the default GET.
	Method     string
	MethodFrom string
	MethodSpan source.Span // the option (and its value) that sets the method
	Headers    []Header
	Data       []Word // -d / --data* / -F arguments
	// DataFlag is "-d" or "-F" for the first data option (curl then sends
	// a Content-Type of its own unless -H sets one), DataSpan where it is.
	DataFlag string
	DataSpan source.Span
	Upload   *Word // -T file
	URL      *Word
	Words    []Word
}

// Header returns the last header named name (case-insensitively), or nil.
func (c *Command) Header(name string) *Header {
	for i := len(c.Headers) - 1; i >= 0; i-- {
		if strings.EqualFold(c.Headers[i].Name, name) {
			return &c.Headers[i]
		}
	}
	return nil
}

// withValue are the curl options that take an argument (long names without
// dashes, short names as single letters).
var withValue = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"X": true, "request": true, "H": true, "header": true, "d": true, "data": true,
		"data-binary": true, "data-raw": true, "data-ascii": true, "data-urlencode": true,
		"F": true, "form": true, "form-string": true, "T": true, "upload-file": true,
		"o": true, "output": true, "w": true, "write-out": true, "A": true, "user-agent": true,
		"e": true, "referer": true, "u": true, "user": true, "b": true, "cookie": true,
		"c": true, "cookie-jar": true, "m": true, "max-time": true, "connect-timeout": true,
		"x": true, "proxy": true, "retry": true, "r": true, "range": true, "cacert": true,
		"cert": true, "key": true, "K": true, "config": true, "url": true, "E": true,
		"resolve": true, "connect-to": true, "limit-rate": true, "json": true, "D": true,
		"dump-header": true, "interface": true, "aws-sigv4": true, "retry-max-time": true,
		"retry-delay": true, "Y": true, "y": true, "z": true, "time-cond": true, "trace": true,
		"trace-ascii": true, "stderr": true, "variable": true, "expand-url": true,
	}
})

// Parse reads every curl command in text[sp.Start:sp.End]. Spans are into
// text. Lines that are not curl commands are skipped.
func Parse(text string, sp source.Span) []*Command {
	var out []*Command
	for _, ws := range Lines(text, sp) {
		i := 0
		for i < len(ws) && strings.Contains(ws[i].Text, "=") && !strings.HasPrefix(ws[i].Text, "-") {
			i++ // VAR=value before the command
		}
		if i >= len(ws) {
			continue
		}
		prog := strings.ToLower(ws[i].Text)
		// a path (/usr/bin/curl, C:\Windows\System32\curl.exe) or cmd's
		// prompt glued to the command (C:\Users\dev>curl.exe)
		if k := strings.LastIndexAny(prog, `/\>`); k >= 0 {
			prog = prog[k+1:]
		}
		if strings.TrimSuffix(prog, ".exe") != "curl" {
			continue
		}
		out = append(out, command(ws[i:]))
	}
	return out
}

func command(ws []Word) *Command {
	c := &Command{Span: source.Span{Start: ws[0].Span.Start, End: ws[len(ws)-1].Span.End}, Method: "GET", Words: ws}
	var get, head bool
	var headSpan, getSpan source.Span
	setFrom := func(from string, sp source.Span) {
		// -X always wins; otherwise the first implying option.
		if c.MethodFrom == "-X" {
			return
		}
		if c.MethodFrom == "" || from == "-X" {
			c.MethodFrom, c.MethodSpan = from, sp
		}
	}
	for i := 1; i < len(ws); i++ {
		w := ws[i]
		t := w.Text
		if !strings.HasPrefix(t, "-") || t == "-" {
			if c.URL == nil && !strings.HasPrefix(t, "@") {
				u := w
				c.URL = &u
			}
			continue
		}
		var name, val string
		var hasVal bool
		var valWord Word
		if strings.HasPrefix(t, "--") {
			name = t[2:]
			if k := strings.IndexByte(name, '='); k >= 0 && withValue()[name[:k]] {
				name, val, hasVal = name[:k], name[k+1:], true
				valWord = Word{Text: val, Span: w.Span}
			}
		} else {
			// Short options may be grouped (-sSL) and carry their value
			// (-XPUT, -HContent-Type:x).
			for k := 1; k < len(t); k++ {
				o := string(t[k])
				if withValue()[o] {
					name = o
					if k+1 < len(t) {
						val, hasVal = t[k+1:], true
						valWord = Word{Text: val, Span: w.Span}
					}
					break
				}
				switch o {
				case "I":
					head, headSpan = true, w.Span
				case "G":
					get, getSpan = true, w.Span
				}
			}
			if name == "" {
				continue
			}
		}
		if !hasVal && withValue()[name] && i+1 < len(ws) {
			i++
			valWord, val, hasVal = ws[i], ws[i].Text, true
		}
		full := source.Span{Start: w.Span.Start, End: valWord.Span.End}
		if !hasVal {
			full = w.Span
		}
		switch name {
		case "head":
			head, headSpan = true, w.Span
		case "get":
			get, getSpan = true, w.Span
		case "X", "request":
			if hasVal {
				c.Method = strings.ToUpper(strings.TrimSpace(val))
				c.MethodFrom, c.MethodSpan = "-X", full
			}
		case "H", "header":
			if hasVal {
				n, v, _ := strings.Cut(val, ":")
				c.Headers = append(c.Headers, Header{Name: strings.TrimSpace(n), Value: strings.TrimSpace(v), Span: valWord.Span, Flag: w.Span})
			}
		case "d", "data", "data-binary", "data-raw", "data-ascii", "data-urlencode", "F", "form", "form-string", "json":
			if hasVal {
				c.Data = append(c.Data, valWord)
			}
			from := "-d"
			if name == "F" || strings.HasPrefix(name, "form") {
				from = "-F"
			}
			if c.DataFlag == "" && name != "json" {
				c.DataFlag, c.DataSpan = from, full
			}
			if c.MethodFrom != "-X" && c.MethodFrom != "-T" {
				setFrom(from, full)
				c.Method = "POST"
			}
		case "T", "upload-file":
			if hasVal {
				u := valWord
				c.Upload = &u
			}
			if c.MethodFrom != "-X" {
				c.MethodFrom, c.MethodSpan, c.Method = "-T", full, "PUT"
			}
		case "url":
			if hasVal && c.URL == nil {
				u := valWord
				c.URL = &u
			}
		}
	}
	if c.MethodFrom != "-X" {
		switch {
		case head:
			c.Method, c.MethodFrom, c.MethodSpan = "HEAD", "-I", headSpan
		case get && (c.MethodFrom == "-d" || c.MethodFrom == ""):
			c.Method, c.MethodFrom, c.MethodSpan = "GET", "-G", getSpan
		}
	}
	return c
}
