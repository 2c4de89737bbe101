package python

import (
	"fmt"
	"strconv"
	"strings"
)

// Dump renders the tree as indented text, one node a line with its kind,
// span and main attribute, for golden tests.
func Dump(f *File) string {
	var b strings.Builder
	dump(&b, f.Tree, 0, "")
	for _, pr := range f.Problems {
		fmt.Fprintf(&b, "problem %d-%d %s\n", pr.Span.Start, pr.Span.End, pr.Message)
	}
	return b.String()
}

func dump(b *strings.Builder, n *Node, depth int, label string) {
	if n == nil {
		return
	}
	b.WriteString(strings.Repeat("  ", depth))
	if label != "" {
		b.WriteString(label + ": ")
	}
	fmt.Fprintf(b, "%s %d-%d", n.Kind, n.Span.Start, n.Span.End)
	switch n.Kind {
	case Str:
		if n.Prefix != "" {
			b.WriteString(" " + n.Prefix)
		}
		b.WriteString(" " + strconv.Quote(n.Value))
	case Num:
		b.WriteString(" " + n.Text)
		if n.IsInt {
			fmt.Fprintf(b, "=%d", n.Int)
		}
	case Bad:
		b.WriteString(" " + strconv.Quote(n.Text))
	}
	if n.Name != "" {
		b.WriteString(" " + n.Name)
	}
	if n.AsName != "" {
		b.WriteString(" as " + n.AsName)
	}
	if n.Op != "" {
		b.WriteString(" op=" + n.Op)
	}
	if n.Async {
		b.WriteString(" async")
	}
	b.WriteByte('\n')
	list := func(l string, ns []*Node) {
		for _, c := range ns {
			dump(b, c, depth+1, l)
		}
	}
	list("dec", n.Decorators)
	list("target", n.Targets)
	list("name", n.Names)
	list("param", n.Params)
	list("item", n.Items)
	dump(b, n.X, depth+1, "x")
	dump(b, n.Y, depth+1, "y")
	list("arg", n.Args)
	if len(n.Parts) > 1 {
		list("part", n.Parts)
	} else {
		list("field", n.Fields)
	}
	list("body", n.Body)
	list("handler", n.Handlers)
	list("else", n.Else)
	list("finally", n.Finally)
}
