package derive

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/diff"
	"github.com/presign-doctor/presign-doctor/internal/model"
	"github.com/presign-doctor/presign-doctor/internal/python"
	"github.com/presign-doctor/presign-doctor/internal/source"
	"github.com/presign-doctor/presign-doctor/internal/table"
)

// PyFileOf returns the python tree that holds the offset.
func PyFileOf(f *model.Facts, off int) *python.File {
	for _, pf := range f.Syntax.Python {
		if off >= pf.Span.Start && off <= pf.Span.End {
			return pf
		}
	}
	return nil
}

// findNode returns the node of the given kind with exactly that span.
func findNode(f *model.Facts, sp source.Span, kind python.Kind) *python.Node {
	pf := PyFileOf(f, sp.Start)
	if pf == nil {
		return nil
	}
	var found *python.Node
	python.Walk(pf.Tree, func(n *python.Node) bool {
		if found != nil || n.Span.End < sp.Start || n.Span.Start > sp.End {
			return false
		}
		if n.Kind == kind && n.Span == sp {
			found = n
			return false
		}
		return true
	})
	return found
}

// FindParent returns the node whose Args holds a node with span sp (a
// call's arguments, a dict's entries, a list's elements) and its index.
func FindParent(f *model.Facts, sp source.Span) (*python.Node, int) {
	pf := PyFileOf(f, sp.Start)
	if pf == nil {
		return nil, -1
	}
	var parent *python.Node
	idx := -1
	python.Walk(pf.Tree, func(n *python.Node) bool {
		if parent != nil || n.Span.End < sp.Start || n.Span.Start > sp.End {
			return false
		}
		for i, a := range n.Args {
			if a.Span == sp {
				parent, idx = n, i
				return false
			}
		}
		return true
	})
	return parent, idx
}

// RemoveArgs returns the edits that delete the elements at the given
// indices of a call's arguments (or a dict's entries), with their commas.
func RemoveArgs(n *python.Node, drop map[int]bool) []diff.Edit {
	args := n.Args
	if len(drop) == 0 {
		return nil
	}
	if len(drop) == len(args) {
		return []diff.Edit{{Start: args[0].Span.Start, End: args[len(args)-1].Span.End}}
	}
	var out []diff.Edit
	first := 0
	for first < len(args) && drop[first] {
		first++
	}
	if first > 0 {
		out = append(out, diff.Edit{Start: args[0].Span.Start, End: args[first].Span.Start})
	}
	for i := first + 1; i < len(args); i++ {
		if drop[i] {
			out = append(out, diff.Edit{Start: args[i-1].Span.End, End: args[i].Span.End})
		}
	}
	return out
}

// InsertArg is the edit adding an element (text, like region_name='x')
// at the end of a bracketed list whose span (brackets included) is sp: a
// call's arguments, a dict or a list.
// InsertClientArg inserts text as the last argument of the call that
// makes client c, none when the paste shows no such call (a client a
// framework builds from its settings).
func InsertClientArg(f *model.Facts, c *model.Client, text string) []diff.Edit {
	if c.Args == (source.Span{}) {
		return nil
	}
	return []diff.Edit{InsertArg(f, c.Args, text)}
}

func InsertArg(f *model.Facts, sp source.Span, text string) diff.Edit {
	end := sp.End - 1
	if end < sp.Start || end >= len(f.Text) || !strings.ContainsRune(")]}", rune(f.Text[end])) {
		end = sp.End // no closing bracket (a broken paste): append at the end
	}
	i := end
	for i > sp.Start+1 && strings.ContainsRune(" \t\r\n", rune(f.Text[i-1])) {
		i--
	}
	switch {
	case i > 0 && strings.ContainsRune("([{", rune(f.Text[i-1])):
		return diff.Edit{Start: i, End: i, New: text}
	case i > 0 && f.Text[i-1] == ',':
		// Keep the trailing comma after the new element, so that another
		// fix inserting at the same point still gets its comma.
		return diff.Edit{Start: i, End: i, New: " " + text + ","}
	}
	return diff.Edit{Start: i, End: i, New: ", " + text}
}

