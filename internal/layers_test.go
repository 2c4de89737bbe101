// Package internal holds no code of its own; this test guards the direction
// of imports between the packages under it (as go/build's deps_test does).
package internal

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/presign-doctor/presign-doctor/internal/"

// layers gives each package its layer: a package may import only packages
// of a lower layer. A new package must be added here.
var layers = map[string]int{
	"source": 0, "table": 0, "diff": 0, "timefmt": 0, "lazyre": 0, "rare": 0, "plant": 0, "expiry": 0,
	"redact": 1, "sigv4": 1, "shell": 1,
	"python": 2, "presign": 2, "s3xml": 2, "cli": 2, "policy": 2, "curl": 2, "brace": 2,
	"model": 3,
	"rules": 4, "codegen": 4, "triage": 4,
	"report": 5, "corpus": 5, // corpus: the test corpus reader (engine tests, scripts/)
	"engine": 6,
	"warm":   7, // the wasm's warm-up: analyses of a built-in paste
}

// ruleLayers orders the packages under rules: the helpers below the rules,
// the framework (rules itself, ""), the unit-test helper, the rule packages
// (every other folder holding a rule.go) and the list of them all. A
// package may import only packages of a lower sub-layer: so rule packages
// never import each other.
var ruleLayers = map[string]int{
	"derive": 0, "sigevidence": 1, "": 2, "ruletest": 3, "all": 5,
}

const ruleLayer = 4 // a rule package: internal/rules/<rule name>

// subLayer returns the layer of a package below rules ("" for rules
// itself), and whether it is known.
func subLayer(sub string) (int, bool) {
	if l, ok := ruleLayers[sub]; ok {
		return l, true
	}
	if _, err := os.Stat(filepath.Join("rules", sub, "rule.go")); err == nil && !strings.Contains(sub, "/") {
		return ruleLayer, true
	}
	return 0, false
}

// packageDirs returns every directory under internal holding Go files,
// testdata folders left out.
func packageDirs(t *testing.T) []string {
	var out []string
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() || path == "." {
			return nil
		}
		if d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if files, _ := filepath.Glob(filepath.Join(path, "*.go")); len(files) > 0 {
			out = append(out, filepath.ToSlash(path))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestImportLayers(t *testing.T) {
	for _, dir := range packageDirs(t) {
		pkg, sub, _ := strings.Cut(dir, "/")
		layer, ok := layers[pkg]
		if !ok {
			t.Errorf("package %s has no layer in layers_test.go", pkg)
			continue
		}
		mySub := -1
		if sub != "" || pkg == "rules" {
			if pkg != "rules" {
				t.Errorf("package %s: only rules has packages below it", dir)
				continue
			}
			if mySub, ok = subLayer(sub); !ok {
				t.Errorf("package %s has no layer below rules in layers_test.go (a rule package holds a rule.go)", dir)
				continue
			}
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			af, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			test := strings.HasSuffix(f, "_test.go")
			for _, imp := range af.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				switch {
				case path == "syscall/js" || strings.HasPrefix(path, "github.com/hack-pad/safejs"):
					t.Errorf("%s imports %s: only wasm/ touches JS", f, path)
				case strings.HasPrefix(path, "github.com/yuin/goldmark") && pkg != "report":
					t.Errorf("%s imports goldmark: only report renders Markdown", f)
				case strings.HasPrefix(path, module):
					depDir := strings.TrimPrefix(path, module)
					dep, depSub, _ := strings.Cut(depDir, "/")
					dl, ok := layers[dep]
					switch {
					case !ok:
						t.Errorf("%s imports unknown package %s", f, dep)
					case dep == pkg && pkg == "rules":
						// Within rules: down the sub-layers only; a test
						// may import its own package and, in an external
						// test package, the list of all rules.
						dsl, ok := subLayer(depSub)
						switch {
						case !ok:
							t.Errorf("%s imports unknown package %s", f, depDir)
						case test && (depDir == dir || depSub == "all"):
						case dsl >= mySub:
							t.Errorf("%s imports %s: below rules, imports go down only (derive, sigevidence, rules, ruletest, the rule packages, all), and rule packages never import each other", f, depDir)
						}
					case dl >= layer && !(test && dep == pkg):
						t.Errorf("%s (layer %d) imports %s (layer %d): imports go down only", f, layer, dep, dl)
					}
				}
			}
		}
	}
}
