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
		"x.y(", "new X {", "getSignedUrl(", "presigned_url :put,", "$s3->getCommand('", "\\Aws\\", ":=", "a, b :=", "=>", "::"} {
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
		if lang%11 == 10 {
			r = Read(text, source.Span{Start: a, End: b})
		} else {
			r = ReadLang(text, source.Span{Start: a, End: b}, Lang(lang%10))
		}
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
		for _, s := range r.Sends {
			check("send", s.Span)
			for _, h := range s.Headers {
				check("header", h.Span)
			}
		}
		for _, e := range r.Edits {
			check("edit", e.Span)
		}
		for _, c := range r.Credentials {
			check("credential", c.Span)
		}
		for _, p := range r.Problems {
			check("problem", p.Span)
		}
	})
}

// FuzzLex checks that tokens are in order, inside the block, and cover
// their own text.
func FuzzLex(f *testing.F) {
	corpusSeeds(f, func(s string) { f.Add(s, uint8(1)) })
	f.Fuzz(func(t *testing.T, text string, lang uint8) {
		toks, probs := Lex(text, source.Span{Start: 0, End: len(text)}, Lang(lang%10))
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
		if d.Confidence < 0 || d.Confidence > 1 || d.Lang > Shell {
			t.Fatalf("detection %+v", d)
		}
	})
}
