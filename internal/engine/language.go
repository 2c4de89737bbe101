package engine

import "strings"

// otherLanguage reports whether a block the splitter took for Python reads
// as code of another language (JavaScript/TypeScript, Go, Java, C#, PHP,
// Ruby, a Dockerfile or a shell history): more of its lines carry a mark
// of another language than a mark of Python. Such a block is not given to
// the Python reader, whose syntax errors on it would only be noise; the
// readers that scan the whole text (JavaScript senders, redaction) still
// see it.
func otherLanguage(block string) bool {
	if strings.Count(block, "}") > strings.Count(block, "{") {
		// Closing braces with no opening one: the tail of a block of
		// another language (HCL, JavaScript, Go); Python's dicts and sets
		// close what they open.
		return true
	}
	py, other := 0, 0
	// A line's mark depends on the line alone: short lines, which repeat
	// (brackets, "else:", "})", indentation), are weighed once each.
	// The line before's weight is kept aside: a run of one line (a
	// million "[") asks the map nothing.
	seen := map[string]int{}
	last, lastW := "", 0
	for rest := block; rest != ""; {
		l := rest
		if e := strings.IndexByte(rest, '\n'); e >= 0 {
			l, rest = rest[:e], rest[e+1:]
		} else {
			rest = ""
		}
		t := strings.TrimSpace(l)
		if t == "" || t[0] == '#' {
			continue // a comment says nothing of the language
		}
		w, ok := 0, false
		if len(t) <= 16 {
			if t == last {
				w, ok = lastW, true
			} else {
				w, ok = seen[t]
			}
		}
		if !ok {
			w = lineMark(t)
			if len(t) <= 16 {
				seen[t] = w
			}
		}
		if len(t) <= 16 {
			last, lastW = t, w
		}
		switch {
		case w > 0:
			other += w
		case w < 0:
			py++
		}
	}
	return other > py
}

// lineMark weighs one line: 2 for a line that is certainly not Python, 1
// for a mark of another language, -1 for a mark of Python, 0 for none.
func lineMark(t string) int {
	switch {
	case strongOtherMark(t):
		return 2
	case pythonMark(t):
		return -1
	case otherMark(t):
		return 1
	}
	return 0
}

// pythonMark reports whether a line can only be Python (or is most
// likely Python).
func pythonMark(t string) bool {
	switch {
	case strings.HasPrefix(t, ">>>"), strings.HasPrefix(t, "def "), strings.HasPrefix(t, "async def "),
		strings.HasPrefix(t, "from ") && strings.Contains(t, " import "),
		strings.HasPrefix(t, "import ") && !strings.ContainsAny(t, "{;\"'*"),
		strings.HasPrefix(t, "elif "), strings.HasPrefix(t, "except"), t == "else:", t == "try:", t == "finally:",
		strings.HasPrefix(t, "class ") && strings.HasSuffix(t, ":"),
		strings.HasPrefix(t, "if ") && strings.HasSuffix(t, ":"),
		strings.HasPrefix(t, "for ") && strings.HasSuffix(t, ":"),
		strings.HasPrefix(t, "with ") && strings.HasSuffix(t, ":"),
		strings.Contains(t, "boto3"), strings.Contains(t, "botocore"), strings.Contains(t, "self."),
		strings.Contains(t, "None") && !strings.HasSuffix(t, ";"):
		return true
	}
	return false
}

