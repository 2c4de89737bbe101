package brace

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

// corpusSeeds adds every paste of the corpus to a fuzz target's seeds.
func corpusSeeds(f *testing.F, add func(string)) {
	files, _ := filepath.Glob("testdata/*/*.txtar")
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			f.Fatal(err)
		}
		_, sec := parseTxtar(string(data))
		add(sec["paste"])
	}
	for _, s := range []string{"", "`", "\"", "'", "/*", "@\"", "$\"{", "\"\"\"", "#{", "${", "(((", ")))", "]}", "{[(", "a = b = c",
		"x.y(", "new X {", "getSignedUrl(", "presigned_url :put,", "$s3->getCommand('", "\\Aws\\", ":=", "a, b :=", "=>", "::",
		"'a", "&'static str", "'x'", "r#\"", ".presigned(", "PresigningConfig::expires_in(", "x.get_object().presigned(y)"} {
		add(s)
	}
}

func spanOK(s source.Span, a, b int) bool { return s.Start >= a && s.End <= b && s.Start <= s.End }

// FuzzRead checks that the reader never panics and keeps every span it
// reports inside the block it reads, whatever the language.
func FuzzRead(f *testing.F) {
	corpusSeeds(f, func(s string) { f.Add(s, 0, len(s), uint8(0)) })
	f.Fuzz(func(t *testing.T, text string, a, b int, lang uint8) {
		if a < 0 || a > len(text) {
			a = 0
		}
		if b < a || b > len(text) {
			b = len(text)
		}
		var r *Result
		if lang%(uint8(numLangs)+1) == uint8(numLangs) {
			r = Read(text, source.Span{Start: a, End: b})
		} else {
			r = ReadLang(text, source.Span{Start: a, End: b}, Lang(lang%uint8(numLangs)))
		}
		checkResult(t, r, a, b)
	})
}

// Per-language targets: the same checks as FuzzRead, seeded with that
// SDK family's corpus only and read as its language, so a run's time goes
// to one reader's paths instead of being spread over ten languages.
func FuzzReadJavaScript(f *testing.F) { fuzzLang(f, JavaScript, "jsv2", "jsv3") }
func FuzzReadTypeScript(f *testing.F) { fuzzLang(f, TypeScript, "jsv3") }
func FuzzReadGo(f *testing.F)         { fuzzLang(f, Go, "go") }
func FuzzReadJava(f *testing.F)       { fuzzLang(f, Java, "java") }
func FuzzReadCSharp(f *testing.F)     { fuzzLang(f, CSharp, "dotnet") }
func FuzzReadPHP(f *testing.F)        { fuzzLang(f, PHP, "php") }
func FuzzReadRuby(f *testing.F)       { fuzzLang(f, Ruby, "ruby") }
func FuzzReadRust(f *testing.F)       { fuzzLang(f, Rust, "rust") }

// fuzzLang reads any text (or any slice of it) as lang and checks the
// result as FuzzRead does; seeds are the pastes of the corpus folders dirs.
func fuzzLang(f *testing.F, lang Lang, dirs ...string) {
	n := 0
	for _, d := range dirs {
		files, _ := filepath.Glob(filepath.Join("testdata", d, "*.txtar"))
		for _, fn := range files {
			data, err := os.ReadFile(fn)
			if err != nil {
				f.Fatal(err)
			}
			_, sec := parseTxtar(string(data))
			f.Add(sec["paste"], 0, len(sec["paste"]))
			n++
		}
	}
	if n == 0 {
		f.Fatalf("no seeds for %v in %v", lang, dirs)
	}
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		if a < 0 || a > len(text) {
			a = 0
		}
		if b < a || b > len(text) {
			b = len(text)
		}
		checkResult(t, ReadLang(text, source.Span{Start: a, End: b}, lang), a, b)
	})
}

// checkResult fails when a span of r lies outside the block [a,b) read.
func checkResult(t *testing.T, r *Result, a, b int) {
	t.Helper()
	check := func(what string, s source.Span) {
		if s != (source.Span{}) && !spanOK(s, a, b) {
			t.Fatalf("%s span %v outside [%d,%d)", what, s, a, b)
		}
	}
	checkV := func(what string, v *Value) {
		if v != nil {
			check(what, v.Span)
			check(what+" from", v.From)
		}
	}
	for _, p := range r.Presigns {
		check("presign", p.Span)
		check("op", p.OpSpan)
		checkV("bucket", p.Bucket)
		checkV("key", p.Key)
		checkV("expires", p.Expires)
		for _, ps := range [][]Param{p.Params, p.Meta, p.Headers, p.Query, p.Fields} {
			for _, x := range ps {
				check("param", x.Span)
				checkV("param value", x.Value)
			}
		}
	}
	if c := r.Client; c != nil {
		check("client", c.Span)
		for _, v := range []*Value{c.Region, c.Endpoint, c.PathStyle, c.SignatureVersion, c.Accelerate} {
			checkV("client setting", v)
		}
	}
	for _, s := range r.Sends {
		check("send", s.Span)
		for _, h := range s.Headers {
			check("header", h.Span)
		}
	}
	for _, e := range r.Edits {
		check("edit", e.Span)
	}
	for _, c := range append(append([]Credential(nil), r.Credentials...), r.AssumedKeys...) {
		check("credential", c.Span)
		checkV("credential value", c.Value)
	}
	if c := r.Client; c != nil {
		check("client made", c.Made)
	}
	for _, p := range r.Problems {
		check("problem", p.Span)
	}
}

// FuzzLex checks that tokens are in order, inside the block, and cover
// their own text.
func FuzzLex(f *testing.F) {
	corpusSeeds(f, func(s string) { f.Add(s, uint8(1)) })
	f.Fuzz(func(t *testing.T, text string, lang uint8) {
		toks, probs := Lex(text, source.Span{Start: 0, End: len(text)}, Lang(lang%uint8(numLangs)))
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End < tk.Start || tk.End > len(text) || text[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v after %d", tk, prev)
			}
			prev = tk.End
		}
		for _, p := range probs {
			if !spanOK(p.Span, 0, len(text)) {
				t.Fatalf("problem span %v", p.Span)
			}
		}
	})
}

// FuzzDetect checks that detection never panics and gives a confidence
// between 0 and 1.
func FuzzDetect(f *testing.F) {
	corpusSeeds(f, func(s string) { f.Add(s) })
	f.Fuzz(func(t *testing.T, text string) {
		d := Detect(text, source.Span{Start: 0, End: len(text)})
		if d.Confidence < 0 || d.Confidence > 1 || d.Lang >= numLangs {
			t.Fatalf("detection %+v", d)
		}
	})
}
