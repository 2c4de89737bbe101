//go:build !js && !wasip1

package codegen

import (
	"os"
	"path/filepath"
	"strings"
)

// Checker is how the programs of one language are checked with that
// language's own tool (scripts/ensure-checkers.sh installs them from
// Debian): the code key, the tool, the file extension and the tool's
// arguments before the files. Tests of codegen (its own cases) and of the
// engine (the SDK corpora's answers) run the same table, so adding a
// language is one row. Native builds only: the page never checks code.
type Checker struct {
	Key, Tool, Ext string
	Args           []string
	// Batch checkers take every program in one run (a javac or mcs run
	// per program took minutes), each made distinct by Wrap; Stubs are
	// the files under the stubs folder (testdata/stubs) compiled with them.
	Batch bool
	Wrap  func(name, src string) (rel, text string)
	Stubs []string
}

// Checkers are the languages whose emitted programs are checked beyond
// Go (gofmt, go vet) and JavaScript v3 (parsed, and run for real).
var Checkers = []Checker{
	{Key: PHP, Tool: "php", Ext: ".php", Args: []string{"-l"}},
	{Key: Ruby, Tool: "ruby", Ext: ".rb", Args: []string{"-c"}},
	{Key: JavaScriptV2, Tool: "node", Ext: ".cjs", Args: []string{"--check"}},
	{Key: Java, Tool: "javac", Ext: ".java", Batch: true, Wrap: javaInPackage, Stubs: []string{"java"},
		Args: []string{"-d", "classes"}},
	{Key: CSharp, Tool: "mcs", Ext: ".cs", Batch: true, Wrap: csharpInNamespace, Stubs: []string{"csharp/AwsStubs.cs"},
		Args: []string{"-langversion:experimental", "-nologo", "-target:library", "-out:all.dll"}},
}

// Commands writes the programs (name → source) into dir and returns the
// argument lists to run in dir (the tool first): one per program, or one
// for all of them for a batch checker. stubs is the stubs folder.
func (c Checker) Commands(dir, stubs string, progs map[string]string) [][]string {
	var out [][]string
	var files []string
	for _, s := range c.Stubs {
		p := filepath.Join(stubs, filepath.FromSlash(s))
		filepath.Walk(p, func(f string, info os.FileInfo, err error) error {
			if err == nil && !info.IsDir() && strings.HasSuffix(f, c.Ext) {
				files = append(files, f)
			}
			return nil
		})
	}
	for name, src := range progs {
		rel, text := safeName(name)+c.Ext, src
		if c.Wrap != nil {
			rel, text = c.Wrap(safeName(name), src)
		}
		f := filepath.Join(dir, filepath.FromSlash(rel))
		os.MkdirAll(filepath.Dir(f), 0o755)
		os.WriteFile(f, []byte(text), 0o644)
		if c.Batch {
			files = append(files, f)
			continue
		}
		out = append(out, append(append([]string{c.Tool}, c.Args...), f))
	}
	if c.Batch && len(progs) > 0 {
		out = append(out, append(append([]string{c.Tool}, c.Args...), files...))
	}
	return out
}

// safeName makes a file and package name of a program's name.
func safeName(name string) string {
	b := []byte("p_" + strings.ToLower(name))
	for i, ch := range b {
		if !(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '_') {
			b[i] = '_'
		}
	}
	return string(b)
}

// javaInPackage puts a program in a package of its own (the only change
// to its text), so one javac run compiles them all.
func javaInPackage(name, src string) (string, string) {
	return name + "/Presign.java", "package " + name + ";\n" + src
}

// csharpInNamespace opens a namespace of its own after the program's
// using directives (the only change to its text), so one mcs run compiles
// them all.
func csharpInNamespace(name, src string) (string, string) {
	s := "\n" + src
	i := strings.LastIndex(s, "\nusing ")
	j := strings.IndexByte(s[i+1:], '\n')
	if i < 0 || j < 0 {
		return name + ".cs", src // no using directive: mcs reports what is wrong
	}
	cut := i + 1 + j + 1
	return name + ".cs", s[1:cut] + "namespace " + name + " {\n" + s[cut:] + "}\n"
}
