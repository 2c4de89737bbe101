package brace

import (
	"os"
	"testing"

	"github.com/presign-doctor/presign-doctor/internal/source"
)

func TestDebug(t *testing.T) {
	f := os.Getenv("F")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	_, sec := parseTxtar(string(data))
	p := sec["paste"]
	r := Read(p, source.Span{End: len(p)})
	toks, _ := Lex(p, source.Span{End: len(p)}, r.Detection.Lang)
	d := &doc{text: p, lang: r.Detection.Lang, toks: toks}
	d.matchBrackets()
	d.scan()
	for _, s := range d.settings {
		t.Logf("setting %q norm=%s form=%c recv=%s val=%q", s.name, s.norm, s.form, s.recv, d.src(s.val))
	}
	for n, b := range d.binds {
		for _, x := range b {
			t.Logf("bind %s = %q", n, d.src(x))
		}
	}
	for _, c := range d.calls {
		t.Logf("call %s args=%d recv=%s", c.name, len(c.args), d.toks[c.recv].Text)
	}
	t.Logf("det %+v", r.Detection)
	for _, f := range facts(r) {
		t.Log(f)
	}
	for _, p := range r.Problems {
		t.Log(p)
	}
}
