// Package cli reads aws CLI commands out of pasted text: the service, the
// operation, positional arguments and --options with their spans, and the
// environment assignments written before the command. It follows shell
// quoting and backslash, backtick and caret continuations.
package cli

import (
	"strings"
	"sync"

	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// Option is one --name [value] of a command.
type Option struct {
	_        [0]func() // not comparable: no generated equality function in the wasm
	Name     string    // without the leading dashes
	NameSpan source.Span
	// Value is nil for a flag without value.
	Value *Word
	Span  source.Span
}

// Assign is NAME=value written before a command, or after export / set /
// $env:.
type Assign struct {
	_     [0]func() // not comparable: no generated equality function in the wasm
	Name  string
	Value Word
	Span  source.Span
}

// Command is one shell command.
type Command struct {
	Span source.Span
	// Env holds assignments before the program (and the assignment of an
	// export / set / $env: line, which has no Program).
	Env []Assign
	// Program is the command's name: "aws", "curl", "export", ...
	Program     string
	ProgramSpan source.Span
	// Service and Operation are the first two words after aws (s3 presign,
	// sts assume-role, configure set).
	Service, Operation *Word
	Args               []Word // positional arguments after the operation
	Options            []Option
	Words              []Word // every word after the environment
}

// Option returns the last option named name (without dashes), or nil.
func (c *Command) Option(name string) *Option {
	for i := len(c.Options) - 1; i >= 0; i-- {
		if c.Options[i].Name == name {
			return &c.Options[i]
		}
	}
	return nil
}

// Is reports whether the command is aws <service> <operation>.
func (c *Command) Is(service, operation string) bool {
	return c.Program == "aws" && c.Service != nil && c.Service.Text == service &&
		c.Operation != nil && c.Operation.Text == operation
}

// flags are aws CLI options that take no value.
var flags = sync.OnceValue(func() map[string]bool {
	return table.Set(
		"debug", "no-verify-ssl", "no-paginate", "no-sign-request",
		"dryrun", "dry-run", "no-dry-run", "recursive", "quiet",
		"no-cli-pager", "no-cli-auto-prompt", "cli-auto-prompt",
		"only-show-errors", "no-progress", "follow-symlinks", "no-follow-symlinks",
		"version", "help",
	)
})

// Parse reads every command in text[sp.Start:sp.End]. Spans are into text.
func Parse(text string, sp source.Span) []*Command {
	var out []*Command
	for _, ws := range Lines(text, sp) {
		out = append(out, command(ws))
	}
	return out
}

func command(ws []Word) *Command {
	c := &Command{Span: source.Span{Start: ws[0].Span.Start, End: ws[len(ws)-1].Span.End}}
	i := 0
	// export X=1 / set X=1 / $env:X="1"
	if len(ws) > 1 && (ws[0].Text == "export" || strings.EqualFold(ws[0].Text, "set")) {
		c.Program, c.ProgramSpan = ws[0].Text, ws[0].Span
		for _, w := range ws[1:] {
			if a, ok := assign(w); ok {
				c.Env = append(c.Env, a)
			}
		}
		c.Words = ws[1:]
		return c
	}
	for i < len(ws) {
		a, ok := assign(ws[i])
		if !ok {
			break
		}
		c.Env = append(c.Env, a)
		i++
	}
	if strings.HasPrefix(strings.ToLower(ws[0].Text), "$env:") {
		// PowerShell: $env:AWS_REGION = "eu-west-1" reads as three words.
		if len(ws) >= 3 && ws[1].Text == "=" {
			c.Env = append(c.Env, Assign{Name: ws[0].Text[5:], Value: ws[2], Span: source.Span{Start: ws[0].Span.Start, End: ws[2].Span.End}})
		}
		c.Program, c.ProgramSpan = "$env:", ws[0].Span
		return c
	}
	if i < len(ws) && ws[i].Text == "sudo" {
		i++
	}
	if i >= len(ws) {
		return c
	}
	c.Words = ws[i:]
	prog := ws[i].Text
	if k := strings.LastIndexAny(prog, `/\`); k >= 0 {
		prog = prog[k+1:]
	}
	c.Program = strings.TrimSuffix(strings.ToLower(prog), ".exe")
	c.ProgramSpan = ws[i].Span
	i++
	var pos []Word
	for i < len(ws) {
		w := ws[i]
		if strings.HasPrefix(w.Text, "--") && len(w.Text) > 2 {
			name := w.Text[2:]
			o := Option{Name: name, NameSpan: w.Span, Span: w.Span}
			if k := strings.IndexByte(name, '='); k >= 0 {
				o.Name = name[:k]
				// --name=value: the value is the rest of the word.
				vs := w.Span.Start + 2 + k + 1
				if vs > w.Span.End {
					vs = w.Span.End
				}
				v := Word{Text: name[k+1:], Span: source.Span{Start: vs, End: w.Span.End}}
				o.NameSpan.End = vs - 1
				o.Value = &v
			} else if !flags()[name] && i+1 < len(ws) && !strings.HasPrefix(ws[i+1].Text, "--") {
				v := ws[i+1]
				o.Value = &v
				o.Span.End = v.Span.End
				i++
			}
			c.Options = append(c.Options, o)
			i++
			continue
		}
		pos = append(pos, w)
		i++
	}
	if c.Program == "aws" {
		if len(pos) > 0 {
			c.Service = &pos[0]
		}
		if len(pos) > 1 {
			c.Operation = &pos[1]
		}
		if len(pos) > 2 {
			c.Args = pos[2:]
		}
	} else {
		c.Args = pos
	}
	return c
}

// assign reads NAME=value.
func assign(w Word) (Assign, bool) {
	k := strings.IndexByte(w.Text, '=')
	if k <= 0 {
		return Assign{}, false
	}
	name := w.Text[:k]
	name = strings.TrimPrefix(name, "$env:")
	for _, r := range name {
		if !(r == '_' || (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9')) {
			return Assign{}, false
		}
	}
	// The value's span: after the = in the raw word when it is unquoted
	// there; otherwise the whole word.
	vs := w.Span
	if w.Span.Start+k+1 <= w.Span.End {
		vs.Start = w.Span.Start + k + 1
	}
	return Assign{Name: name, Value: Word{Text: w.Text[k+1:], Span: vs}, Span: w.Span}, true
}
