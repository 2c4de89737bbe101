package model

import (
	"strings"

	"github.com/presign-doctor/presign-doctor/internal/lazyre"
)

// reEnvRead is an expression reading one environment variable, in the
// languages the paste's code can be in: os.environ['X'],
// os.environ.get('X'), os.getenv('X'), process.env.X, process.env['X'],
// System.getenv("X"), os.Getenv("X"), ENV['X'], ENV.fetch('X'),
// Environment.GetEnvironmentVariable("X"), getenv('X') in PHP.
var reEnvRead = lazyre.New(`(?:environ(?:\.get)?\s*[\[(]|getenv\s*\(|Getenv\s*\(|GetEnvironmentVariable\s*\(|ENV(?:\.fetch\s*\(|\[))\s*["']([A-Za-z_][A-Za-z0-9_]*)["']|process\.env(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*["']([A-Za-z_][A-Za-z0-9_]*)["'])`)

// EnvValue resolves a value that reads an environment variable (v.Expr
// names it) to what the paste assigns that variable elsewhere: a compose
// or Kubernetes env block (NAME: value, - name: NAME / value: v), a .env
// line or an export (NAME=value). It returns "" when v is known already,
// reads no variable, or the paste assigns it nothing (or several different
// values). The result is the paste's own assignment, as a user would read
// it; it is not a literal of the code.
func (f *Facts) EnvValue(v *Value) string {
	if v == nil || v.Known || v.Expr == "" {
		return ""
	}
	m := reEnvRead.FindStringSubmatch(v.Expr)
	if m == nil {
		return ""
	}
	name := m[1] + m[2] + m[3]
	lf := f.lines
	if lf == nil {
		// Facts built by hand (tests): read the lines now.
		lf = &lineIndex{}
		eachLine(f.Text, func(ls, le int) { lf.assignments(f.Text[ls:le], f.Text, le+1) })
	}
	found := ""
	for _, val := range lf.env[name] {
		if val == "" || strings.ContainsAny(val, "()[]{}$`") || looksPlaceholder(val) {
			continue
		}
		if found != "" && found != val {
			return ""
		}
		found = val
	}
	return found
}
