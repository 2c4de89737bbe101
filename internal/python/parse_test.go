package python

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

var update = flag.Bool("update", false, "rewrite the golden tree dumps")

// TestGoldenTrees parses every testdata/*.py and compares the tree dump with
// testdata/*.tree (refresh with -update after reading the diff).
func TestGoldenTrees(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	if len(files) == 0 {
		t.Fatal("no testdata/*.py")
	}
	for _, fn := range files {
		t.Run(filepath.Base(fn), func(t *testing.T) {
			b, err := os.ReadFile(fn)
			if err != nil {
				t.Fatal(err)
			}
			src := string(b)
			f := Parse(src, source.Span{Start: 0, End: len(src)})
			checkTree(t, src, f)
			got := Dump(f)
			golden := strings.TrimSuffix(fn, ".py") + ".tree"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if got != string(want) {
				t.Errorf("tree of %s differs from %s:\n%s", fn, golden, got)
			}
		})
	}
}

// checkTree checks the invariants every tree keeps: spans inside the part,
// start before end, children inside the parent (except decorators, which
// sit before a def).
func checkTree(t testing.TB, src string, f *File) {
	t.Helper()
	in := func(sp source.Span) bool {
		return sp.Start >= f.Span.Start && sp.End <= f.Span.End && sp.Start <= sp.End
	}
	Walk(f.Tree, func(n *Node) bool {
		if !in(n.Span) {
			t.Fatalf("%s span %v outside %v", n.Kind, n.Span, f.Span)
		}
		if n.NameSpan != (source.Span{}) && !in(n.NameSpan) {
			t.Fatalf("%s name span %v outside %v", n.Kind, n.NameSpan, f.Span)
		}
		return true
	})
	for _, pr := range f.Problems {
		if !in(pr.Span) {
			t.Fatalf("problem %q span %v outside %v", pr.Message, pr.Span, f.Span)
		}
	}
}

func TestPartSpan(t *testing.T) {
	src := "prefix text\ns3 = boto3.client('s3')\nsuffix"
	sp := source.Span{Start: 12, End: 36}
	f := Parse(src, sp)
	checkTree(t, src, f)
	as := f.Tree.Body[0]
	if as.Kind != Assign || src[as.Span.Start:as.Span.End] != "s3 = boto3.client('s3')" {
		t.Fatalf("got %s %q", as.Kind, src[as.Span.Start:as.Span.End])
	}
}

func TestStringForms(t *testing.T) {
	cases := map[string]string{
		`x = 'a' "b" r'\n' u'c'`: `ab\nc`,
		`x = """tri"ple"""`:      `tri"ple`,
		`x = b'\x41\n'`:          "A\n",
		`x = f"{a}-{b!r:>3}"`:    "{a}-{b!r:>3}",
		"x = ('a'\n     'b')":    "ab",
		`x = 'it\'s'`:            "it's",
		"x = '''multi\nline'''":  "multi\nline",
		`x = rb'\d'`:             `\d`,
		`x = f'{d["k"]}'`:        `{d["k"]}`,
	}
	for in, want := range cases {
		f := Parse(in, source.Span{End: len(in)})
		if len(f.Problems) > 0 {
			t.Errorf("%s: problems %v", in, f.Problems)
		}
		s := f.Tree.Body[0].X
		if s.Kind != Str || s.Value != want {
			t.Errorf("%s: got %s %q, want %q", in, s.Kind, s.Value, want)
		}
	}
}

func TestRecovery(t *testing.T) {
	src := "s3 = boto3.client('s3'\nurl = s3.generate_presigned_url('get_object', ExpiresIn=60)\nx = = 3\ny = 4\n"
	f := Parse(src, source.Span{End: len(src)})
	checkTree(t, src, f)
	if len(f.Problems) == 0 {
		t.Fatal("no problems reported")
	}
	var names []string
	for _, n := range f.Tree.Body {
		if n.Kind == Assign && len(n.Targets) == 1 && n.Targets[0].Kind == Name {
			names = append(names, n.Targets[0].Name)
		}
	}
	if strings.Join(names, ",") != "s3,url,x,y" {
		t.Fatalf("assignments read: %v\n%s", names, Dump(f))
	}
}
