package codegen

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/model"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// ext gives each target's golden file extension.
var ext = map[string]string{Python: "py", CLI: "sh", JavaScript: "mjs", Go: "go.txt", Curl: "curl.sh", Fetch: "fetch.js",
	JavaScriptV2: "v2.js", Java: "java.txt", CSharp: "cs.txt", PHP: "php.txt", Ruby: "rb"}

func generated(t testing.TB) map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, c := range cases {
		f := c.facts()
		model.BuildIncident(f)
		p := FromFacts(f)
		if p == nil {
			t.Fatalf("%s: no plan", c.name)
		}
		out[c.name] = Generate(p)
	}
	return out
}

func TestGolden(t *testing.T) {
	for name, progs := range generated(t) {
		for target, src := range progs {
			path := filepath.Join("testdata", "golden", name+"."+ext[target])
			if *update {
				if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/codegen -run Golden -update)", err)
			}
			if string(want) != src {
				t.Errorf("%s differs from the emitter's output:\n%s", path, src)
			}
		}
	}
}
