package report

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

const hostile = "<script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)> " +
	"<a href=\"javascript:alert(4)\">x</a> ``` ```` ~~~ *em* _u_ # h <!-- c --> &lt;b&gt; &#60;i&#62; https://evil.example/x\n" +
	"| a | b |\n<iframe srcdoc=\"<script>alert(5)</script>\"></iframe> ![i](javascript:alert(6)) <javascript:alert(7)> \\<b\\>"

func typical() *Input {
	return &Input{
		Version: "0.1.0", Now: "2024-01-15T14:30:00Z", Kinds: []string{"python", "presigned-url", "s3-error"},
		Findings: []Finding{
			{Rule: "region_mismatch", Severity: "error", Title: "signed for another region than the bucket's",
				Message:  "the URL is signed for us-east-1 but the bucket lives in eu-west-1; S3 answers AuthorizationQueryParametersError (400)",
				Evidence: "X-Amz-Credential=ACCESS_KEY_ID_1%2F20240115%2Fus-east-1%2Fs3%2Faws4_request", Line: 5,
				Fixes: []string{"sign for eu-west-1: region_name='eu-west-1'"}},
			{Rule: "missing_region", Severity: "warning", Title: "client without an explicit region",
				Message: "boto3.client('s3') has no region_name", Evidence: "boto3.client('s3')", Line: 2,
				Fixes: []string{"set region_name explicitly"}},
			{Rule: "s3_error", Severity: "info", Title: "what S3 answered", Message: "AuthorizationQueryParametersError: the scope's region is wrong", Evidence: "<Code>AuthorizationQueryParametersError</Code>", Line: 8},
		},
		URLs: []URL{{URL: "https://demo.s3.amazonaws.com/a.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=SIGNATURE_1",
			Fields: []Field{{Name: "Bucket", Value: "demo"}, {Name: "Key", Value: "a.txt"}, {Name: "Region (scope)", Value: "us-east-1"}}}},
		SigV4: SigV4{CanonicalRequest: "GET\n/a.txt\nX-Amz-Algorithm=AWS4-HMAC-SHA256\nhost:demo.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD",
			StringToSign: "AWS4-HMAC-SHA256\n20240115T143000Z\n20240115/us-east-1/s3/aws4_request\nabc", SignatureCheck: "not-checked"},
		Code:   []Block{{Title: "boto3", Lang: "python", Text: "import boto3\nprint('```')\n"}, {Title: "AWS CLI", Lang: "sh", Text: "aws s3 presign s3://demo/a.txt --region eu-west-1 --expires-in 3600\n"}},
		Diff:   "--- pasted\n+++ corrected\n@@ -1 +1 @@\n-s3 = boto3.client('s3')\n+s3 = boto3.client('s3', region_name='eu-west-1')\n",
		Triage: []Block{{Title: "Where does the bucket live?", Lang: "sh", Text: "aws s3api get-bucket-location --bucket demo\n"}},
	}
}

func hostileInput() *Input {
	in := &Input{Version: "0.1.0", Now: hostile, Kinds: []string{"python", hostile},
		Findings: []Finding{{Rule: "signed_headers" + hostile, Severity: "warning", Title: hostile, Message: hostile, Evidence: hostile, Line: 1, Fixes: []string{hostile}}},
		URLs:     []URL{{URL: hostile, Fields: []Field{{Name: "Bucket " + hostile, Value: hostile}, {Name: "Key", Value: "`" + hostile + "`"}}}},
		SigV4:    SigV4{CanonicalRequest: hostile, S3CanonicalRequest: hostile, CanonicalRequestDiff: "-" + hostile, SignatureCheck: hostile},
		Code:     []Block{{Title: hostile, Lang: "python", Text: hostile}},
		Diff:     hostile,
		Triage:   []Block{{Title: hostile, Lang: "sh", Text: hostile}},
		Limits:   []string{hostile},
	}
	return in
}

func TestGolden(t *testing.T) {
	for name, in := range map[string]*Input{"typical": typical(), "hostile": hostileInput(), "empty": {Version: "0.1.0", Now: "2024-01-15T14:30:00Z"}} {
		m := Markdown(in)
		h := HTML(m)
		p := Prompt(in, "import boto3\n"+hostile)
		for ext, got := range map[string]string{".md": m, ".html": h, ".prompt.txt": p} {
			path := filepath.Join("testdata", name+ext)
			if *update {
				os.WriteFile(path, []byte(got), 0o644)
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/report -update)", err)
			}
			if string(want) != got {
				t.Errorf("%s differs:\n%s", path, got)
			}
		}
	}
}

// allowed lists the elements and attributes the report's HTML may hold:
// those of the template and of goldmark's rendering of the Markdown this
// package writes, none with a link or a script.
var allowed = map[string]map[string]bool{
	"html": {"lang": true}, "head": {}, "meta": {"charset": true, "http-equiv": true, "content": true, "name": true},
	"title": {}, "style": {}, "body": {}, "main": {}, "h1": {}, "h2": {}, "h3": {}, "p": {}, "ul": {}, "ol": {},
	"li": {}, "pre": {}, "code": {"class": true}, "strong": {}, "em": {},
}

var tagRE = regexp.MustCompile(`^<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*/?>`)
var attrRE = regexp.MustCompile(`([a-zA-Z-]+)(?:="([^"]*)")?`)

