package report

import (
	"strings"
	"testing"
)

func bodyOf(h string) string {
	return h[strings.Index(h, "<main>\n")+7 : strings.Index(h, "</main>")]
}

// FuzzEscapes checks that user text stays text: Text renders as one
// paragraph with no element inside, Code as one code span, Fence as one
// code block that nothing closes early.
func FuzzEscapes(f *testing.F) {
	for _, s := range []string{"", "# h", "1. x", "<script>x</script>", "[a](javascript:b)", "```", "a\n```\n<b>", "&amp;", "\\", "- x\n- y", "    code", "~~~", "| a |", "<!-- x -->", "*_`"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if b := bodyOf(HTML(Text(s))); b != "" && (!strings.HasPrefix(b, "<p>") || strings.Count(b, "<") != 2) {
			t.Errorf("Text(%q) renders as %q", s, b)
		}
		if b := bodyOf(HTML("x " + Code(s))); s != "" && (strings.Count(b, "<code>") != 1 || strings.Count(b, "<") != 4) {
			t.Errorf("Code(%q) renders as %q", s, b)
		}
		b := bodyOf(HTML(Fence("text", s) + "after\n"))
		if strings.Count(b, "<pre>") != 1 || strings.Count(b, "<") != 6 || !strings.HasSuffix(b, "</code></pre>\n<p>after</p>\n") {
			t.Errorf("Fence(%q) renders as %q", s, b)
		}
	})
}
