package policy

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// YAML policies: CloudFormation and SAM templates (Statement: lists with
// !Sub, !Ref, !GetAtt and !Join tags), serverless.yml (iamRoleStatements:,
// iam: role: statements:). ReadYAML reads the block of lines that starts
// at a key line into value Nodes, tolerantly: mappings by indentation,
// "- " sequences (also at their key's indentation), flow sequences [a, b],
// quoted and plain scalars, comments dropped. An intrinsic becomes the
// string CloudFormation would substitute, its references kept as ${Name}
// (which matching treats as a wildcard): !Ref B → "${B}", !GetAtt B.Arn →
// "${B.Arn}", !Sub "arn:${AWS::Partition}:s3:::${B}/*" → "arn:aws:s3:::${B}/*".

type yline struct {
	indent     int // columns before the content
	start, end int // the content's span (comment and trailing blanks cut)
}

// ReadYAML reads the YAML block starting at the line that holds offset
// start (a key line such as "Statement:"), up to the first line indented
// less than it, and returns it as one Object node.
func ReadYAML(text string, sp source.Span) *Node {
	sp = clamp(sp, len(text))
	var ls []yline
	base := -1
	for i := sp.Start; i < sp.End; {
		e := strings.IndexByte(text[i:sp.End], '\n')
		if e < 0 {
			e = sp.End
		} else {
			e += i
		}
		line := text[i:e]
		ind := len(line) - len(strings.TrimLeft(line, " "))
		content := strings.TrimRight(stripYAMLComment(line), " \t\r")
		if strings.TrimSpace(content) != "" {
			if base < 0 {
				base = ind
			} else if ind < base || ind == base && !strings.HasPrefix(strings.TrimSpace(content), "-") {
				break
			}
			ls = append(ls, yline{indent: ind, start: i + ind, end: i + len(content)})
			if len(ls) > 400 {
				break
			}
		}
		i = e + 1
	}
	if len(ls) == 0 {
		return nil
	}
	y := &yreader{s: text, ls: ls}
	n, _ := y.mapping(0, ls[0].indent, ls[0].start)
	return n
}

// stripYAMLComment cuts a # comment that is not inside quotes.
func stripYAMLComment(line string) string {
	var q byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '\'' || c == '"':
			q = c
		case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return line[:i]
		}
	}
	return line
}

type yreader struct {
	s  string
	ls []yline
}

// mapping reads key: value lines at indent starting with line i, whose
// first key begins at offset first (after a "- " on the first line).
func (y *yreader) mapping(i, indent, first int) (*Node, int) {
	n := &Node{Kind: Object, Span: source.Span{Start: first, End: first}}
	for k := 0; i < len(y.ls) && k < 400; k++ {
		l := y.ls[i]
		st := l.start
		if k == 0 {
			st = first
		} else if l.indent != indent {
			break
		}
		content := y.s[st:l.end]
		if strings.HasPrefix(content, "- ") || content == "-" {
			break
		}
		key, rest, ok := cutYAMLKey(content)
		if !ok {
			break
		}
		ks := source.Span{Start: st, End: st + len(key)}
		key = strings.Trim(key, `"'`)
		i++
		var v *Node
		if strings.TrimSpace(rest) == "" {
			if i < len(y.ls) && (y.ls[i].indent > indent || y.ls[i].indent == indent && strings.HasPrefix(y.s[y.ls[i].start:y.ls[i].end], "-")) {
				v, i = y.node(i)
			} else {
				v = &Node{Kind: Null, Span: ks}
			}
		} else {
			off := l.end - len(strings.TrimLeft(rest, " "))
			v = yamlScalar(y.s, source.Span{Start: off, End: l.end})
		}
		n.Fields = append(n.Fields, Field{Key: key, KeySpan: ks, Value: v})
		n.Span.End = v.Span.End
	}
	return n, i
}

// node reads the value starting at line i: a sequence or a mapping.
func (y *yreader) node(i int) (*Node, int) {
	l := y.ls[i]
	if c := y.s[l.start:l.end]; strings.HasPrefix(c, "- ") || c == "-" {
		return y.sequence(i, l.indent)
	}
	return y.mapping(i, l.indent, l.start)
}

func (y *yreader) sequence(i, indent int) (*Node, int) {
	n := &Node{Kind: Array, Span: source.Span{Start: y.ls[i].start, End: y.ls[i].end}}
	for k := 0; i < len(y.ls) && k < 400; k++ {
		l := y.ls[i]
		c := y.s[l.start:l.end]
		if l.indent != indent || !(strings.HasPrefix(c, "- ") || c == "-") {
			break
		}
		rest := strings.TrimLeft(c[1:], " ")
		off := l.end - len(rest)
		var v *Node
		switch {
		case rest == "":
			i++
			if i < len(y.ls) && y.ls[i].indent > indent {
				v, i = y.node(i)
			} else {
				v = &Node{Kind: Null, Span: source.Span{Start: l.start, End: l.start + 1}}
			}
		default:
			if _, _, ok := cutYAMLKey(rest); ok && !strings.HasPrefix(rest, "!") && !strings.HasPrefix(rest, "\"") && !strings.HasPrefix(rest, "'") {
				// - Key: value, more keys below at the key's column.
				v, i = y.mapping(i, off-lineStart(y.s, off), off)
			} else {
				v = yamlScalar(y.s, source.Span{Start: off, End: l.end})
				i++
			}
		}
		n.Items = append(n.Items, v)
		n.Span.End = v.Span.End
	}
	return n, i
}

