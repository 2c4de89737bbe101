package engine

import "testing"

func TestBlankLineNumbers(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// An editor's gutter, right-aligned across 9 → 10.
		{" 9  a = 1\n10  b = 2\n11  c = 3\n", "    a = 1\n    b = 2\n    c = 3\n"},
		// A '|' separator and an empty numbered line.
		{"12 | s3 = x\n13 |\n14 | url = y\n", "     s3 = x\n    \n     url = y\n"},
		// Two numbered lines are no gutter; neither are numbers that do
		// not follow each other, a numbered list, or digits without code.
		{"1  a\n2  b\n", "1  a\n2  b\n"},
		{"1  a\n5  b\n9  c\n", "1  a\n5  b\n9  c\n"},
		{"1. first\n2. second\n3. third\n", "1. first\n2. second\n3. third\n"},
		{"1 2\n2 3\n3 4\n", "1 2\n2 3\n3 4\n"},
		{"2024/05/02 10:14:07 a\n", "2024/05/02 10:14:07 a\n"},
	} {
		got := blankLineNumbers(c.in)
		if got != c.want {
			t.Errorf("blankLineNumbers(%q) = %q, want %q", c.in, got, c.want)
		}
		if len(got) != len(c.in) {
			t.Errorf("blankLineNumbers(%q) changed the length", c.in)
		}
	}
}

func TestBracedDefIsNotPython(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"def signedLink(key: String): String = {", true},
		{"def presigner = S3Presigner.builder()", true},
		{"def url = presigner.presignGetObject { r ->", true},
		{"def presign(key: str) -> str:", false},
		{"def f(a = 1):", false},
		{"def f(a,", false},
	} {
		if got := bracedDef(c.line); got != c.want {
			t.Errorf("bracedDef(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestColonNamedArgIsNotPython(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{`request.setValue("application/octet-stream", forHTTPHeaderField: "Content-Type")`, true},
		{`final res = await dio.put(url, data: bytes, options: Options(contentType: "image/png"));`, true},
		{`var request = URLRequest(url: URL(string: presignedURL)!)`, true},
		{`def presign(key: str, expires: int = 3600) -> str:`, false},
		{`handler = lambda event, ctx: ctx`, false},
		{`print(d["a"], {k: v for k, v in items})`, false},
		{`x = values[1:3]`, false},
		{`print(f"{name}: {value}")`, false},
		{`logger.info("status: %s", code)`, false},
	} {
		if got := colonNamedArg(c.line); got != c.want {
			t.Errorf("colonNamedArg(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