// inert checks that every tag of an HTML report is one of allowed, with
// allowed attributes and no script or link in their values.
func inert(name, h string) (problems []string) {
	errorf := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	const doctype = "<!DOCTYPE html>\n"
	if !strings.HasPrefix(h, doctype) {
		errorf("%s: no doctype", name)
		return problems
	}
	style := strings.Index(h, "<style>")
	styleEnd := strings.Index(h, "</style>")
	for i := len(doctype); i < len(h); i++ {
		if h[i] != '<' {
			continue
		}
		if i > style && i < styleEnd {
			continue
		}
		m := tagRE.FindStringSubmatch(h[i:])
		if m == nil {
			errorf("%s: a '<' that is not an allowed tag at %d: %q", name, i, snippet(h, i))
			continue
		}
		tag := strings.ToLower(m[2])
		attrs, ok := allowed[tag]
		if !ok {
			errorf("%s: element <%s> from the input at %d: %q", name, tag, i, snippet(h, i))
			continue
		}
		for _, a := range attrRE.FindAllStringSubmatch(m[3], -1) {
			an := strings.ToLower(a[1])
			if !attrs[an] {
				errorf("%s: attribute %s on <%s>: %q", name, an, tag, snippet(h, i))
			}
			if an == "class" && !regexp.MustCompile(`^language-(python|sh|js|go|diff|text)$`).MatchString(a[2]) {
				errorf("%s: class %q", name, a[2])
			}
			if strings.Contains(strings.ToLower(a[2]), "javascript:") {
				errorf("%s: script URL in an attribute: %q", name, snippet(h, i))
			}
		}
		if tag == "style" && m[1] == "" && i != style {
			errorf("%s: a second style element", name)
		}
	}
	if strings.Contains(h, "<!--") {
		errorf("%s: an HTML comment: raw HTML reached goldmark unescaped", name)
	}
	for _, bad := range []string{"href=", "src=", "srcdoc=", "http://", "https://evil"} {
		if strings.Contains(strings.SplitN(h, "<body>", 2)[0], bad) {
			errorf("%s: head holds %q", name, bad)
		}
	}
	return problems
}

func snippet(s string, i int) string {
	end := min(len(s), i+60)
	return s[i:end]
}

func TestHTMLInert(t *testing.T) {
	for name, in := range map[string]*Input{"typical": typical(), "hostile": hostileInput()} {
		for _, p := range inert(name, HTML(Markdown(in))) {
			t.Error(p)
		}
	}
	h := HTML(Markdown(hostileInput()))
	if !strings.Contains(h, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("the hostile text is not shown as text")
	}
	if strings.Contains(h, "<a ") || strings.Contains(h, "<img") || strings.Contains(h, "<script") || strings.Contains(h, "<iframe") {
		t.Errorf("a live element from the input")
	}
}

// TestInertCatchesMarkup checks that the checker itself fails on live
// markup (a check that cannot fail proves nothing).
func TestInertCatchesMarkup(t *testing.T) {
	for _, bad := range []string{
		`<p><a href="javascript:alert(1)">x</a></p>`, `<p><img src=x onerror=alert(1)></p>`, `<script>alert(1)</script>`,
		`<p>x<!-- raw HTML omitted --></p>`, `<code class="language-x onerror">`,
	} {
		if len(inert("bad", head+bad+tail)) == 0 {
			t.Errorf("the checker accepts %s", bad)
		}
	}
}

func TestFenceOutlastsBackticks(t *testing.T) {
	for _, s := range []string{"```", "a ```` b", "````````x", "~~~\n```"} {
		f := Fence("text", s)
		first := strings.SplitN(f, "\n", 2)[0]
		if n := len(strings.TrimSuffix(first, "text")); n <= longestRun(s, '`') {
			t.Errorf("fence %q is not longer than the backtick runs of %q", first, s)
		}
	}
}

func TestTextStaysText(t *testing.T) {
	for _, s := range []string{"# h", "- x", "+ x", "> q", "1. one", "12) two", "~~~", "```", "| a |", "===", "*x*", "<b>", "&amp;", "[a](b)", "a\n# b", "    code", "\\", "x #"} {
		h := HTML(Text(s))
		body := h[strings.Index(h, "<main>\n")+7 : strings.Index(h, "</main>")]
		if !strings.HasPrefix(body, "<p>") || strings.Count(body, "<") != 2 {
			t.Errorf("Text(%q) renders as %q, not one paragraph of text", s, body)
		}
	}
}

func TestCodeSpanKeepsText(t *testing.T) {
	for _, s := range []string{"a", "`", "a`b", "``x``", " x ", "  ", "<b>"} {
		h := HTML(Code(s))
		body := h[strings.Index(h, "<code>")+6 : strings.Index(h, "</code>")]
		want := strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace(s)
		if body != want {
			t.Errorf("Code(%q) shows %q", s, body)
		}
	}
}

// Text copies runs of plain bytes whole: it escapes as rune by rune.
func TestTextAsRuneByRune(t *testing.T) {
	for _, s := range []string{"", "plain", "a*b_c`d", "x\ny\r\tz", "\x01\x7f", "é\u2028ü\u2029!", "\xe2\x80", "\xe2\x80\xa8", "\xff<a>", "# h", "1. x", "ok \u2027 \u202a"} {
		if got, want := Text(s), textRuneByRune(s); got != want {
			t.Errorf("Text(%q) = %q, rune by rune %q", s, got, want)
		}
	}
}

func textRuneByRune(s string) string {
	var b strings.Builder
	s = strings.TrimLeft(strings.ToValidUTF8(s, "\uFFFD"), " \t\r\n")
	if lineStart(s) {
		b.WriteByte('\\')
	}
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f:
			b.WriteRune('\uFFFD')
		case r < 0x80 && strings.IndexByte(inlineMarks, byte(r)) >= 0:
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return ordered(b.String())
}