// strongOtherMark reports whether a line is certainly not Python, whatever
// it holds: a Dockerfile directive, a shell prompt, curl's verbose output,
// a log line, a shell history entry, a Terraform block.
func strongOtherMark(t string) bool {
	for _, p := range []string{"RUN ", "FROM ", "CMD ", "ENV ", "COPY ", "ENTRYPOINT ", "$ ", "> ", "< ", "* ", "<?php", "package ", "func "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return historyLine(t) || logLine(t) || tfBlockLine(t) || headerLine(t) || versionBanner(t) || base64Run(t) || pipListLine(t) || bracedDef(t)
}

// pipListLine reports whether a line is a row of `pip list` (a package
// name, two or more blanks, its version: "boto3              1.34.120"),
// which names boto3 without being code.
func pipListLine(t string) bool {
	name, rest, ok := strings.Cut(t, "  ")
	if !ok || name == "" || strings.ContainsAny(name, " =()[]{}'\"") {
		return false
	}
	v := strings.TrimSpace(rest)
	if v == "" || v[0] < '0' || v[0] > '9' || !strings.Contains(v, ".") {
		return false
	}
	return !strings.ContainsAny(v, " ()[]{}'\"=")
}

// bracedDef reports whether a def line opens a body with a brace or an
// equals sign (Scala's def f(k: String): String = {, Groovy's def x =
// …): Python's def ends with a colon, or an open bracket when its
// parameters go on.
func bracedDef(t string) bool {
	if !strings.HasPrefix(t, "def ") || strings.HasSuffix(t, ":") {
		return false
	}
	name, _, _ := strings.Cut(t, "(")
	return strings.HasSuffix(t, "{") || strings.HasSuffix(t, "=") || strings.Contains(name, "=")
}

// headerLine reports whether a line reads as a header of a canonical
// request or an HTTP dump (host:bucket.s3.amazonaws.com,
// x-amz-date:20240115T000000Z): a lower-case name, a colon and the value
// with no space between, which Python never starts a statement with.
func headerLine(t string) bool {
	i := 0
	for i < len(t) && (t[i] >= 'a' && t[i] <= 'z' || i > 0 && (t[i] == '-' || t[i] >= '0' && t[i] <= '9')) {
		i++
	}
	if i == 0 || i+1 >= len(t) || t[i] != ':' {
		return false
	}
	switch t[:i] {
	case "else", "try", "finally", "lambda", "except", "class", "def":
		return false
	}
	c := t[i+1]
	return c != ' ' && c != '\t' && c != '/' && c != ':' && c != '='
}

// versionBanner reports whether a line is a tool's version banner or user
// agent (aws-cli/2.0.17 Python/3.7.4 Darwin/19.6.0 botocore/2.0.0dev21):
// it names boto and Python without being code.
func versionBanner(t string) bool {
	for _, p := range []string{"aws-cli/", "botocore/", "Boto3/", "boto3/", "Python/", "aws-sdk-"} {
		if i := strings.Index(t, p); i >= 0 && i+len(p) < len(t) && t[i+len(p)] >= '0' && t[i+len(p)] <= '9' {
			return true
		}
	}
	return false
}

// base64Run reports whether a line is one long run of base64 (a blob, a
// key file, an image pasted as text): no Python line is 100 characters
// without a space, a quote or a bracket.
func base64Run(t string) bool {
	if len(t) < 100 {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// onlyComments reports whether a block holds nothing but # comment lines
// (and blank lines): a comment says nothing of the language, and a shell
// snippet's notes are not Python code.
func onlyComments(block string) bool {
	for rest := block; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		if t := strings.TrimSpace(l); t != "" && t[0] != '#' {
			return false
		}
	}
	return true
}

// logLine reports whether a line starts with a date (2025-03-04 or
// 2025/03/04), as log lines do.
func logLine(t string) bool {
	if len(t) < 10 {
		return false
	}
	for i := 0; i < 10; i++ {
		c := t[i]
		switch i {
		case 4, 7:
			if c != '-' && c != '/' {
				return false
			}
		default:
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return true
}

// tfBlockLine reports whether a line opens a block the way HCL does
// (statement {, resource "type" "name" {), which Python never writes.
func tfBlockLine(t string) bool {
	if !strings.HasSuffix(t, "{") {
		return false
	}
	head := strings.TrimSpace(strings.TrimSuffix(t, "{"))
	if head == "" || strings.ContainsAny(head, "=():,[") {
		return false
	}
	c := head[0]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// otherMark reports whether a line carries a mark of a language other
// than Python.
func otherMark(t string) bool {
	if envLine(t) {
		return true
	}
	if i := strings.Index(t, " //"); i >= 0 && !strings.Contains(t[:i], "://") {
		t = strings.TrimSpace(t[:i])
	}
	for _, p := range []string{"const ", "let ", "var ", "func ", "package ", "public ", "private ", "protected ",
		"static ", "function ", "export ", "using ", "namespace ", "<?php", "require ", "require_relative ", "//", "/*",
		"await ", "defer ", "val ", "fun ", "echo ", "export "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	switch {
	case strings.HasSuffix(t, ";"), strings.HasSuffix(t, "{") && strings.Contains(t, ")") && !strings.Contains(t, "=") && !strings.HasSuffix(t, "({"),
		strings.Contains(t, "=>"), strings.Contains(t, ":="), strings.Contains(t, "->"), strings.Contains(t, "::"),
		strings.HasPrefix(t, "$") && strings.Contains(t, "="), strings.HasPrefix(t, "end") && (t == "end" || strings.HasPrefix(t, "end ")),
		strings.Contains(t, " do |"), strings.Contains(t, " do\n"), strings.HasSuffix(t, " do"),
		strings.Contains(t, "new ") && strings.Contains(t, "("),
		strings.Contains(t, "$("), strings.Contains(t, "= ${"), bareKeyColon(t),
		rubySymbolValue(t), strings.Contains(t, ")$"), strings.Contains(t, " <- "), colonNamedArg(t):
		// a Ruby symbol as a value (service = :amazon); R's s3()$method and
		// x <- value assignment
		return true
	}
	return false
}

// colonNamedArg reports a call passing an argument by name with a colon
// (Swift's setValue(v, forHTTPHeaderField: "Content-Type"), Dart's and
// C#'s f(name: value)): Python names arguments with '=', and a colon
// inside a call's parentheses is only an annotation of a def's parameter
// or a lambda's, or a slice or a dict inside brackets of its own.
func colonNamedArg(t string) bool {
	if strings.HasPrefix(t, "def ") || strings.HasPrefix(t, "async def ") || strings.Contains(t, "lambda") {
		return false
	}
	var stack []byte
	for k := 0; k < len(t); k++ {
		switch c := t[k]; c {
		case '"', '\'':
			e := strings.IndexByte(t[k+1:], c)
			if e < 0 {
				return false
			}
			k += e + 1
		case '(', '[', '{':
			stack = append(stack, c)
		case ')', ']', '}':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case ':':
			if len(stack) == 0 || stack[len(stack)-1] != '(' || k+1 >= len(t) || t[k+1] != ' ' {
				continue
			}
			// the word before is a name that a '(' or ',' opens
			a := k
			for a > 0 && (isWordByte(t[a-1])) {
				a--
			}
			if a == k || t[a] >= '0' && t[a] <= '9' {
				continue
			}
			b := a
			for b > 0 && t[b-1] == ' ' {
				b--
			}
			if b > 0 && (t[b-1] == '(' || t[b-1] == ',') {
				return true
			}
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// rubySymbolValue reports whether a line assigns or passes a Ruby symbol
// (config.active_storage.service = :amazon, key: :value): Python has no
// ':name' value.
func rubySymbolValue(t string) bool {
	for _, sep := range []string{"= :", ", :", "(:"} {
		if i := strings.Index(t, sep); i >= 0 {
			j := i + len(sep)
			if j < len(t) && (t[j] == '_' || t[j] >= 'a' && t[j] <= 'z') {
				return true
			}
		}
	}
	return false
}

// bareKeyColon reports whether a line starts with a bare word and a colon
// followed by a value (Ruby keyword arguments, YAML, JavaScript object
// entries): Python writes dict keys quoted.
func bareKeyColon(t string) bool {
	i := 0
	for i < len(t) && (t[i] == '_' || t[i] >= 'a' && t[i] <= 'z' || t[i] >= 'A' && t[i] <= 'Z' || i > 0 && t[i] >= '0' && t[i] <= '9') {
		i++
	}
	return i > 0 && i+2 < len(t) && t[i] == ':' && t[i+1] == ' ' && !strings.HasSuffix(t, ":")
}

// historyLine reports whether a line reads as a shell history entry
// ("  501  aws configure set ...").
func historyLine(t string) bool {
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i < len(t) && (t[i] == ' ' || t[i] == '\t')
}

// envLine reports whether a line reads as a .env file's NAME=value: an
// upper-case name, '=' with no blank around it, and a bare value (no
// quote, bracket or call, nothing Python would need to write a value).
func envLine(t string) bool {
	i := 0
	for i < len(t) && (t[i] >= 'A' && t[i] <= 'Z' || t[i] == '_' || i > 0 && t[i] >= '0' && t[i] <= '9') {
		i++
	}
	if i == 0 || i+1 >= len(t) || t[i] != '=' || t[i+1] == '=' {
		return false
	}
	v := t[i+1:]
	if v[0] >= '0' && v[0] <= '9' && strings.Trim(v, "0123456789.") == "" {
		return false // a number: Python's CONSTANT=3600 as much as a .env's
	}
	return !strings.ContainsAny(v, " \t\"'()[]{}")
}