func lineStart(s string, off int) int { return strings.LastIndexByte(s[:off], '\n') + 1 }

// cutYAMLKey splits "key: rest" (the key plain or quoted, such as
// aws:SourceIp or "aws:SourceVpce").
func cutYAMLKey(c string) (key, rest string, ok bool) {
	if c == "" {
		return "", "", false
	}
	if c[0] == '"' || c[0] == '\'' {
		j := strings.IndexByte(c[1:], c[0])
		if j < 0 {
			return "", "", false
		}
		key, rest = c[:j+2], c[j+2:]
		if !strings.HasPrefix(rest, ":") {
			return "", "", false
		}
		return key, rest[1:], true
	}
	for i := 0; i < len(c); i++ {
		if c[i] == ':' && (i+1 == len(c) || c[i+1] == ' ' || c[i+1] == '\t') {
			if i == 0 || strings.ContainsAny(c[:i], "[]{},") {
				return "", "", false
			}
			return c[:i], c[i+1:], true
		}
	}
	return "", "", false
}

// yamlScalar reads a value on one line: a flow sequence, a tag, a quoted
// or plain scalar.
func yamlScalar(s string, sp source.Span) *Node {
	v := strings.TrimSpace(s[sp.Start:sp.End])
	switch {
	case strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]"):
		n := &Node{Kind: Array, Span: sp}
		inner := source.Span{Start: sp.Start + strings.IndexByte(s[sp.Start:sp.End], '[') + 1, End: sp.Start + strings.LastIndexByte(s[sp.Start:sp.End], ']')}
		for _, part := range splitFlow(s, inner) {
			n.Items = append(n.Items, yamlScalar(s, part))
		}
		return n
	case strings.HasPrefix(v, "!"):
		tag, arg, _ := strings.Cut(v[1:], " ")
		arg = strings.Trim(strings.TrimSpace(arg), `"'`)
		switch tag {
		case "Ref":
			return &Node{Kind: String, Span: sp, Str: "${" + arg + "}"}
		case "GetAtt":
			return &Node{Kind: String, Span: sp, Str: "${" + arg + "}"}
		case "Sub":
			return &Node{Kind: String, Span: sp, Str: subPartition(arg)}
		}
		return &Node{Kind: Expr, Span: sp, Str: v}
	case len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0]:
		return &Node{Kind: String, Span: sp, Str: v[1 : len(v)-1]}
	case v == "true" || v == "false":
		return &Node{Kind: Bool, Span: sp, Str: v}
	}
	return &Node{Kind: String, Span: sp, Str: v}
}

// splitFlow splits a flow sequence's inside at commas outside quotes.
func splitFlow(s string, sp source.Span) []source.Span {
	var out []source.Span
	var q byte
	st := sp.Start
	for i := sp.Start; i <= sp.End; i++ {
		if i < sp.End {
			c := s[i]
			if q != 0 {
				if c == q {
					q = 0
				}
				continue
			}
			if c == '"' || c == '\'' {
				q = c
				continue
			}
			if c != ',' {
				continue
			}
		}
		if strings.TrimSpace(s[st:i]) != "" {
			a := st + len(s[st:i]) - len(strings.TrimLeft(s[st:i], " "))
			out = append(out, source.Span{Start: a, End: a + len(strings.TrimSpace(s[a:i]))})
		}
		st = i + 1
	}
	return out
}

// subPartition fills the pseudo parameter CloudFormation always knows in
// an ARN: ${AWS::Partition} is aws.
func subPartition(s string) string {
	return strings.ReplaceAll(s, "${AWS::Partition}", "aws")
}

// intrinsic reads a CloudFormation JSON intrinsic ({"Fn::Sub": …},
// {"Ref": …}, {"Fn::GetAtt": […]}, {"Fn::Join": [sep, […]]}) as the
// string it stands for.
func intrinsic(n *Node) (string, bool) {
	if n == nil || n.Kind != Object || len(n.Fields) != 1 {
		return "", false
	}
	f := n.Fields[0]
	v := f.Value
	switch f.Key {
	case "Ref":
		if v.Kind == String {
			return "${" + v.Str + "}", true
		}
	case "Fn::GetAtt":
		if v.Kind == Array && len(v.Items) == 2 {
			return "${" + v.Items[0].Str + "." + v.Items[1].Str + "}", true
		}
		if v.Kind == String {
			return "${" + v.Str + "}", true
		}
	case "Fn::Sub":
		if v.Kind == String {
			return subPartition(v.Str), true
		}
		if v.Kind == Array && len(v.Items) > 0 && v.Items[0].Kind == String {
			return subPartition(v.Items[0].Str), true
		}
	case "Fn::Join":
		if v.Kind == Array && len(v.Items) == 2 && v.Items[1].Kind == Array {
			var parts []string
			for _, it := range v.Items[1].Items {
				if it.Kind == String {
					parts = append(parts, subPartition(it.Str))
				} else if s, ok := intrinsic(it); ok {
					parts = append(parts, s)
				} else {
					parts = append(parts, "${?}")
				}
			}
			return strings.Join(parts, v.Items[0].Str), true
		}
	}
	return "", false
}
