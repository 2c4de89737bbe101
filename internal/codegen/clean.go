package codegen

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// What people paste around their Python, and what never belongs in a
// program: requirement pins, pip commands, shell prompts, a traceback's
// lines, a REPL's output.
var (
	rePin       = lazyre.New(`^[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?[ \t]*(?:==|>=|<=|~=|!=|===)[ \t]*[0-9][\w.*+!-]*[ \t]*(?:;.*)?$`)
	rePip       = lazyre.New(`^[ \t]*(?:\$[ \t]+|>[ \t]+)?(?:python3?[ \t]+-m[ \t]+)?pip3?[ \t]+install\b`)
	reTraceEnd  = lazyre.New(`^[A-Za-z_][\w.]*(?:Error|Exception|Warning|Exit|Interrupt)\b`)
	reTopReturn = lazyre.New(`^(?:return|yield)\b`)
)

// CleanPython returns src as a program python can compile: a REPL
// session's prompts (>>> and ..., or a notebook's In [n]: and ...:) taken
// off (and its output dropped), a diff's new side (its markers, headers
// and removed lines dropped), requirement pins, pip commands and traceback
// lines dropped. ok is false when what is left still cannot be a program
// (a fragment indented as a function body, a return outside a function,
// an indent after a line that opens no block): then the caller gives the
// user's fragment with the fixes in place. Text without any of these is
// returned unchanged.
func CleanPython(src string) (string, bool) {
	clean, _, ok := CleanPythonLines(src)
	return clean, ok
}

// CleanPythonLines is CleanPython with, for each line of the clean text,
// the 0-based line of src it comes from.
func CleanPythonLines(src string) (clean string, from []int, ok bool) {
	lines := strings.Split(src, "\n")
	repl := false
	for _, l := range lines {
		if strings.HasPrefix(l, ">>>") || notebookPrompt(l) > 0 {
			repl = true
			break
		}
	}
	diffMode := !repl && isDiff(lines)
	out := make([]string, 0, len(lines))
	from = make([]int, 0, len(lines))
	inTrace := false
	for i, l := range lines {
		if diffMode {
			switch {
			case strings.HasPrefix(l, "@@") || strings.HasPrefix(l, "+++") || strings.HasPrefix(l, "---") ||
				strings.HasPrefix(l, "diff --git") || strings.HasPrefix(l, "index "):
				continue // the diff's headers
			case strings.HasPrefix(l, "-"):
				continue // a removed line: not in the code as it is now
			case strings.HasPrefix(l, "+") || strings.HasPrefix(l, " "):
				l = l[1:]
			}
		}
		switch {
		case repl && (l == ">>>" || strings.HasPrefix(l, ">>> ")):
			l = strings.TrimPrefix(strings.TrimPrefix(l, ">>>"), " ")
		case repl && (l == "..." || strings.HasPrefix(l, "... ")):
			l = strings.TrimPrefix(strings.TrimPrefix(l, "..."), " ")
		case repl && notebookPrompt(l) > 0:
			l = l[notebookPrompt(l):]
		case repl && strings.TrimSpace(l) != "":
			continue // the REPL's output
		case strings.HasPrefix(l, "Traceback (most recent call last)"):
			inTrace = true
			continue
		case inTrace:
			if reTraceEnd.MatchString(l) {
				inTrace = false
			}
			continue
		case rePin.MatchString(strings.TrimSpace(l)) || rePip.MatchString(l):
			continue
		}
		out = append(out, l)
		from = append(from, i)
	}
	clean = strings.Join(out, "\n")
	if len(out) == len(lines) && !repl && !diffMode {
		clean = src
	}
	return clean, from, programShape(out)
}

// isDiff reports whether lines are a unified diff of Python, as the
// Python reader takes them (a diff header, or two lines or more marked +
// or - before code): the code is then its new side.
func isDiff(lines []string) bool {
	marked := 0
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "@@"), strings.HasPrefix(l, "+++ "), strings.HasPrefix(l, "--- "), strings.HasPrefix(l, "diff --git"):
			return true
		case len(l) > 1 && (l[0] == '+' || l[0] == '-') && (l[1] == ' ' || l[1] == '\t' || l[1] == '_' || l[1] == '#' || l[1] == '@' || l[1] == ')' ||
			l[1] >= 'a' && l[1] <= 'z' || l[1] >= 'A' && l[1] <= 'Z'):
			marked++
		}
	}
	return marked >= 2
}

// notebookPrompt returns the length of a notebook cell's prompt at the
// start of a line ("In [3]: ", or the continuation "   ...: "), or 0.
func notebookPrompt(l string) int {
	t := strings.TrimLeft(l, " ")
	lead := len(l) - len(t)
	n := 0
	switch {
	case strings.HasPrefix(t, "In ["):
		i := strings.Index(t, "]:")
		if i < 0 || i > 10 {
			return 0
		}
		for _, c := range t[4:i] {
			if c < '0' || c > '9' {
				return 0
			}
		}
		n = lead + i + 2
	case strings.HasPrefix(t, "...:"):
		n = lead + 4
	default:
		return 0
	}
	if n < len(l) && l[n] == ' ' {
		n++
	}
	return n
}

// programShape checks what python's own compiler would reject and the
// tolerant reader accepts: diff markers, a first statement that is
// indented, return at module level, an indent that no block opens.
func programShape(lines []string) bool {
	depth := 0         // open brackets carried across lines
	prevOpens := false // the previous logical line ends with ':'
	prevIndent := -1
	tripleQ := ""
	for _, l := range lines {
		if tripleQ != "" {
			if strings.Contains(l, tripleQ) {
				tripleQ = ""
			}
			continue
		}
		t := strings.TrimRight(l, " \t\r")
		code := strings.TrimLeft(t, " \t")
		if code == "" || strings.HasPrefix(code, "#") {
			continue
		}
		indent := len(t) - len(code)
		if depth == 0 {
			if indent == 0 && (strings.HasPrefix(t, "+") || strings.HasPrefix(t, "-") || strings.HasPrefix(t, "@@") ||
				strings.HasPrefix(t, "diff --git")) {
				return false
			}
			if prevIndent < 0 && indent > 0 {
				return false // the first statement is indented
			}
			if indent == 0 && reTopReturn.MatchString(code) {
				return false
			}
			if prevIndent >= 0 && indent > prevIndent && !prevOpens {
				return false
			}
			prevIndent = indent
		}
		d, q, last := scanLine(code)
		depth += d
		if depth < 0 {
			depth = 0
		}
		if q != "" {
			tripleQ = q
		}
		if depth == 0 {
			prevOpens = last == ':'
		}
	}
	return true
}

// scanLine returns the change of bracket depth over a line of code
// (strings and comments skipped), an unclosed triple quote, and the last
// character of code on it.
func scanLine(code string) (depth int, triple string, last byte) {
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch c {
		case '#':
			return depth, "", last
		case '\'', '"':
			if strings.HasPrefix(code[i:], string([]byte{c, c, c})) {
				q := code[i : i+3]
				j := strings.Index(code[i+3:], q)
				if j < 0 {
					return depth, q, last
				}
				i += 3 + j + 2
				last = c
				continue
			}
			j := i + 1
			for j < len(code) && code[j] != c {
				if code[j] == '\\' {
					j++
				}
				j++
			}
			i = j
			last = c
			continue
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		}
		if c != ' ' && c != '\t' {
			last = c
		}
	}
	return depth, "", last
}