// QuoteChar returns the quote the code uses around strings near sp.
func QuoteChar(f *model.Facts, sp source.Span) string {
	if sp.Start < len(f.Text) && f.Text[sp.Start] == '"' {
		return `"`
	}
	return "'"
}

// importsConfig reports whether the python part holding off imports
// Config, and where an import line would go: after the last import before
// off, else before the part's first line.
func importsConfig(f *model.Facts, off int) (bool, int) {
	pf := PyFileOf(f, off)
	if pf == nil {
		return false, off
	}
	at := pf.Span.Start
	for _, n := range pf.Tree.Body {
		if n.Kind != python.Import {
			continue
		}
		for _, a := range n.Names {
			if a.Name == "Config" && a.AsName == "" || a.AsName == "Config" {
				return true, 0
			}
		}
		if n.Span.End < off {
			at = LineEnd(f.Text, n.Span.End)
		}
	}
	return false, at
}

// importLine is the edit adding the statement stmt as a line of its own at
// at (a line's start, or the first statement of a part), written as the
// lines around it are: with the indentation of a fragment pasted from a
// function's body, with the prompt of a REPL or notebook session, so the
// user's lines stay as they are and the new one reads as theirs.
func importLine(f *model.Facts, at int, stmt string) diff.Edit {
	ls := lineStart(f.Text, at)
	if at > ls && strings.TrimLeft(f.Text[ls:at], " \t") != "" {
		ls = at // code before it on the line: not a line's start
	}
	// The line the new one is modelled on: the one before (the last
	// import) when at starts a line after it, else the line at at.
	model := f.Text[ls:LineEnd(f.Text, ls)]
	if ls == at && ls > 0 {
		if ps := lineStart(f.Text, ls-1); ps >= 0 {
			if pf := PyFileOf(f, at); pf == nil || ps >= lineStart(f.Text, pf.Span.Start) {
				model = f.Text[ps:ls]
			}
		}
	}
	prefix := linePrefix(model)
	if pf := PyFileOf(f, at); pf != nil && pf.Diff && model != "" && strings.ContainsRune("+- ", rune(model[0])) {
		// A diff: the new line is one the change adds, indented as the
		// code of the line it is modelled on.
		prefix = "+" + linePrefix(model[1:])
	}
	return diff.Edit{Start: ls, End: ls, New: prefix + stmt + "\n"}
}

// linePrefix is what comes before the code on a line of Python as pasted:
// its indentation, or a REPL prompt (">>> "), or the continuation prompt
// of a notebook cell as wide as its "In [n]: ".
func linePrefix(line string) string {
	t := strings.TrimLeft(line, " \t")
	lead := line[:len(line)-len(t)]
	switch {
	case strings.HasPrefix(t, ">>> ") || strings.HasPrefix(t, "... "):
		return lead + ">>> "
	case strings.HasPrefix(t, "In ["):
		if i := strings.Index(t, "]:"); i > 0 && i < 10 {
			w := len(lead) + i + 2
			return strings.Repeat(" ", max(w-4, 0)) + "...: "
		}
	case strings.HasPrefix(t, "...:"):
		return lead + "...: "
	}
	return lead
}

func lineStart(text string, off int) int {
	return strings.LastIndexByte(text[:off], '\n') + 1
}

func LineEnd(text string, off int) int {
	if i := strings.IndexByte(text[off:], '\n'); i >= 0 {
		return off + i + 1
	}
	return len(text)
}

