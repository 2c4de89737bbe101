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
	"source": 0, "diff": 0, "timefmt": 0, "lazyre": 0, "plant": 0,
	"redact": 1, "sigv4": 1, "shell": 1,
	"python": 2, "presign": 2, "s3xml": 2, "cli": 2, "policy": 2, "curl": 2,
	"model": 3,
	"rules": 4, "codegen": 4, "triage": 4,
	"report": 5,
	"engine": 6,
}

func TestImportLayers(t *testing.T) {
	dirs, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		pkg := d.Name()
		layer, ok := layers[pkg]
		if !ok {
			t.Errorf("package %s has no layer in layers_test.go", pkg)
			continue
		}
		files, _ := filepath.Glob(filepath.Join(pkg, "*.go"))
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
					dep := strings.SplitN(strings.TrimPrefix(path, module), "/", 2)[0]
					dl, ok := layers[dep]
					if !ok {
						t.Errorf("%s imports unknown package %s", f, dep)
					} else if dl >= layer && !(test && dep == pkg) {
						t.Errorf("%s (layer %d) imports %s (layer %d): imports go down only", f, layer, dep, dl)
					}
				}
			}
		}
	}
}