// ConfigFix builds the edits that give a client the Config settings in
// want (name → python literal, in order) and, with style, the addressing
// style. It extends the Config(...) call the paste shows, or adds
// config=Config(...) (and its import). ok is false when the client's
// config comes from somewhere the paste does not show.
func ConfigFix(f *model.Facts, c *model.Client, want [][2]string, style string) (edits []diff.Edit, ok bool) {
	if c.Args == (source.Span{}) {
		return nil, false // no call of the paste makes the client (a framework's settings build it)
	}
	have := map[string]*model.Value{"signature_version": c.SignatureVersion, "request_checksum_calculation": c.ChecksumCalculation,
		"response_checksum_validation": c.ChecksumValidation}
	var add []string
	for _, w := range want {
		v := have[w[0]]
		switch {
		case v == nil:
			add = append(add, w[0]+"="+w[1])
		case strings.Trim(w[1], `'"`) != KnownStr(v):
			edits = append(edits, diff.Edit{Start: ValueSpan(v).Start, End: ValueSpan(v).End, New: w[1]})
		}
	}
	if c.Config != nil && c.ConfigArgs == (source.Span{}) {
		return nil, false
	}
	add = guardNewSettings(add)
	if c.Config == nil {
		inner := add
		if style != "" {
			inner = append(inner, "s3={'addressing_style': '"+style+"'}")
		}
		edits = append(edits, InsertArg(f, c.Args, "config=Config("+strings.Join(inner, ", ")+")"))
		if has, at := importsConfig(f, c.Span.Start); !has {
			edits = append(edits, importLine(f, at, "from botocore.config import Config"))
		}
		return SortEdits(edits), true
	}
	if style != "" && KnownStr(c.AddressingStyle) != style {
		switch {
		case c.AddressingStyle != nil:
			sp := ValueSpan(c.AddressingStyle)
			edits = append(edits, diff.Edit{Start: sp.Start, End: sp.End, New: "'" + style + "'"})
		case c.S3Dict != (source.Span{}):
			edits = append(edits, InsertArg(f, c.S3Dict, "'addressing_style': '"+style+"'"))
		default:
			add = append(add, "s3={'addressing_style': '"+style+"'}")
		}
	}
	if len(add) > 0 {
		edits = append(edits, InsertArg(f, c.ConfigArgs, strings.Join(add, ", ")))
	}
	return SortEdits(edits), true
}

// FindCall returns the call node with exactly that span.
func FindCall(f *model.Facts, sp source.Span) *python.Node {
	return findNode(f, sp, python.Call)
}

// ConditionsList returns the list literal of a presigned POST's
// Conditions, when the call shows it.
func ConditionsList(f *model.Facts, o *model.Operation) *python.Node {
	call := FindCall(f, o.Span)
	if call == nil {
		return nil
	}
	for i, a := range call.Args {
		if a.Kind == python.Keyword && a.Name == "Conditions" || a.Kind != python.Keyword && i == 3 {
			x := a
			if a.Kind == python.Keyword {
				x = a.X
			}
			if x != nil && x.Kind == python.List {
				return x
			}
		}
	}
	return nil
}

// botocore136 are the Config settings botocore added in 1.36 (the default
// integrity checksums, boto/boto3#4392): an older botocore rejects them
// with a TypeError (Got unexpected keyword argument), and Debian's and many
// pinned deployments run one.
var botocore136 = table.Set("request_checksum_calculation", "response_checksum_validation")

// guardNewSettings writes the settings of add (name=literal) that only
// botocore 1.36 and later accepts as one keyword splat taken only when the
// installed botocore knows them: the fix then runs on every version (an
// older one sends no default checksums and needs no setting).
func guardNewSettings(add []string) []string {
	var keep, guarded []string
	first := ""
	for _, a := range add {
		name, val, _ := strings.Cut(a, "=")
		if !botocore136[name] {
			keep = append(keep, a)
			continue
		}
		if first == "" {
			first = name
		}
		guarded = append(guarded, "'"+name+"': "+val)
	}
	if len(guarded) == 0 {
		return add
	}
	return append(keep, "**({"+strings.Join(guarded, ", ")+"} if '"+first+"' in Config.OPTION_DEFAULTS else {})")
}
